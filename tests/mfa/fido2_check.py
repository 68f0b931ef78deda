#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Keyward's passkey and TOTP API against implementations Keyward did not write: Yubico's
# python-fido2 0.9.1 reads Keyward's WebAuthn options into its own classes and, as an independent
# relying party (Fido2Server), verifies each registration and assertion this script's software
# authenticator sends to Keyward; oathtool computes the TOTP codes. Checked: the creation and
# request options, registration, usernameless passkey sign-in (amr/acr), refusal of a spent
# challenge, a foreign origin, a foreign key and a counter that does not increase, then
# authenticator-app enrolment and sign-in with password + TOTP.
# keyward-server runs on 127.0.0.1 in a temporary data directory; everything is bounded in time.
# Usage: fido2_check.py --server PATH/keyward-server
# Prints "PASS name" / "FAIL name (detail)" per check; exit 0 all passed, 1 a failure.
import argparse
import base64
import json
import os
import secrets
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

try:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from fido2 import cbor
    from fido2.client import ClientData
    from fido2.cose import ES256
    from fido2.ctap2 import AttestationObject, AttestedCredentialData, AuthenticatorData
    from fido2.server import Fido2Server
    from fido2.utils import sha256, websafe_decode, websafe_encode
    from fido2.webauthn import (AuthenticatorSelectionCriteria, PublicKeyCredentialCreationOptions,
                                PublicKeyCredentialDescriptor, PublicKeyCredentialRequestOptions,
                                PublicKeyCredentialRpEntity, PublicKeyCredentialUserEntity)
except ImportError as error:  # scripts/install-deps.sh test installs them: missing is a failure
    print("FAIL python3-fido2 / python3-cryptography not available: %s" % error)
    sys.exit(1)

EMAIL = "ada@example.org"
PASSWORD = "fido2 check " + secrets.token_urlsafe(12)
RP_ID = "localhost"
ORIGIN = "https://localhost"
HTTP_TIMEOUT = 10
FLAGS = AuthenticatorData.FLAG
failures = []


def check(name, ok, detail=""):
    print("PASS %s" % name if ok else "FAIL %s (%s)" % (name, detail), flush=True)
    if not ok:
        failures.append(name)
    return ok


class Fatal(Exception):
    """A step the following steps depend on went wrong: stop there."""


def start_server(server, data_dir, env):
    """Creates the user, starts `serve` and returns (process, base URL or None)."""
    added = subprocess.run([server, "user", "add", "--email", EMAIL, "--password-stdin", "--data-dir", data_dir],
                           input=PASSWORD + "\n", env=env, timeout=60, capture_output=True, text=True)
    if added.returncode != 0:
        raise Fatal("user add: exit %d: %s" % (added.returncode, added.stderr.strip()))
    out_path = os.path.join(data_dir, "serve.out")
    with open(out_path, "w") as out, open(os.path.join(data_dir, "serve.err"), "w") as err:
        proc = subprocess.Popen([server, "serve", "--listen", "127.0.0.1:0", "--data-dir", data_dir],
                                stdout=out, stderr=err, env=env)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and proc.poll() is None:
        with open(out_path) as out:
            first = out.readline()
        if first.endswith("\n"):
            words = first.split("listening on ", 1)
            return proc, words[1].strip() if len(words) == 2 else None
        time.sleep(0.1)
    return proc, None


def stop(proc):
    if proc and proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


def http(base, method, path, body=None, token=None):
    """Returns (status, parsed JSON body or None)."""
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = "Bearer " + token
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(base + path, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=HTTP_TIMEOUT) as response:
            status, raw = response.status, response.read()
    except urllib.error.HTTPError as error:
        status, raw = error.code, error.read()
    try:
        return status, json.loads(raw) if raw else None
    except ValueError:
        return status, raw.decode(errors="replace")


def claims(jwt):
    """The payload of a JWT, unverified: the signature is not what this script checks."""
    return json.loads(websafe_decode(jwt.split(".")[1]))


