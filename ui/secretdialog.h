// SPDX-License-Identifier: GPL-3.0-or-later
// A password or secret shown once (a generated password, a client secret): the sentence that
// says whose it is, the secret in a read-only field it can be selected from, a Copy button beside
// it that puts it on the clipboard for a short while, and the warning that it is not shown again.
#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace keyward {

class SecretDialog : public QDialog {
    Q_OBJECT
public:
    // text: whose secret this is ("The password of ada@example.org:").
    SecretDialog(const QString &title, const QString &text, const QString &secret, QWidget *parent = nullptr);

    QLineEdit *secretField() const { return m_secret; }
    QPushButton *copyButton() const { return m_copy; }

private:
    QLineEdit *m_secret;
    QPushButton *m_copy;
};

} // namespace keyward
