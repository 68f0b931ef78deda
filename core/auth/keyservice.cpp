// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyservice.h"

#include "actor.h"
#include "auditlog.h"
#include "common/changesignals.h"
#include "common/clock.h"
#include "common/logging.h"
#include "common/timeformat.h"
#include "crypto/sealer.h"
#include "settingsservice.h"
#include "storage/changeversionstore.h"
#include "storage/database.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QSet>

#include <array>

#include <openssl/crypto.h>

namespace keyward {

namespace {

constexpr qint64 kDay = 86400;

std::optional<SigningKeyRecord> findInState(const std::vector<SigningKeyRecord> &keys, const QString &state)
{
    for (const SigningKeyRecord &key : keys) {
        if (key.state == state)
            return key;
    }
    return std::nullopt;
}

bool isPublished(const SigningKeyRecord &key)
{
    return key.state == KeyState::next() || key.state == KeyState::active() || key.state == KeyState::retiring()
        || key.state == KeyState::companion();
}

const std::array<JwsAlgorithm, 3> kAlgorithms{JwsAlgorithm::ES256, JwsAlgorithm::RS256, JwsAlgorithm::EdDSA};

} // namespace

KeyService::KeyService(Database &database, AuditLog &audit, ChangeSignals &changes, const Clock &clock,
                       SettingsService &settings, MasterKey masterKey)
    : m_database(database), m_audit(audit), m_changes(changes), m_clock(clock), m_settings(settings),
      m_masterKey(std::move(masterKey)), m_versionCheck(clock, 1000)
{ }

QStringList KeyService::signingAlgorithms()
{
    QStringList names;
    for (const JwsAlgorithm algorithm : kAlgorithms)
        names << algorithmName(algorithm);
    return names;
}

bool KeyService::keepCompanions(SigningKeyStore &store, JwsAlgorithm activeAlgorithm, bool renew)
{
    const QDateTime now = m_clock.now();
    QSet<QString> kept;
    for (SigningKeyRecord &key : store.all()) {
        if (key.state != KeyState::companion())
            continue;
        if (!renew && key.algorithm != algorithmName(activeAlgorithm)) {
            kept.insert(key.algorithm);
            continue;
        }
        key.state = KeyState::retiring(); // verifies what it signed until its tokens are gone
        key.retireAt = now.addSecs(retireDelay());
        if (!store.update(key, KeyState::companion()))
            return false;
    }
    for (const JwsAlgorithm algorithm : kAlgorithms) {
        if (algorithm == activeAlgorithm || kept.contains(algorithmName(algorithm)))
            continue;
        SigningKeyRecord companion = makeKey(algorithm, KeyState::companion());
        companion.activatedAt = now;
        if (!store.insertUnlessTaken(companion))
            return false;
        m_changes.publishAfterCommit(m_database.connection(), Change::Keys);
        m_audit.record(Actor::system(QStringLiteral("keys")), QStringLiteral("key.create"), companion.kid,
                       AuditOutcome::success(),
                       {{QStringLiteral("algorithm"), companion.algorithm},
                        {QStringLiteral("reason"), QStringLiteral("companion of the active key")}});
    }
    return true;
}

qint64 KeyService::publicationDelay() const
{
    return m_settings.current()->tokens.jwksMaxAge.count() + kSafetyNetMs / 1000;
}

qint64 KeyService::retireDelay() const
{
    const TokenSettings tokens = m_settings.current()->tokens;
    return (tokens.longestAccessLifetime() + tokens.jwksMaxAge).count();
}

SigningKeyRecord KeyService::makeKey(JwsAlgorithm algorithm, const QString &state)
{
    const SigningKey key = SigningKey::generate(algorithm);
    SigningKeyRecord record;
    record.kid = key.thumbprint(); // RFC 7638: the kid says which key it is, and nothing else
    record.algorithm = algorithmName(algorithm);
    record.state = state;
    record.publicJwk = QString::fromUtf8(QJsonDocument(key.publicJwk()).toJson(QJsonDocument::Compact));
    QByteArray der = key.privateKeyDer();
    record.sealedPrivate = Sealer::seal(m_masterKey.bytes, der, record.kid.toUtf8());
    OPENSSL_cleanse(der.data(), size_t(der.size()));
    record.createdAt = m_clock.now();
    return record;
}

Result<SigningKey> KeyService::unsealPrivate(const SigningKeyRecord &record) const
{
    const auto algorithm = algorithmFromName(record.algorithm);
    auto der = Sealer::unseal(m_masterKey.bytes, record.sealedPrivate, record.kid.toUtf8());
    if (!algorithm || !der) {
        return failure(
            ErrorCode::MasterKey,
            QStringLiteral(
                "the master key from %1 does not open the signing keys of this database; nothing was changed")
                .arg(m_masterKey.source));
    }
    Result<SigningKey> key = SigningKey::fromPrivateKeyDer(*algorithm, *der);
    OPENSSL_cleanse(der->data(), size_t(der->size()));
    return key;
}

Status KeyService::start()
{
    TransactionGuard transaction(m_database);
    m_version = ChangeVersion::current(transaction.connection(), ChangeFeed::Topic::Keys);
    SigningKeyStore store(transaction.connection());
    const auto keys = store.all();
    if (const auto active = findInState(keys, KeyState::active())) {
        const Result<SigningKey> key = unsealPrivate(*active);
        if (!key)
            return key.error();
        // A database of an earlier release has none yet; a server starting beside this one may
        // make them first (then nothing is written here).
        if (!keepCompanions(store, key->algorithm(), false))
            return success();
        transaction.commit();
        QMutexLocker lock(&m_mutex);
        m_active = ActiveKey{active->kid, key.value()};
        return success();
    }
    const JwsAlgorithm algorithm = m_settings.current()->tokens.algorithm;
    SigningKeyRecord first = makeKey(algorithm, KeyState::active());
    first.activatedAt = first.createdAt;
    store.insert(first);
    keepCompanions(store, algorithm, false);
    m_changes.publishAfterCommit(m_database.connection(), Change::Keys);
    m_audit.record(
        Actor::system(QStringLiteral("keys")), QStringLiteral("key.create"), first.kid, AuditOutcome::success(),
        {{QStringLiteral("algorithm"), first.algorithm}, {QStringLiteral("reason"), QStringLiteral("first start")}});
    transaction.commit();
    qCInfo(lcCrypto).noquote() << "created the first signing key" << first.kid << "(" << first.algorithm << ")";
    return success();
}

std::vector<SigningKeyRecord> KeyService::list()
{
    return SigningKeyStore(m_database.connection()).all();
}

bool KeyService::promote(SigningKeyRecord &incoming, std::optional<SigningKeyRecord> outgoing)
{
    SigningKeyStore store(m_database.connection());
    const QDateTime now = m_clock.now();
    if (outgoing) {
        outgoing->state = KeyState::retiring();
        outgoing->retireAt = now.addSecs(retireDelay());
        if (!store.update(*outgoing, KeyState::active())) // first: only one key may be active at a time
            return false;
    }
    incoming.state = KeyState::active();
    incoming.activatedAt = now;
    incoming.activatesAt.reset();
    return true;
}

Result<SigningKeyRecord> KeyService::rotate(const Actor &actor, JwsAlgorithm algorithm, RotationTiming timing)
{
    TransactionGuard transaction(m_database);
    SigningKeyStore store(transaction.connection());
    const auto keys = store.all();
    std::optional<SigningKeyRecord> pending = findInState(keys, KeyState::next());
    if (pending && timing == RotationTiming::AfterPublication)
        return failure(ErrorCode::KeyPending,
                       QStringLiteral("key %1 is already published and signs from %2; to replace it, rotate now "
                                      "(keys rotate --now; the API's \"now\": true)")
                           .arg(pending->kid, toRfc3339(*pending->activatesAt)));
    const Error busy = failure(ErrorCode::KeyBusy,
                               QStringLiteral("another server changed the signing keys at the same moment; try again"));
    SigningKeyRecord incoming = makeKey(algorithm, KeyState::next());
    if (timing == RotationTiming::Now) {
        if (pending) { // it was to replace the key an emergency replaces now: it never signed
            pending->state = KeyState::retired();
            pending->sealedPrivate.clear();
            pending->retiredAt = m_clock.now();
            if (!store.update(*pending, KeyState::next()))
                return busy;
        }
        if (!promote(incoming, findInState(keys, KeyState::active())) || !keepCompanions(store, algorithm, true))
            return busy;
    } else {
        incoming.activatesAt = m_clock.now().addSecs(publicationDelay());
    }
    if (!store.insertUnlessTaken(incoming)) // two servers at once: the one-next index lets one win
        return failure(ErrorCode::KeyPending, QStringLiteral("another key was published at the same moment"));
    m_changes.publishAfterCommit(m_database.connection(), Change::Keys);
    m_audit.record(actor, QStringLiteral("key.rotate"), incoming.kid, AuditOutcome::success(),
                   {{QStringLiteral("algorithm"), incoming.algorithm},
                    {QStringLiteral("now"), timing == RotationTiming::Now},
                    {QStringLiteral("activates_at"),
                     toRfc3339(incoming.activatesAt.value_or(incoming.activatedAt.value_or(m_clock.now())))}});
    transaction.commit();
    if (pending && timing == RotationTiming::Now && m_retiredListener)
        m_retiredListener(pending->kid);
    forgetActive();
    return incoming;
}

bool KeyService::activateDueKey()
{
    const auto isDue = [this](const std::optional<SigningKeyRecord> &key) {
        return key && key->activatesAt && m_clock.now() >= *key->activatesAt;
    };
    if (!isDue(findInState(list(), KeyState::next()))) // read first: most calls find nothing due
        return false;
    TransactionGuard transaction(m_database);
    SigningKeyStore store(transaction.connection());
    const auto keys = store.all();
    auto next = findInState(keys, KeyState::next());
    // Another server may be first: then a conditional update finds nothing and this rolls back.
    if (!isDue(next) || !promote(*next, findInState(keys, KeyState::active())) || !store.update(*next, KeyState::next())
        || !keepCompanions(store, algorithmFromName(next->algorithm).value_or(JwsAlgorithm::ES256), true))
        return false;
    m_changes.publishAfterCommit(m_database.connection(), Change::Keys);
    m_audit.record(Actor::system(QStringLiteral("scheduler")), QStringLiteral("key.activate"), next->kid,
                   AuditOutcome::success());
    transaction.commit();
    qCInfo(lcCrypto).noquote() << "signing key" << next->kid << "now signs";
    forgetActive();
    return true;
}

void KeyService::forgetActive()
{
    QMutexLocker lock(&m_mutex);
    m_active.reset();
    m_companions.clear();
    m_jwks.reset();
    ++m_keysChanged;
    m_lastReloadMs = 0;
}

Status KeyService::retire(const Actor &actor, const QString &kid)
{
    TransactionGuard transaction(m_database);
    SigningKeyStore store(transaction.connection());
    auto key = store.find(kid);
    if (!key)
        return failure(ErrorCode::NotFound, QStringLiteral("no key has the kid '%1'").arg(kid.left(64)));
    if (key->state == KeyState::active() || key->state == KeyState::companion())
        return failure(ErrorCode::KeyActive, QStringLiteral("a key in use cannot be retired; rotate first"));
    if (key->state == KeyState::retired())
        return failure(ErrorCode::KeyRetired, QStringLiteral("the key is already retired"));
    const QString wasState = key->state;
    key->state = KeyState::retired();
    key->sealedPrivate.clear(); // the private key is erased, not just hidden
    key->retiredAt = m_clock.now();
    if (!store.update(*key, wasState))
        return failure(ErrorCode::KeyBusy, QStringLiteral("the key changed meanwhile; try again"));
    m_changes.publishAfterCommit(m_database.connection(), Change::Keys);
    m_audit.record(actor, QStringLiteral("key.retire"), kid, AuditOutcome::success());
    transaction.commit();
    {
        QMutexLocker lock(&m_mutex);
        m_published.remove(kid);
        m_jwks.reset();
        ++m_keysChanged;
        // A reload already under way (the change listener's, after the rotation's notification)
        // read the keys before this commit: what it stores would bring the retired key back.
        m_reloadStored = ++m_reloadsBegun;
    }
    if (m_retiredListener)
        m_retiredListener(kid);
    return success();
}

int KeyService::runSchedule()
{
    const Actor scheduler = Actor::system(QStringLiteral("scheduler"));
    int changed = 0;
    const QDateTime now = m_clock.now();
    for (const SigningKeyRecord &key : list()) {
        if (key.state == KeyState::retiring() && key.retireAt && *key.retireAt <= now && retire(scheduler, key.kid))
            ++changed;
    }
    if (activateDueKey())
        ++changed;
    const std::shared_ptr<const Settings> settings = m_settings.current();
    const qint64 days = settings->tokens.rotationDays;
    if (days <= 0)
        return changed;
    TransactionGuard transaction(m_database);
    SigningKeyStore store(transaction.connection());
    const auto keys = store.all();
    const auto active = findInState(keys, KeyState::active());
    if (!active || !active->activatedAt || findInState(keys, KeyState::next()))
        return changed;
    const QDateTime due = active->activatedAt->addSecs(days * kDay);
    if (now < due.addSecs(-publicationDelay()))
        return changed;
    // Publish the successor one JWKS cache lifetime (and the fleet's propagation) early:
    // verifiers see it before it signs.
    SigningKeyRecord created = makeKey(settings->tokens.algorithm, KeyState::next());
    created.activatesAt = qMax(due, now.addSecs(publicationDelay()));
    if (!store.insertUnlessTaken(created)) // another server published one at the same moment
        return changed;
    m_changes.publishAfterCommit(m_database.connection(), Change::Keys);
    m_audit.record(scheduler, QStringLiteral("key.publish_next"), created.kid, AuditOutcome::success(),
                   {{QStringLiteral("activates_at"), toRfc3339(*created.activatesAt)}});
    transaction.commit();
    forgetActive();
    return changed + 1;
}

void KeyService::followVersion()
{
    if (!m_versionCheck.claim()) // one thread looks; the others go on with the keys they have
        return;
    try {
        const qint64 version = ChangeVersion::current(m_database.connection(), ChangeFeed::Topic::Keys);
        const qint64 known = m_version.exchange(version);
        if (known >= 0 && known != version)
            invalidate();
    } catch (const StorageError &error) { // the database is away: keep what we have
        qCWarning(lcCrypto) << "cannot read the keys' version:" << error.what();
    }
}

Result<ActiveKey> KeyService::signingKey(JwsAlgorithm algorithm)
{
    const Result<ActiveKey> active = activeKey(); // follows the version, and drops stale companions
    if (!active || active->key.algorithm() == algorithm)
        return active;
    quint64 changesBefore = 0;
    {
        QMutexLocker lock(&m_mutex);
        if (const auto cached = m_companions.constFind(int(algorithm)); cached != m_companions.cend())
            return *cached;
        changesBefore = m_keysChanged;
    }
    std::optional<SigningKeyRecord> record;
    for (const SigningKeyRecord &key : list()) {
        if (key.state == KeyState::companion() && key.algorithm == algorithmName(algorithm))
            record = key;
    }
    if (!record)
        return failure(ErrorCode::NoActiveKey,
                       QStringLiteral("there is no %1 signing key").arg(algorithmName(algorithm)));
    const Result<SigningKey> key = unsealPrivate(*record);
    if (!key)
        return key.error();
    QMutexLocker lock(&m_mutex);
    const ActiveKey companion{record->kid, key.value()};
    // Read outside the lock: when the keys changed meanwhile (a rotation here or elsewhere), what
    // was read may be a companion that is retiring now, and must not stay cached.
    if (m_keysChanged == changesBefore)
        m_companions.insert(int(algorithm), companion);
    return companion;
}

Result<ActiveKey> KeyService::activeKey()
{
    followVersion();
    {
        QMutexLocker lock(&m_mutex);
        const bool nextIsDue = m_nextActivatesAt && m_clock.now() >= *m_nextActivatesAt;
        // Re-read now and then: another process may have rotated (safety net for the feed).
        if (m_active && !nextIsDue && m_clock.now().toMSecsSinceEpoch() - m_activeLoadedMs < kSafetyNetMs)
            return *m_active;
    }
    // The published next key signs from its time on, whichever server notices first.
    activateDueKey();
    const auto keys = list();
    const auto next = findInState(keys, KeyState::next());
    {
        QMutexLocker lock(&m_mutex);
        m_nextActivatesAt = next ? next->activatesAt : std::nullopt;
    }
    const auto record = findInState(keys, KeyState::active());
    if (!record)
        return failure(ErrorCode::NoActiveKey, QStringLiteral("there is no active signing key"));
    {
        QMutexLocker lock(&m_mutex);
        if (m_active && m_active->kid == record->kid) { // unchanged: no need to unseal again
            m_activeLoadedMs = m_clock.now().toMSecsSinceEpoch();
            return *m_active;
        }
    }
    const Result<SigningKey> key = unsealPrivate(*record);
    if (!key)
        return key.error();
    QMutexLocker lock(&m_mutex);
    m_active = ActiveKey{record->kid, key.value()};
    m_activeLoadedMs = m_clock.now().toMSecsSinceEpoch();
    return *m_active;
}

void KeyService::reloadPublished()
{
    // Reloads run on several threads (requests, the change listener) and read outside the lock:
    // one that began earlier read an older state and must not replace what a later one stored.
    quint64 ticket = 0;
    {
        QMutexLocker lock(&m_mutex);
        ticket = ++m_reloadsBegun;
    }
    QHash<QString, SigningKey> published;
    for (const SigningKeyRecord &record : list()) {
        if (!isPublished(record))
            continue;
        const auto key = SigningKey::fromJwk(QJsonDocument::fromJson(record.publicJwk.toUtf8()).object());
        if (key && algorithmName(key->algorithm()) == record.algorithm)
            published.insert(record.kid, key.value());
    }
    QStringList vanished; // retired by another process
    {
        QMutexLocker lock(&m_mutex);
        if (ticket < m_reloadStored)
            return;
        m_reloadStored = ticket;
        for (auto it = m_published.cbegin(); it != m_published.cend(); ++it) {
            if (!published.contains(it.key()))
                vanished << it.key();
        }
        m_published = published;
        m_lastReloadMs = m_clock.now().toMSecsSinceEpoch();
    }
    if (m_retiredListener) {
        for (const QString &kid : std::as_const(vanished))
            m_retiredListener(kid);
    }
}

void KeyService::invalidate()
{
    {
        QMutexLocker lock(&m_mutex);
        m_active.reset();
        m_companions.clear();
        m_jwks.reset();
        ++m_keysChanged;
    }
    reloadPublished();
}

std::optional<SigningKey> KeyService::verificationKey(const QString &kid)
{
    followVersion();
    bool reload = false;
    {
        QMutexLocker lock(&m_mutex);
        const qint64 age = m_clock.now().toMSecsSinceEpoch() - m_lastReloadMs;
        const auto it = m_published.constFind(kid);
        // The safety net: even without a change notification a key retired elsewhere stops
        // verifying here within kSafetyNetMs.
        if (it != m_published.cend() && age < kSafetyNetMs)
            return *it;
        reload = it != m_published.cend() || age >= 1000;
    }
    if (!reload)
        return std::nullopt;
    reloadPublished();
    QMutexLocker lock(&m_mutex);
    const auto it = m_published.constFind(kid);
    return it == m_published.cend() ? std::nullopt : std::optional(*it);
}

QJsonObject KeyService::toJson(const SigningKeyRecord &key)
{
    const auto time = [](const std::optional<QDateTime> &at) { return at ? QJsonValue(toRfc3339(*at)) : QJsonValue(); };
    return {{QStringLiteral("kid"), key.kid},
            {QStringLiteral("alg"), key.algorithm},
            {QStringLiteral("state"), key.state},
            {QStringLiteral("created_at"), toRfc3339(key.createdAt)},
            {QStringLiteral("activates_at"), time(key.activatesAt)},
            {QStringLiteral("activated_at"), time(key.activatedAt)},
            {QStringLiteral("retire_at"), time(key.retireAt)},
            {QStringLiteral("retired_at"), time(key.retiredAt)}};
}

QJsonObject KeyService::jwks()
{
    followVersion();
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    quint64 changesBefore = 0;
    {
        QMutexLocker lock(&m_mutex);
        if (m_jwks && now - m_jwksBuiltMs < kSafetyNetMs)
            return *m_jwks;
        changesBefore = m_keysChanged;
    }
    QJsonArray keys;
    for (const SigningKeyRecord &record : list()) {
        if (!isPublished(record))
            continue;
        QJsonObject jwk = QJsonDocument::fromJson(record.publicJwk.toUtf8()).object();
        jwk.insert(QStringLiteral("kid"), record.kid);
        jwk.insert(QStringLiteral("alg"), record.algorithm);
        jwk.insert(QStringLiteral("use"), QStringLiteral("sig"));
        keys.append(jwk);
    }
    const QJsonObject set{{QStringLiteral("keys"), keys}};
    QMutexLocker lock(&m_mutex);
    if (changesBefore == m_keysChanged) { // a change while it was read would make it stale
        m_jwks = set;
        m_jwksBuiltMs = now;
    }
    return set;
}

} // namespace keyward
