// SPDX-License-Identifier: GPL-3.0-or-later
// "Add member" (and "Invite"): the e-mail address of an existing user (any address to invite), completed from the
// database as it is typed (a prefix search of at most ten addresses, asked for after a short pause so typing does not
// queue a read per key), and the workspace role.
#pragma once

#include <QDialog>

#include <functional>

class QComboBox;
class QCompleter;
class QLineEdit;
class QStringListModel;
class QTimer;

namespace keyward {

// Looks up addresses starting with prefix and hands them to deliver (possibly later, on the
// GUI thread).
using EmailSuggestions = std::function<void(const QString &prefix, std::function<void(const QStringList &)> deliver)>;

class MemberDialog : public QDialog {
    Q_OBJECT
public:
    // AddExisting: an existing user (suggested as typed); Invite: any address, which gets a link.
    enum class Purpose { AddExisting, Invite };
    MemberDialog(const QString &workspace, const QStringList &roles, const QString &defaultRole,
                 EmailSuggestions suggestions, QWidget *parent = nullptr, Purpose purpose = Purpose::AddExisting);

    QString email() const;
    QString role() const;
    QLineEdit *emailField() const { return m_email; }
    QCompleter *completer() const { return m_completer; }
    // The addresses the completer offers now.
    QStringList suggestions() const;

private:
    void askForSuggestions();

    QLineEdit *m_email;
    QComboBox *m_role;
    QStringListModel *m_offered;
    QCompleter *m_completer;
    QTimer *m_pause;
    EmailSuggestions m_lookup;
};

} // namespace keyward
