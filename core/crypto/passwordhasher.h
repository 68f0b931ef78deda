// SPDX-License-Identifier: GPL-3.0-or-later
// Hashes passwords with Argon2id and verifies Argon2 and imported bcrypt hashes.
//
// Threads: any thread; the parameters are fixed at construction and libsodium is thread-safe.
#pragma once

#include <QString>

namespace keyward {

struct Argon2Params {
    quint64 opsLimit = 2; // t: passes over memory (OWASP: t=2 with 19 MiB)
    quint64 memoryKiB = 19 * 1024; // m
};

class PasswordHasher {
public:
    struct Verdict {
        bool matches = false;
        bool needsRehash = false; // not Argon2id at the current parameters: store a new hash
    };

    explicit PasswordHasher(Argon2Params params = {});

    // A PHC string ($argon2id$v=19$m=…,t=…,p=1$salt$hash). Throws std::bad_alloc when the
    // system cannot provide the memory the parameters ask for.
    QString hash(const QString &password) const;
    Verdict verify(const QString &password, const QString &storedHash) const;

    // True for the formats verify() understands: Argon2id/Argon2i PHC strings and
    // bcrypt ($2a$, $2b$, $2y$).
    static bool isSupportedHash(const QString &storedHash);

    const Argon2Params &params() const { return m_params; }

private:
    bool verifyBcrypt(const QByteArray &password, const QByteArray &storedHash) const;

    Argon2Params m_params;
};

} // namespace keyward
