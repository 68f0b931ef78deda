// SPDX-License-Identifier: GPL-3.0-or-later
// libcurl, loaded when the first message is sent rather than when the program starts. Linked,
// libcurl and what it links (GnuTLS, Kerberos, LDAP, SSH, RTMP, IDN… about 25 libraries) are
// mapped and relocated at every start of keyward-server — a CLI command, `dev`, each test — for
// mail that most runs never send: about a third of the time to the first answered request. Only
// the functions SmtpTransport calls are looked up; the declarations stay libcurl's own.
//
// Threads: any; instance() loads once.
#pragma once

#include "common/result.h"

#include <curl/curl.h>

namespace keyward {

class CurlLibrary {
public:
    // The loaded library with curl_global_init done (once), or why it cannot be loaded.
    static Result<const CurlLibrary *> instance();

    decltype(&curl_global_init) globalInit = nullptr;
    decltype(&curl_easy_init) easyInit = nullptr;
    decltype(&curl_easy_setopt) easySetopt = nullptr;
    decltype(&curl_easy_perform) easyPerform = nullptr;
    decltype(&curl_easy_getinfo) easyGetinfo = nullptr;
    decltype(&curl_easy_strerror) easyStrerror = nullptr;
    decltype(&curl_easy_cleanup) easyCleanup = nullptr;
    decltype(&curl_slist_append) slistAppend = nullptr;
    decltype(&curl_slist_free_all) slistFreeAll = nullptr;
};

} // namespace keyward
