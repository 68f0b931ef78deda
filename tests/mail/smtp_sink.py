#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Real SMTP servers for the mail tests (Debian's aiosmtpd), all on 127.0.0.1:

  plain     takes any message, offers no TLS
  starttls  requires STARTTLS (a throwaway certificate) and AUTH PLAIN/LOGIN as
            keyward / "s3cret pass word"
  refuse    answers every connection with 421 and hangs up (a server that is down)
  hold      accepts a connection and says nothing (a delivery in progress, for as long as the
            client waits); each connection is noted in DIR/held.log

Each delivered message is written to DIR/messages/*.json as Python's own e-mail parser reads
it: envelope, whether TLS and AUTH were used, the headers, both text parts decoded, and the
parser's defects. DIR/ports.json says where everything is.

Usage: smtp_sink.py DIR   (runs until killed)
"""
import asyncio
import email
import email.policy
import json
import os
import socket
import ssl
import subprocess
import sys
import time
from pathlib import Path

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

USER = b"keyward"
PASSWORD = b"s3cret pass word"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Recorder:
    def __init__(self, directory, name):
        self.directory = directory
        self.name = name
        self.count = 0

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.original_content or envelope.content,
                                           policy=email.policy.default)
        parts = {}
        for part in message.walk():
            if part.get_content_maintype() == "text":
                parts[part.get_content_type()] = part.get_content()
        record = {
            "server": self.name,
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "tls": session.ssl is not None,
            "authenticated": bool(session.authenticated),
            "headers": {k.lower(): str(v) for k, v in message.items()},
            "raw_headers": [[k, v] for k, v in message.raw_items()],
            "content_type": message.get_content_type(),
            "text": parts.get("text/plain"),
            "html": parts.get("text/html"),
            "defects": [type(d).__name__ for d in message.defects]
                       + [type(d).__name__ for p in message.walk() for d in p.defects],
        }
        self.count += 1
        name = "%d-%s-%d-%d" % (time.time_ns(), self.name, os.getpid(), self.count)
        temporary = self.directory / (name + ".tmp")
        temporary.write_text(json.dumps(record, indent=1))
        temporary.rename(self.directory / (name + ".json"))
        return "250 OK"


def authenticator(server, session, envelope, mechanism, auth_data):
    ok = isinstance(auth_data, LoginPassword) and auth_data.login == USER and auth_data.password == PASSWORD
    return AuthResult(success=ok)


def make_certificate(directory):
    key, cert = directory / "smtp-key.pem", directory / "smtp-cert.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                    "-keyout", str(key), "-out", str(cert), "-days", "2", "-subj", "/CN=localhost",
                    "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"],
                   check=True, capture_output=True)
    return key, cert


def holder(directory):
    async def hold(reader, writer):
        with open(directory / "held.log", "a") as log:
            log.write("connection\n")
        await reader.read()  # until the client gives up or dies
        writer.close()
    return hold


async def refuse(reader, writer):
    writer.write(b"421 127.0.0.1 Service not available, closing transmission channel\r\n")
    await writer.drain()
    writer.close()


def main():
    directory = Path(sys.argv[1])
    messages = directory / "messages"
    messages.mkdir(parents=True, exist_ok=True)
    key, cert = make_certificate(directory)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(str(cert), str(key))

    plain = Controller(Recorder(messages, "plain"), hostname="127.0.0.1", port=free_port())
    secure = Controller(Recorder(messages, "starttls"), hostname="127.0.0.1", port=free_port(),
                        tls_context=context, require_starttls=True, authenticator=authenticator,
                        auth_required=True, auth_require_tls=True)
    plain.start()
    secure.start()

    loop = asyncio.new_event_loop()
    refuse_port = free_port()
    refusing = loop.run_until_complete(asyncio.start_server(refuse, "127.0.0.1", refuse_port))
    hold_port = free_port()
    holding = loop.run_until_complete(asyncio.start_server(holder(directory), "127.0.0.1", hold_port))
    ports = {"plain": plain.port, "starttls": secure.port, "refuse": refuse_port, "hold": hold_port,
             "cert": str(cert),
             "user": USER.decode(), "password": PASSWORD.decode()}
    temporary = directory / "ports.tmp"
    temporary.write_text(json.dumps(ports))
    temporary.rename(directory / "ports.json")
    try:
        loop.run_forever()
    finally:
        refusing.close()
        holding.close()
        plain.stop()
        secure.stop()


if __name__ == "__main__":
    main()
