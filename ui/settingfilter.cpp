// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingfilter.h"

#include "settingtablemodel.h"

namespace keyward {

SettingFilter::SettingFilter(SettingTableModel *settings, QObject *parent)
    : QSortFilterProxyModel(parent), m_settings(settings)
{
    setSourceModel(settings);
}

void SettingFilter::setGroup(const QRegularExpression &keys)
{
    m_group = keys;
    invalidateFilter();
}

void SettingFilter::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void SettingFilter::setChangedOnly(bool changedOnly)
{
    m_changedOnly = changedOnly;
    invalidateFilter();
}

bool SettingFilter::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const SettingRow *row = m_settings->rowAt(sourceRow);
    if (!row || !m_group.match(row->state.definition->key).hasMatch())
        return false;
    if (m_changedOnly && row->state.source == SettingSource::Default)
        return false;
    if (m_text.isEmpty())
        return true;
    for (const int column : {SettingTableModel::Label, SettingTableModel::Key, SettingTableModel::Meaning}) {
        if (m_settings->index(sourceRow, column).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace keyward
