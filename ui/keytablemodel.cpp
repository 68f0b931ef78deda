// SPDX-License-Identifier: GPL-3.0-or-later
#include "keytablemodel.h"

#include "timetext.h"

namespace keyward {

KeyTableModel::KeyTableModel(QObject *parent)
    : RowTableModel<SigningKeyRecord>(
        {
            {tr("Key id"), [](const SigningKeyRecord &key) { return QVariant(key.kid); }, true},
            {tr("Algorithm"), [](const SigningKeyRecord &key) { return QVariant(key.algorithm); }},
            {tr("State"), [](const SigningKeyRecord &key) { return QVariant(stateText(key.state)); }},
            momentColumn(tr("Created"), [](const SigningKeyRecord &key) { return key.createdAt; }),
            momentColumn(
                tr("Signs from"),
                [](const SigningKeyRecord &key) { return key.activatedAt ? key.activatedAt : key.activatesAt; }),
            momentColumn(tr("Retires"), [](const SigningKeyRecord &key) { return key.retireAt; }),
        },
        [](const SigningKeyRecord &key) { return key.kid; }, parent)
{ }

QString KeyTableModel::stateText(const QString &state)
{
    if (state == QLatin1String("next"))
        return tr("Next");
    if (state == QLatin1String("active"))
        return tr("Active");
    if (state == QLatin1String("retiring"))
        return tr("Retiring");
    if (state == QLatin1String("companion")) // signs ID tokens for applications that chose its algorithm
        return tr("Active (ID tokens)");
    return tr("Retired");
}

} // namespace keyward
