// SPDX-License-Identifier: GPL-3.0-or-later
// What the token inspector shows of a verified (or refused) token: the verdict in one sentence,
// and its header and claims as rows a person reads — times local and relative to now ("expires
// in 12 min", "expired 6 s ago, accepted for 24 s more by the leeway"), known claims explained.
#pragma once

#include "crypto/jwtverifier.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace keyward {

struct InspectedRow {
    QString part; // "Header" or "Claim", translated
    QString name;
    QString value; // as shown: text, or compact JSON
    QString meaning; // what the claim is, and for times when, relative to now
};

class TokenInspection {
    Q_DECLARE_TR_FUNCTIONS(TokenInspection)
public:
    // now and leeway as the server verifies (its clock, tokens.leeway).
    TokenInspection(const TokenVerdict &verdict, qint64 now, qint64 leewaySeconds);

    bool valid() const { return m_valid; }
    QString verdict() const { return m_verdict; }
    const std::vector<InspectedRow> &rows() const { return m_rows; }
    QJsonObject claims() const { return m_claims; }

private:
    QString meaningOf(const QString &name, const QJsonValue &value) const;
    QString expiryText(qint64 exp) const;

    qint64 m_now;
    qint64 m_leeway;
    bool m_valid;
    QString m_verdict;
    QJsonObject m_claims;
    std::vector<InspectedRow> m_rows;
};

} // namespace keyward
