// SPDX-License-Identifier: GPL-3.0-or-later
#include "browsercookies.h"

#include "auth/browsersessions.h"
#include "auth/formtokens.h"
#include "backend/backend.h"

namespace keyward {

namespace {

const char *const kPreSessionCookie = "keyward_csrf";
constexpr qint64 kPreSessionSeconds = 3600;

// Contract v3: under TLS the cookies are __Host- cookies.
QString cookieName(const HttpRequest &request, const char *name)
{
    return (request.secure ? QStringLiteral("__Host-") : QString()) + QLatin1String(name);
}

QByteArray cookieAttributes(const char *sameSite)
{
    return QByteArray("HttpOnly; SameSite=") + sameSite + "; Path=/";
}

} // namespace

BrowserCookies::BrowserCookies(Backend &backend) : m_backend(backend)
{ }

std::optional<BrowserSignIn> BrowserCookies::signInOf(const HttpRequest &request) const
{
    return m_backend.browserSessions().find(request.cookie(cookieName(request, BrowserSessions::kCookieName)));
}

QString BrowserCookies::preSessionOf(const HttpRequest &request)
{
    const QString existing = request.cookie(cookieName(request, kPreSessionCookie));
    return FormTokens::isPreSession(existing) ? existing : FormTokens::newPreSession();
}

bool BrowserCookies::csrfHolds(const HttpRequest &request, const QMap<QString, QString> &form,
                               const QString &binding) const
{
    return m_backend.formTokens().holds(request.cookie(cookieName(request, kPreSessionCookie)),
                                        form.value(QStringLiteral("csrf")), binding);
}

QString BrowserCookies::csrfToken(const QString &preSession, const QString &binding) const
{
    return m_backend.formTokens().tokenFor(preSession, binding);
}

HttpResponse BrowserCookies::withPreSession(HttpResponse response, const HttpRequest &request,
                                            const QString &preSession)
{
    response.withCookie(cookieName(request, kPreSessionCookie), preSession, cookieAttributes("Strict"),
                        kPreSessionSeconds, request.secure);
    return response;
}

HttpResponse &BrowserCookies::withSignIn(HttpResponse &response, const HttpRequest &request, const QString &value,
                                         qint64 maxAge)
{
    return response.withCookie(cookieName(request, BrowserSessions::kCookieName), value, cookieAttributes("Lax"),
                               maxAge, request.secure);
}

} // namespace keyward
