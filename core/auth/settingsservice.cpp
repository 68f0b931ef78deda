// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsservice.h"

#include "actor.h"
#include "auditlog.h"
#include "common/changesignals.h"
#include "common/clock.h"
#include "common/logging.h"
#include "currentaccess.h"
#include "rolegraph.h"
#include "settingsecrets.h"
#include "storage/changeversionstore.h"
#include "storage/database.h"
#include "storage/runtimestatestore.h"
#include "storage/settingsstore.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QUrl>

namespace keyward {

namespace {

constexpr auto kTopic = ChangeFeed::Topic::Settings;
// runtime_state keys: the restart settings the serving server started with, and the settings
// its own higher layers set.
const QString kServingRestartValues = QStringLiteral("serving_restart_settings");
const QString kServingPinned = QStringLiteral("serving_pinned_settings");

struct StoredSettings {
    qint64 version = 0;
    QMap<QString, QString> values;
};

// The version first: a change committed between the two reads is newer than the version read,
// so it is read again at the next look.
StoredSettings readStored(const QSqlDatabase &db)
{
    StoredSettings stored;
    stored.version = ChangeVersion::current(db, kTopic);
    stored.values = SettingsStore(db).all();
    return stored;
}

bool overridesDatabase(SettingSource source)
{
    return source == SettingSource::File || source == SettingSource::Environment
        || source == SettingSource::CommandLine;
}

} // namespace

Result<std::unique_ptr<SettingsService>> SettingsService::open(Database &database, const Clock &clock, AuditLog &audit,
                                                               ChangeSignals &changes, CurrentAccess &access,
                                                               SettingsInputs inputs)
{
    StoredSettings stored;
    try {
        stored = readStored(database.connection());
    } catch (const StorageError &error) {
        return failure(ErrorCode::Database, error.message());
    }
    Result<Settings> resolved = inputs.resolve(stored.values);
    if (!resolved)
        return resolved.error();
    return std::unique_ptr<SettingsService>(
        new SettingsService(database, clock, audit, changes, access, std::move(inputs),
                            std::make_shared<const Settings>(resolved.value()), stored.version));
}

SettingsService::SettingsService(Database &database, const Clock &clock, AuditLog &audit, ChangeSignals &changes,
                                 CurrentAccess &access, SettingsInputs inputs, std::shared_ptr<const Settings> initial,
                                 qint64 version)
    : m_database(database), m_clock(clock), m_audit(audit), m_changes(changes), m_access(access),
      m_inputs(std::move(inputs)), m_atStart(initial), m_current(initial), m_versionCheck(clock, kVersionCheckMs),
      m_version(version)
{
    m_versionCheck.restart();
}

bool SettingsService::isFileSetting(const SettingDefinition &definition, const QString &value)
{
    if (definition.type == SettingDefinition::Type::FilePath)
        return !value.isEmpty();
    return definition.id == Setting::ServerAccessLog && value != QLatin1String("off")
        && value != QLatin1String("stderr");
}

std::shared_ptr<const Settings> SettingsService::current()
{
    checkVersion();
    return m_current.load(std::memory_order_acquire);
}

void SettingsService::checkVersion()
{
    if (!m_versionCheck.claim()) // one thread checks; the others go on with the settings they have
        return;
    try {
        const qint64 version = ChangeVersion::current(m_database.connection(), kTopic);
        if (version != m_version.load()) // any other number: a change, or a restored backup
            reload();
    } catch (const StorageError &error) { // the database is away: keep what we have
        qCWarning(lcConfig) << "cannot read the settings version:" << error.what();
    }
}

void SettingsService::reload()
{
    // Held across the read: publications happen in the order their reads did, so a reload that
    // read before a change committed cannot publish after one that read it.
    QMutexLocker lock(&m_publishMutex);
    StoredSettings stored;
    try {
        stored = readStored(m_database.connection());
    } catch (const StorageError &error) {
        qCWarning(lcConfig) << "cannot read the stored settings:" << error.what();
        return;
    }
    m_version = stored.version; // also when they do not resolve: said once, not every second
    Result<Settings> resolved = m_inputs.resolve(stored.values);
    if (!resolved) {
        qCWarning(lcConfig).noquote() << "the stored settings do not resolve; the settings in effect stay:"
                                      << resolved.error().message;
        return;
    }
    Settings settings = std::move(resolved.value());
    if (settings.sameAs(*m_current.load()))
        return;
    settings.setGeneration(++m_generation);
    m_current.store(std::make_shared<const Settings>(std::move(settings)), std::memory_order_release);
}

void SettingsService::recordServing(const Settings &settings)
{
    QJsonObject restartValues;
    QJsonArray pinned;
    for (const SettingDefinition &definition : settingDefinitions()) {
        if (definition.apply == SettingApply::Restart)
            restartValues.insert(definition.key, settings.text(definition.id));
        if (overridesDatabase(settings.source(definition.id)))
            pinned.append(definition.key);
    }
    TransactionGuard transaction(m_database);
    RuntimeStateStore state(transaction.connection());
    const qint64 now = m_clock.nowSecs();
    state.set(kServingRestartValues, QString::fromUtf8(QJsonDocument(restartValues).toJson(QJsonDocument::Compact)),
              now);
    state.set(kServingPinned, QString::fromUtf8(QJsonDocument(pinned).toJson(QJsonDocument::Compact)), now);
    transaction.commit();
}

QJsonObject SettingsService::servingRecord(const QSqlDatabase &db, const QString &key)
{
    const auto text = RuntimeStateStore(db).value(key);
    if (!text)
        return {};
    const QJsonDocument document = QJsonDocument::fromJson(text->toUtf8());
    if (document.isArray()) { // a list of names: as an object of name → true
        QJsonObject names;
        for (const QJsonValue name : document.array())
            names.insert(name.toString(), true);
        return names;
    }
    return document.object();
}

std::vector<SettingState> SettingsService::list()
{
    const std::shared_ptr<const Settings> settings = current();
    const QSqlDatabase db = m_database.connection();
    const QMap<QString, QString> stored = SettingsStore(db).all();
    // What the last server to start serves under; without one, what this process started with.
    const QJsonObject serving = servingRecord(db, kServingRestartValues);
    const QJsonObject pinnedOnServer = servingRecord(db, kServingPinned); // its own layers decide those
    std::vector<SettingState> states;
    for (const SettingDefinition &definition : settingDefinitions()) {
        SettingState state;
        state.definition = &definition;
        state.value = settings->text(definition.id);
        state.source = settings->source(definition.id);
        if (const auto found = stored.constFind(definition.key); found != stored.cend())
            state.stored = *found;
        if (definition.isSecret()) { // listed, never shown
            state.value = SettingSecrets::masked(state.value);
            if (state.stored)
                state.stored = SettingSecrets::masked(*state.stored);
        }
        const QString startedWith = serving.contains(definition.key) ? serving.value(definition.key).toString()
                                                                     : m_atStart->text(definition.id);
        state.restartPending = definition.apply == SettingApply::Restart && state.value != startedWith
            && !pinnedOnServer.contains(definition.key);
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
    if (!actor.hasLocalAuthority()
        && !m_access.roleGraph()->hasPermission(actor.roles, QStringLiteral("settings.write")))
        return failure(ErrorCode::InsufficientRole, QStringLiteral("this needs the permission settings.write"));
    if (changes.isEmpty())
        return failure(ErrorCode::InvalidSetting, QStringLiteral("name at least one setting to change"));
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
        if (!parsed) {
            problems << parsed.error().message;
            continue;
        }
        QString value = definition->format(parsed.value());
        if (definition->isSecret() && !value.isEmpty()) {
            if (value == SettingSecrets::masked(value)) {
                problems << QStringLiteral("%1: type the new value (•••• stands for the one stored)").arg(it.key());
                continue;
            }
            if (!m_secrets)
                return failure(ErrorCode::InvalidSetting,
                               QStringLiteral("%1 is stored sealed under the master key, which this program has not "
                                              "opened")
                                   .arg(it.key()));
        }
        // Which file the server writes, or reads as its key, is for who administers its host:
        // over the network it would let a settings.write holder append to any file it can.
        if (!actor.hasLocalAuthority() && isFileSetting(*definition, value))
            return failure(ErrorCode::InsufficientRole,
                           QStringLiteral("%1 names a file on the server's host: set it with the CLI or the console "
                                          "there")
                               .arg(definition->key));
        canonical.insert(it.key(), value);
    }
    if (!problems.isEmpty())
        return failure(ErrorCode::InvalidSetting, problems.join(QLatin1Char('\n')));

    TransactionGuard transaction(m_database);
    const QSqlDatabase db = transaction.connection();
    // First, so concurrent changes queue on the version's row lock (PostgreSQL) or the write
    // lock (SQLite): each checks its rules against what the one before it stored.
    ChangeVersion::bump(db, kTopic);
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
    // Pinned here, or on the server that serves this database (its own INI file, environment
    // or command line): a stored value would not apply there.
    const QJsonObject pinnedOnServer = servingRecord(db, kServingPinned);
    for (auto it = canonical.cbegin(); it != canonical.cend(); ++it) {
        const SettingSource source = resolved->source(findSetting(it.key())->id);
        if (overridesDatabase(source))
            problems << QStringLiteral("%1 is set by the %2, which overrides a stored value")
                            .arg(it.key(), settingSourceName(source));
        else if (pinnedOnServer.contains(it.key()))
            problems << QStringLiteral("%1 is set by the serving server's own settings file, environment or "
                                       "command line, which override a stored value")
                            .arg(it.key());
    }
    if (!problems.isEmpty())
        return failure(ErrorCode::SettingOverridden, problems.join(QLatin1Char('\n')));

    const qint64 now = m_clock.nowSecs();
    for (auto it = canonical.begin(); it != canonical.end(); ++it) {
        // A secret is sealed for where it is used (mail.password: for the SMTP server and user
        // in effect with this change), so pointing that elsewhere does not take the secret along.
        const SettingDefinition &definition = *findSetting(it.key());
        if (definition.isSecret() && it.value() && !it.value()->isEmpty())
            it.value() = m_secrets->seal(it.key(), secretContext(resolved.value(), definition.id), *it.value());
    }
    for (auto it = canonical.cbegin(); it != canonical.cend(); ++it) {
        if (it.value())
            store.set(it.key(), *it.value(), now);
        else
            store.remove(it.key());
    }
    // Published (read back as every other server does) before the audit's change signal
    // reaches listeners: they read the new values.
    TransactionGuard::afterCommit(db, [this] { reload(); });
    for (auto it = canonical.cbegin(); it != canonical.cend(); ++it) {
        m_changes.publishAfterCommit(m_database.connection(), Change::Settings);
        const bool secret = findSetting(it.key())->isSecret();
        const auto shown
            = [secret](const QString &value) { return QJsonValue(secret ? SettingSecrets::masked(value) : value); };
        m_audit.record(
            actor, QStringLiteral("setting.change"), it.key(), AuditOutcome::success(),
            {{QStringLiteral("value"), it.value() ? shown(*it.value()) : QJsonValue()},
             {QStringLiteral("previous"), before.contains(it.key()) ? shown(before.value(it.key())) : QJsonValue()}});
    }
    transaction.commit();
    return m_current.load();
}

std::optional<QString> SettingsService::revealed(const Settings &settings, Setting setting) const
{
    const QString value = settings.value(setting).toString();
    if (!m_secrets)
        return value.startsWith(QLatin1String("sealed:")) ? std::nullopt : std::optional<QString>(value);
    return m_secrets->reveal(definitionOf(setting).key, secretContext(settings, setting), value);
}

QString SettingsService::secretContext(const Settings &settings, Setting setting)
{
    if (setting != Setting::MailPassword)
        return {};
    return QUrl(settings.mail.smtpUrl).host().toLower() + QLatin1Char('|') + settings.mail.username;
}

} // namespace keyward
