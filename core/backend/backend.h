// Opens one Keyward installation: its data directory, the migrated database, the resolved
// settings, and the services built on them. Both executables start here.
#pragma once

#include "common/result.h"
#include "config/dataoptions.h"
#include "config/settings.h"

#include <QMap>
#include <QProcessEnvironment>

#include <memory>

namespace keyward {

class AccountService;
class AuditLog;
class Clock;
class Database;
class PasswordHasher;

struct BackendOptions {
    DataOptions data;
    QMap<QString, QString> commandLineSettings; // "section.key" → value
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    std::shared_ptr<Clock> clock; // null = the system clock
};

class Backend {
public:
    // Fails with a one-sentence error (bad settings, unreachable or too-new database, …).
    static Result<std::shared_ptr<Backend>> open(const BackendOptions &options);
    ~Backend();

    const DataOptions &dataOptions() const { return m_data; }
    const Settings &settings() const { return m_settings; }
    Database &database() { return *m_database; }
    const Clock &clock() const { return *m_clock; }
    const PasswordHasher &hasher() const { return *m_hasher; }
    AuditLog &audit() { return *m_audit; }
    AccountService &accounts() { return *m_accounts; }

private:
    Backend() = default;

    DataOptions m_data;
    Settings m_settings;
    std::shared_ptr<Clock> m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<PasswordHasher> m_hasher;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<AccountService> m_accounts;
};

} // namespace keyward
