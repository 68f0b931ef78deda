// SPDX-License-Identifier: GPL-3.0-or-later
// Where Keyward keeps its data: the --data-dir, --db and --config options shared by both
// executables, each with its environment variable and default.
#pragma once

#include "common/result.h"
#include "storage/databaseconfig.h"

#include <QProcessEnvironment>
#include <QString>

class QCommandLineParser;

namespace keyward {

struct DataOptions {
    QString dataDir; // created with mode 0700 when missing
    QString databaseUrl; // empty = SQLite in dataDir
    QString configFile; // empty = dataDir/keyward.ini when present

    static void addTo(QCommandLineParser &parser);
    static DataOptions from(const QCommandLineParser &parser, const QProcessEnvironment &environment);

    Status ensureDataDir() const;
    Result<DatabaseConfig> databaseConfig() const;
    // The INI file to read, or empty when there is none.
    QString effectiveConfigFile() const;
};

} // namespace keyward
