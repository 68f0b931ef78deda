// SPDX-License-Identifier: GPL-3.0-or-later
#include "curllibrary.h"

#include <QLibrary>

#include <mutex>

namespace keyward {

namespace {

// Looks up `name` into `function`; false when the library lacks it.
template <typename Function> bool resolve(QLibrary &library, const char *name, Function &function)
{
    function = reinterpret_cast<Function>(library.resolve(name));
    return function != nullptr;
}

Result<const CurlLibrary *> load()
{
    // Never unloaded: its functions are used for the rest of the process's life.
    static QLibrary library(QStringLiteral("curl"), 4);
    if (!library.load())
        return failure(ErrorCode::Unavailable,
                       QStringLiteral("SMTP needs libcurl 4 (Debian: libcurl4): ") + library.errorString());
    static CurlLibrary curl;
    if (!resolve(library, "curl_global_init", curl.globalInit) || !resolve(library, "curl_easy_init", curl.easyInit)
        || !resolve(library, "curl_easy_setopt", curl.easySetopt)
        || !resolve(library, "curl_easy_perform", curl.easyPerform)
        || !resolve(library, "curl_easy_getinfo", curl.easyGetinfo)
        || !resolve(library, "curl_easy_strerror", curl.easyStrerror)
        || !resolve(library, "curl_easy_cleanup", curl.easyCleanup)
        || !resolve(library, "curl_slist_append", curl.slistAppend)
        || !resolve(library, "curl_slist_free_all", curl.slistFreeAll))
        return failure(ErrorCode::Unavailable, QStringLiteral("the libcurl found lacks a function SMTP needs"));
    // curl_global_init is not thread-safe: it runs here, once, before any handle exists.
    curl.globalInit(CURL_GLOBAL_DEFAULT);
    return &curl;
}

} // namespace

Result<const CurlLibrary *> CurlLibrary::instance()
{
    static std::once_flag once;
    static std::optional<Result<const CurlLibrary *>> loaded;
    std::call_once(once, [] { loaded = load(); });
    return *loaded;
}

} // namespace keyward
