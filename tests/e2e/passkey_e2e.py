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
import argparse
import base64
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import traceback
import urllib.parse

from e2e_support import WAIT_SECONDS, browser, check, results
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

HERE = os.path.dirname(os.path.abspath(__file__))
ADA, BOB, CY = "ada@example.org", "bob@example.org", "cy@example.org"
PASSWORD = "a sturdy e2e passphrase"




def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def tail(path, lines=30):
    with open(path, errors="replace") as log:
        return "".join(log.readlines()[-lines:])




def set_language(driver, language):
    """Accept-Language for the pages this browser opens next."""
    agent = driver.execute_script("return navigator.userAgent")
    driver.execute_cdp_cmd("Emulation.setUserAgentOverride", {"userAgent": agent, "acceptLanguage": language})


def wait_until(driver, condition, what):
    try:
        waiting = WebDriverWait(driver, WAIT_SECONDS, ignored_exceptions=(StaleElementReferenceException,))
        return waiting.until(condition)
    except Exception:
        shown = driver.execute_script("return document.body ? document.body.innerText : ''")
        raise RuntimeError(f"waited for {what} at {driver.current_url}: {shown[:600]!r}")


def wait_visible(driver, css):
    return wait_until(driver, lambda d: next(
        (e for e in d.find_elements(By.CSS_SELECTOR, css) if e.is_displayed()), None), css)


def screenshot(driver, path):
    """The whole page, not only the window."""
    width, height = driver.execute_script(
        "return [document.documentElement.scrollWidth, document.documentElement.scrollHeight]")
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {"captureBeyondViewport": True, "clip": {
        "x": 0, "y": 0, "width": width, "height": height, "scale": 1}})
    with open(path, "wb") as image:
        image.write(base64.b64decode(shot["data"]))


def enter_password(driver, url, email):
    driver.get(url)
    wait_visible(driver, "#email").send_keys(email)
    driver.find_element(By.ID, "password").send_keys(PASSWORD, Keys.ENTER)


def at_application(driver):
    """Allows the application if asked; returns its result line and the ID token's amr and acr."""
    wait_until(driver, lambda d: d.find_elements(By.ID, "result") or d.find_elements(By.NAME, "decision"),
               "the application or the consent page")
    if not driver.find_elements(By.ID, "result"):
        driver.find_element(By.CSS_SELECTOR, "button[value=allow]").click()
    result = wait_until(driver, lambda d: d.find_element(By.ID, "result"), "the application's result").text
    claims = driver.find_elements(By.ID, "claims")
    return result, (json.loads(claims[0].text) if claims else {})


def sign_out(driver, issuer):
    driver.get(issuer + "/oauth/logout")
    wait_visible(driver, "[name=confirm]").click()
    wait_until(driver, lambda d: "Signed out" in d.page_source, "Signed out")


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


class Scenario:
    def __init__(self, server, screenshots):
        self.server_path = server
        self.screenshots = screenshots
        self.work = tempfile.mkdtemp(prefix="keyward-passkey-e2e-")
        self.environment = dict(os.environ, KEYWARD_DATA_DIR=self.work, KEYWARD_PASSWORDS_ARGON2_OPS="1",
                                KEYWARD_PASSWORDS_ARGON2_MEMORY_KIB="7168", KEYWARD_SERVER_ACCESS_LOG="stderr",
                                KEYWARD_MASTER_KEY=base64.b64encode(os.urandom(32)).decode())
        self.port = free_port()
        self.issuer = f"http://localhost:{self.port}"
        self.processes, self.drivers, self.parties = {}, [], {}
        self.driver = None  # Ada's browser, with the authenticator
        self.autofill_off = None
        self.secret, self.used_step, self.recovery_codes = "", -1, []

    def cli(self, *arguments, stdin=""):
        done = subprocess.run([self.server_path, *arguments], input=stdin, env=self.environment, capture_output=True,
                              text=True, timeout=60)
        if done.returncode != 0:
            raise RuntimeError(f"{arguments}: {done.stderr}")
        return done.stdout

    def start(self, name, command, environment, cwd=None):
        """Starts a process with its output in files; returns the URL it says it listens on."""
        out, err = (os.path.join(self.work, name + suffix) for suffix in (".out", ".err"))
        with open(out, "w") as stdout, open(err, "w") as stderr:
            self.processes[name] = subprocess.Popen(command, env=environment, cwd=cwd, stdout=stdout, stderr=stderr)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and self.processes[name].poll() is None:
            match = re.search(r"^listening on (\S+)", tail(out), re.M)
            if match:
                return match.group(1)
            time.sleep(0.1)
        raise RuntimeError(f"{name} did not start: {tail(err)}")

    def stop(self, name):
        process = self.processes.pop(name)
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()

    def start_server(self, **settings):
        self.start("keyward", [self.server_path, "serve", "--listen", f"127.0.0.1:{self.port}", "--issuer", self.issuer,
                               "--threads", "2"], dict(self.environment, **settings))

    def set_up(self):
        for email in (ADA, BOB, CY):
            self.cli("user", "add", "--email", email, "--name", email.split("@")[0].title(), "--password-stdin",
                     stdin=PASSWORD)
        secrets = {}
        for client, name in (("rp-authlib", "Notes (Authlib)"), ("rp-openid-client", "Wiki (openid-client)")):
            added = self.cli("client", "add", client, "--name", name, "--confidential", "--redirect-uri",
                             "http://127.0.0.1/cb", "--scope", "openid", "--scope", "email", "--scope", "profile")
            secrets[client] = re.search(r"Client secret \(shown once, store it now\): (\S+)", added).group(1)
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

    def new_browser(self, authenticator=False):
        driver = browser("en", tempfile.mkdtemp(dir=self.work), authenticator)
        self.drivers.append(driver)
        return driver

    def quit(self, driver):
        self.drivers.remove(driver)
        driver.quit()

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

    def tear_down(self):
        for driver in self.drivers:
            try:
                driver.quit()
            except Exception as error:  # the processes still stop
                print(f"quitting a browser: {error!r}")
        for name in list(self.processes):
            self.stop(name)
        shutil.rmtree(self.work, ignore_errors=True)

    def step(self, name, action):
        started, failures = time.monotonic(), results.count(False)
        try:
            action()
        except Exception as error:  # a failed step is reported; the next ones still run
            frame = [f for f in traceback.extract_tb(error.__traceback__) if f.filename == __file__][-1]
            check(name, False, f"{error!r} at line {frame.lineno}: {frame.line}")
        if results.count(False) > failures:
            print(f"----- {name}: the end of keyward-server's log -----\n"
                  f"{tail(os.path.join(self.work, 'keyward.err'))}-----", flush=True)
        print(f"      {name}: {time.monotonic() - started:.1f} s", flush=True)

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
    parser = argparse.ArgumentParser()
    parser.add_argument("--server", required=True)
    parser.add_argument("--screenshots", required=True)
    args = parser.parse_args()
    os.makedirs(args.screenshots, exist_ok=True)
    started = time.monotonic()
    run = Scenario(args.server, args.screenshots)
    try:
        run.step("set-up", run.set_up)
        for name, action in (("a passkey added on /account", run.add_passkey),
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
                              lambda: run.password_cannot_meet_phr(CY, "password and app, no passkey"))):
            if run.driver:
                run.step(name, action)
    finally:
        run.tear_down()
    passed = sum(results)
    failed = len(results) - passed
    print(f"{passed} passed, {failed} failed in {time.monotonic() - started:.0f} s")
    return 0 if failed == 0 and passed > 0 else 1


if __name__ == "__main__":
    sys.exit(main())
