// The console's main window: for now the user list of the opened installation.
#pragma once

#include <QMainWindow>

#include <memory>

class QTableView;
class QLineEdit;
class QSortFilterProxyModel;

namespace keyward {

class Backend;
class UserTableModel;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(std::shared_ptr<Backend> backend, QWidget *parent = nullptr);
    ~MainWindow() override;

    UserTableModel *userModel() const { return m_users; }
    QTableView *userView() const { return m_view; }

public slots:
    void reloadUsers();
    // Shown in the status bar beside the database: "Listening on …" or why not.
    void setServerStatus(const QString &status);

private:
    std::shared_ptr<Backend> m_backend;
    UserTableModel *m_users = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    QString m_serverStatus;
};

} // namespace keyward
