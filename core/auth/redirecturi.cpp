// SPDX-License-Identifier: GPL-3.0-or-later
#include "redirecturi.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <optional>
#include <utility>

namespace keyward::RedirectUri {

namespace {

constexpr qsizetype kLongestUri = 2000;

bool isLoopbackHost(const QString &host)
{
    if (host == QLatin1String("localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

// A loopback IP literal redirect split around its port: (host, everything after the port), or
// nothing for any other URI. Textual, so nothing but the port is set aside.
std::optional<std::pair<QString, QString>> loopbackParts(const QString &uri)
{
    static const QRegularExpression loopback(
        QStringLiteral("^http://(127\\.0\\.0\\.1|\\[::1\\])(?::[0-9]{1,5})?([/?].*)?\\z"));
    const QRegularExpressionMatch match = loopback.match(uri);
    if (!match.hasMatch())
        return std::nullopt;
    return std::pair(match.captured(1), match.captured(2));
}

// Spaces and control characters have no place in a URI, and a line end would reach a header.
bool hasSpaceOrControl(const QString &uri)
{
    return std::any_of(uri.begin(), uri.end(), [](QChar c) { return c.unicode() <= 0x20 || c.unicode() == 0x7F; });
}

} // namespace

QString problemWith(const QString &uri)
{
    if (uri.isEmpty() || uri.size() > kLongestUri)
        return QStringLiteral("a redirect URI must be 1 to %1 characters").arg(kLongestUri);
    if (hasSpaceOrControl(uri))
        return QStringLiteral("a redirect URI has no spaces or control characters");
    const QUrl url(uri, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative())
        return QStringLiteral("%1 is not an absolute URI").arg(uri);
    if (url.hasFragment() || uri.contains(QLatin1Char('#')))
        return QStringLiteral("a redirect URI has no fragment (RFC 6749 §3.1.2)");
    if (!url.userInfo().isEmpty())
        return QStringLiteral("a redirect URI carries no user name or password");
    const QString scheme = url.scheme();
    if (scheme == QLatin1String("https"))
        return url.host().isEmpty() ? QStringLiteral("%1 names no host").arg(uri) : QString();
    if (scheme == QLatin1String("http"))
        return isLoopbackHost(url.host())
            ? QString()
            : QStringLiteral("http is for loopback addresses only (127.0.0.1, [::1], localhost); use https");
    // A native app's private-use scheme: a reverse domain name (RFC 8252 §7.1).
    static const QRegularExpression reverseDomain(QStringLiteral("^[a-z][a-z0-9+-]*(\\.[a-z0-9+-]+)+\\z"));
    if (reverseDomain.match(scheme).hasMatch())
        return {};
    return QStringLiteral("%1 is neither https, loopback http nor a reverse-domain scheme").arg(uri);
}

bool matchesAny(const QStringList &registered, const QString &presented)
{
    if (hasSpaceOrControl(presented))
        return false;
    if (registered.contains(presented))
        return true;
    const auto asked = loopbackParts(presented);
    if (!asked)
        return false;
    for (const QString &candidate : registered) {
        if (loopbackParts(candidate) == asked)
            return true;
    }
    return false;
}

QString loopbackLiteral(const QString &uri)
{
    const auto parts = loopbackParts(uri);
    return parts ? parts->first : QString();
}

} // namespace keyward::RedirectUri
