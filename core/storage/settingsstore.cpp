// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsstore.h"

#include "sqlstatement.h"

namespace keyward {

SettingsStore::SettingsStore(QSqlDatabase db) : m_db(std::move(db))
{ }

QMap<QString, QString> SettingsStore::all()
{
    SqlStatement query(m_db, QStringLiteral("SELECT key, value FROM settings"));
    query.exec();
    QMap<QString, QString> values;
    while (query.next())
        values.insert(query.value(0).toString(), query.value(1).toString());
    return values;
}

std::optional<QString> SettingsStore::value(const QString &key)
{
    SqlStatement query(m_db, QStringLiteral("SELECT value FROM settings WHERE key = :k"));
    query.bind(QStringLiteral(":k"), key).exec();
    if (!query.next())
        return std::nullopt;
    return query.value(0).toString();
}

void SettingsStore::set(const QString &key, const QString &value, qint64 at)
{
    SqlStatement(
        m_db,
        QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES (:k, :v, :t) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at"))
        .bind(QStringLiteral(":k"), key)
        .bind(QStringLiteral(":v"), value)
        .bind(QStringLiteral(":t"), at)
        .exec();
}

bool SettingsStore::remove(const QString &key)
{
    SqlStatement query(m_db, QStringLiteral("DELETE FROM settings WHERE key = :k"));
    query.bind(QStringLiteral(":k"), key).exec();
    return query.rowsAffected() > 0;
}

} // namespace keyward
