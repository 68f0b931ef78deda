#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Every external program and Python module the suite and the scripts use comes from a Debian
package that scripts/install-deps.sh installs.

A package installed by hand on the machine that runs CI hides a missing install step; a fresh
machine then fails. So the list is not typed by anyone: it is derived from the code.

How the list is derived:
  1. Every file under tests/, scripts/, .ci/ and installer/ (sources, scripts, CMake, unit files;
     not corpora, fixtures, lock files or screenshots) is read with its comments removed
     (`#` lines in shell, Python and CMake; `//` in C++ and JavaScript).
  2. A program the code may start is a name there that is an executable (in /usr/bin, /usr/sbin
     or a PostgreSQL bin directory) and stands where a program stands: in C++, Python and
     JavaScript a string literal that is only that name or a path ending in it (the literal
     secret-tool, or /usr/bin/chromium); in shell and CMake a word in command position (line start, after
     | ; && || $( then do exec sudo env timeout, `command -v`, `runuser -u U --`) or the last part
     of a path ("$bin/pg_ctl"). Python files' `import X` / `from X import` lines name modules.
  3. Each program's or module's file is mapped to its Debian package with `dpkg -S`.
  4. Packages every Debian system has (Essential: yes, or Priority required/important) need no
     install step; anything else must be named by a group of install-deps.sh, or be installed
     with one that is (postgresql brings postgresql-client-common, dbus brings dbus-daemon).
A name that looks like an invocation but is none only makes the check stricter.

Usage: external_programs.py SOURCE_DIR        Exit 0: all listed; 1: some are not (printed).
"""
import functools
import os
import re
import subprocess
import sys

SCANNED_DIRS = ("tests", "scripts", ".ci", "installer")
SKIPPED_PARTS = {"corpus", "fixtures", "node_modules", "screenshots", "__pycache__"}
SKIPPED_SUFFIXES = (".json", ".png", ".svg", ".ts", ".md", ".supp", ".txt", ".sql", ".lock")
HASH_COMMENTS = (".sh", ".py", ".cmake", ".txt", ".conf", ".service", ".ini", "")
SLASH_COMMENTS = (".cpp", ".h", ".js")
PROGRAM_DIRS = ["/usr/bin", "/bin", "/usr/sbin", "/sbin"]
NAME = r"[A-Za-z][A-Za-z0-9+._-]*"
# A string literal that is one program name or a path ending in one.
LITERAL_PROGRAM = re.compile(r"""["'](?:[^"'\s]*/)?(""" + NAME + r""")["']""")
# Shell and CMake: a word where a command starts, or the last part of a path.
COMMAND_POSITION = re.compile(
    r"(?:^|[|;&(`]|\$\(|\b(?:then|do|else|exec|sudo|env|xargs|command -v|timeout \S+|runuser -u \S+ --)\s)\s*"
    r"(?:[A-Z_]+=\S*\s+)*(" + NAME + r")(?![(\w])", re.M)  # open(…) is a call, not a program
PATH_TAIL = re.compile(r"/(" + NAME + r")(?=[\s\"'),;]|$)", re.M)
PY_IMPORT = re.compile(r"^\s*(?:from|import)\s+([A-Za-z_][A-Za-z0-9_]*)", re.M)
# Literals that name a program but start none, per file (elsewhere the name still counts), and why.
NOT_PROGRAMS = {
    ("tests/bench/startup.py", "sqlite3"): "Glewlwyd's GLWD_DATABASE_TYPE value (the database is made with "
                                           "Python's own sqlite3 module)",
}


def source_files(top):
    for folder in SCANNED_DIRS:
        for root, dirs, files in os.walk(os.path.join(top, folder)):
            dirs[:] = [d for d in dirs if d not in SKIPPED_PARTS]
            for name in files:
                if not name.endswith(SKIPPED_SUFFIXES) or name == "CMakeLists.txt":
                    yield os.path.join(root, name)


def without_comments(path, text):
    suffix = os.path.splitext(path)[1]
    if path.endswith("CMakeLists.txt") or suffix in HASH_COMMENTS:
        # Not a `#` inside a word or a string's ${#…}: only one that starts a comment.
        return re.sub(r"(^|\s)#(?![!{]).*$", r"\1", text, flags=re.M)
    if suffix in SLASH_COMMENTS:
        return re.sub(r"(^|\s)//.*$", r"\1", text, flags=re.M)
    return text


def program_path(word, search_dirs):
    for folder in search_dirs:
        candidate = os.path.join(folder, word)
        if os.path.isfile(candidate) and os.access(candidate, os.X_OK):
            return os.path.realpath(candidate)
    return None


def packages_of(paths):
    """path -> Debian package, one dpkg -S for all of them (and one more for merged /usr: dpkg
    may know /usr/bin/x as /bin/x)."""
    owners = {}
    for attempt in (lambda p: p, lambda p: p.replace("/usr/", "/", 1)):
        asked = {attempt(p): p for p in paths if p not in owners}
        if not asked:
            break
        result = subprocess.run(["dpkg", "-S", *asked], capture_output=True, text=True)
        for line in result.stdout.splitlines():
            package, _, owned = line.partition(": ")
            if owned in asked:
                owners[asked[owned]] = package.split(",")[0].split(":")[0].strip()
    return owners


@functools.lru_cache(maxsize=None)
def installed_packages():
    """Every installed package's fields, read once: name -> (Essential, Priority, dependencies)."""
    result = subprocess.run(["dpkg-query", "-W", "-f=${Package}\t${Essential}\t${Priority}\t${Depends}, ${Pre-Depends}\n"],
                            capture_output=True, text=True, check=True)
    packages = {}
    for line in result.stdout.splitlines():
        name, essential, priority, depends = line.split("\t")
        packages[name] = (essential, priority, depends)
    return packages


def dpkg_field(package, field):
    essential, priority, depends = installed_packages().get(package, ("", "", ""))
    return {"Essential": essential, "Priority": priority, "Depends": depends}[field]


def is_base_system(package):
    return dpkg_field(package, "Essential") == "yes" or dpkg_field(package, "Priority") in ("required", "important")


def listed_packages(install_deps):
    text = open(install_deps, encoding="utf-8").read()
    groups = re.search(r"declare -A groups=\((.*?)\n\)", text, re.S).group(1)
    listed = set()
    for value in re.findall(r'\]="([^"]*)"', groups):
        listed.update(value.split())
    return listed


def with_dependencies(packages):
    """The packages and everything apt installs with them (Depends and Pre-Depends, recursively)."""
    found, queue = set(packages), list(packages)
    while queue:
        package = queue.pop()
        for alternative in re.split(r"[,|]", dpkg_field(package, "Depends")):
            name = alternative.strip().split(" ")[0].split(":")[0]
            if name and name not in found:
                found.add(name)
                queue.append(name)
    return found


def main():
    top = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "../.."))
    search_dirs = list(PROGRAM_DIRS)  # where Debian's packages put programs (not a PATH of other installs)
    search_dirs += sorted(os.path.join("/usr/lib/postgresql", v, "bin") for v in os.listdir("/usr/lib/postgresql")) \
        if os.path.isdir("/usr/lib/postgresql") else []

    wanted = {}  # resolved file -> where it is named
    unowned = set()
    for path in source_files(top):
        if os.path.realpath(path) == os.path.realpath(__file__):
            continue  # this check names programs as data (NOT_PROGRAMS); it starts only dpkg and python3
        try:
            text = without_comments(path, open(path, encoding="utf-8").read())
        except UnicodeDecodeError:
            continue
        relative = os.path.relpath(path, top)
        if path.endswith((".cpp", ".h", ".js", ".py")):
            names = set(LITERAL_PROGRAM.findall(text))
        else:
            names = set(COMMAND_POSITION.findall(text)) | set(PATH_TAIL.findall(text))
        names = {name for name in names if (relative, name) not in NOT_PROGRAMS}
        things = [(name, program_path(name, search_dirs)) for name in names]
        if path.endswith(".py"):
            for module in set(PY_IMPORT.findall(text)):
                probe = subprocess.run(["/usr/bin/python3", "-c", f"import {module},sys; sys.stdout.write({module}.__file__ or '')"],
                                       capture_output=True, text=True)
                if probe.returncode == 0 and probe.stdout.startswith("/usr/lib/python3/"):
                    things.append((f"python3 module {module}", os.path.realpath(probe.stdout)))
        for name, found in things:
            if found:
                wanted.setdefault(found, set()).add(f"{name} in {relative}")

    owners = packages_of(sorted(wanted))
    used = {}  # package -> where its programs or modules are named
    for found, where in wanted.items():
        if found in owners:
            used.setdefault(owners[found], set()).update(where)
        else:
            unowned.add(f"{found} (named in {sorted(where)[0]})")

    listed = listed_packages(os.path.join(top, "scripts/install-deps.sh"))
    covered = with_dependencies(listed)
    missing = {p: sorted(w) for p, w in used.items() if p not in covered and not is_base_system(p)}
    print(f"{len(used)} Debian packages provide programs or modules the suite and scripts name; "
          f"{len(listed)} packages listed in install-deps.sh")
    for name in sorted(unowned):
        print(f"note: {name} belongs to no Debian package (installed another way)")
    if len(used) < 10:  # tst_keychain, the PostgreSQL fixture, nginx, the e2e test: far more than this
        print("the scan found almost nothing: its patterns are broken")
        return 1
    if missing:
        for package, where in sorted(missing.items()):
            print(f"MISSING from scripts/install-deps.sh: {package}, needed by " + "; ".join(where[:4])
                  + (" …" if len(where) > 4 else ""))
        return 1
    print("every package they come from is installed by scripts/install-deps.sh")
    return 0


if __name__ == "__main__":
    sys.exit(main())
