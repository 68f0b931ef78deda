#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# End to end, passkeys and second factors with software Keyward did not write: Debian's headless
# Chromium with Chromium's virtual authenticator (CTAP2, built in, resident keys, user
# verification), driven by Selenium, signs users in to two relying parties — Authlib (Python)
# and openid-client (Node) — which check the ID token and show its amr and acr. Checked:
#  1. /account adds a passkey named "Laptop": listed, one resident credential in the
#     authenticator; the account page in English, German and French (screenshots);
#  2. the passkey alone, no address typed, signs in to openid-client (acr phr, amr user + hwk/swk)
#     and to Authlib asking acr_values=phr;
#  3. a user with only a password asking acr_values=phr is sent back to the application with
#     error=unmet_authentication_requirements (and so is one with a password and an app, in 6);
#  4. an authenticator app set up on /account from its QR code (decoded by zbarimg, codes from
#     oathtool) and recovery codes;
#  5. password + app code (amr pwd otp mfa, acr mfa), and password + recovery code;
#  6. with mfa.required=all (the server restarted with KEYWARD_MFA_REQUIRED=all) a user without
#     a factor sets up the app on the sign-in page before the application gets a code.
# Keyward serves http://localhost:PORT (passkeys need a host name, not an IP address); the
# relying parties listen on 127.0.0.1. A failing step prints the server's log (access log on
# stderr) and the rest still run. Everything is bounded in time and stops.
# Usage: passkey_e2e.py --server PATH/keyward-server --screenshots DIR
import os
import subprocess
import sys
import time
import urllib.parse

from e2e_support import (ServerScenario, at_application, check, run_scenario, screenshot, set_language, sign_out,
                         wait_until, wait_visible)
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

HERE = os.path.dirname(os.path.abspath(__file__))
ADA, BOB, CY = "ada@example.org", "bob@example.org", "cy@example.org"
PASSWORD = "a sturdy e2e passphrase"


def enter_password(driver, url, email):
    driver.get(url)
    wait_visible(driver, "#email").send_keys(email)
    driver.find_element(By.ID, "password").send_keys(PASSWORD, Keys.ENTER)


def otpauth_uri(driver, path):
    """The QR code on the page (an inline SVG), decoded by zbarimg from a screenshot of it."""
    wait_visible(driver, "div.qr svg").screenshot(path)
    decoded = subprocess.run(["zbarimg", "--raw", "-q", path], capture_output=True, text=True, timeout=30)
    return decoded.stdout.strip()


def secret_of(uri):
    return urllib.parse.parse_qs(urllib.parse.urlsplit(uri).query).get("secret", [""])[0]


