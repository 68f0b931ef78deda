// SPDX-License-Identifier: GPL-3.0-or-later
// A value or an expected failure with a machine-readable code and a message for people.
#pragma once

#include "errorcode.h"

#include <QString>

#include <optional>
#include <utility>

namespace keyward {

struct Error {
    ErrorCode code = ErrorCode::Internal; // what the HTTP layer, the CLI and the tests key on
    QString message; // for humans; never contains a secret
    qint64 retryAfterSeconds = 0; // rate_limited and unavailable: when to try again (0: not said)

    QString codeName() const { return errorCodeName(code); }
};

template <typename T> class [[nodiscard]] Result {
public:
    Result(T value) : m_value(std::move(value)) { }
    Result(Error error) : m_error(std::move(error)) { }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

// For operations that produce nothing but can fail in an expected way.
struct Done { };
using Status = Result<Done>;

inline Status success()
{
    return Done{};
}
inline Error failure(ErrorCode code, QString message)
{
    return Error{code, std::move(message)};
}

} // namespace keyward
