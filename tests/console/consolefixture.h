// SPDX-License-Identifier: GPL-3.0-or-later
// What the console's tests share: scripted answers to the console's questions, a window on a test
// server, and the waits and look-ups every page's test uses. Each page has its test file beside
// this one (tst_userspage.cpp for ui/pages/userspage.cpp, …); tst_mainwindow.cpp holds what all
// pages share and tst_screenshots.cpp every page and dialog in every language.
#pragma once

#include "consoledialogs.h"
#include "mainwindow.h"
#include "testserver.h"

#include <QDialog>
#include <QPushButton>
#include <QTableView>

#include <deque>
#include <functional>
#include <memory>
#include <optional>

namespace keyward::consoletest {

// Once per test program, before anything else: a settings file of its own (test programs run side
// by side), the screenshot directory to write into (each file name written by one program only),
// and the system's language.
void prepareConsoleTests();

// Answers the console's questions from a script, and remembers what it was shown.
class ScriptedDialogs : public ConsoleDialogs {
public:
    std::deque<NewUserInput> newUsers;
    std::deque<QStringList> roles;
    std::deque<FirstAdminInput> firstAdmins;
    std::deque<QString> choices;
    bool confirmAnswer = true;
    QStringList questions;
    std::deque<NewRoleInput> newRoles;
    std::deque<QStringList> permissions;
    QString saveFile;
    QString openFile;
    std::deque<QString> texts;
    std::deque<NewMemberInput> newMembers;
    std::deque<ClientInput> clients;
    std::optional<ClientInput> lastClientShown; // what askClient was given (editing)
    QList<QUrl> opened;
    QString memberPrefix; // typed into "Add member": its suggestions are kept below
    QStringList memberSuggestions;
    QStringList reports;
    QStringList secrets;
    QStringList errors;

    QStringList problems; // what a dialog asked again was told
    std::optional<NewUserInput> askNewUser(QWidget *, const QStringList &, const NewUserInput &previous,
                                           const QString &problem) override
    {
        if (!problem.isEmpty())
            problems << problem + QLatin1Char('|') + previous.email;
        return next(newUsers);
    }
    std::optional<QStringList> askRoles(QWidget *, const QString &, const QStringList &, const QStringList &) override
    {
        return next(roles);
    }
    std::optional<FirstAdminInput> askFirstAdmin(QWidget *, const FirstAdminInput &previous,
                                                 const QString &problem) override
    {
        if (!problem.isEmpty())
            problems << problem + QLatin1Char('|') + previous.email;
        return next(firstAdmins);
    }
    std::optional<QString> askChoice(QWidget *, const QString &, const QString &, const QStringList &,
                                     const QString &) override
    {
        return next(choices);
    }
    // Runs while the question is open (a real one runs the event loop: refreshes and alerts
    // arrive meanwhile).
    std::function<void()> whileAsking;
    // The real question box instead (a screenshot), answered through whenDialogOpens.
    bool realQuestions = false;
    bool confirm(QWidget *parent, const QString &title, const QString &question) override
    {
        questions << question;
        if (whileAsking)
            std::exchange(whileAsking, {})();
        return realQuestions ? ConsoleDialogs::confirm(parent, title, question) : confirmAnswer;
    }
    std::optional<NewRoleInput> askNewRole(QWidget *, const QStringList &, const QStringList &) override
    {
        return next(newRoles);
    }
    std::optional<QStringList> askPermissions(QWidget *, const QString &, const QStringList &,
                                              const QStringList &) override
    {
        return next(permissions);
    }
    void showSecret(QWidget *, const QString &, const QString &, const QString &secret) override { secrets << secret; }
    QString askSaveFile(QWidget *, const QString &, const QString &) override { return saveFile; }
    QString askOpenFile(QWidget *, const QString &) override { return openFile; }
    std::optional<QString> askText(QWidget *, const QString &, const QString &, const QString &) override
    {
        return next(texts);
    }
    std::optional<NewMemberInput> askNewMember(QWidget *, const QString &, const QStringList &, const QString &,
                                               EmailSuggestions suggestions) override
    {
        if (!memberPrefix.isEmpty())
            suggestions(memberPrefix, [this](const QStringList &found) { memberSuggestions = found; });
        return next(newMembers);
    }
    std::deque<NewMemberInput> invitations;
    std::optional<NewMemberInput> askInvitation(QWidget *, const QString &, const QStringList &,
                                                const QString &) override
    {
        return next(invitations);
    }
    std::optional<ClientInput> askClient(QWidget *, const std::optional<ClientInput> &existing) override
    {
        lastClientShown = existing;
        return next(clients);
    }
    void openUrl(const QUrl &url) override { opened << url; }
    std::deque<QStringList> consentsToRevoke;
    QStringList consentsOffered;
    std::optional<QStringList> askConsentsToRevoke(QWidget *, const QString &, const QStringList &applications) override
    {
        consentsOffered = applications;
        return next(consentsToRevoke);
    }
    std::optional<QStringList> askConsentsOfApplication(QWidget *, const QString &, const QStringList &emails) override
    {
        consentsOffered = emails;
        return next(consentsToRevoke);
    }
    void showReport(QWidget *, const QString &, const QString &report) override { reports << report; }
    void showError(QWidget *, const QString &, const QString &message) override { errors << message; }

private:
    template <typename T> static std::optional<T> next(std::deque<T> &queue)
    {
        if (queue.empty())
            return std::nullopt;
        auto answer = queue.front();
        queue.pop_front();
        return answer;
    }
};

// Lets every task the window started, and the tasks their answers started, finish.
void settle(MainWindow &window);
// Selects the row whose `column` shows `text` (fails the test when none does).
void selectRow(QTableView *view, const QString &text, int column);
// A refusal in the message bar (a passing notice of what worked is not one).
bool refusalShown(const MainWindow &window);
// Runs `act` on the modal dialog about to open (it is looked for every 20 ms, for up to 10 s, so
// a slow start under load is waited for), which must close it.
void whenDialogOpens(std::function<void(QDialog *)> act);
// The page's button of that object name (the program stops when there is none).
QPushButton *button(QWidget *page, const char *name);
// The outbox as an installation with mail shows it: sent, waiting after a refusal, failed.
void addOutboxRows(TestServer &server);

// The console's window on a test server, shown, with its first reads done.
struct Console {
    explicit Console(TestServer &server);
    // Shows the page with its first reads done; the window, for what the test does next.
    MainWindow &showPage(MainWindow::Page page);
    ScriptedDialogs *dialogs; // owned by the window
    std::unique_ptr<MainWindow> window;
};

} // namespace keyward::consoletest
