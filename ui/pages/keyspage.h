// SPDX-License-Identifier: GPL-3.0-or-later
// Keys: the signing keys with their state and times; rotate now (choose the algorithm),
// retire a retiring key; the published JWK Set and the rotation schedule.
#pragma once

#include "consolepage.h"

class QLabel;
class QPlainTextEdit;
class QTableView;

namespace keyward {

class KeyTableModel;

class KeysPage : public ConsolePage {
    Q_OBJECT
public:
    explicit KeysPage(ConsoleContext &context, QWidget *parent = nullptr);

    void refresh() override;
    KeyTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPlainTextEdit *jwks() const { return m_jwks; }

    void rotate();
    void retireSelected();

private:
    // Retire is offered for a key that may be retired, and says why not otherwise.
    void updateActions();

    KeyTableModel *m_model;
    QPushButton *m_retire = nullptr;
    QTableView *m_view;
    QPlainTextEdit *m_jwks;
    QLabel *m_schedule;
};

} // namespace keyward