class SoftAuthenticator:
    """A passkey in memory: one ES256 credential for RP_ID, 'none' attestation, zero AAGUID."""

    def __init__(self):
        self.key = ec.generate_private_key(ec.SECP256R1())
        self.credential_id = os.urandom(32)
        self.credential_data = AttestedCredentialData.create(
            b"\0" * 16, self.credential_id, ES256.from_cryptography_key(self.key.public_key()))

    def make_credential(self, client_data):
        flags = FLAGS.USER_PRESENT | FLAGS.USER_VERIFIED | FLAGS.ATTESTED
        auth_data = AuthenticatorData.create(sha256(RP_ID.encode()), flags, 0, self.credential_data)
        # WebAuthn's attestation object has text keys (fido2's create() gives CTAP's integers).
        return AttestationObject(cbor.encode({"fmt": "none", "attStmt": {}, "authData": auth_data}))

    def get_assertion(self, client_data, counter, key=None):
        auth_data = AuthenticatorData.create(sha256(RP_ID.encode()), FLAGS.USER_PRESENT | FLAGS.USER_VERIFIED, counter)
        signature = (key or self.key).sign(auth_data + client_data.hash, ec.ECDSA(hashes.SHA256()))
        return auth_data, signature


def client_data(kind, challenge, origin=ORIGIN):
    return ClientData(json.dumps({"type": kind, "challenge": websafe_encode(challenge), "origin": origin,
                                  "crossOrigin": False}).encode())


def fido2_state(challenge, user_verification):
    """The state Fido2Server.register_begin/authenticate_begin would have kept for this challenge."""
    return {"challenge": websafe_encode(challenge), "user_verification": user_verification}


def check_fido2(name, verify, *args):
    """fido2's verification raises ValueError on anything it refuses."""
    try:
        verify(*args)
        return check(name, True)
    except ValueError as error:
        return check(name, False, error)


def descriptors(public_key, member):
    """A list of PublicKeyCredentialDescriptorJSON as fido2's descriptors (None if absent)."""
    if member not in public_key:
        return None
    return [PublicKeyCredentialDescriptor(c["type"], websafe_decode(c["id"]), c.get("transports"))
            for c in public_key[member]]


def creation_options(public_key):
    """Keyward's PublicKeyCredentialCreationOptionsJSON read into fido2's classes.
    fido2 0.9.1 predates residentKey, so that member is checked on the JSON."""
    selection = public_key.get("authenticatorSelection", {})
    return PublicKeyCredentialCreationOptions(
        rp=PublicKeyCredentialRpEntity(public_key["rp"]["id"], public_key["rp"]["name"]),
        user=PublicKeyCredentialUserEntity(websafe_decode(public_key["user"]["id"]), public_key["user"]["name"],
                                           display_name=public_key["user"].get("displayName")),
        challenge=websafe_decode(public_key["challenge"]), pub_key_cred_params=public_key["pubKeyCredParams"],
        timeout=public_key.get("timeout"), exclude_credentials=descriptors(public_key, "excludeCredentials"),
        authenticator_selection=AuthenticatorSelectionCriteria(selection.get("authenticatorAttachment"),
                                                               selection.get("requireResidentKey"),
                                                               selection.get("userVerification")),
        attestation=public_key.get("attestation"))


def request_options(public_key):
    """Keyward's PublicKeyCredentialRequestOptionsJSON read into fido2's class."""
    return PublicKeyCredentialRequestOptions(
        challenge=websafe_decode(public_key["challenge"]), timeout=public_key.get("timeout"),
        rp_id=public_key.get("rpId"), allow_credentials=descriptors(public_key, "allowCredentials"),
        user_verification=public_key.get("userVerification"))


def credential_json(authenticator, **response):
    """PublicKeyCredential.toJSON(): the binary members base64url."""
    raw_id = websafe_encode(authenticator.credential_id)
    return {"id": raw_id, "rawId": raw_id, "type": "public-key",
            "response": {name: websafe_encode(value) for name, value in response.items()}}


