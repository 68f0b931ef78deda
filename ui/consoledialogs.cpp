// SPDX-License-Identifier: GPL-3.0-or-later
#include "consoledialogs.h"

#include "auth/passwordpolicy.h"
#include "messagebar.h"
#include "secretdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace keyward {

namespace {

// One check box per role, in a column.
class RoleChecks : public QWidget {
public:
    RoleChecks(const QStringList &roles, const QStringList &checked, QWidget *parent = nullptr) : QWidget(parent)
    {
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        for (const QString &role : roles) {
            auto *box = new QCheckBox(role);
            box->setChecked(checked.contains(role));
            box->setAccessibleName(role);
            layout->addWidget(box);
            m_boxes << box;
        }
    }
    QStringList checked() const
    {
        QStringList roles;
        for (const QCheckBox *box : m_boxes) {
            if (box->isChecked())
                roles << box->text();
        }
        return roles;
    }

private:
    QList<QCheckBox *> m_boxes;
};

QDialog *makeDialog(QWidget *parent, const QString &title, QFormLayout **form, QDialogButtonBox **buttons)
{
    auto *dialog = new QDialog(parent);
    dialog->setWindowTitle(title);
    auto *layout = new QVBoxLayout(dialog);
    *form = new QFormLayout;
    layout->addLayout(*form);
    *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    // Enter means OK (once it is enabled), never Cancel.
    (*buttons)->button(QDialogButtonBox::Ok)->setDefault(true);
    (*buttons)->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    layout->addWidget(*buttons);
    QObject::connect(*buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(*buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return dialog;
}

// Sized to what it holds: its title whole in the title bar, every placeholder readable (a
// dialog left to its layout is ~260 px and cuts both).
int execFitted(QDialog &dialog)
{
    const QFontMetrics metrics = dialog.fontMetrics();
    for (QLineEdit *field : dialog.findChildren<QLineEdit *>())
        field->setMinimumWidth(qMax(field->minimumWidth(), metrics.horizontalAdvance(field->placeholderText()) + 24));
    dialog.setMinimumWidth(qMax(380, metrics.horizontalAdvance(dialog.windowTitle()) + 140));
    dialog.adjustSize();
    return dialog.exec();
}

// Why what was asked before was refused, above the fields that still hold what was typed.
void showProblem(QFormLayout &form, const QString &problem)
{
    if (problem.isEmpty())
        return;
    auto *bar = new MessageBar;
    bar->setObjectName(QStringLiteral("problem"));
    form.addRow(bar);
    bar->showMessage(MessageBar::Kind::Error, problem);
}

// OK enabled only when whyNot() says nothing; while it says something, it is shown below the
// fields (objectName "missingBeforeOk"), so a greyed OK always comes with its reason.
void explainWhileDisabled(QFormLayout &form, QPushButton *ok, std::initializer_list<QLineEdit *> fields,
                          const std::function<QString()> &whyNot)
{
    auto *reason = new QLabel;
    reason->setObjectName(QStringLiteral("missingBeforeOk"));
    reason->setWordWrap(true);
    form.addRow(reason);
    const auto check = [reason, ok, whyNot] {
        const QString why = whyNot();
        reason->setText(why);
        reason->setVisible(!why.isEmpty());
        ok->setEnabled(why.isEmpty());
    };
    for (QLineEdit *field : fields)
        QObject::connect(field, &QLineEdit::textChanged, reason, check);
    check();
}

QLineEdit *passwordField()
{
    auto *field = new QLineEdit;
    field->setEchoMode(QLineEdit::Password);
    return field;
}

} // namespace

std::optional<NewUserInput> ConsoleDialogs::askNewUser(QWidget *parent, const QStringList &grantableRoles,
                                                       const NewUserInput &previous, const QString &problem)
{
    QFormLayout *form = nullptr;
    QDialogButtonBox *buttons = nullptr;
    std::unique_ptr<QDialog> dialog(
        makeDialog(parent, QApplication::translate("ConsoleDialogs", "New user"), &form, &buttons));
    auto *email = new QLineEdit;
    auto *name = new QLineEdit;
    auto *password = passwordField();
    password->setPlaceholderText(QApplication::translate("ConsoleDialogs", "Leave empty to generate one"));
    auto *roles = new RoleChecks(grantableRoles,
                                 previous.roles.isEmpty() ? QStringList{QStringLiteral("user")} : previous.roles);
    email->setText(previous.email);
    name->setText(previous.name);
    password->setText(previous.password);
    showProblem(*form, problem);
    form->addRow(QApplication::translate("ConsoleDialogs", "&E-mail:"), email);
    form->addRow(QApplication::translate("ConsoleDialogs", "&Name:"), name);
    form->addRow(QApplication::translate("ConsoleDialogs", "&Password:"), password);
    form->addRow(QApplication::translate("ConsoleDialogs", "Roles:"), roles);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(QApplication::translate("ConsoleDialogs", "&Create user"));
    explainWhileDisabled(*form, ok, {email, password}, [=] {
        const QString address = email->text().trimmed();
        if (address.isEmpty())
            return QApplication::translate("ConsoleDialogs", "Type the new user's e-mail address.");
        if (!password->text().isEmpty() && !PasswordPolicy::check(password->text(), address))
            return QApplication::translate("ConsoleDialogs",
                                           "The password needs at least %1 characters and must not be the e-mail "
                                           "address (or leave it empty to generate one).")
                .arg(PasswordPolicy::kMinCharacters);
        return QString();
    });
    email->setFocus(); // the cursor where typing starts
    if (execFitted(*dialog) != QDialog::Accepted)
        return std::nullopt;
    return NewUserInput{email->text().trimmed(), name->text().trimmed(), roles->checked(), password->text()};
}

std::optional<QStringList> ConsoleDialogs::askRoles(QWidget *parent, const QString &email, const QStringList &current,
                                                    const QStringList &grantable)
{
    return askChecks(parent, QApplication::translate("ConsoleDialogs", "Roles of %1").arg(email),
                     QApplication::translate("ConsoleDialogs", "Roles:"), grantable, current);
}

std::optional<FirstAdminInput> ConsoleDialogs::askFirstAdmin(QWidget *parent, const FirstAdminInput &previous,
                                                             const QString &problem)
{
    QFormLayout *form = nullptr;
    QDialogButtonBox *buttons = nullptr;
    std::unique_ptr<QDialog> dialog(makeDialog(
        parent, QApplication::translate("ConsoleDialogs", "Create the first administrator"), &form, &buttons));
    auto *intro = new QLabel(QApplication::translate(
        "ConsoleDialogs",
        "This database has no administrator yet. Choose the e-mail address and password of the first one."));
    intro->setWordWrap(true);
    form->addRow(intro);
    showProblem(*form, problem);
    auto *email = new QLineEdit(previous.email);
    auto *password = passwordField();
    auto *repeat = passwordField();
    password->setText(previous.password);
    repeat->setText(previous.password);
    form->addRow(QApplication::translate("ConsoleDialogs", "&E-mail:"), email);
    form->addRow(QApplication::translate("ConsoleDialogs", "&Password:"), password);
    form->addRow(QApplication::translate("ConsoleDialogs", "&Repeat:"), repeat);
    explainWhileDisabled(*form, buttons->button(QDialogButtonBox::Ok), {email, password, repeat}, [=] {
        if (email->text().trimmed().isEmpty())
            return QApplication::translate("ConsoleDialogs", "Type the administrator's e-mail address.");
        if (!PasswordPolicy::check(password->text(), email->text().trimmed()))
            return QApplication::translate("ConsoleDialogs",
                                           "The password needs at least %1 characters and must not be the e-mail "
                                           "address.")
                .arg(PasswordPolicy::kMinCharacters);
        if (password->text() != repeat->text())
            return QApplication::translate("ConsoleDialogs", "Repeat the password exactly.");
        return QString();
    });
    email->setFocus();
    if (execFitted(*dialog) != QDialog::Accepted)
        return std::nullopt;
    return FirstAdminInput{email->text().trimmed(), password->text()};
}

std::optional<NewRoleInput> ConsoleDialogs::askNewRole(QWidget *parent, const QStringList &roles,
                                                       const QStringList &permissions)
{
    QFormLayout *form = nullptr;
    QDialogButtonBox *buttons = nullptr;
    std::unique_ptr<QDialog> dialog(
        makeDialog(parent, QApplication::translate("ConsoleDialogs", "New role"), &form, &buttons));
    auto *name = new QLineEdit;
    auto *under = new QComboBox;
    under->addItems(roles);
    under->setCurrentText(QStringLiteral("user"));
    auto *checks = new RoleChecks(permissions, {});
    form->addRow(QApplication::translate("ConsoleDialogs", "&Name:"), name);
    // The role chosen here is the one above the new role: it (and every role above it) gains
    // what the new role is given. "Under" left open which way permissions flow.
    form->addRow(QApplication::translate("ConsoleDialogs", "&Inherited by:"), under);
    form->addRow(QApplication::translate("ConsoleDialogs", "Permissions:"), checks);
    if (execFitted(*dialog) != QDialog::Accepted)
        return std::nullopt;
    return NewRoleInput{name->text().trimmed(), under->currentText(), checks->checked()};
}

std::optional<QStringList> ConsoleDialogs::askPermissions(QWidget *parent, const QString &role,
                                                          const QStringList &permissions, const QStringList &current)
{
    return askChecks(parent, QApplication::translate("ConsoleDialogs", "Permissions of %1").arg(role),
                     QApplication::translate("ConsoleDialogs", "Permissions:"), permissions, current);
}

std::optional<QStringList> ConsoleDialogs::askChecks(QWidget *parent, const QString &title, const QString &label,
                                                     const QStringList &items, const QStringList &checked)
{
    QFormLayout *form = nullptr;
    QDialogButtonBox *buttons = nullptr;
    std::unique_ptr<QDialog> dialog(makeDialog(parent, title, &form, &buttons));
    auto *checks = new RoleChecks(items, checked);
    form->addRow(label, checks);
    if (execFitted(*dialog) != QDialog::Accepted)
        return std::nullopt;
    return checks->checked();
}

std::optional<QString> ConsoleDialogs::askChoice(QWidget *parent, const QString &title, const QString &label,
                                                 const QStringList &choices, const QString &current)
{
    bool ok = false;
    const QString choice
        = QInputDialog::getItem(parent, title, label, choices, int(qMax(0, choices.indexOf(current))), false, &ok);
    return ok ? std::optional(choice) : std::nullopt;
}

std::optional<NewMemberInput> ConsoleDialogs::askNewMember(QWidget *parent, const QString &workspace,
                                                           const QStringList &roles, const QString &defaultRole,
                                                           EmailSuggestions suggestions)
{
    MemberDialog dialog(workspace, roles, defaultRole, std::move(suggestions), parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return NewMemberInput{dialog.email(), dialog.role()};
}

std::optional<NewMemberInput> ConsoleDialogs::askInvitation(QWidget *parent, const QString &workspace,
                                                            const QStringList &roles, const QString &defaultRole)
{
    MemberDialog dialog(workspace, roles, defaultRole, {}, parent, MemberDialog::Purpose::Invite);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return NewMemberInput{dialog.email(), dialog.role()};
}

std::optional<ClientInput> ConsoleDialogs::askClient(QWidget *parent, const std::optional<ClientInput> &existing)
{
    ClientDialog dialog(existing, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.input();
}

std::optional<QStringList> ConsoleDialogs::askConsentsToRevoke(QWidget *parent, const QString &email,
                                                               const QStringList &applications)
{
    return askChecks(parent, QApplication::translate("ConsoleDialogs", "Consents of %1").arg(email),
                     QApplication::translate("ConsoleDialogs", "Forget the consent to:"), applications, {});
}

std::optional<QStringList> ConsoleDialogs::askConsentsOfApplication(QWidget *parent, const QString &application,
                                                                    const QStringList &emails)
{
    return askChecks(parent, QApplication::translate("ConsoleDialogs", "Who allowed %1").arg(application),
                     QApplication::translate("ConsoleDialogs", "Forget the consent of:"), emails, {});
}

void ConsoleDialogs::openUrl(const QUrl &url)
{
    QDesktopServices::openUrl(url);
}

bool ConsoleDialogs::confirm(QWidget *parent, const QString &title, const QString &question)
{
    // The button says what it does (the title is the action: "Stop server", "Delete user"), not
    // "Yes"; Cancel is the default, so Enter never does the irreversible thing by accident.
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::Cancel, parent);
    QPushButton *act = box.addButton(title, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == act;
}

void ConsoleDialogs::showSecret(QWidget *parent, const QString &title, const QString &text, const QString &secret)
{
    SecretDialog(title, text, secret, parent).exec();
}

void SecretClipboard::copy(const QString &secret, int clearAfterMs)
{
    QGuiApplication::clipboard()->setText(secret);
    // Unless something else was copied meanwhile: that is the person's, not ours to clear.
    QTimer::singleShot(clearAfterMs, qApp, [secret] {
        QClipboard *clipboard = QGuiApplication::clipboard();
        if (clipboard->text() == secret)
            clipboard->clear();
    });
}

QString ConsoleDialogs::askSaveFile(QWidget *parent, const QString &title, const QString &suggestedName)
{
    return QFileDialog::getSaveFileName(parent, title, suggestedName);
}

QString ConsoleDialogs::askOpenFile(QWidget *parent, const QString &title)
{
    return QFileDialog::getOpenFileName(parent, title);
}

std::optional<QString> ConsoleDialogs::askText(QWidget *parent, const QString &title, const QString &label,
                                               const QString &current)
{
    bool ok = false;
    const QString text = QInputDialog::getText(parent, title, label, QLineEdit::Normal, current, &ok);
    return ok ? std::optional(text) : std::nullopt;
}

void ConsoleDialogs::showReport(QWidget *parent, const QString &title, const QString &report)
{
    QMessageBox box(QMessageBox::Information, title, report.section(QLatin1Char('\n'), 0, 0), QMessageBox::Close,
                    parent);
    box.setDetailedText(report);
    box.exec();
}

void ConsoleDialogs::showError(QWidget *parent, const QString &title, const QString &message)
{
    QMessageBox::warning(parent, title, message);
}

} // namespace keyward
