#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# E-mail end to end with software Keyward did not write: Debian's headless Chromium (Selenium),
# Authlib's relying party and Debian's aiosmtpd as the SMTP server (the mail_sink CTest fixture,
# tests/mail/smtp_sink.py), whose messages Python's e-mail parser reads. Checked:
#  1. "Forgot password?" on the sign-in page of Authlib's application: the address, the link from
#     the mail, a new password (every session ended), then signed in to the application with it;
#  2. an invitation mailed by `workspace invite`: the link, a new account made on its page (self-
#     registration is off), a member of the workspace with the invited role, signed in to Authlib;
#  3. a registration in German (Accept-Language: de): the German verification mail, its link,
#     email_verified true.
# Screenshots of the forgot, reset and invitation pages in English, German and French.
# Usage: mail_e2e.py --server PATH/keyward-server --screenshots DIR   (KEYWARD_TEST_MAIL_SINK set)
import glob
import json
import os
import re
import sys
import time
import urllib.request

from e2e_support import ServerScenario, at_application, check, run_scenario, screenshot, wait_until, wait_visible
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

HERE = os.path.dirname(os.path.abspath(__file__))
ADA, GRACE, HEDY = "ada@mail-e2e.example", "grace@mail-e2e.example", "hedy@mail-e2e.example"
PASSWORD, NEW_PASSWORD = "a sturdy e2e passphrase", "another sturdy passphrase"


class MailSink:
    """The fixture's SMTP servers and the messages they took."""

    def __init__(self, directory):
        self.directory = directory
        with open(os.path.join(directory, "ports.json")) as ports:
            self.ports = json.load(ports)

    def messages_to(self, recipient):
        found = []
        for path in sorted(glob.glob(os.path.join(self.directory, "messages", "*.json"))):
            with open(path) as file:
                message = json.load(file)
            if recipient in message["rcpt_tos"]:
                found.append(message)
        return found

    def wait_for(self, recipient, count=1, seconds=20):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            found = self.messages_to(recipient)
            if len(found) >= count:
                return found
            time.sleep(0.1)
        raise RuntimeError(f"no mail to {recipient} within {seconds} s")


def link_in(message, path):
    match = re.search(r"(http://localhost:\d+" + re.escape(path) + r"\?token=[A-Za-z0-9_-]+)", message["text"] or "")
    if not match:
        raise RuntimeError(f"no {path} link in: {message['text']!r}")
    return match.group(1)


