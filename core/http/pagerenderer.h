// SPDX-License-Identifier: GPL-3.0-or-later
// What every HTML page Keyward shows a browser shares (the sign-in pages, the account page):
// the layout with its nonce'd stylesheet, the browser's language (Accept-Language: en, de, fr;
// the texts go through Qt Linguist, context WebPages), templates filled with escaped values, the
// headers a page with a password on it needs (a Content-Security-Policy, frame-ancestors 'none'
// and X-Frame-Options: DENY, no caching, no referrer), and the one script, webauthn.js.
//
// Threads: any thread (immutable after construction).
#pragma once

#include "common/language.h"
#include "httpmessage.h"

#include <QMap>

#include <array>
#include <memory>

namespace keyward {

// One language of the pages (common/language.h): its texts of context WebPages.
class PageLanguage {
public:
    explicit PageLanguage(const Language &language) : m_language(language) { }
    const QString &code() const { return m_language.code(); }
    const Language &language() const { return m_language; }
    // A text marked QT_TRANSLATE_NOOP("WebPages", …), in this language.
    QString text(const char *source) const;

private:
    const Language &m_language;
};

QString htmlEscaped(const QString &text);

class PageRenderer {
public:
    PageRenderer();
    ~PageRenderer();

    static constexpr const char *kScriptPath = "/assets/webauthn.js";

    // A template of resources/pages.
    static QString pageTemplate(const QString &name);
    // {{{name}}}: HTML made by Keyward; {{name}}: text, escaped. One pass over the template, so
    // nothing a value brings is read as a placeholder.
    static QString fill(const QString &text, const QMap<QString, QString> &values);
    // The language of the answer: the first of en, de, fr the browser accepts, by q-value.
    static QString languageOf(const HttpRequest &request);
    const PageLanguage &languageFor(const HttpRequest &request) const;

    // A new password's field with its label and the rules beside it (the browser checks the
    // length as it is typed): the reset page's and an invitation's new account's.
    static QString newPasswordField(const PageLanguage &language, const QString &name, const QString &label,
                                    bool autofocus);
    // formTarget: where a form's answer may redirect to besides 'self' (CSP form-action);
    // withScript: the page loads webauthn.js.
    HttpResponse page(const PageLanguage &language, const QString &title, const QString &content,
                      const QString &formTarget, int status, bool withScript = false) const;
    // GET /assets/webauthn.js.
    HttpResponse script() const;
    // A page of a heading (title, translated), a lead paragraph and HTML details (a form, links).
    HttpResponse messagePage(const HttpRequest &request, const char *title, const QString &lead, int status,
                             const QString &details = {}) const;

private:
    QString m_layout;
    QString m_message;
    QByteArray m_script;
    std::array<std::unique_ptr<PageLanguage>, 3> m_languages; // en, de, fr
};

} // namespace keyward
