// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretdialog.h"

#include "consoledialogs.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace keyward {

SecretDialog::SecretDialog(const QString &title, const QString &text, const QString &secret, QWidget *parent)
    : QDialog(parent), m_secret(new QLineEdit(secret)), m_copy(new QPushButton(tr("&Copy")))
{
    setWindowTitle(title);
    auto *label = new QLabel(text);
    label->setObjectName(QStringLiteral("secretLabel"));
    label->setWordWrap(true);
    label->setBuddy(m_secret);
    m_secret->setReadOnly(true);
    m_secret->setObjectName(QStringLiteral("secretValue"));
    m_secret->setAccessibleName(text);
    // Monospace, so 0/O and l/1 are told apart when it is typed elsewhere.
    m_secret->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_secret->setMinimumWidth(m_secret->fontMetrics().horizontalAdvance(secret) + 24);
    m_copy->setObjectName(QStringLiteral("copySecret"));
    m_copy->setAutoDefault(false);
    connect(m_copy, &QPushButton::clicked, this, [this, secret] {
        SecretClipboard::copy(secret);
        m_copy->setText(tr("Copied"));
    });

    auto *warningIcon = new QLabel;
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    warningIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    warningIcon->setAlignment(Qt::AlignTop);
    static_assert(SecretClipboard::kClearAfterMs > 1000, "the sentence says seconds");
    auto *warning = new QLabel(tr("It is shown only this once: Keyward keeps no copy it could show again. Copy keeps "
                                  "it on the clipboard for %1 seconds, then clears it.")
                                   .arg(SecretClipboard::kClearAfterMs / 1000));
    warning->setObjectName(QStringLiteral("secretWarning"));
    warning->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *field = new QHBoxLayout;
    field->addWidget(m_secret, 1);
    field->addWidget(m_copy);
    auto *note = new QHBoxLayout;
    note->addWidget(warningIcon);
    note->addWidget(warning, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addLayout(field);
    layout->addLayout(note);
    layout->addWidget(buttons);
    // Wide enough that the warning reads in two or three lines, not five.
    setMinimumWidth(fontMetrics().averageCharWidth() * 56);
    m_secret->setFocus();
    m_secret->selectAll();
}

} // namespace keyward
