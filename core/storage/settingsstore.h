// SPDX-License-Identifier: GPL-3.0-or-later
// The settings table: values an administrator stored (the console's edits).
#pragma once

#include <QMap>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace keyward {

class SettingsStore {
public:
    explicit SettingsStore(QSqlDatabase db);

    QMap<QString, QString> all();
    std::optional<QString> value(const QString &key);
    void set(const QString &key, const QString &value, qint64 at);
    bool remove(const QString &key);

private:
    QSqlDatabase m_db;
};

} // namespace keyward
