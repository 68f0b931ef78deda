// SPDX-License-Identifier: GPL-3.0-or-later
// The settings in effect and the one way to change them.
//
// current() is what every request and operation reads: an immutable snapshot behind an atomic
// pointer, taken once and used throughout. change() — the console, `settings set` and
// PATCH /admin/settings all call it — resolves every layer again with the new values, exactly
// as a start would (each value and the rules between them), stores, audits, announces and
// publishes. Other servers on the database publish it when they hear the announcement
// (PostgreSQL NOTIFY) or, on SQLite, when they see the shared settings version move: current()
// checks it at most once a second by the injected clock.
//
// Threads: current() from any thread: an atomic load, plus (once a second, on one thread) a
// version read. change() and reload() from any thread; m_publishMutex orders their
// publications and is never taken by current().
#pragma once

#include "common/periodicgate.h"
#include "common/result.h"
#include "config/settings.h"
#include "config/settingsresolver.h"

#include <QJsonObject>
#include <QMap>
#include <QMutex>
#include <QSqlDatabase>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace keyward {

class AuditLog;
class ChangeSignals;
class Clock;
class CurrentAccess;
class Database;
class SettingSecrets;
struct Actor;

// Setting name → its new database value; nullopt removes the stored value (the other layers,
// or the default, decide again).
using SettingChanges = QMap<QString, std::optional<QString>>;

struct SettingState {
    const SettingDefinition *definition = nullptr;
    QString value; // in effect here, as one would type it
    SettingSource source = SettingSource::Default;
    std::optional<QString> stored; // the database layer's value, if any
    // A Restart setting whose value in effect differs from the one this process started with.
    bool restartPending = false;
};

class SettingsService {
public:
    // Fails with invalid_setting (one line per problem) or a database error.
    static Result<std::unique_ptr<SettingsService>> open(Database &database, const Clock &clock, AuditLog &audit,
                                                         ChangeSignals &changes, CurrentAccess &access,
                                                         SettingsInputs inputs);

    std::shared_ptr<const Settings> current();
    // What this process started with: Restart settings keep these values until the next start.
    const Settings &atStart() const { return *m_atStart; }

    // A server starts serving under `settings`: recorded for the tools on the same database, so
    // `settings list` flags what waits for that server's restart, and `settings set` refuses
    // what the server's own INI file, environment or command line pin.
    void recordServing(const Settings &settings);

    // Every setting, in catalogue order, as `settings list` and the console show it.
    std::vector<SettingState> list();
    // {key, value, source, default, stored, applies: live|restart, restart_pending, description}
    static QJsonObject toJson(const SettingState &state);

    // Needs settings.write. invalid_setting (400) for an unknown name, a bad value or a broken
    // rule between settings; setting_overridden (409) for one the INI file, the environment or
    // the command line sets (a stored value would not take effect); insufficient_role for a
    // file path (TLS files, an access log file) from anyone but local administration. All or
    // nothing.
    Result<std::shared_ptr<const Settings>> change(const Actor &actor, const SettingChanges &changes);

    // Reads the database layer again and publishes what it resolves to (another server's change).
    // A stored combination that no longer resolves is logged and the settings in effect stay.
    void reload();

    static constexpr qint64 kVersionCheckMs = 1000;

    // From the master key (Backend::startTokens), before any change to a secret setting. Until
    // then such a change is refused.
    void useSecrets(std::shared_ptr<const SettingSecrets> secrets) { m_secrets = std::move(secrets); }
    // The secret a setting in effect holds (mail.password), opened; nothing when it is sealed and
    // cannot be opened (another installation's master key, or another SMTP server or user than
    // the one it was stored for).
    std::optional<QString> revealed(const Settings &settings, Setting setting) const;

private:
    SettingsService(Database &database, const Clock &clock, AuditLog &audit, ChangeSignals &changes,
                    CurrentAccess &access, SettingsInputs inputs, std::shared_ptr<const Settings> initial,
                    qint64 version);

    void checkVersion();
    // What a secret is sealed for besides its name (mail.password: the SMTP host and user).
    static QString secretContext(const Settings &settings, Setting setting);
    static QJsonObject servingRecord(const QSqlDatabase &db, const QString &key);
    // A value that names a file on the host (TLS files, an access log file).
    static bool isFileSetting(const SettingDefinition &definition, const QString &value);

    Database &m_database;
    const Clock &m_clock;
    AuditLog &m_audit;
    ChangeSignals &m_changes;
    CurrentAccess &m_access;
    const SettingsInputs m_inputs;
    const std::shared_ptr<const Settings> m_atStart;
    std::atomic<std::shared_ptr<const Settings>> m_current;
    PeriodicGate m_versionCheck;
    QMutex m_publishMutex; // held by reload() across its read and its publication
    std::atomic<qint64> m_version{0}; // written under m_publishMutex: the version last read
    quint64 m_generation = 0; // under m_publishMutex
    std::shared_ptr<const SettingSecrets> m_secrets; // set once, before serving
};

} // namespace keyward
