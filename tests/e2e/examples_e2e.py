#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's quickstart, run as written: `keyward-server dev`, then the very files in examples/
# with the values of the .env block dev prints — the Flask + Authlib web app (which calls the
# JWK Set-verifying API with the user's access token), the Node + openid-client app and the
# browser app (PKCE and CORS from its own origin) — signed in through headless Chromium. Everything on 127.0.0.1, bounded, stopped.
# Usage: examples_e2e.py --server PATH/keyward-server --screenshots DIR
import os
import re
import subprocess
import sys
import tempfile

from e2e_support import WAIT_SECONDS, arguments, browser, check, free_port, read_listening_line, stop_all, summary
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

HERE = os.path.dirname(os.path.abspath(__file__))
EXAMPLES = os.path.join(HERE, "..", "..", "examples")


def read_dev_guide(process):
    """The issuer line, then the .env block dev prints (KEY=value lines, up to the curl lines)."""
    issuer = read_listening_line(process)
    values = {}
    for line in process.stdout:
        match = re.match(r"^([A-Z_]+)=(\S+)$", line.strip())
        if match:
            values[match.group(1)] = match.group(2)
        if line.startswith("curl") and "/auth/me" in line:
            return issuer, values
    raise RuntimeError("dev stopped before printing its guide")


def start(processes, command, environment):
    process = subprocess.Popen(command, env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    processes.append(process)
    return read_listening_line(process)


def text_of(driver, element_id, expected_start):
    WebDriverWait(driver, WAIT_SECONDS).until(
        lambda d: d.find_elements(By.ID, element_id)
        and not d.find_element(By.ID, element_id).text.startswith("Not signed in"))
    return driver.find_element(By.ID, element_id).text if expected_start else ""


def sign_in_and_allow(driver, email, password):
    WebDriverWait(driver, WAIT_SECONDS).until(lambda d: d.find_elements(By.ID, "email") or d.find_elements(
        By.NAME, "decision"))
    if driver.find_elements(By.ID, "email"):
        driver.find_element(By.ID, "email").send_keys(email)
        field = driver.find_element(By.ID, "password")
        field.send_keys(password)
        # The show-password button (Keyward's script) shows what was typed, then hides it again.
        reveal = driver.find_element(By.CSS_SELECTOR, "button[data-reveal=password]")
        check("the sign-in page's show-password button is shown", reveal.is_displayed(), reveal.text)
        reveal.click()
        check("show password: the field shows its text", field.get_attribute("type") == "text" and
              reveal.text == "Hide password" and reveal.get_attribute("aria-pressed") == "true", reveal.text)
        reveal.click()
        check("hide password: a password field again", field.get_attribute("type") == "password", reveal.text)
        driver.find_element(By.CSS_SELECTOR, "form button[type=submit], form input[type=submit]").click()
    WebDriverWait(driver, WAIT_SECONDS).until(lambda d: d.find_elements(By.NAME, "decision"))
    driver.find_element(By.CSS_SELECTOR, "button[value=allow]").click()


def main():
    args = arguments()
    work = tempfile.mkdtemp(prefix="keyward-examples-")
    processes, drivers = [], []
    try:
        dev = subprocess.Popen([args.server, "dev", "--listen", "127.0.0.1:0"], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
        processes.append(dev)
        issuer, env = read_dev_guide(dev)
        check("dev prints the issuer and the .env block", env.get("OIDC_ISSUER") == issuer and "OIDC_CLIENT_SECRET" in env,
              env)
        app_env = dict(os.environ, **env, AUTHLIB_INSECURE_TRANSPORT="1")  # plain http on loopback only
        app_env["API_PORT"] = str(free_port())
        api = start(processes, ["/usr/bin/python3", os.path.join(EXAMPLES, "api-jwks", "api.py")], app_env)
        app_env["API_URL"] = api + "/hello"
        app_env["APP_PORT"] = str(free_port())
        web = start(processes, ["/usr/bin/python3", os.path.join(EXAMPLES, "flask-authlib", "app.py")], app_env)
        app_env["SPA_PORT"] = str(free_port())
        spa = start(processes, ["/usr/bin/python3", os.path.join(EXAMPLES, "spa", "serve.py")], app_env)
        # The Node example with the openid-client the suite installs (npm ci in tests/e2e).
        node_env = dict(app_env, APP_PORT=str(free_port()), NODE_PATH=os.path.join(HERE, "node_modules"))
        node = start(processes, ["node", os.path.join(EXAMPLES, "node-openid-client", "app.js")], node_env)

        driver = browser("en", tempfile.mkdtemp(dir=work))
        drivers.append(driver)
        # The web app: sign in as dev's user, consent, back signed in; the API accepts the token.
        driver.get(web + "/")
        driver.find_element(By.ID, "login").click()
        sign_in_and_allow(driver, "user@keyward.test", "user-password-dev")
        status = text_of(driver, "status", True)
        check("Flask + Authlib: signed in", status.startswith("Signed in as user@keyward.test"), status)
        api_answer = driver.find_element(By.ID, "api").text
        check("the API verified the access token with the JWK Set",
              "API answered 200" in api_answer and '"hello": "user@keyward.test"' in api_answer, api_answer)
        driver.save_screenshot(os.path.join(args.screenshots, "example-flask-authlib.png"))

        # The Node app is the same client: signed in at Keyward already, consent remembered.
        driver.get(node + "/")
        driver.find_element(By.ID, "login").click()
        WebDriverWait(driver, WAIT_SECONDS).until(
            lambda d: d.current_url.startswith(node) and d.find_elements(By.ID, "status")
            and d.find_element(By.ID, "status").text != "Not signed in.")
        status = driver.find_element(By.ID, "status").text
        check("Node + openid-client: signed in (SSO, consent remembered)",
              status.startswith("Signed in as user@keyward.test"), status)

        # The browser app: the same browser is signed in at Keyward already; PKCE and CORS.
        driver.get(spa + "/")
        WebDriverWait(driver, WAIT_SECONDS).until(lambda d: d.find_elements(By.ID, "login"))
        driver.find_element(By.ID, "login").click()
        sign_in_and_allow(driver, "user@keyward.test", "user-password-dev")
        WebDriverWait(driver, WAIT_SECONDS).until(
            lambda d: d.current_url.startswith(spa) and d.find_element(By.ID, "status").text != "Not signed in.")
        status = driver.find_element(By.ID, "status").text
        check("browser app: code exchanged and userinfo read from the browser (CORS)",
              status.startswith("Signed in as user@keyward.test"), status)
        driver.save_screenshot(os.path.join(args.screenshots, "example-spa.png"))

        # The API refuses what is not a Keyward access token.
        import urllib.error
        import urllib.request
        request = urllib.request.Request(api + "/hello", headers={"Authorization": "Bearer not.a.token"})
        try:
            urllib.request.urlopen(request, timeout=10)
            check("the API refuses a bad token", False, "answered 200")
        except urllib.error.HTTPError as error:
            check("the API refuses a bad token", error.code == 401, error.code)
    except Exception as error:  # reported as a failure with what happened, and where
        where = f" at {drivers[0].current_url}: {drivers[0].page_source[:400]}" if drivers else ""
        check("examples run", False, repr(error) + where)
    finally:
        stop_all(drivers, processes, work)
    return summary()


if __name__ == "__main__":
    sys.exit(main())
