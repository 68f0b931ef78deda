// SPDX-License-Identifier: GPL-3.0-or-later
// Tokens: the token inspector (paste any JWT: header and claims pretty-printed, times in local
// time, and the verdict against the current keys and revocations with its exact reason), revoke
// a pasted token, and a mint tool for development.
#pragma once

#include "consolepage.h"
#include "rowtablemodel.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace keyward {

class RevocationTableModel;

class TokensPage : public ConsolePage {
    Q_OBJECT
public:
    explicit TokensPage(ConsoleContext &context, QWidget *parent = nullptr);

    void refresh() override; // the revocation list
    RevocationTableModel *revocations() const { return m_revocations; }
    QPlainTextEdit *input() const { return m_input; }
    QLabel *verdict() const { return m_verdict; }
    QPlainTextEdit *details() const { return m_details; }
    QPlainTextEdit *minted() const { return m_minted; }

    void inspect();
    void revokePasted();
    void mint();

signals:
    void inspected(); // the verdict is on screen (tests wait for it)

private:
    RevocationTableModel *m_revocations;
    RowWindow m_window;
    QPlainTextEdit *m_input;
    QLabel *m_verdict;
    QPlainTextEdit *m_details;
    QLineEdit *m_mintEmail;
    QSpinBox *m_mintLifetime;
    QLineEdit *m_mintClaims;
    QPlainTextEdit *m_minted;
};

} // namespace keyward
