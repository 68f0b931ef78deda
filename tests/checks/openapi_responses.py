#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Validates every answer the test suite got from the server against docs/openapi.json.

TestServer writes each answer (method, path, status, content type, body) to the file
KEYWARD_RESPONSE_LOG names, one JSON line each; CTest gives every suite a file of its own under
LOG_DIR. Each answer must belong to an operation of the document, with its status (or a range or
"default") listed, its content type described, and a JSON body valid against the schema
(JSON Schema 2020-12, Debian's python3-jsonschema). Answers to paths the document does not have
must be 404 or 405 (the suites probe unknown routes on purpose).

Usage: openapi_responses.py DOCUMENT LOG_DIR   (exit 77: nothing recorded, e.g. run alone)
"""
import glob
import json
import os
import re
import sys

from jsonschema import Draft202012Validator, RefResolver


def templates_of(document):
    """(regex, template, literal segments) per path: the most literal match wins (/a/b over /a/{id})."""
    found = []
    for template in document["paths"]:
        pattern = "^" + re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(template)) + "$"
        literal = sum(1 for segment in template.split("/") if segment and not segment.startswith("{"))
        found.append((re.compile(pattern), template, literal))
    return found


def resolved(document, value):
    while isinstance(value, dict) and "$ref" in value:
        target = document
        for part in value["$ref"].lstrip("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        value = target
    return value


def main():
    document_path, log_dir = sys.argv[1], sys.argv[2]
    document = json.load(open(document_path, encoding="utf-8"))
    templates = templates_of(document)
    resolver = RefResolver(base_uri="", referrer=document)
    validators = {}
    failures, checked, operations = {}, 0, set()
    for log in sorted(glob.glob(os.path.join(log_dir, "*.jsonl"))):
        suite = os.path.basename(log)[:-len(".jsonl")]
        for line in open(log, encoding="utf-8"):
            answer = json.loads(line)
            method, path, status = answer["method"].lower(), answer["path"], answer["status"]
            if method in ("head", "options"):
                continue
            matches = sorted((t for t in templates if t[0].match(path)), key=lambda t: -t[2])
            operation = document["paths"][matches[0][1]].get(method) if matches else None
            if operation is None:
                if status not in (404, 405):
                    failures.setdefault(f"{method.upper()} {path}: {status}, a route the document lacks", suite)
                continue
            template = matches[0][1]
            where = f"{method.upper()} {template} {status}"
            responses = operation.get("responses", {})
            spec = responses.get(str(status)) or responses.get(f"{status // 100}XX") or responses.get("default")
            if spec is None:
                failures.setdefault(f"{where}: status not in the document", suite)
                continue
            spec = resolved(document, spec)
            content = spec.get("content") or {}
            media_type = answer["content_type"].split(";")[0].strip().lower()
            body = answer["body"]
            checked += 1
            operations.add(f"{method.upper()} {template}")
            if not content or not body:
                continue
            media = content.get(media_type)
            if media is None:
                failures.setdefault(f"{where}: content type {media_type} not in the document", suite)
                continue
            schema = media.get("schema")
            if media_type != "application/json" or not schema:
                continue
            key = json.dumps(schema, sort_keys=True)
            if key not in validators:
                validators[key] = Draft202012Validator(resolved(document, schema), resolver=resolver)
            try:
                value = json.loads(body)
            except ValueError:
                failures.setdefault(f"{where}: the body is not JSON", suite)
                continue
            for error in validators[key].iter_errors(value):
                place = "/".join(str(p) for p in error.absolute_path) or "(the body)"
                # The rule that failed, not the value: a body may carry tokens.
                rule = json.dumps(error.validator_value)[:120]
                failures.setdefault(f"{where}: {place}: fails {error.validator} {rule}", suite)
                break
    if checked == 0:
        print("openapi_responses: no answers recorded (run with the suites that record them)")
        return 77
    for failure, suite in sorted(failures.items()):
        print(f"FAIL  {failure}   (first seen in {suite})")
    print(f"{checked} answers of {len(operations)} operations checked against {os.path.basename(document_path)}, "
          f"{len(failures)} problems")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
