// SPDX-License-Identifier: GPL-3.0-or-later
// The words of every message Keyward sends, in the recipient's language (en, de, fr; Qt Linguist
// context "Mail"): short, naming the site, with the one link and what to do if it wasn't you.
// Each comes as plain text and as HTML with the same paragraphs — no images, no remote content,
// nothing that tracks.
#pragma once

#include "mimemessage.h"

#include <QDateTime>
#include <QString>

namespace keyward {

class Language;

// What a security notice is about.
enum class SecurityNotice {
    PasswordChanged,
    PasswordReset,
    EmailChanged, // sent to the old address
    FactorAdded,
    FactorRemoved,
    FactorsResetByAdministrator,
};

class MailComposer {
public:
    // site: the issuer URL people know the installation by.
    MailComposer(const Language &language, QString site);

    MailContent verification(const QString &name, const QString &email, const QString &link) const;
    MailContent passwordReset(const QString &email, const QString &link) const;
    // detail: what changed, in words (a passkey's name, the new address); may be empty.
    MailContent notice(SecurityNotice notice, const QString &email, const QString &detail, const QDateTime &at) const;
    // inviter: who invites (empty: "An administrator", for the local tools).
    MailContent invitation(const QString &inviter, const QString &workspace, const QString &role,
                           const QString &link) const;

private:
    // A text marked QT_TRANSLATE_NOOP("Mail", …), in the recipient's language.
    QString say(const char *source) const;
    // Paragraphs, then the link on a line of its own (if any), then the closing paragraphs.
    MailContent compose(const QString &subject, const QStringList &before, const QString &link,
                        const QStringList &after) const;

    const Language &m_language;
    QString m_site;
};

} // namespace keyward
