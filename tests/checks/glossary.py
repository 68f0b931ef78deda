#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The translations keep to translations/GLOSSARY.md: a translation whose English source names a
term holds that term's stem, and no translation holds a word the glossary says to avoid.

Usage: glossary.py TRANSLATIONS_DIR      Exit 0: they keep to it; 1: they do not (each printed).
"""
import os
import re
import sys
import xml.etree.ElementTree as ElementTree

LANGUAGES = {"de": (1, 2), "fr": (3, 4)}  # the glossary table's columns: stem, avoid


def cells(line):
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def read_glossary(path):
    terms, exceptions = [], set()
    section = None
    for line in open(path, encoding="utf-8"):
        if line.startswith("## "):
            section = line[3:].strip()
        if not line.startswith("|") or re.match(r"^\|[-| ]+\|$", line.strip()):
            continue
        row = cells(line)
        if section == "Exceptions":
            if row[0] != "term":
                exceptions.add((row[0], row[1]))
        elif row[0] != "English":
            terms.append(row)
    return terms, exceptions


def messages(ts_path):
    """(source, [translation texts]) of every finished message."""
    for message in ElementTree.parse(ts_path).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            continue
        forms = [form.text or "" for form in translation.findall("numerusform")] or [translation.text or ""]
        yield message.findtext("source") or "", forms


SETTING_KEY = re.compile(r"\b[a-z_]+\.[a-z_.]+\b")  # tokens.leeway, workspaces.self_service


def plain(text):
    """A text as the glossary compares it: no shortcut marks, no setting keys, one apostrophe."""
    return SETTING_KEY.sub("", text.replace("&", "")).replace("'", "’")


def names(text, term):
    """Whether text names the English term as a whole word (plural -s too)."""
    return re.search(r"(?<![\w-])" + re.escape(term) + r"s?(?![\w-])", plain(text), re.I) is not None


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "../../translations")
    terms, exceptions = read_glossary(os.path.join(folder, "GLOSSARY.md"))
    if len(terms) < 5:
        print("the glossary's table was not read: its format changed")
        return 1
    problems = []
    checked = 0
    for language, (stem_column, avoid_column) in LANGUAGES.items():
        files = [os.path.join(folder, name) for name in sorted(os.listdir(folder))
                 if name.endswith(f"_{language}.ts")]
        for ts_path in files:
            for source, forms in messages(ts_path):
                for form in forms:
                    checked += 1
                    text = plain(form)
                    for row in terms:
                        english, stem = row[0], row[stem_column]
                        avoid = [word.strip() for word in row[avoid_column].split(";") if word.strip()]
                        for word in avoid:
                            if re.search(r"(?<!\w)" + re.escape(plain(word)) + r"(?!\w)", text, re.I):
                                problems.append(f"{os.path.basename(ts_path)}: «{word}» (glossary: {stem} for "
                                                f"{english}) in «{form}»")
                        if stem and names(source, english) and (english, source) not in exceptions \
                                and plain(stem).lower() not in text.lower():
                            problems.append(f"{os.path.basename(ts_path)}: «{source}» names {english}, "
                                            f"its translation «{form}» lacks «{stem}»")
    for problem in problems:
        print(problem)
    print(f"{checked} translations checked against {len(terms)} glossary terms: {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
