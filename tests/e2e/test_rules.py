#!/usr/bin/env python3
"""Runs `gnlc check` on every application under tests/data/applications/
and compares its diagnostics with the expectations written in the file's
own comments:

    # gnlc-test: as-of 2025-08-01            (default 2026-01-01)
    # gnlc-test: args --strict               (extra arguments)
    # gnlc-test: expect error endorsement-late 47:8
    # gnlc-test: expect warning stamp-missing 30:9
    # gnlc-test: expect none                 (no diagnostic at all)
    # gnlc-test: message 'x' is not a date   (optional, each diagnostic's)
    # gnlc-test: hint write the date as ...  (optional, each diagnostic's)

The diagnostics must match the expectations exactly: same rules,
severities, lines and columns, nothing more and nothing less; where a file
gives messages or hints, the same messages and hints (in the order of the
diagnostics by position). A file
without any `expect` line is an error in the test data.
"""
import glob, os, shlex
from gnlc_test import check, equal, finish, gnlc_json

DEFAULT_AS_OF = "2026-01-01"

files = sorted(glob.glob("tests/data/applications/**/*.toml", recursive=True))
check(len(files) > 0, "no test applications found")
for path in files:
    as_of, args, expected, none, messages, hints = DEFAULT_AS_OF, [], [], False, [], []
    with open(path, "rb") as f:
        for raw in f.read().decode("utf-8", "replace").splitlines():
            line = raw.strip()
            if not line.startswith("# gnlc-test:"):
                continue
            words = line[len("# gnlc-test:"):].split(None, 1)
            if words[0] == "as-of":
                as_of = words[1].strip()
            elif words[0] == "args":
                args += shlex.split(words[1])
            elif words[0] == "message":
                messages.append(words[1].strip())
            elif words[0] == "hint":
                hints.append(words[1].strip())
            elif words[0] == "expect":
                parts = words[1].split()
                if parts == ["none"]:
                    none = True
                else:
                    severity, rule, position = parts
                    line_no, column = position.split(":")
                    expected.append((rule, severity, int(line_no), int(column)))
    if not expected and not none:
        check(False, f"{path}: no '# gnlc-test: expect' line")
        continue
    result, report = gnlc_json("check", "--format", "json", "--as-of", as_of, *args, path)
    diagnostics = report["files"][0]["diagnostics"]
    actual = sorted((d["rule"], d["severity"], d["line"], d["column"]) for d in diagnostics)
    equal(actual, sorted(expected), f"{path}: diagnostics")
    by_position = sorted(diagnostics, key=lambda d: (d["line"], d["column"]))
    if messages:
        equal([d["message"] for d in by_position], messages, f"{path}: messages")
    if hints:
        equal([d.get("hint", "") for d in by_position], hints, f"{path}: hints")
    errors = [e for e in expected if e[1] == "error"]
    strict_fail = "--strict" in args and expected
    equal(result.returncode, 1 if (errors or strict_fail) else 0, f"{path}: exit status")
finish()