def register_passkey(base, token, authenticator, fido2_server):
    """Steps 3 and 4: options, an attestation both RPs accept. Returns the user handle."""
    status, body = http(base, "POST", "/auth/passkeys/register/options", token=token)
    if status != 200:
        raise Fatal("register options: %s %s" % (status, body))
    options = creation_options(body["publicKey"])
    algs = {p.alg for p in options.pub_key_cred_params}
    user_id = options.user.id
    check("creation options: rp.id is localhost", options.rp.id == RP_ID, options.rp.id)
    check("creation options: ES256, EdDSA and RS256", {-7, -8, -257} <= algs, sorted(algs))
    check("creation options: challenge >= 16 bytes", len(options.challenge) >= 16, len(options.challenge))
    check("creation options: user.id 1..64 bytes without the address",
          0 < len(user_id) <= 64 and EMAIL.encode() not in user_id, user_id)
    check("creation options: attestation none", options.attestation == "none", options.attestation)
    resident = body["publicKey"].get("authenticatorSelection", {}).get("residentKey")
    check("creation options: residentKey required", resident == "required", resident)

    data = client_data("webauthn.create", options.challenge)
    attestation = authenticator.make_credential(data)
    uv = options.authenticator_selection.user_verification
    check_fido2("fido2 accepts the registration", fido2_server.register_complete,
                fido2_state(options.challenge, uv), data, attestation)

    credential = credential_json(authenticator, clientDataJSON=data, attestationObject=attestation)
    credential["response"]["transports"] = ["internal"]
    credential["clientExtensionResults"] = {}
    status, body = http(base, "POST", "/auth/passkeys", token=token, body={
        "challenge_id": body["challenge_id"], "credential": credential, "name": "fido2 key"})
    fields = {"id", "name", "created_at", "last_used_at", "aaguid", "backed_up"}
    if not check("Keyward registers the passkey (201 passkey)", status == 201 and fields <= set(body or {}),
                 (status, body)):
        raise Fatal("no passkey registered")
    return user_id


def new_assertion(base, authenticator, user_id, counter, origin=ORIGIN, key=None):
    """Fresh sign-in options from Keyward and an assertion for them:
    (fido2's options, (clientData, authenticatorData, signature), the /auth/login/passkey body)."""
    status, body = http(base, "POST", "/auth/passkeys/options", body={})
    if status != 200:
        raise Fatal("sign-in options: %s %s" % (status, body))
    options = request_options(body["publicKey"])
    data = client_data("webauthn.get", options.challenge, origin)
    auth_data, signature = authenticator.get_assertion(data, counter, key)
    credential = credential_json(authenticator, clientDataJSON=data, authenticatorData=auth_data,
                                 signature=signature, userHandle=user_id)
    return options, (data, auth_data, signature), {"challenge_id": body["challenge_id"], "credential": credential}


def passkey_sign_in(base, request):
    return http(base, "POST", "/auth/login/passkey", body=request)


def check_passkey_sign_in(base, authenticator, user_id, fido2_server):
    """Step 5: an assertion both RPs accept signs in usernameless.
    Returns the sign-in request (to replay) and the access token of this recent sign-in."""
    options, assertion, request = new_assertion(base, authenticator, user_id, 1)
    check("request options: rpId is localhost", options.rp_id == RP_ID, options.rp_id)
    check("request options: no allowCredentials", not options.allow_credentials, options.allow_credentials)
    check_fido2("fido2 accepts the assertion", fido2_server.authenticate_complete,
                fido2_state(options.challenge, options.user_verification),
                [authenticator.credential_data], authenticator.credential_id, *assertion)
    status, body = passkey_sign_in(base, request)
    if not check("Keyward signs in with the passkey (200)", status == 200 and "access_token" in body, (status, body)):
        raise Fatal("no passkey sign-in")
    token = claims(body["access_token"])
    amr, acr = token.get("amr", []), token.get("acr")
    check("passkey token: amr has hwk and user, acr phr",
          {"hwk", "user"} <= set(amr) and acr == "phr", (amr, acr))
    return request, body["access_token"]


def check_passkey_refusals(base, authenticator, user_id, spent_request):
    """Step 6: a replay and forgeries do not sign in. Each forgery changes one thing; its
    counter is above the last accepted one (1), except where the counter is the forgery."""
    def forged(counter, **forgery):
        return passkey_sign_in(base, new_assertion(base, authenticator, user_id, counter, **forgery)[2])
    status, reply = passkey_sign_in(base, spent_request)
    check("spent challenge refused (400)", status == 400, (status, reply))
    status, reply = forged(2, origin="https://evil.example")
    check("foreign origin refused (401)", status == 401, (status, reply))
    status, reply = forged(3, key=ec.generate_private_key(ec.SECP256R1()))
    check("signature by another key refused (401)", status == 401, (status, reply))
    status, reply = forged(1)
    check("counter not increasing refused (401)", status == 401, (status, reply))
    # So the refusals above were about what was forged, not a lock-out of the passkey.
    status, reply = forged(4)
    check("a higher counter signs in again (200)", status == 200, (status, reply))


