// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablesettings.h"

#include <QAbstractProxyModel>
#include <QTableView>

namespace keyward {

QSettings consoleSettings()
{
    return QSettings(QStringLiteral("keyward"), QStringLiteral("console"));
}

QAbstractItemModel *sourceModelOf(QAbstractItemModel *model)
{
    while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model))
        model = proxy->sourceModel();
    return model;
}

QString tableSettingsKey(const QTableView *view)
{
    const QAbstractItemModel *model = sourceModelOf(view->model());
    return QStringLiteral("%1-%2")
        .arg(QString::fromLatin1(model->metaObject()->className()).section(QLatin1String("::"), -1))
        .arg(model->columnCount());
}

} // namespace keyward
