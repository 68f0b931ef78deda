// SPDX-License-Identifier: GPL-3.0-or-later
// Signing keys through their life: next → active → retiring → retired. Creates the first key,
// rotates by hand or on schedule, retires keys whose time has come, and answers which keys
// sign and verify. Private keys are sealed with the master key, AAD = kid.
//
// Beside the active key (the default: it signs access tokens and most ID tokens) there is one
// "companion" key for each other algorithm of ES256, RS256 and EdDSA: an application may ask for
// its ID tokens in any of them (id_token_signed_response_alg), so discovery's list is true.
// Companions are published like the active key and renewed whenever the active key changes.
//
// Threads: any thread. The active key, the published keys and the JWK Set are cached under
// m_mutex, held only to read or swap them — a reload or an unseal happens outside it. Caches
// age by the injected clock (the safety net for a change another process made).
#pragma once

#include "common/periodicgate.h"
#include "common/result.h"
#include "crypto/signingkey.h"
#include "masterkey.h"
#include "storage/signingkeystore.h"

#include <QHash>
#include <QJsonObject>
#include <QMutex>

#include <atomic>
#include <functional>

namespace keyward {

class AuditLog;
class ChangeSignals;
class Clock;
class Database;
class SettingsService;
struct Actor;

namespace KeyState {
inline QString next()
{
    return QStringLiteral("next");
}
inline QString active()
{
    return QStringLiteral("active");
}
inline QString retiring()
{
    return QStringLiteral("retiring");
}
inline QString retired()
{
    return QStringLiteral("retired");
}
inline QString companion()
{
    return QStringLiteral("companion");
}
} // namespace KeyState

// When a rotated key starts signing. Verifiers cache the JWK Set for tokens.jwks_max_age, so a
// key that signed at once would be unknown to them until their cache expired.
enum class RotationTiming {
    AfterPublication, // published now as "next", signs once every verifier can have seen it
    Now, // an emergency (the active key is compromised): signs at once
};

struct ActiveKey {
    QString kid;
    SigningKey key;
};

class KeyService {
public:
    KeyService(Database &database, AuditLog &audit, ChangeSignals &changes, const Clock &clock,
               SettingsService &settings, MasterKey masterKey);

    // Makes the first key on a fresh database; otherwise checks that the master key opens the
    // active key, failing with one sentence that names the master key's source.
    Status start();

    std::vector<SigningKeyRecord> list();
    // A pending next key refuses another AfterPublication rotation ("key_pending"); Now replaces it.
    Result<SigningKeyRecord> rotate(const Actor &actor, JwsAlgorithm algorithm, RotationTiming timing);
    Status retire(const Actor &actor, const QString &kid);
    // Retires keys whose retire time has passed and performs scheduled rotation
    // (tokens.rotation_days); returns the number of keys changed.
    int runSchedule();

    Result<ActiveKey> activeKey();
    // The key that signs in this algorithm: the active key when it is of it, else its companion.
    Result<ActiveKey> signingKey(JwsAlgorithm algorithm);
    // Every algorithm some published key signs in (discovery's id_token_signing_alg_values_supported).
    static QStringList signingAlgorithms();
    // A published key (next, active or retiring) by kid; unknown kids reload from the database
    // at most once a second, so keys rotated by another process are found.
    std::optional<SigningKey> verificationKey(const QString &kid);
    // The JWK Set of every published key (RFC 7517 §5), public members only. Built once and kept
    // until the keys change here or elsewhere (and at most kSafetyNetMs).
    QJsonObject jwks();
    // One key's public facts (never key material) as the CLI and the admin API show them.
    static QJsonObject toJson(const SigningKeyRecord &key);

    // Seconds after a rotation before the old key stops verifying: a token signed just before
    // must outlive its lifetime, the leeway and every verifier's cached JWK Set.
    qint64 retireDelay() const;
    // Seconds from publishing a key to its first signature: every verifier's cached JWK Set has
    // expired by then, and every server of the fleet has re-read the keys (kSafetyNetMs).
    qint64 publicationDelay() const;

    // Forgets what is cached from the database (the active key, the published keys): another
    // process changed the keys. Kids that vanished are reported as retired.
    void invalidate();
    static constexpr qint64 kSafetyNetMs = 10000;

    // Called with the kid of every key this service retires (to evict cached verifications).
    void onRetired(std::function<void(const QString &kid)> listener) { m_retiredListener = std::move(listener); }

private:
    SigningKeyRecord makeKey(JwsAlgorithm algorithm, const QString &state);
    Result<SigningKey> unsealPrivate(const SigningKeyRecord &record) const;
    void reloadPublished();
    // Makes incoming the active key and outgoing retiring; false when outgoing was no longer
    // active (another server rotated first).
    bool promote(SigningKeyRecord &incoming, std::optional<SigningKeyRecord> outgoing);
    // Makes a published next key active once its time has come; true when it did.
    bool activateDueKey();
    void forgetActive();
    // In the caller's transaction: a companion for every algorithm but the active key's; renew
    // (the active key changed) retires the ones there are first. False when another server
    // changed them at the same moment.
    bool keepCompanions(SigningKeyStore &store, JwsAlgorithm activeAlgorithm, bool renew);
    // Re-reads the keys when another process changed them (the keys' change version, at most
    // once a second): an emergency rotation signs at once on every server, SQLite too.
    void followVersion();

    Database &m_database;
    AuditLog &m_audit;
    ChangeSignals &m_changes;
    const Clock &m_clock;
    SettingsService &m_settings;
    MasterKey m_masterKey;

    QMutex m_mutex;
    QHash<QString, SigningKey> m_published;
    std::optional<ActiveKey> m_active;
    QHash<int, ActiveKey> m_companions; // by JwsAlgorithm, unsealed when first used
    PeriodicGate m_versionCheck;
    std::atomic<qint64> m_version{-1};
    qint64 m_activeLoadedMs = 0;
    std::optional<QDateTime> m_nextActivatesAt; // of the published next key, if any (by m_clock)
    std::optional<QJsonObject> m_jwks;
    quint64 m_keysChanged = 0; // under m_mutex: how often the cached keys were dropped
    quint64 m_reloadsBegun = 0; // under m_mutex: reloadPublished() calls begun …
    quint64 m_reloadStored = 0; // … and the latest of them whose result is in m_published
    qint64 m_jwksBuiltMs = 0;
    qint64 m_lastReloadMs = 0;
    std::function<void(const QString &)> m_retiredListener;
};

} // namespace keyward