def totp_code(secret):
    """oathtool's current code and the 30-s step it belongs to (asked again across a boundary)."""
    while True:
        step = int(time.time() // 30)
        code = subprocess.run(["oathtool", "--totp", "-b", secret], check=True, timeout=10,
                              capture_output=True, text=True).stdout.strip()
        if int(time.time() // 30) == step:
            return code, step


def check_totp(base, token):
    """Step 7: enrol an authenticator app, then sign in with password and code."""
    status, body = http(base, "POST", "/auth/totp", token=token)
    if not check("TOTP enrolment starts (200)", status == 200 and "secret" in body and
                 body.get("otpauth_uri", "").startswith("otpauth://totp/") and
                 "<svg" in body.get("qr_svg", ""), (status, body)):
        return
    secret = body["secret"]
    code, step = totp_code(secret)
    status, reply = http(base, "POST", "/auth/totp/confirm",
                         body={"enrolment_id": body["enrolment_id"], "code": code}, token=token)
    if not check("TOTP enrolment confirmed with oathtool's code (204)", status == 204, (status, reply)):
        return

    status, body = http(base, "POST", "/auth/login", body={"email": EMAIL, "password": PASSWORD})
    methods = body.get("methods", []) if isinstance(body, dict) else []
    if not check("password login asks for the second factor (totp, passkey)",
                 status == 200 and body.get("mfa_required") is True and "mfa_token" in body and
                 {"totp", "passkey"} <= set(methods), (status, body)):
        return
    # Each step is accepted once: the confirmation used this one, so wait for the next.
    time.sleep(max(0.0, (step + 1) * 30 - time.time()) + 0.5)
    code, _ = totp_code(secret)
    status, body = http(base, "POST", "/auth/login/mfa", body={"mfa_token": body["mfa_token"], "code": code})
    amr = claims(body["access_token"]).get("amr", []) if status == 200 else None
    check("password + TOTP signs in, amr has pwd, otp and mfa",
          status == 200 and {"pwd", "otp", "mfa"} <= set(amr or []), (status, body))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--server", required=True, help="path of keyward-server")
    args = parser.parse_args()
    env = dict(os.environ, KEYWARD_MASTER_KEY=base64.b64encode(os.urandom(32)).decode(),
               KEYWARD_WEBAUTHN_RP_ID=RP_ID, KEYWARD_WEBAUTHN_ORIGINS=ORIGIN,
               KEYWARD_LIMITS_LOGIN_PER_IP_PER_MINUTE="100000")
    fido2_server = Fido2Server(PublicKeyCredentialRpEntity(RP_ID, "Keyward"), verify_origin=lambda o: o == ORIGIN)
    with tempfile.TemporaryDirectory(prefix="keyward-fido2-") as data_dir:
        proc = None
        try:
            proc, base = start_server(args.server, data_dir, env)
            if not check("server starts", base, "no 'listening on http://…' line within 30 s"):
                raise Fatal("server did not start")
            status, body = http(base, "POST", "/auth/login", body={"email": EMAIL, "password": PASSWORD})
            if not check("password login (200 token pair)", status == 200 and "access_token" in body, (status, body)):
                raise Fatal("no login")
            authenticator = SoftAuthenticator()
            user_id = register_passkey(base, body["access_token"], authenticator, fido2_server)
            request, token = check_passkey_sign_in(base, authenticator, user_id, fido2_server)
            check_passkey_refusals(base, authenticator, user_id, request)
            # A password login now asks for the passkey: the passkey sign-in is the recent one.
            check_totp(base, token)
        except Exception as error:  # a step the rest depends on failed, or an unexpected answer
            check("all steps run", False, repr(error))
        finally:
            stop(proc)
            if failures and proc:
                with open(os.path.join(data_dir, "serve.err")) as err:
                    sys.stderr.write("--- server log (end) ---\n" + err.read()[-3000:])
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
