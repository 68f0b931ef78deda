#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# For the OpenID Connect benchmark: signs a browser in at ISSUER's sign-in page for CLIENT (a
# first-party public client, PKCE challenge given) and prints the keyward_sso cookie; with
# --rounds N, also does N whole sign-ins (page, password, code, token) from THREADS threads and
# prints "logins N seconds S p50_ms P p99_ms Q".
# Usage: oidc_signin.py ISSUER CLIENT REDIRECT EMAIL PASSWORD CHALLENGE VERIFIER [--rounds N --threads T]
import argparse
import re
import statistics
import threading
import time
import urllib.parse

import requests

parser = argparse.ArgumentParser()
for name in ("issuer", "client", "redirect", "email", "password", "challenge", "verifier"):
    parser.add_argument(name)
parser.add_argument("--rounds", type=int, default=0)
parser.add_argument("--threads", type=int, default=4)
args = parser.parse_args()
AUTHORIZE = args.issuer + "/oauth/authorize?" + urllib.parse.urlencode({
    "response_type": "code", "client_id": args.client, "redirect_uri": args.redirect, "scope": "openid",
    "state": "s", "code_challenge": args.challenge, "code_challenge_method": "S256"})


def sign_in():
    """One whole sign-in in a new browser: gives its SSO cookie, after the code was exchanged."""
    browser = requests.Session()
    page = browser.get(AUTHORIZE, timeout=30)
    form = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)">', page.text))
    form = {name: value.replace("&amp;", "&").replace("&quot;", '"') for name, value in form.items()}
    form.update(email=args.email, password=args.password)
    answer = browser.post(args.issuer + "/oauth/authorize/sign-in", data=form, allow_redirects=False, timeout=30)
    code = urllib.parse.parse_qs(urllib.parse.urlparse(answer.headers["Location"]).query)["code"][0]
    tokens = browser.post(args.issuer + "/oauth/token", timeout=30, data={
        "grant_type": "authorization_code", "code": code, "redirect_uri": args.redirect, "client_id": args.client,
        "code_verifier": args.verifier})
    tokens.raise_for_status()
    return browser.cookies.get("keyward_sso", path="/oauth")


if args.rounds == 0:
    print(sign_in())
else:
    durations = []
    lock = threading.Lock()

    def worker(count):
        for _ in range(count):
            started = time.monotonic()
            sign_in()
            with lock:
                durations.append(time.monotonic() - started)

    began = time.monotonic()
    workers = [threading.Thread(target=worker, args=(args.rounds // args.threads,)) for _ in range(args.threads)]
    for thread in workers:
        thread.start()
    for thread in workers:
        thread.join()
    elapsed = time.monotonic() - began
    durations.sort()
    print(f"logins {len(durations)} seconds {elapsed:.2f} p50_ms {statistics.median(durations) * 1000:.1f} "
          f"p99_ms {durations[int(len(durations) * 0.99) - 1] * 1000:.1f}")
