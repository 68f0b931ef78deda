// SPDX-License-Identifier: GPL-3.0-or-later
// A whole Keyward installation in a temporary directory: backend, services and a manual clock.
#pragma once

#include "auth/user.h"
#include "backend/backend.h"
#include "common/clock.h"
#include "testpostgres.h"

#include <QTemporaryDir>

namespace keyward {

class TestInstallation {
public:
    // Uses the cheapest Argon2id cost the settings allow, so tests hash quickly.
    explicit TestInstallation(QMap<QString, QString> settings = {});

    Backend &backend() { return *m_backend; }
    std::shared_ptr<Backend> sharedBackend() { return m_backend; }
    ManualClock &clock() { return *m_clock; }
    QString dataDir() const { return m_dir.path(); }
    bool isPostgres() const { return m_postgres != nullptr; }
    // What --db would say: empty for the SQLite file in dataDir().
    QString databaseUrl() const { return m_postgres ? m_postgres->url() : QString(); }

    static QDateTime startTime();
    // The password createUser gives every user.
    static QString password() { return QStringLiteral("a sturdy passphrase"); }
    // A user (by local administration) with password() and these roles; stops the run if it
    // cannot be made.
    User createUser(const QString &email, const QStringList &roles = {});
    // Drops the backend and opens a new one over the same files and clock (a restart).
    void reopen();
    // Options for a second backend on the same files and clock, as another process would be.
    BackendOptions sameFilesOptions() const;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ScratchPostgresDatabase> m_postgres; // outlives m_backend
    std::shared_ptr<ManualClock> m_clock;
    std::shared_ptr<Backend> m_backend;
    QMap<QString, QString> m_settings;
};

} // namespace keyward
