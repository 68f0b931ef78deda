#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A web application that signs its users in with Keyward: Flask + Authlib (Debian: python3-flask,
python3-authlib), authorization code with PKCE, a confidential client.

    keyward-server dev                          # in another terminal; prints the values below
    export OIDC_DISCOVERY_URL=http://127.0.0.1:8080/.well-known/openid-configuration
    export OIDC_CLIENT_ID=dev-web OIDC_CLIENT_SECRET=dev-web-secret-for-local-development-only
    AUTHLIB_INSECURE_TRANSPORT=1 python3 examples/flask-authlib/app.py    # http://127.0.0.1:5000

AUTHLIB_INSECURE_TRANSPORT=1 lets Authlib use plain http, which is for a development machine
only. API_URL (optional) is a resource server to call with the user's access token, e.g.
examples/api-jwks/api.py.
"""
import os
import secrets

import requests
from authlib.integrations.flask_client import OAuth
from flask import Flask, redirect, session, url_for
from markupsafe import escape

PORT = int(os.environ.get("APP_PORT", "5000"))
app = Flask(__name__)
app.secret_key = os.environ.get("FLASK_SECRET_KEY") or secrets.token_hex(32)

oauth = OAuth(app)
oauth.register(
    "keyward",
    server_metadata_url=os.environ["OIDC_DISCOVERY_URL"],
    client_id=os.environ["OIDC_CLIENT_ID"],
    client_secret=os.environ["OIDC_CLIENT_SECRET"],
    # openid: an ID token; email, profile: the claims shown below; PKCE as Keyward requires it.
    client_kwargs={"scope": "openid email profile", "code_challenge_method": "S256"},
)


@app.route("/")
def home():
    user = session.get("user")
    if not user:
        return '<p id="status">Not signed in.</p><p><a id="login" href="/login">Sign in with Keyward</a></p>'
    page = f'<p id="status">Signed in as {escape(user["email"])} (sub {escape(user["sub"])})</p>'
    api = os.environ.get("API_URL")
    if api:
        answer = requests.get(api, headers={"Authorization": f'Bearer {session["access_token"]}'}, timeout=10)
        page += f'<p id="api">API answered {answer.status_code}: {escape(answer.text)}</p>'
    return page + '<p><a href="/logout">Sign out</a></p>'


@app.route("/login")
def login():
    return oauth.keyward.authorize_redirect(f"http://127.0.0.1:{PORT}/callback")


@app.route("/callback")
def callback():
    # Exchanges the code (with the PKCE verifier), checks the ID token (signature from the JWK Set,
    # iss, aud, nonce, exp) and reads its claims.
    token = oauth.keyward.authorize_access_token()
    session["user"] = {"sub": token["userinfo"]["sub"], "email": token["userinfo"].get("email", "")}
    session["access_token"] = token["access_token"]
    return redirect(url_for("home"))


@app.route("/logout")
def logout():
    session.clear()
    return redirect(url_for("home"))


if __name__ == "__main__":
    print(f"listening on http://127.0.0.1:{PORT}", flush=True)
    app.run(host="127.0.0.1", port=PORT)
