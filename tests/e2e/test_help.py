#!/usr/bin/env python3
"""Tests --help and `gnlc help TOPIC`:

- every command's --help, run as `gnlc COMMAND` and as `gnlc-COMMAND`,
  fits in 80 columns, says `usage: gnlc COMMAND` and shows none of the
  argument parser's own notation (types, ranges, REQUIRED);
- `gnlc help application` (a file format, section 5) opens the page with
  man(1) where man is on PATH, and prints the page as plain text where it
  is not; `gnlc help check` without man prints `gnlc check --help`.

Usage: test_help.py BIN_DIR (run from anywhere).
"""
import os, re, stat, subprocess, tempfile
from gnlc_test import BIN_DIR, COMMANDS, ENV, check, equal, finish, gnlc

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
commands = COMMANDS
check(len(commands) >= 9, f"commands not found in cmd/command-list.txt: {commands}")

# ---- --help of every command
for command in commands:
    direct = subprocess.run([os.path.join(BIN_DIR, f"gnlc-{command}"), "--help"], capture_output=True, env=ENV)
    for label, result in ((f"gnlc {command} --help", gnlc(command, "--help")), (f"gnlc-{command} --help", direct)):
        equal(result.returncode, 0, f"{label}: exit status")
        text = result.stdout.decode()
        for line in text.splitlines():
            check(len(line) <= 80, f"{label}: a line of {len(line)} columns: {line!r}")
        usage = [line for line in text.splitlines() if line.startswith("usage: ")]
        equal(len(usage), 1, f"{label}: usage lines")
        check(bool(usage) and usage[0].startswith(f"usage: gnlc {command} [OPTIONS]"), f"{label}: usage line {usage}")
        for artefact in ("gnlc-" + command + " ", "Usage:", ":UINT", ":INT", "REQUIRED", "Positionals:"):
            check(artefact not in text, f"{label}: shows the parser's {artefact!r}")
        check(re.search(r"in \[-?[0-9]", text) is None, f"{label}: shows a range in the parser's notation")
    equal(direct.stdout, gnlc(command, "--help").stdout, f"gnlc-{command} --help and gnlc {command} --help")

# ---- gnlc help TOPIC with and without man(1)
with tempfile.TemporaryDirectory() as directory:
    no_man = dict(ENV, PATH=directory)
    result = gnlc("help", "application", env=no_man)
    equal(result.returncode, 0, "gnlc help application without man: exit status")
    text = result.stdout.decode()
    check(text.startswith("GNLC-APPLICATION(5)\n\nNAME\n"
                          "       gnlc-application - GNLC membership application file format (format 1)\n\nSYNOPSIS\n"),
          f"gnlc help application without man: the page as text, got {text[:300]!r}")
    check("\\f" not in text and "\n.TP" not in text and "\\-" not in text,
          "gnlc help application without man: roff left in the text")
    check("\n       --" not in text and "\nRULES\n" in text, "gnlc help application without man: its sections")
    equal(result.stderr, b"", "gnlc help application without man: stderr")

    result = gnlc("help", "registry", env=no_man)
    equal(result.returncode, 0, "gnlc help registry without man: exit status")
    check(result.stdout.decode().startswith("GNLC-REGISTRY(5)\n\nNAME\n       gnlc-registry - "),
          f"gnlc help registry without man: {result.stdout[:100]!r}")

    result = gnlc("help", "check", env=no_man)
    equal(result.returncode, 0, "gnlc help check without man: exit status")
    equal(result.stdout, gnlc("check", "--help").stdout, "gnlc help check without man: the --help text")

    result = gnlc("help", "nosuchtopic", env=no_man)
    equal(result.returncode, 2, "gnlc help nosuchtopic: exit status")
    equal(result.stderr, b"gnlc: error: no manual page or command named 'nosuchtopic'\n", "gnlc help nosuchtopic")

    # A man(1) that says what it was asked to show: the page of this tree.
    fake_man = os.path.join(directory, "man")
    with open(fake_man, "w") as f:
        f.write("#!/bin/sh\necho \"man $*\"\n")
    os.chmod(fake_man, stat.S_IRWXU)
    result = gnlc("help", "application", env=no_man)
    equal(result.returncode, 0, "gnlc help application with man: exit status")
    page = os.path.join(os.path.realpath(BIN_DIR), "..", "share", "man", "man5", "gnlc-application.5")
    equal(result.stdout.decode(), f"man -l {page}\n", "gnlc help application with man")

finish()
