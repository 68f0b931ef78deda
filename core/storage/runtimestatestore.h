// SPDX-License-Identifier: GPL-3.0-or-later
// The runtime_state table: facts a running server leaves for the tools on the same database
// (the issuer it serves under). Not settings: nobody edits them, the last server to start wins.
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace keyward {

class RuntimeStateStore {
public:
    explicit RuntimeStateStore(QSqlDatabase db);

    static QString servedIssuer() { return QStringLiteral("served_issuer"); }

    std::optional<QString> value(const QString &key);
    void set(const QString &key, const QString &value, qint64 at);
    // Every base URL a server of this database has served under (each also kept as
    // "issuer:<url>"), for servers of one fleet that run without a configured tokens.issuer.
    void addServedIssuer(const QString &baseUrl, qint64 at);
    static constexpr int kServedIssuersKept = 32;
    QStringList servedIssuers();

private:
    QSqlDatabase m_db;
};

} // namespace keyward
