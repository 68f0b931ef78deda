#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Serves the browser app (index.html for / and /callback, app.js, and config.js from the
environment) on loopback:

    OIDC_ISSUER=http://127.0.0.1:8080 OIDC_PUBLIC_CLIENT_ID=dev-spa python3 examples/spa/serve.py

then open http://127.0.0.1:5173/ (SPA_PORT for another port). keyward-server dev's dev-spa client
accepts http://127.0.0.1/callback on any port.
"""
import http.server
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
PORT = int(os.environ.get("SPA_PORT", "5173"))
CONFIG = "window.KEYWARD = " + json.dumps({"issuer": os.environ["OIDC_ISSUER"].rstrip("/"),
                                           "clientId": os.environ.get("OIDC_PUBLIC_CLIENT_ID", "dev-spa")}) + ";\n"


class App(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        path = self.path.split("?", 1)[0]
        if path in ("/", "/callback"):
            body, kind = open(os.path.join(HERE, "index.html"), "rb").read(), "text/html; charset=utf-8"
        elif path == "/app.js":
            body, kind = open(os.path.join(HERE, "app.js"), "rb").read(), "text/javascript"
        elif path == "/config.js":
            body, kind = CONFIG.encode(), "text/javascript"
        else:
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Content-Security-Policy", "default-src 'self'; connect-src *")
        self.end_headers()
        self.wfile.write(body)


if __name__ == "__main__":
    server = http.server.ThreadingHTTPServer(("127.0.0.1", PORT), App)
    print(f"listening on http://127.0.0.1:{PORT}", flush=True)
    server.serve_forever()
