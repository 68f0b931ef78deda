// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsservice.h"

#include "actor.h"
#include "auditlog.h"
#include "common/clock.h"
#include "common/logging.h"
#include "currentaccess.h"
#include "rolegraph.h"
#include "storage/changeversionstore.h"
#include "storage/database.h"
#include "storage/settingsstore.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

#include <QMutexLocker>

namespace keyward {

namespace {

constexpr auto kTopic = ChangeFeed::Topic::Settings;

bool overridesDatabase(SettingSource source)
{
    return source == SettingSource::File || source == SettingSource::Environment
        || source == SettingSource::CommandLine;
}

} // namespace

Result<std::unique_ptr<SettingsService>> SettingsService::open(Database &database, const Clock &clock, AuditLog &audit,
                                                               CurrentAccess &access, SettingsInputs inputs)
{
    QMap<QString, QString> stored;
    qint64 version = 0;
    try {
        const QSqlDatabase db = database.connection();
        version = ChangeVersion::current(db, kTopic);
        stored = SettingsStore(db).all();
    } catch (const StorageError &error) {
        return failure(QStringLiteral("database"), error.message());
    }
    Result<Settings> resolved = inputs.resolve(stored);
    if (!resolved)
        return resolved.error();
    return std::unique_ptr<SettingsService>(new SettingsService(database, clock, audit, access, std::move(inputs),
                                                                std::make_shared<const Settings>(resolved.value()),
                                                                version));
}

SettingsService::SettingsService(Database &database, const Clock &clock, AuditLog &audit, CurrentAccess &access,
                                 SettingsInputs inputs, std::shared_ptr<const Settings> initial, qint64 version)
    : m_database(database), m_clock(clock), m_audit(audit), m_access(access), m_inputs(std::move(inputs)),
      m_atStart(initial), m_current(initial), m_version(version)
{
    m_nextCheckMs = m_clock.now().toMSecsSinceEpoch() + kVersionCheckMs;
}

std::shared_ptr<const Settings> SettingsService::current()
{
    checkVersion();
    return m_current.load(std::memory_order_acquire);
}

void SettingsService::checkVersion()
{
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    qint64 due = m_nextCheckMs.load(std::memory_order_relaxed);
    // One thread checks; the others go on with the settings they have.
    if (now < due || !m_nextCheckMs.compare_exchange_strong(due, now + kVersionCheckMs))
        return;
    try {
        const qint64 version = ChangeVersion::current(m_database.connection(), kTopic);
        {
            QMutexLocker lock(&m_publishMutex);
            if (version == m_version)
                return;
        }
        reload();
    } catch (const StorageError &error) { // the database is away: keep what we have
        qCWarning(lcConfig) << "cannot read the settings version:" << error.what();
    }
}

void SettingsService::reload()
{
    QMap<QString, QString> stored;
    qint64 version = 0;
    try {
        const QSqlDatabase db = m_database.connection();
        // The version first: a change committed in between is newer than it, so seen again.
        version = ChangeVersion::current(db, kTopic);
        stored = SettingsStore(db).all();
    } catch (const StorageError &error) {
        qCWarning(lcConfig) << "cannot read the stored settings:" << error.what();
        return;
    }
    Result<Settings> resolved = m_inputs.resolve(stored);
    if (!resolved) {
        qCWarning(lcConfig).noquote() << "the stored settings do not resolve; the settings in effect stay:"
                                      << resolved.error().message;
        QMutexLocker lock(&m_publishMutex);
        m_version = qMax(m_version, version); // said once, not every second
        return;
    }
    publish(std::move(resolved.value()), version);
}

void SettingsService::publish(Settings settings, qint64 version)
{
    QMutexLocker lock(&m_publishMutex);
    if (version < m_version) // a slower reload read before a newer change: not going back
        return;
    m_version = version;
    if (settings.sameValues(*m_current.load()))
        return;
    settings.setGeneration(++m_generation);
    m_current.store(std::make_shared<const Settings>(std::move(settings)), std::memory_order_release);
}

std::vector<SettingState> SettingsService::list()
{
    const std::shared_ptr<const Settings> settings = current();
    const QMap<QString, QString> stored = SettingsStore(m_database.connection()).all();
    std::vector<SettingState> states;
    for (const SettingDefinition &definition : settingDefinitions()) {
        SettingState state;
        state.definition = &definition;
        state.value = settings->text(definition.id);
        state.source = settings->source(definition.id);
        if (const auto found = stored.constFind(definition.key); found != stored.cend())
            state.stored = *found;
        state.restartPending = definition.apply == SettingApply::Restart
            && settings->value(definition.id) != m_atStart->value(definition.id);
        states.push_back(state);
    }
    return states;
}

QJsonObject SettingsService::toJson(const SettingState &state)
{
    const SettingDefinition &definition = *state.definition;
    return {{QStringLiteral("key"), definition.key},
            {QStringLiteral("value"), state.value},
            {QStringLiteral("source"), settingSourceName(state.source)},
            {QStringLiteral("default"), definition.defaultValue},
            {QStringLiteral("stored"), state.stored ? QJsonValue(*state.stored) : QJsonValue()},
            {QStringLiteral("applies"),
             definition.apply == SettingApply::Live ? QStringLiteral("live") : QStringLiteral("restart")},
            {QStringLiteral("restart_pending"), state.restartPending},
            {QStringLiteral("description"), definition.description}};
}

Result<std::shared_ptr<const Settings>> SettingsService::change(const Actor &actor, const SettingChanges &changes)
{
    if (!actor.localAdministration
        && !m_access.roleGraph()->hasPermission(actor.roles, QStringLiteral("settings.write")))
        return failure(QStringLiteral("insufficient_role"), QStringLiteral("this needs the permission settings.write"));
    if (changes.isEmpty())
        return failure(QStringLiteral("invalid_setting"), QStringLiteral("name at least one setting to change"));
    QStringList problems;
    QMap<QString, std::optional<QString>> canonical; // values as stored: parsed, then written back
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        const SettingDefinition *definition = findSetting(it.key());
        if (!definition) {
            problems << QStringLiteral("unknown setting '%1'").arg(it.key().left(80));
            continue;
        }
        if (!it.value()) {
            canonical.insert(it.key(), std::nullopt);
            continue;
        }
        const Result<QVariant> parsed = definition->parse(*it.value());
        if (!parsed)
            problems << parsed.error().message;
        else
            canonical.insert(it.key(), definition->format(parsed.value()));
    }
    if (!problems.isEmpty())
        return failure(QStringLiteral("invalid_setting"), problems.join(QLatin1Char('\n')));

