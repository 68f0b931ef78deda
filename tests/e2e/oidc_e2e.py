#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# End to end with software Keyward did not write: Debian's headless Chromium, driven through
# chromium-driver by Selenium, signs a user in to two independent relying parties — Authlib
# (Python, from Debian) and openid-client (Node, from npm) — through keyward-server's
# authorization-code flow: the sign-in page (typed with the keyboard only), the consent page,
# back to the application, which checks the ID token and calls userinfo. The second application
# finds the browser signed in already (SSO: consent, no password). Also: the sign-in page in
# English, German and French (screenshots), its security headers, nothing loaded from elsewhere.
#
# Everything runs on 127.0.0.1 with ports chosen by the system, is bounded in time, and stops.
# Usage: oidc_e2e.py --server PATH/keyward-server --screenshots DIR
import base64
import os
import re
import subprocess
import sys
import tempfile
import urllib.parse
import urllib.request

from e2e_support import WAIT_SECONDS, arguments, browser, check, read_listening_line, stop_all, summary
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

HERE = os.path.dirname(os.path.abspath(__file__))
EMAIL = "ada@example.org"
PASSWORD = "a sturdy e2e passphrase"








def wait_for(driver, by, what):
    try:
        return WebDriverWait(driver, WAIT_SECONDS).until(expected_conditions.presence_of_element_located((by, what)))
    except Exception:
        raise RuntimeError(f"waited for {what} at {driver.current_url}: {driver.page_source[:600]}")


def type_keys(driver, *keys):
    actions = ActionChains(driver)
    for key in keys:
        actions.send_keys(key)
    actions.perform()