def app_code(secret, after_step=-1):
    """The app's code in a 30-s step later than after_step (a used code, or an older one, is refused)."""
    while int(time.time() // 30) <= after_step:
        time.sleep(0.5)
    code = subprocess.run(["oathtool", "--totp", "-b", secret], capture_output=True, text=True, timeout=10)
    return code.stdout.strip(), int(time.time() // 30)


def check_passkey_claims(name, claims):
    amr = claims.get("amr") or []
    check(f"{name}: acr phr", claims.get("acr") == "phr", claims)
    check(f"{name}: amr user with hwk or swk, no pwd",
          "user" in amr and ("hwk" in amr or "swk" in amr) and "pwd" not in amr, claims)


class Scenario(ServerScenario):
    def __init__(self, server, screenshots):
        super().__init__(server, screenshots, "keyward-passkey-e2e-")
        self.driver = None  # Ada's browser, with the authenticator
        self.autofill_off = None
        self.secret, self.used_step, self.recovery_codes = "", -1, []

    def set_up(self):
        for email in (ADA, BOB, CY):
            self.cli("user", "add", "--email", email, "--name", email.split("@")[0].title(), "--password-stdin",
                     stdin=PASSWORD)
        secrets = self.add_clients(("rp-authlib", "Notes (Authlib)"), ("rp-openid-client", "Wiki (openid-client)"))
        self.start_server()
        rp_environment = dict(os.environ, AUTHLIB_INSECURE_TRANSPORT="1")  # loopback http only
        self.parties["authlib"] = self.start(
            "authlib", ["/usr/bin/python3", os.path.join(HERE, "authlib_rp.py"), self.issuer, "rp-authlib",
                        secrets["rp-authlib"]], rp_environment)
        self.parties["openid-client"] = self.start(
            "openid-client", ["node", os.path.join(HERE, "openid_client_rp.js"), self.issuer, "rp-openid-client",
                              secrets["rp-openid-client"]], rp_environment, cwd=HERE)
        self.driver = self.new_browser(authenticator=True)
        self.autofill(False)

    def autofill(self, on):
        """Chromium's virtual authenticator answers the passkey autofill (conditional mediation)
        by itself as soon as the sign-in page asks: off, the page's button is the way."""
        if on and self.autofill_off:
            self.driver.execute_cdp_cmd("Page.removeScriptToEvaluateOnNewDocument", {"identifier": self.autofill_off})
            self.autofill_off = None
        elif not on and not self.autofill_off:
            script = ("if (window.PublicKeyCredential) "
                      "PublicKeyCredential.isConditionalMediationAvailable = () => Promise.resolve(false);")
            added = self.driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": script})
            self.autofill_off = added["identifier"]

    # 1. A password sign-in to Authlib's application, then a passkey added on /account (SSO, recent).
    def add_passkey(self):
        driver = self.driver
        enter_password(driver, self.parties["authlib"] + "/login", ADA)
        result, claims = at_application(driver)
        check("Authlib: signed in with the password", result.startswith(f"signed in as {ADA}"), result)
        check("Authlib: password only: amr pwd, no acr", claims.get("amr") == ["pwd"] and not claims.get("acr"), claims)
        driver.get(self.issuer + "/account")
        add = wait_visible(driver, "form[data-passkey=register] button")
        driver.find_element(By.ID, "passkey-name").send_keys("Laptop")
        add.click()
        wait_until(driver, lambda d: "The passkey is added." in d.page_source, "the passkey's notice")
        names = [e.text for e in driver.find_elements(By.CSS_SELECTOR, "#passkeys-heading ~ ul.items li strong")]
        check("/account lists the new passkey Laptop", names == ["Laptop"], names)
        credentials = driver.get_credentials()
        check("the authenticator holds one resident credential",
              len(credentials) == 1 and credentials[0].is_resident_credential, [c.to_dict() for c in credentials])

    def account_screenshots(self):
        for language, heading in (("en", "Your account"), ("de", "Ihr Konto"), ("fr", "Votre compte")):
            set_language(self.driver, language)
            self.driver.get(self.issuer + "/account")
            shown = wait_visible(self.driver, "h1").text
            check(f"/account in {language}", shown == heading, shown)
            screenshot(self.driver, os.path.join(self.screenshots, f"account-{language}.png"))
        set_language(self.driver, "en")

    def passkey_sign_in(self, url):
        """Signs out, then in with the passkey alone: no address typed."""
        sign_out(self.driver, self.issuer)
        self.driver.get(url)
        button = wait_visible(self.driver, "form[data-passkey=sign-in] button")
        email = self.driver.find_element(By.ID, "email")
        check("sign-in page: the address field offers passkeys (autofill)",
              email.get_attribute("autocomplete") == "username webauthn" and email.get_attribute("value") == "")
        button.click()
        return at_application(self.driver)

    # 2. The passkey alone: openid-client (the button), then Authlib asking acr_values=phr (autofill).
    def passkey_openid_client(self):
        result, claims = self.passkey_sign_in(self.parties["openid-client"] + "/login")
        check("openid-client: signed in with the passkey alone", result.startswith(f"signed in as {ADA}"), result)
        check_passkey_claims("openid-client", claims)

    def passkey_autofill_authlib_phr(self):
        sign_out(self.driver, self.issuer)
        self.autofill(True)
        try:
            self.driver.get(self.parties["authlib"] + "/login?acr_values=phr")
            result, claims = at_application(self.driver)
        finally:
            self.autofill(False)
        check("Authlib acr_values=phr: signed in by the passkey autofill", result.startswith(f"signed in as {ADA}"),
              result)
        check_passkey_claims("Authlib acr_values=phr", claims)

    # 3. A password cannot meet acr_values=phr: back to the application, unmet (a browser of its own).
    def password_cannot_meet_phr(self, email=BOB, name="password only"):
        driver = self.new_browser()
        enter_password(driver, self.parties["authlib"] + "/login?acr_values=phr", email)
        wait_until(driver, lambda d: d.find_elements(By.ID, "result") or d.find_elements(By.ID, "code"),
                   "the application or a second step")
        shown = driver.find_element(By.TAG_NAME, "body").text
        check(f"{name}, acr_values=phr: back at the application with unmet_authentication_requirements",
              driver.current_url.startswith(self.parties["authlib"] + "/cb")
              and shown == "error: unmet_authentication_requirements", f"{driver.current_url}: {shown[:400]!r}")
        self.quit(driver)

    # 4. The authenticator app from its QR code, and recovery codes, on /account (recent: step 2's).
    def set_up_app(self):
        driver = self.driver
        driver.get(self.issuer + "/account")
        wait_visible(driver, "form[action='/account/totp'] button").click()
        uri = otpauth_uri(driver, os.path.join(self.screenshots, "app-qr-en.png"))
        screenshot(driver, os.path.join(self.screenshots, "app-set-up-en.png"))
        self.secret = secret_of(uri)
        shown = driver.find_element(By.CSS_SELECTOR, "code.secret").text.replace(" ", "")
        check("the QR code is an otpauth:// URI with the key the page shows",
              uri.startswith("otpauth://totp/") and self.secret and self.secret == shown, f"{uri!r} vs {shown!r}")
        code, self.used_step = app_code(self.secret)
        driver.find_element(By.ID, "code").send_keys(code, Keys.ENTER)
        wait_until(driver, lambda d: "The authenticator app is set up." in d.page_source, "the app's notice")
        check("/account shows the app set up",
              driver.find_elements(By.CSS_SELECTOR, "form[action='/account/totp/remove']"))

    def create_recovery_codes(self):
        wait_visible(self.driver, "form[action='/account/recovery-codes'] button").click()
        wait_visible(self.driver, "ol.codes li")
        self.recovery_codes = [e.text for e in self.driver.find_elements(By.CSS_SELECTOR, "ol.codes li")]
        check("10 recovery codes shown", len(set(self.recovery_codes)) == 10 and all(self.recovery_codes),
              self.recovery_codes)

    def password_then_second_step(self):
        sign_out(self.driver, self.issuer)
        enter_password(self.driver, self.parties["authlib"] + "/login", ADA)
        return wait_visible(self.driver, "#code")

    # 5. Password + app code, then password + recovery code, at Authlib's application.
    def password_and_app(self):
        field = self.password_then_second_step()
        check("second step: app code, passkey, recovery code",
              field.get_attribute("autocomplete") == "one-time-code"
              and wait_visible(self.driver, "form[data-passkey=sign-in] button")
              and self.driver.find_elements(By.ID, "recovery_code"))
        screenshot(self.driver, os.path.join(self.screenshots, "second-step-en.png"))
        code, self.used_step = app_code(self.secret, self.used_step)  # a new step: the last code is spent
        field.send_keys(code, Keys.ENTER)
        result, claims = at_application(self.driver)
        check("Authlib: signed in with password and app code", result.startswith(f"signed in as {ADA}"), result)
        check("Authlib: amr pwd otp mfa, acr mfa", {"pwd", "otp", "mfa"} <= set(claims.get("amr") or [])
              and claims.get("acr") == "mfa", claims)

    def password_and_recovery_code(self):
        self.password_then_second_step()
        self.driver.find_element(By.CSS_SELECTOR, "details summary").click()
        wait_visible(self.driver, "#recovery_code").send_keys(self.recovery_codes[0], Keys.ENTER)
        result, claims = at_application(self.driver)
        check("Authlib: signed in with password and a recovery code", result.startswith(f"signed in as {ADA}"), result)
        check("Authlib (recovery code): amr pwd otp mfa", {"pwd", "otp", "mfa"} <= set(claims.get("amr") or []), claims)

    # 6. mfa.required=all: the app set up during the sign-in, before the application gets a code.
    def enrolment_required(self):
        self.stop("keyward")
        self.start_server(KEYWARD_MFA_REQUIRED="all")
        driver = self.new_browser()
        enter_password(driver, self.parties["authlib"] + "/login", CY)
        uri = otpauth_uri(driver, os.path.join(self.screenshots, "sign-in-app-qr-en.png"))
        screenshot(driver, os.path.join(self.screenshots, "sign-in-set-up-app-en.png"))
        check("mfa.required=all: the sign-in page sets up the app first (no code sent yet)",
              driver.current_url.startswith(self.issuer) and uri.startswith("otpauth://totp/"),
              f"{driver.current_url}: {uri!r}")
        code, _ = app_code(secret_of(uri))
        driver.find_element(By.ID, "code").send_keys(code, Keys.ENTER)
        result, claims = at_application(driver)
        check("mfa.required=all: then signed in to Authlib", result.startswith(f"signed in as {CY}"), result)
        check("mfa.required=all: amr pwd otp mfa", {"pwd", "otp", "mfa"} <= set(claims.get("amr") or []), claims)
        self.quit(driver)  # Cy's step 3 comes last, in main()


def main():
    return run_scenario(
        Scenario,
        lambda run: (("a passkey added on /account", run.add_passkey),
                     ("/account in three languages", run.account_screenshots),
                     ("passkey sign-in at openid-client", run.passkey_openid_client),
                     ("passkey autofill at Authlib with acr_values=phr", run.passkey_autofill_authlib_phr),
                     ("a password cannot meet acr_values=phr", run.password_cannot_meet_phr),
                     ("an authenticator app added on /account", run.set_up_app),
                     ("recovery codes created on /account", run.create_recovery_codes),
                     ("password and app code", run.password_and_app),
                     ("password and recovery code", run.password_and_recovery_code),
                     ("mfa.required=all: enrolment during the sign-in", run.enrolment_required),
                     ("password and app cannot meet acr_values=phr",
                      lambda: run.password_cannot_meet_phr(CY, "password and app, no passkey"))),
        ready=lambda run: run.driver is not None)


if __name__ == "__main__":
    sys.exit(main())
