# SPDX-License-Identifier: GPL-3.0-or-later
# What the end-to-end scripts share: their PASS/FAIL lines and count, the "listening on URL" line
# a started program prints, and a headless Chromium from Debian driven through chromium-driver
# (as root it needs --no-sandbox; its Accept-Language follows the intl.accept_languages
# preference, not --lang), optionally with Chromium's virtual WebAuthn authenticator (CTAP2,
# resident keys, user verification).
import argparse
import base64
import json
import os
import re
import shutil
import socket
import subprocess
import tempfile
import time
import traceback

from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.virtual_authenticator import VirtualAuthenticatorOptions
from selenium.webdriver.support.ui import WebDriverWait

WAIT_SECONDS = 20
results = []


def check(name, condition, detail=""):
    results.append(bool(condition))
    print(("PASS  " if condition else "FAIL  ") + name + ("" if condition else f"  ({detail})"), flush=True)


def read_listening_line(process, deadline_seconds=20):
    deadline = time.monotonic() + deadline_seconds
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        match = re.match(r"^listening on (\S+)", line.strip())
        if match:
            return match.group(1)
    raise RuntimeError("did not start: " + (process.stderr.read() if process.poll() is not None else "timeout"))


def browser(language, user_data, authenticator=False):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", f"--user-data-dir={user_data}", "--window-size=420,860",
                 f"--lang={language}"):
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"intl.accept_languages": language})
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_page_load_timeout(WAIT_SECONDS)
    if authenticator:
        kinds = VirtualAuthenticatorOptions
        driver.add_virtual_authenticator(kinds(protocol=kinds.Protocol.CTAP2, transport=kinds.Transport.INTERNAL,
                                               has_resident_key=True, has_user_verification=True,
                                               is_user_verified=True))
    return driver


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


class ServerScenario:
    """A keyward-server with its own data directory (and processes beside it, e.g. relying
    parties), browsers, and steps that report instead of stopping the run."""

    def __init__(self, server, screenshots, prefix, **environment):
        self.server_path = server
        self.screenshots = screenshots
        self.work = tempfile.mkdtemp(prefix=prefix)
        self.environment = dict(os.environ, KEYWARD_DATA_DIR=self.work, KEYWARD_PASSWORDS_ARGON2_OPS="1",
                                KEYWARD_PASSWORDS_ARGON2_MEMORY_KIB="7168", KEYWARD_SERVER_ACCESS_LOG="stderr",
                                KEYWARD_MASTER_KEY=base64.b64encode(os.urandom(32)).decode(), **environment)
        self.port = free_port()
        self.issuer = f"http://localhost:{self.port}"
        self.processes, self.drivers, self.parties = {}, [], {}

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

    def add_clients(self, *clients):
        """Confidential applications (id, name) for the relying parties; gives their secrets."""
        secrets = {}
        for client, name in clients:
            added = self.cli("client", "add", client, "--name", name, "--confidential", "--redirect-uri",
                             "http://127.0.0.1/cb", "--scope", "openid", "--scope", "email", "--scope", "profile")
            secrets[client] = re.search(r"Client secret \(shown once, store it now\): (\S+)", added).group(1)
        return secrets

    def new_browser(self, authenticator=False, language="en"):
        driver = browser(language, tempfile.mkdtemp(dir=self.work), authenticator)
        self.drivers.append(driver)
        return driver

    def quit(self, driver):
        self.drivers.remove(driver)
        driver.quit()

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
            frames = [f for f in traceback.extract_tb(error.__traceback__) if not f.filename.endswith("e2e_support.py")]
            where = f" at {os.path.basename(frames[-1].filename)}:{frames[-1].lineno}: {frames[-1].line}" if frames else ""
            check(name, False, f"{error!r}{where}")
        if results.count(False) > failures:
            print(f"----- {name}: the end of keyward-server's log -----\n"
                  f"{tail(os.path.join(self.work, 'keyward.err'))}-----", flush=True)
        print(f"      {name}: {time.monotonic() - started:.1f} s", flush=True)


def stop_all(drivers, processes, work):
    """Quits the browsers, stops the programs (SIGTERM, then SIGKILL after 10 s), removes work."""
    for driver in drivers:
        driver.quit()
    for process in processes:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
    shutil.rmtree(work, ignore_errors=True)


def summary():
    """The summary line; gives the exit code (0: something passed and nothing failed)."""
    passed = sum(results)
    failed = len(results) - passed
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 and passed > 0 else 1


def arguments():
    """The command line every end-to-end script takes: --server PATH, --screenshots DIR (made)."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--server", required=True)
    parser.add_argument("--screenshots", required=True)
    parsed = parser.parse_args()
    os.makedirs(parsed.screenshots, exist_ok=True)
    return parsed


def run_scenario(make_scenario, steps, ready=lambda run: True):
    """The command line every end-to-end script takes (--server, --screenshots), its steps in
    order after the set-up (a failed one is reported and the next still run while ready(run)),
    everything stopped at the end, the summary line; gives the exit code."""
    args = arguments()
    started = time.monotonic()
    run = make_scenario(args.server, args.screenshots)
    try:
        run.step("set-up", run.set_up)
        for name, action in steps(run):
            if ready(run):
                run.step(name, action)
    finally:
        run.tear_down()
    passed = sum(results)
    failed = len(results) - passed
    print(f"{passed} passed, {failed} failed in {time.monotonic() - started:.0f} s")
    return 0 if failed == 0 and passed > 0 else 1
