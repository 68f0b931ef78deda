// SPDX-License-Identifier: GPL-3.0-or-later
#include "memberdialog.h"

#include "workspacetablemodel.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QStringListModel>
#include <QTimer>
#include <QVBoxLayout>

namespace keyward {

namespace {

constexpr int kTypingPauseMs = 150;

} // namespace

MemberDialog::MemberDialog(const QString &workspace, const QStringList &roles, const QString &defaultRole,
                           EmailSuggestions suggestions, QWidget *parent, Purpose purpose)
    : QDialog(parent), m_email(new QLineEdit), m_role(new QComboBox), m_offered(new QStringListModel(this)),
      m_completer(new QCompleter(m_offered, this)), m_pause(new QTimer(this)), m_lookup(std::move(suggestions))
{
    const bool invite = purpose == Purpose::Invite;
    setWindowTitle(invite ? tr("Invite to %1").arg(workspace) : tr("Add a member to %1").arg(workspace));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    m_email->setPlaceholderText(invite ? tr("Anyone's address: a link goes to it")
                                       : tr("Type to find an existing user"));
    m_email->setMinimumWidth(fontMetrics().horizontalAdvance(m_email->placeholderText()) * 3 / 2);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_email->setCompleter(m_completer);
    for (const QString &role : roles)
        m_role->addItem(MemberTableModel::roleText(role), role);
    m_role->setCurrentIndex(qMax(0, m_role->findData(defaultRole)));
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Role:"), m_role);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);

    m_pause->setSingleShot(true);
    m_pause->setInterval(kTypingPauseMs);
    connect(m_pause, &QTimer::timeout, this, &MemberDialog::askForSuggestions);
    connect(m_email, &QLineEdit::textEdited, m_pause, qOverload<>(&QTimer::start));
    connect(m_email, &QLineEdit::textChanged, ok,
            [ok](const QString &text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    m_email->setFocus();
}

QString MemberDialog::email() const
{
    return m_email->text().trimmed();
}

QString MemberDialog::role() const
{
    return m_role->currentData().toString();
}

QStringList MemberDialog::suggestions() const
{
    return m_offered->stringList();
}

void MemberDialog::askForSuggestions()
{
    const QString prefix = email();
    if (prefix.isEmpty() || !m_lookup)
        return;
    m_lookup(prefix, [dialog = QPointer<MemberDialog>(this), prefix](const QStringList &found) {
        // An answer to an older prefix than what the field now holds is of no use.
        if (!dialog || dialog->email() != prefix)
            return;
        dialog->m_offered->setStringList(found);
        if (dialog->m_email->hasFocus())
            dialog->m_completer->complete();
    });
}

} // namespace keyward
