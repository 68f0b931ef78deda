// SPDX-License-Identifier: GPL-3.0-or-later
// A browser for the HTTP tests of Keyward's pages, as far as the flows need one: it keeps
// cookies, fills in a page's forms and posts them.
#pragma once

#include "testserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace keyward {

// A browser as far as the flows need one: it keeps cookies and fills in forms.
class Browser {
public:
    explicit Browser(TestServer &server, QByteArray language = "en") : m_server(server), m_language(std::move(language))
    { }

    TestReply get(const QString &pathAndQuery) { return send("GET", pathAndQuery, {}); }
    // A form another site posts to Keyward through this browser: SameSite=Lax keeps the cookies
    // back; what the answer sets is kept.
    TestReply postCrossSite(const QString &path, const QByteArray &form) { return send("POST", path, form, false); }
    // A form posted from this site (cookies sent), e.g. one the page's script fills in.
    TestReply postForm(const QString &path, const QByteArray &form) { return send("POST", path, form); }
    // What a page's script fetches from this site.
    TestReply postJson(const QString &path, const QJsonObject &body)
    {
        return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), true, "application/json");
    }
    // Submits a form of the page, as a browser would: the one with a field named like one of
    // these (else the first), its hidden fields plus these.
    TestReply submit(const TestReply &page, const QMap<QString, QString> &fields)
    {
        static const QRegularExpression formPattern(
            QStringLiteral("<form method=\"post\" action=\"([^\"]+)\"[^>]*>(.*?)</form>"),
            QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression hidden(
            QStringLiteral("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">"));
        const QString html = QString::fromUtf8(page.body);
        QRegularExpressionMatch chosen;
        for (const QRegularExpressionMatch &candidate : formPattern.globalMatch(html)) {
            if (!chosen.hasMatch())
                chosen = candidate;
            for (auto it = fields.begin(); it != fields.end(); ++it) {
                if (candidate.captured(2).contains(QStringLiteral("name=\"%1\"").arg(it.key()))) {
                    chosen = candidate;
                    break;
                }
            }
        }
        QUrlQuery form;
        for (const QRegularExpressionMatch &match : hidden.globalMatch(chosen.captured(2))) {
            if (!fields.contains(unescape(match.captured(1)))) // what is filled in replaces it
                form.addQueryItem(unescape(match.captured(1)), unescape(match.captured(2)));
        }
        for (auto it = fields.begin(); it != fields.end(); ++it)
            form.addQueryItem(it.key(), it.value());
        // A form post encodes '+' and the like; QUrlQuery leaves some of them alone.
        QByteArray body;
        for (const auto &[name, value] : form.queryItems(QUrl::FullyDecoded))
            body += (body.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
        return send("POST", chosen.captured(1), body);
    }
    QString cookie(const QString &name) const { return m_cookies.value(name); }
    void setCookie(const QString &name, const QString &value) { m_cookies.insert(name, value); }
    // Every Set-Cookie line the server sent this browser.
    const QList<QByteArray> &setCookieLines() const { return m_setCookieLines; }
    // Sent with every request (e.g. X-Forwarded-Proto from a trusted TLS proxy).
    void addHeader(const QByteArray &name, const QByteArray &value) { m_headers.append({name, value}); }
    void forget(const QString &name) { m_cookies.remove(name); }

private:
    static QString unescape(QString text)
    {
        return text.replace(QStringLiteral("&quot;"), QStringLiteral("\""))
            .replace(QStringLiteral("&lt;"), QStringLiteral("<"))
            .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
            .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    }
    TestReply send(const QByteArray &method, const QString &path, const QByteArray &body, bool withCookies = true,
                   const QByteArray &contentType = "application/x-www-form-urlencoded")
    {
        QList<QPair<QByteArray, QByteArray>> headers{{"Accept-Language", m_language}};
        headers += m_headers;
        if (!body.isEmpty())
            headers.append(qMakePair(QByteArray("Content-Type"), contentType));
        QByteArray jar;
        for (auto it = m_cookies.begin(); it != m_cookies.end(); ++it)
            jar += (jar.isEmpty() ? "" : "; ") + it.key().toLatin1() + '=' + it.value().toLatin1();
        if (!jar.isEmpty() && withCookies)
            headers.append(qMakePair(QByteArray("Cookie"), jar));
        TestReply reply = m_server.request(method, path, body, headers);
        for (const QByteArray &line : reply.header("set-cookie").split('\n')) {
            if (!line.isEmpty())
                m_setCookieLines.append(line);
            const QByteArray pair = line.split(';').first().trimmed();
            const qsizetype equals = pair.indexOf('=');
            if (equals <= 0)
                continue;
            const QString name = QString::fromLatin1(pair.left(equals));
            const QString value = QString::fromLatin1(pair.mid(equals + 1));
            if (value.isEmpty() || line.contains("Max-Age=0"))
                m_cookies.remove(name);
            else
                m_cookies.insert(name, value);
        }
        return reply;
    }

    TestServer &m_server;
    QByteArray m_language;
    QMap<QString, QString> m_cookies;
    QList<QByteArray> m_setCookieLines;
    QList<QPair<QByteArray, QByteArray>> m_headers;
};

} // namespace keyward
