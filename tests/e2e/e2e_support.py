# SPDX-License-Identifier: GPL-3.0-or-later
# What the end-to-end scripts share: their PASS/FAIL lines and count, the "listening on URL" line
# a started program prints, and a headless Chromium from Debian driven through chromium-driver
# (as root it needs --no-sandbox; its Accept-Language follows the intl.accept_languages
# preference, not --lang), optionally with Chromium's virtual WebAuthn authenticator (CTAP2,
# resident keys, user verification).
import re
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.virtual_authenticator import VirtualAuthenticatorOptions

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
