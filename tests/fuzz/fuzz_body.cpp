// SPDX-License-Identifier: GPL-3.0-or-later
// Any bytes as a request body and a Cookie header, read as JSON, as a form and as cookies the way
// the routes read them. Bad input may only end in the contract's ApiError, nothing else.
#include "http/apierror.h"
#include "http/httpmessage.h"

#include <cstdint>

using namespace keyward;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const char *type : {"application/json", "application/x-www-form-urlencoded; charset=utf-8"}) {
        HttpRequest request;
        request.headers.insert("content-type", type);
        request.headers.insert("cookie", bytes.left(512));
        request.body = bytes;
        try {
            (void)request.cookie(QStringLiteral("keyward_refresh"));
            (void)request.fields();
            (void)request.jsonObject();
        } catch (const ApiError &) {
            // the contract's answer to bad input
        }
        try {
            (void)request.formFields();
        } catch (const ApiError &) { }
    }
    return 0;
}
