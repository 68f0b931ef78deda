#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# A relying party that Keyward did not write: Authlib (Debian's python3-authlib) signs a user in
# through Keyward's authorization-code flow with PKCE, checks the ID token with Authlib's OpenID
# Connect rules (signature from the JWK Set, iss, aud, nonce, at_hash, exp) and asks userinfo.
# Listens on 127.0.0.1 (a port of its own) and prints "listening on URL"; /login starts a
# sign-in (/login?acr_values=phr asks for that ACR), /cb finishes it and shows the ID token's amr
# and acr, or the error the provider sent back. Usage: authlib_rp.py ISSUER CLIENT_ID CLIENT_SECRET
import http.server
import json
import sys
import urllib.parse
from html import escape

import requests
from authlib.common.security import generate_token
from authlib.integrations.requests_client import OAuth2Session
from authlib.jose import JsonWebKey, jwt
from authlib.oidc.core import CodeIDToken

ISSUER, CLIENT_ID, CLIENT_SECRET = sys.argv[1:4]
METADATA = requests.get(ISSUER + "/.well-known/openid-configuration", timeout=10).json()
PENDING = {}


class RelyingParty(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def session(self):
        return OAuth2Session(CLIENT_ID, CLIENT_SECRET, scope="openid email profile",
                             redirect_uri=self.server.redirect_uri, code_challenge_method="S256",
                             token_endpoint_auth_method="client_secret_basic")

    def answer(self, status, html, location=None):
        self.send_response(status)
        if location:
            self.send_header("Location", location)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        self.wfile.write(html.encode())

    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        query = urllib.parse.parse_qs(url.query)
        if url.path == "/login":
            PENDING["verifier"] = generate_token(48)
            PENDING["nonce"] = generate_token(20)
            extra = {"acr_values": query["acr_values"][0]} if "acr_values" in query else {}
            uri, PENDING["state"] = self.session().create_authorization_url(
                METADATA["authorization_endpoint"], code_verifier=PENDING["verifier"], nonce=PENDING["nonce"], **extra)
            return self.answer(302, "", uri)
        if url.path == "/cb" and "error" in query:  # the provider's answer (RFC 6749 §4.1.2.1)
            return self.answer(400, f'<p id="result">error: {escape(query["error"][0])}</p>')
        if url.path.startswith("/cb"):
            try:
                session = self.session()
                token = session.fetch_token(METADATA["token_endpoint"], state=PENDING["state"],
                                            authorization_response=self.server.base + self.path,
                                            code_verifier=PENDING["verifier"])
                keys = JsonWebKey.import_key_set(requests.get(METADATA["jwks_uri"], timeout=10).json())
                claims = jwt.decode(token["id_token"], keys, claims_cls=CodeIDToken,
                                    claims_options={"iss": {"values": [METADATA["issuer"]]}},
                                    claims_params={"nonce": PENDING["nonce"], "client_id": CLIENT_ID,
                                                   "access_token": token["access_token"]})
                claims.validate()
                info = session.get(METADATA["userinfo_endpoint"], timeout=10).json()
                verified = escape(json.dumps({"amr": claims.get("amr"), "acr": claims.get("acr")}))
                return self.answer(200, f'<p id="result">signed in as {info["email"]} (sub {claims["sub"]})</p>\n'
                                        f'<p id="claims">{verified}</p>')
            except Exception as error:  # shown to the test, which fails on it
                return self.answer(500, f'<p id="result">error: {error}</p>')
        return self.answer(404, "")


def main():
    # Threads: a connection a browser opens ahead and leaves idle must not hold up the next one.
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), RelyingParty)
    server.base = f"http://127.0.0.1:{server.server_port}"
    server.redirect_uri = server.base + "/cb"
    print(f"listening on {server.base}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
