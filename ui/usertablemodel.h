// The user list as a table: one row per account.
#pragma once

#include "auth/user.h"

#include <QAbstractTableModel>

#include <vector>

namespace keyward {

class UserTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Email, Name, Roles, Status, Created, LastLogin, ColumnCount };

    explicit UserTableModel(QObject *parent = nullptr);

    void setUsers(std::vector<User> users);
    const User *userAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<User> m_users;
};

} // namespace keyward