    TransactionGuard transaction(m_database);
    const QSqlDatabase db = transaction.connection();
    SettingsStore store(db);
    const QMap<QString, QString> before = store.all();
    QMap<QString, QString> after = before;
    for (auto it = canonical.cbegin(); it != canonical.cend(); ++it) {
        if (it.value())
            after.insert(it.key(), *it.value());
        else
            after.remove(it.key());
    }
    Result<Settings> resolved = m_inputs.resolve(after);
    if (!resolved)
        return resolved.error();
    for (auto it = canonical.cbegin(); it != canonical.cend(); ++it) {
        const SettingSource source = resolved->source(findSetting(it.key())->id);
        if (overridesDatabase(source))
            problems << QStringLiteral("%1 is set by the %2, which overrides a stored value")
                            .arg(it.key(), settingSourceName(source));
    }
    if (!problems.isEmpty())
        return failure(QStringLiteral("setting_overridden"), problems.join(QLatin1Char('\n')));

    const qint64 now = m_clock.nowSecs();
    for (auto it = canonical.cbegin(); it != canonical.cend(); ++it) {
        if (it.value())
            store.set(it.key(), *it.value(), now);
        else
            store.remove(it.key());
    }
    ChangeVersion::bump(db, kTopic);
    const qint64 version = ChangeVersion::current(db, kTopic);
    // Published before the audit's change signal reaches listeners: they read the new values.
    TransactionGuard::afterCommit(
        db, [this, settings = resolved.value(), version]() mutable { publish(std::move(settings), version); });
    for (auto it = canonical.cbegin(); it != canonical.cend(); ++it) {
        m_audit.record(actor, QStringLiteral("setting.change"), it.key(), AuditOutcome::success(),
                       {{QStringLiteral("value"), it.value() ? QJsonValue(*it.value()) : QJsonValue()},
                        {QStringLiteral("previous"),
                         before.contains(it.key()) ? QJsonValue(before.value(it.key())) : QJsonValue()}});
    }
    transaction.commit();
    return m_current.load();
}

} // namespace keyward
