#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""No two headers define a free function of the same name in namespace keyward.

The console and the server link the core and the widgets into one program. Two inline or
template functions with one signature and different bodies in two headers (once
keyward::orThrow in core/http/apierror.h and in ui/pages/consolepage.h) are an ODR violation:
the linker keeps one body for both, silently. GCC's -Wodr under LTO sees mismatched types, not
two bodies of one function, so this check reads the headers instead: every function defined at
namespace scope in a header (a line at column 0 that declares it and opens its body) is
collected by name; an overload set in one header is fine, the same name in two headers is not.

Usage: header_functions.py SOURCE_DIR    Exit 0: no clash; 1: clashes printed.
"""
import os
import re
import sys

# At column 0: optional template line prefix, return type, name, '(' … ending with '{' on the
# same line or the next. Members (indented, or Class::name) are not at namespace scope.
DEFINITION = re.compile(
    r"^(?:template\s*<[^>]*>\s*)?(?:inline\s+|constexpr\s+|static\s+)*[A-Za-z_][\w:<>,\s*&]*?[\s*&]([a-z_A-Z]\w*)\s*\([^;]*?\)\s*(?:const\s*)?\n?\{",
    re.M)


OPEN = re.compile(r"^namespace\s+([\w:]+)\s*\{", re.M)
CLOSE = re.compile(r"^\}\s*//\s*namespace\s+([\w:]+)", re.M)


def namespace_at(text, position):
    """The namespace a position is in (clang-format closes each with a `} // namespace X`)."""
    events = [(m.start(), m.group(1), True) for m in OPEN.finditer(text, 0, position)]
    events += [(m.start(), m.group(1), False) for m in CLOSE.finditer(text, 0, position)]
    stack = []
    for _, name, opens in sorted(events):
        if opens:
            stack.append(name)
        elif name in stack:
            stack.remove(name)
    return "::".join(stack)


def main():
    top = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".")
    seen = {}
    for folder in ("core", "ui", "app"):
        for root, _, files in os.walk(os.path.join(top, folder)):
            for name in files:
                if not name.endswith(".h"):
                    continue
                path = os.path.join(root, name)
                text = open(path, encoding="utf-8").read()
                if "namespace keyward" not in text:
                    continue
                for match in DEFINITION.finditer(text):
                    function = match.group(1)
                    if function in ("if", "for", "while", "switch", "return"):
                        continue
                    qualified = namespace_at(text, match.start()) + "::" + function
                    seen.setdefault(qualified, set()).add(os.path.relpath(path, top))
    clashes = {f: sorted(p) for f, p in seen.items() if len(p) > 1}
    print(f"{len(seen)} free functions defined in headers")
    for function, paths in sorted(clashes.items()):
        print(f"CLASH: {function} is defined in " + " and ".join(paths))
    return 1 if clashes else 0


if __name__ == "__main__":
    sys.exit(main())
