// SPDX-License-Identifier: GPL-3.0-or-later
// The one error type handlers throw; the router turns it into the contract's JSON
// {"error": code, "message": text} with its status and headers.
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <exception>

namespace keyward {

// What an error code becomes over HTTP: the status, the code the client sees (local conditions
// become "internal"), and whether the message may be shown (not for those).
struct HttpErrorMapping {
    int status = 500;
    ErrorCode code = ErrorCode::Internal;
    bool showMessage = false;
};
HttpErrorMapping httpMappingOf(ErrorCode code);

struct ApiError : std::exception {
    int status = 500;
    ErrorCode code = ErrorCode::Internal; // as the client sees it
    QString message;
    QList<QPair<QByteArray, QByteArray>> headers;

    // The status is the code's (httpMappingOf).
    ApiError(ErrorCode code, QString message);
    const char *what() const noexcept override { return "ApiError"; }

    static ApiError invalidRequest(const QString &message);
    static ApiError invalidToken(const QString &message); // with WWW-Authenticate (RFC 6750 §3)
    static ApiError missingToken(); // the challenge without an error code (RFC 6750 §3.1)
    static ApiError insufficientRole(const QString &message);
    static ApiError notFound();
    static ApiError methodNotAllowed(const QByteArray &allow);
    static ApiError rateLimited(qint64 retryAfterSeconds);
    static ApiError unavailable(qint64 retryAfterSeconds, const QString &message);
    // An expected failure from a service, with the status the contract gives its code.
    static ApiError from(const Error &error);
};

// A service's answer, or the ApiError its failure means.
template <typename T> T orApiError(Result<T> result)
{
    if (!result)
        throw ApiError::from(result.error());
    return std::move(result).value();
}

inline void orApiError(const Status &status)
{
    if (!status)
        throw ApiError::from(status.error());
}

} // namespace keyward
