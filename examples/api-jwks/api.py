#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A resource server (an API) that accepts Keyward's access tokens, verified with its JWK Set
(Debian: python3-authlib, python3-requests):

    OIDC_ISSUER=http://127.0.0.1:8080 python3 examples/api-jwks/api.py      # http://127.0.0.1:5001/hello

It checks what RFC 9068 asks of an access token: the signature (a key of the JWK Set, fetched again
when a token names a key it does not have yet), `typ` at+jwt, `iss`, `aud` (Keyward's
tokens.audience, "keyward" unless set; the same for every client), `exp`.

What it cannot see: a revoked token (a logout, a reuse of a refresh token, an administrator's
revocation) stays valid here until it expires, at most tokens.access_ttl (15 minutes by default).
An API that must refuse those at once asks Keyward: POST /oauth/introspect.
"""
import http.server
import json
import os
import time

import requests
from authlib.jose import JsonWebKey, JsonWebToken
from authlib.jose.errors import JoseError

ISSUER = os.environ["OIDC_ISSUER"].rstrip("/")
AUDIENCE = os.environ.get("OIDC_AUDIENCE", "keyward")
PORT = int(os.environ.get("API_PORT", "5001"))
METADATA = requests.get(ISSUER + "/.well-known/openid-configuration", timeout=10).json()
# Only the algorithms Keyward signs with; never "none" or an HMAC.
JWT = JsonWebToken(["ES256", "EdDSA", "RS256"])
keys = {"set": None, "fetched": 0.0}


def key_set(refresh=False):
    # Cached; fetched again (at most every 30 s) when a token names a key not in it: a rotation.
    if keys["set"] is None or (refresh and time.time() - keys["fetched"] > 30):
        keys["set"] = JsonWebKey.import_key_set(requests.get(METADATA["jwks_uri"], timeout=10).json())
        keys["fetched"] = time.time()
    return keys["set"]


def verify(token):
    options = {"iss": {"essential": True, "value": METADATA["issuer"]},
               "aud": {"essential": True, "value": AUDIENCE},
               "exp": {"essential": True}, "sub": {"essential": True}}
    for refresh in (False, True):
        try:
            claims = JWT.decode(token, key_set(refresh), claims_options=options)
            break
        except ValueError:  # no key with that kid: the set may be newer than ours
            if refresh:
                raise
    if claims.header.get("typ") != "at+jwt":
        raise JoseError("not an access token")
    claims.validate(leeway=30)
    return claims


class Api(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def answer(self, status, body, headers=()):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        if self.path != "/hello":
            return self.answer(404, {"error": "not_found"})
        authorization = self.headers.get("Authorization", "")
        if not authorization.startswith("Bearer "):
            return self.answer(401, {"error": "invalid_token"}, [("WWW-Authenticate", 'Bearer realm="example"')])
        try:
            claims = verify(authorization[len("Bearer "):])
        except (JoseError, ValueError) as error:
            return self.answer(401, {"error": "invalid_token", "message": str(error)},
                               [("WWW-Authenticate", 'Bearer error="invalid_token"')])
        # Workspace claims are there when the session is in a workspace.
        return self.answer(200, {"hello": claims.get("email"), "sub": claims["sub"], "roles": claims.get("roles", []),
                                 "workspace": claims.get("workspace_slug")})


if __name__ == "__main__":
    server = http.server.ThreadingHTTPServer(("127.0.0.1", PORT), Api)
    print(f"listening on http://127.0.0.1:{PORT}", flush=True)
    server.serve_forever()
