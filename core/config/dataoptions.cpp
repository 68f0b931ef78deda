// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataoptions.h"

#include "common/logging.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace keyward {

void DataOptions::addTo(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("data-dir"), QStringLiteral("Data directory (env KEYWARD_DATA_DIR)."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("db"),
                      QStringLiteral("Database URL (env KEYWARD_DB); default SQLite in the data directory."),
                      QStringLiteral("URL")});
    parser.addOption(
        {QStringLiteral("config"), QStringLiteral("Settings file (env KEYWARD_CONFIG)."), QStringLiteral("FILE")});
}

DataOptions DataOptions::from(const QCommandLineParser &parser, const QProcessEnvironment &environment)
{
    const auto pick = [&](const QString &option, const QString &variable) {
        return parser.isSet(option) ? parser.value(option) : environment.value(variable);
    };
    DataOptions options;
    options.dataDir = pick(QStringLiteral("data-dir"), QStringLiteral("KEYWARD_DATA_DIR"));
    if (options.dataDir.isEmpty())
        options.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    options.dataDir = QDir::cleanPath(QDir(options.dataDir).absolutePath());
    options.databaseUrl = pick(QStringLiteral("db"), QStringLiteral("KEYWARD_DB"));
    options.configFile = pick(QStringLiteral("config"), QStringLiteral("KEYWARD_CONFIG"));
    return options;
}

Status DataOptions::ensureDataDir() const
{
    const QFileInfo info(dataDir);
    if (!info.exists()) {
        if (!QDir().mkpath(dataDir))
            return failure(ErrorCode::DataDir, QStringLiteral("cannot create the data directory %1").arg(dataDir));
        // Owner only: the directory holds the database and may hold the master key file.
        QFile::setPermissions(dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    } else if (!info.isDir()) {
        return failure(ErrorCode::DataDir, QStringLiteral("%1 is not a directory").arg(dataDir));
    } else if (info.permissions() & (QFile::ReadOther | QFile::WriteOther | QFile::ReadGroup | QFile::WriteGroup)) {
        qCWarning(lcConfig).noquote() << "the data directory" << dataDir
                                      << "is readable or writable by other users; chmod 700 it";
    }
    return success();
}

Result<DatabaseConfig> DataOptions::databaseConfig() const
{
    if (databaseUrl.isEmpty())
        return DatabaseConfig::sqlite(QDir(dataDir).filePath(QStringLiteral("keyward.db")));
    return DatabaseConfig::fromUrl(databaseUrl);
}

QString DataOptions::effectiveConfigFile() const
{
    if (!configFile.isEmpty())
        return configFile;
    const QString candidate = QDir(dataDir).filePath(QStringLiteral("keyward.ini"));
    return QFileInfo::exists(candidate) ? candidate : QString();
}

} // namespace keyward
