// SPDX-License-Identifier: GPL-3.0-or-later
#include "testinstallation.h"

#include "auth/accountservice.h"
#include "auth/actor.h"

#include <QTimeZone>

#include <stdexcept>

namespace keyward {

QDateTime TestInstallation::startTime()
{
    return QDateTime(QDate(2026, 1, 1), QTime(12, 0), QTimeZone::utc());
}

BackendOptions TestInstallation::sameFilesOptions() const
{
    BackendOptions options;
    options.data.dataDir = m_dir.path();
    options.data.databaseUrl = databaseUrl();
    options.environment = QProcessEnvironment();
    options.clock = m_clock;
    return options;
}

void TestInstallation::reopen()
{
    BackendOptions options = sameFilesOptions();
    options.commandLineSettings = m_settings;
    m_backend.reset();
    Result<std::shared_ptr<Backend>> opened = Backend::open(options);
    if (!opened)
        throw std::runtime_error(opened.error().message.toStdString());
    m_backend = opened.value();
}

TestInstallation::TestInstallation(QMap<QString, QString> settings)
    : m_clock(std::make_shared<ManualClock>(startTime()))
{
    settings.insert(QStringLiteral("passwords.argon2_ops"),
                    settings.value(QStringLiteral("passwords.argon2_ops"), QStringLiteral("1")));
    settings.insert(QStringLiteral("passwords.argon2_memory_kib"),
                    settings.value(QStringLiteral("passwords.argon2_memory_kib"), QStringLiteral("7168")));
    if (TestPostgres::enabled())
        m_postgres = std::make_unique<ScratchPostgresDatabase>();
    m_settings = settings;
    BackendOptions options = sameFilesOptions(); // the test runner's KEYWARD_* must not leak in
    options.commandLineSettings = settings;
    Result<std::shared_ptr<Backend>> opened = Backend::open(options);
    if (!opened)
        throw std::runtime_error(opened.error().message.toStdString());
    m_backend = opened.value();
}

User TestInstallation::createUser(const QString &email, const QStringList &roles)
{
    const Result<User> user
        = m_backend->accounts().create(Actor::local(QStringLiteral("test")), {email, {}, roles, password(), {}});
    if (!user)
        qFatal("cannot create the user %s: %s", qPrintable(email), qPrintable(user.error().message));
    return user.value();
}

} // namespace keyward
