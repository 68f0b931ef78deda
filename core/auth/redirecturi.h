// SPDX-License-Identifier: GPL-3.0-or-later
// Redirect URIs of OpenID Connect clients: which may be registered, and whether one presented
// at /oauth/authorize (or /oauth/logout) is one of those registered.
//
// Registered: absolute, no fragment, no user info; https, or http to a loopback host
// (127.0.0.0/8, [::1], localhost: a developer's machine), or a private-use scheme of a native
// app named by reverse domain (com.example.app:/callback, RFC 8252 §7.1).
// Matched: exactly, character for character (OAuth 2.1 §2.3.1, RFC 9700 §4.1.3) — except that
// for a loopback IP literal (http://127.0.0.1, http://[::1]) any port matches, since a native
// app gets its port from the system at run time (RFC 8252 §7.3).
#pragma once

#include <QString>
#include <QStringList>

namespace keyward::RedirectUri {

// Empty when uri may be registered; otherwise why not (one sentence).
QString problemWith(const QString &uri);
bool matchesAny(const QStringList &registered, const QString &presented);
// "127.0.0.1" or "[::1]" for an http URI on that IP literal, whose port is free to vary (RFC 8252
// §7.3); empty for any other URI. An Origin header (no path) is such a URI too.
QString loopbackLiteral(const QString &uri);

} // namespace keyward::RedirectUri
