// SPDX-License-Identifier: GPL-3.0-or-later
#include "testpostgres.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <stdexcept>

namespace keyward {

namespace {

QAtomicInteger<int> g_nextDatabase;

// Runs one statement on a short-lived superuser connection to the maintenance database.
void runAsAdmin(const QString &statement)
{
    const QString connectionName = QStringLiteral("keyward-test-admin");
    {
        const QUrl url(TestPostgres::adminUrl());
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        if (!db.open())
            throw std::runtime_error("cannot reach the test PostgreSQL cluster: "
                                     + db.lastError().text().toStdString());
        QSqlQuery query(db);
        if (!query.exec(statement))
            throw std::runtime_error(statement.toStdString() + ": " + query.lastError().text().toStdString());
    }
    QSqlDatabase::removeDatabase(connectionName);
}

} // namespace

bool TestPostgres::enabled()
{
    return qEnvironmentVariableIsSet("KEYWARD_TEST_POSTGRES");
}

QString TestPostgres::clusterDir()
{
    return qEnvironmentVariable("KEYWARD_TEST_POSTGRES");
}

QString TestPostgres::adminUrl()
{
    QFile file(clusterDir() + QStringLiteral("/url"));
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("no started PostgreSQL cluster in " + clusterDir().toStdString());
    return QString::fromUtf8(file.readAll().trimmed());
}

ScratchPostgresDatabase::ScratchPostgresDatabase()
    : m_name(QStringLiteral("keyward_test_%1_%2")
                 .arg(QCoreApplication::applicationPid())
                 .arg(g_nextDatabase.fetchAndAddRelaxed(1) + 1))
{
    runAsAdmin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    runAsAdmin(QStringLiteral("CREATE DATABASE %1").arg(m_name));
    QUrl url(TestPostgres::adminUrl());
    url.setPath(QLatin1Char('/') + m_name);
    m_url = url.toString();
}

ScratchPostgresDatabase::~ScratchPostgresDatabase()
{
    try {
        runAsAdmin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    } catch (const std::exception &error) {
        qWarning("%s", error.what()); // the cluster is thrown away at the end anyway
    }
}

} // namespace keyward