def main():
    args = arguments()
    work = tempfile.mkdtemp(prefix="keyward-e2e-")
    processes = []
    drivers = []
    environment = dict(os.environ, KEYWARD_DATA_DIR=work, KEYWARD_PASSWORDS_ARGON2_OPS="1",
                       KEYWARD_PASSWORDS_ARGON2_MEMORY_KIB="7168",
                       KEYWARD_MASTER_KEY=base64.b64encode(os.urandom(32)).decode(), KEYWARD_SERVER_ACCESS_LOG="off")
    try:
        def cli(*arguments, stdin=""):
            done = subprocess.run([args.server, *arguments], input=stdin, env=environment, capture_output=True,
                                  text=True, timeout=60)
            if done.returncode != 0:
                raise RuntimeError(f"{arguments}: {done.stderr}")
            return done.stdout

        cli("user", "add", "--email", EMAIL, "--name", "Ada", "--password-stdin", stdin=PASSWORD)
        secrets = {}
        for client, name in (("rp-authlib", "Notes (Authlib)"), ("rp-openid-client", "Wiki (openid-client)")):
            added = cli("client", "add", client, "--name", name, "--confidential", "--redirect-uri",
                        "http://127.0.0.1/cb", "--scope", "openid", "--scope", "email", "--scope", "profile")
            secrets[client] = re.search(r"Client secret \(shown once, store it now\): (\S+)", added).group(1)

        server = subprocess.Popen([args.server, "serve", "--listen", "127.0.0.1:0", "--threads", "2"], env=environment,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        processes.append(server)
        issuer = read_listening_line(server)

        rp_environment = dict(os.environ, AUTHLIB_INSECURE_TRANSPORT="1")  # loopback http only
        authlib = subprocess.Popen(["/usr/bin/python3", os.path.join(HERE, "authlib_rp.py"), issuer, "rp-authlib",
                                    secrets["rp-authlib"]], env=rp_environment, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True)
        processes.append(authlib)
        node = subprocess.Popen(["node", os.path.join(HERE, "openid_client_rp.js"), issuer, "rp-openid-client",
                                 secrets["rp-openid-client"]], env=rp_environment, cwd=HERE, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
        processes.append(node)
        parties = {"authlib": read_listening_line(authlib), "openid-client": read_listening_line(node)}

        # The sign-in page as each language sees it, and what it is served with.
        for language, heading in (("en", "Sign in"), ("de", "Anmelden"), ("fr", "Se connecter")):
            profile = tempfile.mkdtemp(dir=work)
            driver = browser(language, profile)
            drivers.append(driver)
            driver.get(parties["authlib"] + "/login")
            wait_for(driver, By.ID, "email")
            check(f"sign-in page in {language}", driver.find_element(By.TAG_NAME, "h1").text == heading,
                  driver.find_element(By.TAG_NAME, "h1").text)
            check(f"sign-in page in {language}: the document's language",
                  driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == language)
            loaded = driver.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
            check(f"sign-in page in {language}: nothing loaded but the page and Keyward's own script",
                  [urllib.parse.urlsplit(url).path for url in loaded] == ["/assets/webauthn.js"]
                  and all(url.startswith(issuer) for url in loaded), loaded)
            driver.save_screenshot(os.path.join(args.screenshots, f"oidc-sign-in-{language}.png"))
            driver.quit()
            drivers.remove(driver)

        page_url = urllib.request.Request(parties["authlib"] + "/login")
        login_redirect = urllib.request.build_opener(NoRedirect()).open(page_url)
        with urllib.request.urlopen(login_redirect.headers["Location"], timeout=10) as page:
            headers = page.headers
            check("sign-in page: Content-Security-Policy", "default-src 'none'" in headers.get("Content-Security-Policy", ""))
            check("sign-in page: X-Frame-Options DENY", headers.get("X-Frame-Options") == "DENY")
            check("sign-in page: not cached", headers.get("Cache-Control") == "no-store")

        # One browser: Authlib's application first (password, consent), then openid-client's (SSO).
        driver = browser("en", tempfile.mkdtemp(dir=work))
        drivers.append(driver)
        driver.get(parties["authlib"] + "/login")
        wait_for(driver, By.ID, "email")
        check("the e-mail field has the focus", driver.switch_to.active_element.get_attribute("id") == "email")
        type_keys(driver, EMAIL, Keys.TAB, PASSWORD, Keys.ENTER)  # the keyboard only
        wait_for(driver, By.NAME, "decision")
        check("consent names the application", "Notes (Authlib)" in driver.page_source)
        driver.save_screenshot(os.path.join(args.screenshots, "oidc-consent-en.png"))
        type_keys(driver, Keys.ENTER)  # Allow has the focus
        result = wait_for(driver, By.ID, "result").text
        check("Authlib: signed in, ID token and userinfo checked", result.startswith(f"signed in as {EMAIL}"), result)

        driver.get(parties["openid-client"] + "/login")
        wait_for(driver, By.NAME, "decision")
        check("openid-client: signed in already (no password asked)", "password" not in driver.page_source.lower()
              or 'type="password"' not in driver.page_source)
        driver.find_element(By.CSS_SELECTOR, "button[value=allow]").click()
        result = wait_for(driver, By.ID, "result").text
        check("openid-client: signed in, ID token, iss and userinfo checked",
              result.startswith(f"signed in as {EMAIL}") and "sid yes" in result, result)

        # Consent is remembered: the same application again goes straight through.
        driver.get(parties["authlib"] + "/login")
        result = wait_for(driver, By.ID, "result").text
        check("Authlib again: no page at all (signed in, consent remembered)", result.startswith("signed in as"), result)

        # Logout at Keyward ends the browser's sign-in: the next application asks for the password.
        driver.get(issuer + "/oauth/logout")
        wait_for(driver, By.NAME, "confirm")  # nothing proves an application asked: the user is asked
        check("logout asks first", "Sign out" in driver.page_source)
        driver.find_element(By.NAME, "confirm").click()
        WebDriverWait(driver, WAIT_SECONDS).until(lambda d: "Signed out" in d.page_source)
        driver.get(parties["openid-client"] + "/login")
        wait_for(driver, By.ID, "password")
        check("after logout the password is asked again", True)
    except Exception as error:  # reported as a failure with what happened
        check("end-to-end run", False, repr(error))
    finally:
        stop_all(drivers, processes, work)
    return summary()


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None

    def http_error_302(self, request, response, code, message, headers):
        return response


if __name__ == "__main__":
    sys.exit(main())
