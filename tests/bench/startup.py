#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Start-up time: from starting the program to its first answered request (HTTP 200), on loopback.

Measured side by side, runs interleaved so every program sees the same machine:
  serve          keyward-server serve on an existing data directory (/healthz: answers after a database query)
  dev            keyward-server dev --data-dir on a directory it seeded before
  dev throwaway  keyward-server dev with a new database each time (tables, signing keys, seed)
  bare           keyward-bench-barehello: a QHttpServer 6.4 on as many threads, one constant route, no
                 database and no keys: the floor any Keyward start-up stands on (built beside the server)
  glewlwyd       Glewlwyd 2.7.5 (Debian) on an SQLite database made by its own init script (/config), when
                 installed: scripts/install-deps.sh comparison

Usage: tests/bench/startup.py [KEYWARD_SERVER] [RUNS]   (default build/test/app/keyward-server, 15)
Bounded: each start has 10 s to answer and is stopped with SIGTERM once it has.
"""
import base64
import gzip
import os
import shutil
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time

GLEWLWYD = "/usr/bin/glewlwyd"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def answered(port, path):
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1) as connection:
            connection.sendall(b"GET " + path + b" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
            return connection.recv(16).startswith(b"HTTP/1.1 200")
    except OSError:
        return False


def first_answer_ms(command, port, path, env):
    """Milliseconds from starting `command` to its first 200 on `path`."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    try:
        while time.perf_counter() - started < 10:
            if answered(port, path):
                return (time.perf_counter() - started) * 1000
            if process.poll() is not None:
                raise SystemExit(f"startup: {command[0]} exited with {process.returncode}")
            time.sleep(0.0002)
        raise SystemExit(f"startup: {command[0]} did not answer within 10 s")
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def main():
    binary = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "build/test/app/keyward-server")
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 15
    work = tempfile.mkdtemp(prefix="keyward-startup-")
    try:
        env = dict(os.environ, KEYWARD_MASTER_KEY=base64.b64encode(os.urandom(32)).decode())
        env.pop("KEYWARD_DATA_DIR", None)
        port = free_port()
        listen = f"127.0.0.1:{port}"
        programs = {
            "serve": ([binary, "serve", "--listen", listen, "--data-dir", f"{work}/serve"], b"/healthz", env),
            "dev": ([binary, "dev", "--listen", listen, "--data-dir", f"{work}/dev"], b"/healthz", env),
            "dev throwaway": ([binary, "dev", "--listen", listen], b"/healthz", env),
        }
        bare = os.path.join(os.path.dirname(binary), "..", "tests", "keyward-bench-barehello")
        if os.access(bare, os.X_OK):
            programs["bare"] = ([bare, str(os.cpu_count()), str(port)], b"/hello", env)
        else:
            print(f"(no {bare}: build the target keyward-bench-barehello to see the floor)")
        if os.access(GLEWLWYD, os.X_OK):
            database = f"{work}/glewlwyd.db"
            with gzip.open("/usr/share/doc/glewlwyd/database/init.sqlite3.sql.gz", "rt") as script:
                with sqlite3.connect(database) as connection:
                    connection.executescript(script.read())
            modules = "/usr/lib/glewlwyd"
            glewlwyd_env = dict(os.environ, GLWD_PORT=str(port), GLWD_BIND_ADDRESS="127.0.0.1",
                                GLWD_DATABASE_TYPE="sqlite3", GLWD_DATABASE_SQLITE3_PATH=database,
                                GLWD_LOG_MODE="console", GLWD_EXTERNAL_URL=f"http://{listen}",
                                GLWD_STATIC_FILES_PATH="/usr/share/glewlwyd/webapp",
                                GLWD_USER_MODULE_PATH=f"{modules}/user", GLWD_CLIENT_MODULE_PATH=f"{modules}/client",
                                GLWD_AUTH_SCHEME_MODULE_PATH=f"{modules}/scheme",
                                GLWD_PLUGIN_MODULE_PATH=f"{modules}/plugin",
                                GLWD_USER_MIDDLEWARE_MODULE_PATH=f"{modules}/user_middleware")
            programs["glewlwyd"] = ([GLEWLWYD, "-e"], b"/config", glewlwyd_env)
        else:
            print("(Glewlwyd is not installed: scripts/install-deps.sh comparison adds it to the comparison)")
        # One unmeasured start each: the data directories exist, the files are in the page cache.
        for command, path, program_env in programs.values():
            first_answer_ms(command, port, path, program_env)
        times = {name: [] for name in programs}
        for _ in range(runs):
            for name, (command, path, program_env) in programs.items():
                times[name].append(first_answer_ms(command, port, path, program_env))
        print(f"start-up to the first answered request, {runs} runs each, interleaved, on {os.cpu_count()} cores")
        for name, values in times.items():
            values.sort()
            print(f"  {name:14} median {statistics.median(values):6.1f} ms   fastest {values[0]:6.1f}   "
                  f"slowest {values[-1]:6.1f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