class Scenario(ServerScenario):
    def __init__(self, server, screenshots, sink):
        super().__init__(server, screenshots, "keyward-mail-e2e-",
                         KEYWARD_MAIL_SMTP_URL=f"smtp://127.0.0.1:{sink.ports['plain']}",
                         KEYWARD_MAIL_FROM="Keyward E2E <noreply@mail-e2e.example>",
                         KEYWARD_REGISTRATION_ENABLED="false")
        self.sink = sink

    def set_up(self):
        self.cli("user", "add", "--email", ADA, "--name", "Ada", "--password-stdin", stdin=PASSWORD)
        secrets = self.add_clients(("rp-authlib", "Notes (Authlib)"))
        self.start_server()
        self.parties["authlib"] = self.start(
            "authlib", ["/usr/bin/python3", os.path.join(HERE, "authlib_rp.py"), self.issuer, "rp-authlib",
                        secrets["rp-authlib"]], dict(os.environ, AUTHLIB_INSECURE_TRANSPORT="1"))

    def sign_in_to_authlib(self, driver, email, password):
        driver.get(self.parties["authlib"] + "/login")
        wait_visible(driver, "#email").send_keys(email)
        driver.find_element(By.ID, "password").send_keys(password, Keys.ENTER)
        return at_application(driver)

    # 1. Forgot password, from the application's sign-in page.
    def forgot_password(self):
        driver = self.new_browser()
        driver.get(self.parties["authlib"] + "/login")
        wait_visible(driver, "a[href='/account/forgot']").click()
        wait_visible(driver, "#email").send_keys(ADA, Keys.ENTER)
        wait_until(driver, lambda d: "Check your mail" in d.page_source, "the check-your-mail page")
        message = self.sink.wait_for(ADA)[-1]
        check("forgot: the mail's subject", message["headers"]["subject"] == "Reset your password", message["headers"])
        check("forgot: plain text and HTML, parsed without defects",
              message["text"] and message["html"] and not message["defects"], message["defects"])
        driver.get(link_in(message, "/account/reset"))
        screenshot(driver, os.path.join(self.screenshots, "mail-reset-en.png"))
        wait_visible(driver, "#new_password").send_keys(NEW_PASSWORD, Keys.ENTER)
        wait_until(driver, lambda d: "Password changed" in d.page_source, "the password-changed page")
        result, claims = self.sign_in_to_authlib(driver, ADA, NEW_PASSWORD)
        check("forgot: signed in to Authlib with the new password", result.startswith(f"signed in as {ADA}"), result)
        notices = [m for m in self.sink.messages_to(ADA) if m["headers"]["subject"] == "Your password was reset"]
        check("forgot: a notice that the password was reset", len(notices) == 1, len(notices))
        self.quit(driver)

    # 2. An invitation by mail, a new account on its page.
    def invitation(self):
        self.cli("workspace", "create", "team", "--name", "The Team", "--owner", ADA)
        printed = self.cli("workspace", "invite", "team", GRACE, "--role", "admin")
        check("invitation: mailed, not printed", "token=" not in printed, printed)
        message = self.sink.wait_for(GRACE)[-1]
        check("invitation: the subject names the workspace", "The Team" in message["headers"]["subject"],
              message["headers"]["subject"])
        driver = self.new_browser()
        driver.get(link_in(message, "/account/invitation"))
        wait_visible(driver, "#name").send_keys("Grace")
        driver.find_element(By.ID, "password").send_keys(PASSWORD, Keys.ENTER)
        wait_until(driver, lambda d: "Welcome" in d.page_source, "the welcome page")
        members = json.loads(self.cli("workspace", "members", "team", "--json"))
        role = next((m["role"] for m in members if m["email"] == GRACE), None)
        check("invitation: a member with the invited role", role == "admin", members)
        shown = json.loads(self.cli("user", "show", GRACE, "--json"))
        check("invitation: the mailed link verified the address", shown.get("email_verified") is True, shown)
        result, _ = self.sign_in_to_authlib(driver, GRACE, PASSWORD)
        check("invitation: the new account signs in to Authlib", result.startswith(f"signed in as {GRACE}"), result)
        self.quit(driver)

    # 3. Verification in German.
    def verification(self):
        # Registration is off for this server; the administrator's account needs no page:
        self.stop("keyward")
        self.start_server(KEYWARD_REGISTRATION_ENABLED="true")
        request = urllib.request.Request(
            self.issuer + "/auth/register",
            data=json.dumps({"email": HEDY, "password": PASSWORD, "name": "Hedy"}).encode(),
            headers={"Content-Type": "application/json", "Accept-Language": "de-DE,de;q=0.9"})
        with urllib.request.urlopen(request, timeout=20) as answer:
            check("verification: registered", answer.status == 201, answer.status)
        message = self.sink.wait_for(HEDY)[-1]
        check("verification: in German", message["headers"]["subject"] == "Bestätigen Sie Ihre E-Mail-Adresse",
              message["headers"]["subject"])
        driver = self.new_browser(language="de")
        driver.get(link_in(message, "/account/verify"))
        wait_until(driver, lambda d: "Adresse bestätigt" in d.page_source, "the German confirmation page")
        shown = json.loads(self.cli("user", "show", HEDY, "--json"))
        check("verification: email_verified", shown.get("email_verified") is True, shown)
        self.quit(driver)

    def page_screenshots(self):
        for language in ("en", "de", "fr"):
            driver = self.new_browser(language=language)
            driver.get(self.issuer + "/account/forgot")
            wait_visible(driver, "#email")
            screenshot(driver, os.path.join(self.screenshots, f"mail-forgot-{language}.png"))
            self.quit(driver)
        printed = self.cli("workspace", "invite", "team", "someone@mail-e2e.example", "--role", "guest")
        link = link_in(self.sink.wait_for("someone@mail-e2e.example")[-1], "/account/invitation") \
            if "token=" not in printed else re.search(r"(http\S+)", printed).group(1)
        for language in ("en", "de", "fr"):
            driver = self.new_browser(language=language)
            driver.get(link)
            wait_visible(driver, "#password")
            screenshot(driver, os.path.join(self.screenshots, f"mail-invitation-{language}.png"))
            self.quit(driver)
        check("screenshots of the forgot and invitation pages", True)


def main():
    sink_directory = os.environ.get("KEYWARD_TEST_MAIL_SINK", "")
    if not os.path.exists(os.path.join(sink_directory, "ports.json")):
        print("FAIL  the mail_sink fixture is not running (KEYWARD_TEST_MAIL_SINK)")
        return 1
    return run_scenario(
        lambda server, screenshots: Scenario(server, screenshots, MailSink(sink_directory)),
        lambda run: (("forgot password, from an application's sign-in", run.forgot_password),
                     ("an invitation makes a new account a member", run.invitation),
                     ("pages in three languages", run.page_screenshots),
                     ("verification in German", run.verification)))


if __name__ == "__main__":
    sys.exit(main())
