// SPDX-License-Identifier: GPL-3.0-or-later
// Which settings the Settings page lists: those of a group (by their keys' first part), holding
// the searched text in their label, key or meaning, and with "changed only" those not at their
// default (stored in the database, or set by the INI file, the environment or the command line).
#pragma once

#include <QRegularExpression>
#include <QSortFilterProxyModel>

namespace keyward {

class SettingTableModel;

class SettingFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit SettingFilter(SettingTableModel *settings, QObject *parent = nullptr);

    void setGroup(const QRegularExpression &keys);
    void setText(const QString &text);
    void setChangedOnly(bool changedOnly);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    SettingTableModel *m_settings;
    QRegularExpression m_group{QStringLiteral("^")};
    QString m_text;
    bool m_changedOnly = false;
};

} // namespace keyward
