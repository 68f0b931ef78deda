#include "mainwindow.h"

#include "auth/accountservice.h"
#include "backend/backend.h"
#include "storage/database.h"
#include "storage/databaseconfig.h"
#include "storage/storageerror.h"
#include "usertablemodel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace keyward {

MainWindow::MainWindow(std::shared_ptr<Backend> backend, QWidget *parent)
    : QMainWindow(parent), m_backend(std::move(backend)), m_users(new UserTableModel(this)),
      m_filter(new QSortFilterProxyModel(this)), m_view(new QTableView), m_search(new QLineEdit)
{
    setWindowTitle(tr("Keyward"));
    resize(960, 600);

    m_filter->setSourceModel(m_users);
    m_filter->setFilterKeyColumn(-1);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(UserTableModel::Email, Qt::AscendingOrder);
    m_view->setWordWrap(false);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Small teams: columns follow their contents, whatever the filter shows.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_view->setAccessibleName(tr("Users"));

    m_search->setPlaceholderText(tr("Search users"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search users"));
    connect(m_search, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    QAction *reload = toolbar->addAction(tr("Reload"), this, &MainWindow::reloadUsers);
    reload->setShortcut(QKeySequence::Refresh);

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_search);
    layout->addWidget(m_view);
    setCentralWidget(central);

    setServerStatus(tr("Not serving"));
    reloadUsers();
}

MainWindow::~MainWindow() = default;

void MainWindow::setServerStatus(const QString &status)
{
    m_serverStatus = status;
    statusBar()->showMessage(tr("%1 · Database: %2").arg(status, m_backend->database().config().displayName()));
}

void MainWindow::reloadUsers()
{
    try {
        m_users->setUsers(m_backend->accounts().list());
    } catch (const StorageError &error) {
        statusBar()->showMessage(tr("Cannot read users: %1").arg(error.message()));
    }
}

} // namespace keyward
