// SPDX-License-Identifier: GPL-3.0-or-later
// An unexpected database failure; it unwinds the current request or transaction.
#pragma once

#include <QString>

#include <stdexcept>

namespace keyward {

class StorageError : public std::runtime_error {
public:
    enum class Kind {
        UniqueViolation, // a UNIQUE or PRIMARY KEY constraint refused the write
        Unavailable, // the database could not be opened or reached
        Busy, // another writer holds the lock for longer than the busy timeout: try again soon
        Other,
    };

    StorageError(Kind kind, const QString &message);

    Kind kind() const { return m_kind; }
    QString message() const { return QString::fromUtf8(what()); }

private:
    Kind m_kind;
};

} // namespace keyward
