// SPDX-License-Identifier: GPL-3.0-or-later
// Tokens: the token inspector (paste any JWT: header and claims pretty-printed, times in local
// time, and the verdict against the current keys and revocations with its exact reason), revoke
// a pasted token, and a mint tool for development.
#pragma once

#include "consolepage.h"
#include "rowtablemodel.h"

#include <QJsonObject>

#include <functional>

class QDialog;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

namespace keyward {

class MessageBar;
class RevocationTableModel;

class TokensPage : public ConsolePage {
    Q_OBJECT
public:
    explicit TokensPage(ConsoleContext &context, QWidget *parent = nullptr);

    void refresh() override; // the revocation list
    RevocationTableModel *revocations() const { return m_revocations; }
    QPlainTextEdit *input() const { return m_input; }
    MessageBar *verdict() const { return m_verdict; }
    // Header and claims, one row each: part, name, value, meaning.
    QTableWidget *claims() const { return m_claims; }
    enum ClaimColumn { Part, Name, Value, Meaning };
    // The row of a claim (or header member), or -1.
    int rowOf(const QString &name) const;
    QPlainTextEdit *minted() const { return m_minted; }
    QLineEdit *mintEmail() const { return m_mintEmail; }

    void inspect();
    void copyClaims();
    void copyMinted();
    void inspectMinted();
    void revokePasted();
    void mint();
    // The development tool to mint a token, in a window of its own (Tools ▸ Mint a token).
    void showMinter();
    QDialog *minter() const { return m_minter; }
    // The inspector's tab, its input focused (Tools ▸ Inspect a token).
    void showInspector();

signals:
    void inspected(); // the verdict is on screen (tests wait for it)
    void inspectorWanted(); // a token was handed to the inspector from elsewhere (the minter)

private:
    RevocationTableModel *m_revocations;
    RowWindow m_window;
    QPlainTextEdit *m_input;
    MessageBar *m_verdict;
    QTableWidget *m_claims;
    QJsonObject m_inspectedClaims;
    QLineEdit *m_mintEmail;
    QSpinBox *m_mintLifetime;
    QLineEdit *m_mintClaims;
    QPlainTextEdit *m_minted;
    QDialog *m_minter;
    std::function<void()> m_showInspector;
};

} // namespace keyward
