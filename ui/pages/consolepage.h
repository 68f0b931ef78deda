// SPDX-License-Identifier: GPL-3.0-or-later
// What every page of the console shares: the installation, the worker that runs its calls off
// the GUI thread, the dialogs, and who the audit log names (the console is local
// administration, like the CLI).
#pragma once

#include "auth/actor.h"
#include "auth/sessionservice.h"
#include "common/result.h"
#include "consoledialogs.h"
#include "consoleworker.h"
#include "errortext.h"
#include "rowtablemodel.h"

#include <QPushButton>
#include <QWidget>

#include <memory>
#include <stdexcept>

class QAbstractItemModel;
class QAbstractItemView;
class QTableView;

namespace keyward {

class Backend;

struct ConsoleContext {
    std::shared_ptr<Backend> backend;
    ConsoleWorker *worker = nullptr;
    ConsoleDialogs *dialogs = nullptr;
    Actor actor = Actor::local(QStringLiteral("console"));
};

// Work on the worker reports a failed core call by throwing its sentence, in the console's language.
template <typename T> T orConsoleError(Result<T> result)
{
    if (!result)
        throw std::runtime_error(ErrorText::of(result.error()).toStdString());
    return std::move(result.value());
}

inline void orConsoleError(const Status &status)
{
    if (!status)
        throw std::runtime_error(ErrorText::of(status.error()).toStdString());
}

class ConsolePage : public QWidget {
    Q_OBJECT
public:
    ConsolePage(ConsoleContext &context, QWidget *parent = nullptr);

    // Reads the page's data again (on the worker); rows update in place.
    virtual void refresh() = 0;
    // Whether a change it is told of is read also while the page is hidden (it raises alarms).
    virtual bool watchesWhileHidden() const { return false; }
    // How many reads of its data the page has started (tests: a quiet console reads nothing).
    quint64 readsStarted() const { return m_readsStarted; }

signals:
    // One line for the status bar: what was done.
    void message(const QString &text);
    // Why something asked for was not done: shown in the window (a message bar), not only in
    // the status bar, where it would go unseen.
    void refused(const QString &text);

protected:
    // Runs work on the worker thread; done runs here afterwards. A failure is shown as a
    // refusal.
    template <typename Result> void run(std::function<Result()> work, std::function<void(Result)> done)
    {
        m_context.worker->run<Result>(this, std::move(work), std::move(done),
                                      [this](const QString &error) { emit refused(tr("Failed: %1").arg(error)); });
    }
    // The same for reading the page's data (refresh()): while one read runs, another is not
    // queued behind it — one more runs after it instead, however many were asked for (a live
    // refresh every two seconds must not pile up reads slower than that).
    template <typename Result> void runRefresh(std::function<Result()> work, std::function<void(Result)> done)
    {
        if (m_refreshRunning) {
            m_refreshAgain = true;
            return;
        }
        m_refreshRunning = true;
        ++m_readsStarted;
        m_context.worker->run<Result>(
            this, std::move(work),
            [this, done = std::move(done)](Result result) {
                done(std::move(result));
                refreshFinished();
            },
            [this](const QString &error) {
                emit refused(tr("Failed: %1").arg(error));
                refreshFinished();
            });
    }
    // A table as every page shows them: sortable, whole rows, Tab leaves it; columns fitted to
    // their contents up to a width (longer values elide, their tooltip shows them whole), then
    // as the person last left them.
    // Buttons that act on a selected row are off while none is selected, and say why (for pages
    // with no other reason to turn them off; those with one decide in their own updateActions).
    void offerOnlyWithSelection(QAbstractItemView *view, const QList<QPushButton *> &buttons, const QString &why);
    // emptyHint: what fills the table, said inside it while it is empty.
    QTableView *makeTable(QAbstractItemModel *model, const QString &accessibleName, const QString &emptyHint = {});
    // The page's buttons that act on the selected row, offered on the row too: in its context
    // menu (as the buttons are enabled, with their reasons), Delete for the one that deletes or
    // revokes, Enter or a double-click for the one that opens it.
    void offerOnRows(QAbstractItemView *view, const QList<QPushButton *> &actions, QPushButton *onDelete = nullptr,
                     QPushButton *onOpen = nullptr);
    // A push button named for tests (objectName) that runs one of the page's actions.
    template <typename Page> QPushButton *actionButton(const QString &text, const QString &name, void (Page::*action)())
    {
        QPushButton *button = makeButton(text, name);
        connect(button, &QPushButton::clicked, static_cast<Page *>(this), action);
        return button;
    }
    // Revokes one session after a confirmation naming whose and from where; asked (when the
    // person said yes) runs before the revocation, the page is read again after it.
    // (By value: the rows may change while the question is open.)
    void askAndRevokeSession(ActiveSession session, const std::function<void()> &asked);
    // A windowed table: scrolling to its end grows the window and reads the page again.
    void readMoreOnScroll(RowTableModelBase *model, RowWindow &window)
    {
        model->setFetcher([this, &window] {
            if (window.grow())
                refresh();
        });
    }
    // The key (RowTableModelBase::KeyRole) of the selected row, or empty.
    static QString selectedKey(const QTableView *view);
    // A push button named for tests (objectName), its action connected by the page.
    static QPushButton *makeButton(const QString &text, const QString &name);

    ConsoleContext &m_context;

private:
    void refreshFinished();
    bool m_refreshRunning = false;
    bool m_refreshAgain = false;
    quint64 m_readsStarted = 0;
};

} // namespace keyward
