// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagerenderer.h"

#include "auth/passwordpolicy.h"

#include "crypto/base64url.h"
#include "crypto/securerandom.h"

#include <QFile>
#include <QRegularExpression>

namespace keyward {

namespace {

// The page texts, for lupdate and for the lookup at run time.
const char *const kContext = "WebPages";

QString readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing resource %s", qPrintable(path));
    return QString::fromUtf8(file.readAll());
}

} // namespace

QString PageLanguage::text(const char *source) const
{
    return m_language.text(kContext, source);
}

QString htmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

PageRenderer::PageRenderer()
    : m_layout(pageTemplate(QStringLiteral("layout.html"))), m_message(pageTemplate(QStringLiteral("message.html"))),
      m_script(pageTemplate(QStringLiteral("webauthn.js")).toUtf8())
{
    m_languages[0] = std::make_unique<PageLanguage>(Language::named(QStringLiteral("en")));
    m_languages[1] = std::make_unique<PageLanguage>(Language::named(QStringLiteral("de")));
    m_languages[2] = std::make_unique<PageLanguage>(Language::named(QStringLiteral("fr")));
}

PageRenderer::~PageRenderer() = default;

QString PageRenderer::pageTemplate(const QString &name)
{
    return readResource(QStringLiteral(":/pages/") + name);
}

QString PageRenderer::newPasswordField(const PageLanguage &language, const QString &name, const QString &label,
                                       bool autofocus)
{
    return QStringLiteral("<label for=\"%1\">%2</label>\n<input type=\"password\" id=\"%1\" name=\"%1\" "
                          "autocomplete=\"new-password\" minlength=\"%3\" required%4 aria-describedby=\"%1-rules\">\n"
                          "<p class=\"who\" id=\"%1-rules\">%5</p>\n")
        .arg(name, htmlEscaped(label), QString::number(PasswordPolicy::kMinCharacters),
             autofocus ? QStringLiteral(" autofocus") : QString(),
             htmlEscaped(language
                             .text(QT_TRANSLATE_NOOP("WebPages",
                                                     "At least %1 characters, and not your e-mail "
                                                     "address."))
                             .arg(PasswordPolicy::kMinCharacters)));
}

const PageLanguage &PageRenderer::languageFor(const HttpRequest &request) const
{
    const QString code = languageOf(request);
    for (const auto &language : m_languages) {
        if (language->code() == code)
            return *language;
    }
    return *m_languages[0];
}

QString PageRenderer::languageOf(const HttpRequest &request)
{
    // "de-CH, fr;q=0.9, en;q=0.8": the supported language with the highest q, the first on a tie.
    QString best = QStringLiteral("en");
    double bestQuality = 0;
    const QString header = QString::fromLatin1(request.header("accept-language")).left(500);
    for (const QString &part : header.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList pieces = part.split(QLatin1Char(';'));
        const QString tag = pieces.first().trimmed().toLower().section(QLatin1Char('-'), 0, 0);
        double quality = 1;
        for (const QString &piece : pieces.mid(1)) {
            if (piece.trimmed().startsWith(QLatin1String("q=")))
                quality = piece.trimmed().mid(2).toDouble();
        }
        if ((tag == QLatin1String("en") || tag == QLatin1String("de") || tag == QLatin1String("fr"))
            && quality > bestQuality) {
            best = tag;
            bestQuality = quality;
        }
    }
    return best;
}

QString PageRenderer::fill(const QString &text, const QMap<QString, QString> &values)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{(\\{?)([a-zA-Z]+)\\}?\\}\\}"));
    QString out;
    qsizetype from = 0;
    for (const QRegularExpressionMatch &match : placeholder.globalMatch(text)) {
        out += QStringView(text).mid(from, match.capturedStart() - from);
        const QString value = values.value(match.captured(2));
        out += match.captured(1).isEmpty() ? htmlEscaped(value) : value;
        from = match.capturedEnd();
    }
    out += QStringView(text).mid(from);
    return out;
}

HttpResponse PageRenderer::messagePage(const HttpRequest &request, const char *title, const QString &lead, int status,
                                       const QString &details) const
{
    const PageLanguage &language = languageFor(request);
    const QString heading = language.text(title);
    const QString content = fill(
        m_message,
        {{QStringLiteral("heading"), heading}, {QStringLiteral("lead"), lead}, {QStringLiteral("details"), details}});
    return page(language, heading, content, {}, status);
}

HttpResponse PageRenderer::page(const PageLanguage &language, const QString &title, const QString &content,
                                const QString &formTarget, int status, bool withScript) const
{
    const QString nonce = QString::fromLatin1(Base64Url::encode(randomBytes(16)));
    const QString html
        = fill(m_layout,
               {{QStringLiteral("lang"), language.code()},
                {QStringLiteral("title"), title},
                {QStringLiteral("nonce"), nonce},
                {QStringLiteral("script"),
                 withScript ? QStringLiteral("<script src=\"%1\" defer></script>").arg(QLatin1String(kScriptPath))
                            : QString()},
                {QStringLiteral("content"), content}});
    HttpResponse response;
    response.status = status;
    response.contentType = "text/html; charset=utf-8";
    response.body = html.toUtf8();
    // A form may be answered by a redirect to the application: Chrome checks form-action on it.
    QByteArray formAction = "'self'";
    if (!formTarget.isEmpty())
        formAction += ' ' + formTarget.toLatin1();
    // The one script, when there is one, is Keyward's own file; it fetches only from here.
    const QByteArray scripts = withScript ? "; script-src 'self'; connect-src 'self'" : "";
    response.withHeader("Content-Security-Policy",
                        "default-src 'none'; style-src 'nonce-" + nonce.toLatin1() + "'" + scripts + "; form-action "
                            + formAction + "; frame-ancestors 'none'; base-uri 'none'");
    response.withHeader("X-Frame-Options", "DENY");
    response.withHeader("X-Content-Type-Options", "nosniff");
    response.withHeader("Referrer-Policy", "no-referrer");
    response.withHeader("Cache-Control", "no-store");
    response.withHeader("Content-Language", language.code().toLatin1());
    response.withHeader("Vary", "Accept-Language, Cookie");
    return response;
}

HttpResponse PageRenderer::script() const
{
    HttpResponse response;
    response.contentType = "text/javascript; charset=utf-8";
    response.body = m_script;
    response.withHeader("X-Content-Type-Options", "nosniff");
    response.withHeader("Cache-Control", "public, max-age=3600");
    return response;
}

} // namespace keyward
