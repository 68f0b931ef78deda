#include "usertablemodel.h"

#include <QLocale>

namespace keyward {

UserTableModel::UserTableModel(QObject *parent) : QAbstractTableModel(parent)
{ }

void UserTableModel::setUsers(std::vector<User> users)
{
    beginResetModel();
    m_users = std::move(users);
    endResetModel();
}

const User *UserTableModel::userAt(int row) const
{
    return row >= 0 && size_t(row) < m_users.size() ? &m_users[size_t(row)] : nullptr;
}

int UserTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UserTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserTableModel::data(const QModelIndex &index, int role) const
{
    const User *user = index.isValid() ? userAt(index.row()) : nullptr;
    if (!user || index.column() >= ColumnCount)
        return {};
    const UserRecord &record = user->record;
    if (role == Qt::DisplayRole) {
        const QLocale locale;
        switch (Column(index.column())) {
        case Email:
            return record.email;
        case Name:
            return record.name;
        case Roles:
            return user->roles.join(QLatin1String(", "));
        case Status:
            return record.disabled ? tr("Disabled") : tr("Active");
        case Created:
            return locale.toString(record.createdAt.toLocalTime(), QLocale::ShortFormat);
        case LastLogin:
            return record.lastLoginAt ? locale.toString(record.lastLoginAt->toLocalTime(), QLocale::ShortFormat)
                                      : tr("Never");
        case ColumnCount:
            break;
        }
    } else if (role == Qt::UserRole) {
        return record.id; // a stable key for selection and sorting by creation
    }
    return {};
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Email:
        return tr("E-mail");
    case Name:
        return tr("Name");
    case Roles:
        return tr("Roles");
    case Status:
        return tr("Status");
    case Created:
        return tr("Created");
    case LastLogin:
        return tr("Last login");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace keyward
