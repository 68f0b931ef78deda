// SPDX-License-Identifier: GPL-3.0-or-later
// Mail: where Keyward's mail goes (mail.* in Settings), a test message sent at once, and the
// outbox — waiting, failed and sent messages — with Retry for one that is failed or waiting.
#pragma once

#include "consolepage.h"

class QComboBox;
class QLabel;
class QTableView;

namespace keyward {

class OutboxTableModel;

class MailPage : public ConsolePage {
    Q_OBJECT
public:
    explicit MailPage(ConsoleContext &context, QWidget *parent = nullptr);

    void refresh() override;
    OutboxTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLabel *where() const { return m_where; }

    void sendTest();
    void retrySelected();

private:
    void updateActions();

    OutboxTableModel *m_model;
    QTableView *m_view;
    QComboBox *m_state;
    QLabel *m_where;
    QPushButton *m_retry = nullptr;
};

} // namespace keyward
