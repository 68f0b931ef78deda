#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Fills a Keyward SQLite database (already created by keyward-server, with one administrator)
# with N users sharing the administrator's password hash, M live sessions (one per user, from
# the second user on), E ended sessions with 5 refresh tokens each (work for the purge),
# R revocations, an audit event per user, M/10 workspaces and M memberships (u1 is in ten of
# them). Used by tests/bench/scale.sh.
# Usage: seed.py DB N M E R
import random
import sqlite3
import sys
import time
import uuid

db, n, m, e, r = sys.argv[1], *map(int, sys.argv[2:6])
con = sqlite3.connect(db)
now = int(time.time())
hash_, = con.execute("SELECT password_hash FROM users ORDER BY id LIMIT 1").fetchone()
user_role, = con.execute("SELECT id FROM roles WHERE name = 'user'").fetchone()
first, = con.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM users").fetchone()
# The events already there (the administrator's creation) become the oldest, so times rise with
# ids as they do in a running installation.
con.execute("UPDATE audit_events SET at = ?", (now - 7200,))
con.commit()
con.execute("PRAGMA synchronous = OFF")
con.execute("PRAGMA journal_mode = WAL")

def chunks(total, size=20000):
    for start in range(0, total, size):
        yield range(start, min(total, start + size))

for part in chunks(n):
    con.executemany(
        "INSERT INTO users (id, public_id, email, email_key, name, password_hash, created_at, updated_at, "
        "password_changed_at) VALUES (?, ?, ?, ?, '', ?, ?, ?, ?)",
        [(first + i, str(uuid.uuid4()), f"u{i}@scale.test", f"u{i}@scale.test", hash_, now, now, now) for i in part])
    con.executemany("INSERT INTO user_roles (user_id, role_id) VALUES (?, ?)",
                    [(first + i, user_role) for i in part])
    con.executemany(
        "INSERT INTO audit_events (at, actor, action, target, outcome) VALUES (?, 'cli:seed', 'user.create', ?, 'success')",
        [(now - 3600, f"u{i}@scale.test") for i in part])
    con.commit()
for part in chunks(m):
    con.executemany(
        "INSERT INTO sessions (id, user_id, created_at, last_used_at, absolute_expires_at, client_address) "
        "VALUES (?, ?, ?, ?, ?, '127.0.0.1')",
        [(f"live-{i}", first + (i % max(1, n - 1)) + 1, now - i, now, now + 86400) for i in part])
    # Each live session rotated once, an hour ago: its used token is past every grace.
    con.executemany("INSERT INTO refresh_tokens (token_hash, session_id, created_at, used_at, generation) "
                    "VALUES (?, ?, ?, ?, 0)",
                    [(f"used-{i:08x}{random.getrandbits(64):016x}", f"live-{i}", now - 3600, now - 3600)
                     for i in part])
    con.commit()
for part in chunks(e, 5000):
    con.executemany(
        "INSERT INTO sessions (id, user_id, created_at, last_used_at, absolute_expires_at, revoked_at, client_address, "
        "counted) VALUES (?, ?, ?, ?, ?, ?, '127.0.0.1', 0)",
        [(f"ended-{i}", first + (i % max(1, n)), now - 5 * 86400, now - 5 * 86400, now + 86400, now - 3 * 86400)
         for i in part])
    con.executemany("INSERT INTO refresh_tokens (token_hash, session_id, created_at, used_at) VALUES (?, ?, ?, ?)",
                    [(f"{i:08x}{k}{random.getrandbits(64):016x}", f"ended-{i}", now - 5 * 86400, now - 5 * 86400)
                     for i in part for k in range(5)])
    con.commit()
for part in chunks(r):
    con.executemany("INSERT INTO revocations (kind, subject, at, expires_at) VALUES ('jti', ?, ?, ?)",
                    [(f"revoked-{i}", now, now + 3600) for i in part])
    con.commit()
workspaces = max(1, m // 10)
for part in chunks(workspaces):
    con.executemany("INSERT INTO workspaces (id, slug, name, plan, created_at) VALUES (?, ?, ?, 'free', ?)",
                    [(i + 1, f"ws-{i}", f"Workspace {i}", now) for i in part])
    con.commit()
for part in chunks(m):
    # Member i of workspace i % W is user (i // W) * 97 + 1 (distinct pairs); u1 joins ten.
    con.executemany("INSERT INTO workspace_members (workspace_id, user_id, role, created_at) VALUES (?, ?, ?, ?)",
                    [(i % workspaces + 1, first + 1 + ((i // workspaces) * 97 + i % workspaces) % max(1, n - 1),
                      "owner" if i < workspaces else "member", now) for i in part])
    con.commit()
con.executemany("INSERT OR IGNORE INTO workspace_members (workspace_id, user_id, role, created_at) VALUES (?, ?, 'guest', ?)",
                [(k + 1, first + 1, now) for k in range(min(10, workspaces))])
con.commit()
# The counters the dashboard and /metrics read, as the server keeps them.
con.execute("UPDATE counters SET value = (SELECT COUNT(*) FROM users) WHERE name = 'users' AND bucket = 0")
con.execute("UPDATE counters SET value = (SELECT COUNT(*) FROM sessions WHERE counted = 1) "
            "WHERE name = 'sessions.active' AND bucket = 0")
con.execute("UPDATE counters SET value = (SELECT COUNT(*) FROM workspaces) WHERE name = 'workspaces' AND bucket = 0")
con.execute("UPDATE counters SET value = (SELECT COUNT(*) FROM workspace_members) "
            "WHERE name = 'memberships' AND bucket = 0")
con.commit()
con.close()
