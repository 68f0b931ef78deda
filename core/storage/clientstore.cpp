// SPDX-License-Identifier: GPL-3.0-or-later
#include "clientstore.h"

#include "common/timeformat.h"
#include "sqlstatement.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace keyward {

namespace {

const QString kColumns = QStringLiteral(
    "client_id, name, type, secret_hash, redirect_uris, post_logout_redirect_uris, grant_types, scopes, "
    "first_party, created_at, updated_at, secret_rotated_at, id_token_alg, require_mfa");

QString toJsonText(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList fromJsonText(const QVariant &text)
{
    QStringList list;
    for (const QJsonValue &value : QJsonDocument::fromJson(text.toString().toUtf8()).array())
        list << value.toString();
    return list;
}

ClientRecord readClient(const SqlStatement &row)
{
    ClientRecord client;
    client.clientId = row.value(0).toString();
    client.name = row.value(1).toString();
    client.type = row.value(2).toString();
    client.secretHash = row.value(3).toString();
    client.redirectUris = fromJsonText(row.value(4));
    client.postLogoutRedirectUris = fromJsonText(row.value(5));
    client.grantTypes = fromJsonText(row.value(6));
    client.scopes = fromJsonText(row.value(7));
    client.firstParty = row.value(8).toInt() != 0;
    client.createdAt = fromEpoch(row.value(9).toLongLong());
    client.updatedAt = fromEpoch(row.value(10).toLongLong());
    client.secretRotatedAt = fromNullableEpoch(row.value(11));
    client.idTokenAlgorithm = row.value(12).toString();
    client.requireMfa = row.value(13).toInt() != 0;
    return client;
}

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant nullableEpoch(const std::optional<QDateTime> &at)
{
    return at ? QVariant(at->toSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

// The columns a change may set, bound the same way by insert and update.
void bindChangeable(SqlStatement &statement, const ClientRecord &client)
{
    statement.bind(QStringLiteral(":name"), client.name)
        .bind(QStringLiteral(":type"), client.type)
        .bind(QStringLiteral(":secret"), nullableText(client.secretHash))
        .bind(QStringLiteral(":redirects"), toJsonText(client.redirectUris))
        .bind(QStringLiteral(":logouts"), toJsonText(client.postLogoutRedirectUris))
        .bind(QStringLiteral(":grants"), toJsonText(client.grantTypes))
        .bind(QStringLiteral(":scopes"), toJsonText(client.scopes))
        .bind(QStringLiteral(":first"), client.firstParty ? 1 : 0)
        .bind(QStringLiteral(":updated"), client.updatedAt.toSecsSinceEpoch())
        .bind(QStringLiteral(":rotated"), nullableEpoch(client.secretRotatedAt))
        .bind(QStringLiteral(":id_token_alg"), client.idTokenAlgorithm)
        .bind(QStringLiteral(":require_mfa"), client.requireMfa ? 1 : 0)
        .bind(QStringLiteral(":id"), client.clientId);
}

} // namespace

ClientStore::ClientStore(QSqlDatabase db) : m_db(std::move(db))
{ }

void ClientStore::insert(const ClientRecord &client)
{
    SqlStatement statement(
        m_db,
        QStringLiteral("INSERT INTO clients (") + kColumns
            + QStringLiteral(") VALUES (:id, :name, :type, :secret, :redirects, :logouts, "
                             ":grants, :scopes, :first, :created, :updated, :rotated, :id_token_alg, :require_mfa)"));
    bindChangeable(statement, client);
    statement.bind(QStringLiteral(":created"), client.createdAt.toSecsSinceEpoch()).exec();
}

std::optional<ClientRecord> ClientStore::find(const QString &clientId)
{
    SqlStatement query(m_db,
                       QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM clients WHERE client_id = :id"));
    query.bind(QStringLiteral(":id"), clientId).exec();
    return query.next() ? std::optional(readClient(query)) : std::nullopt;
}

bool ClientStore::update(const ClientRecord &client)
{
    SqlStatement statement(m_db,
                           QStringLiteral("UPDATE clients SET name = :name, type = :type, secret_hash = :secret, "
                                          "redirect_uris = :redirects, post_logout_redirect_uris = :logouts, "
                                          "grant_types = :grants, scopes = :scopes, first_party = :first, "
                                          "updated_at = :updated, secret_rotated_at = :rotated, id_token_alg = "
                                          ":id_token_alg, require_mfa = :require_mfa "
                                          "WHERE client_id = :id"));
    bindChangeable(statement, client);
    return statement.exec().rowsAffected() > 0;
}

bool ClientStore::remove(const QString &clientId)
{
    return SqlStatement(m_db, QStringLiteral("DELETE FROM clients WHERE client_id = :id"))
               .bind(QStringLiteral(":id"), clientId)
               .exec()
               .rowsAffected()
        > 0;
}

std::vector<ClientRecord> ClientStore::list(const QString &after, int limit)
{
    SqlStatement query(m_db,
                       QStringLiteral("SELECT ") + kColumns
                           + QStringLiteral(" FROM clients WHERE client_id > :after ORDER BY client_id LIMIT :limit"));
    query.bind(QStringLiteral(":after"), after).bind(QStringLiteral(":limit"), sqlLimit(limit)).exec();
    std::vector<ClientRecord> clients;
    while (query.next())
        clients.push_back(readClient(query));
    return clients;
}

} // namespace keyward
