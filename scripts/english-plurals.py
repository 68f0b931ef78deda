#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Fills the English plural forms lupdate -pluralonly leaves open in translations/keyward_en.ts:
# "%n user(s)" becomes "%n user" and "%n users". Run after `--target update_translations`;
# a message that needs more than that goes in IRREGULAR.
import html
import re
import sys

IRREGULAR = {
    "Delete %1? Its %n member(s) lose it, and every session in it ends now.": (
        "Delete %1? Its %n member loses it, and every session in it ends now.",
        "Delete %1? Its %n members lose it, and every session in it ends now.",
    ),
}


def forms(source):
    if source in IRREGULAR:
        return IRREGULAR[source]
    return source.replace("(s)", ""), source.replace("(s)", "s")


def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;").replace('"', "&quot;")


def fill(path):
    text = open(path, encoding="utf-8").read()

    def message(match):
        block = match.group(0)
        if 'numerus="yes"' not in block or 'type="unfinished"' not in block:
            return block
        source = html.unescape(re.search(r"<source>(.*?)</source>", block, re.S).group(1))
        singular, plural = forms(source)
        translation = ("<translation>\n            <numerusform>%s</numerusform>\n"
                       "            <numerusform>%s</numerusform>\n        </translation>") % (escape(singular), escape(plural))
        return re.sub(r"<translation type=\"unfinished\">.*?</translation>", lambda _: translation, block, flags=re.S)

    open(path, "w", encoding="utf-8").write(re.sub(r"<message numerus=\"yes\">.*?</message>", message, text, flags=re.S))


fill(sys.argv[1] if len(sys.argv) > 1 else "translations/keyward_en.ts")
