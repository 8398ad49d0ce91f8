#!/usr/bin/env python3
"""The README's examples still print what the README shows: every
```console block is a series of `$ gnlc ...` commands, each followed by its
exact output. A line `...` (or `  ...`) ends a shortened output: only the
lines before it are compared."""
import os, re, shlex, subprocess
from gnlc_test import BIN_DIR, ENV, check, equal, finish

text = open("README.md", encoding="utf-8").read()
blocks = re.findall(r"```console\n(.*?)```", text, re.S)
check(len(blocks) >= 4, "README has console examples")
commands = 0
for block in blocks:
    lines = block.splitlines()
    i = 0
    while i < len(lines):
        if not lines[i].startswith("$ "):
            i += 1
            continue
        args = shlex.split(lines[i][2:])
        expected = []
        i += 1
        while i < len(lines) and not lines[i].startswith("$ "):
            expected.append(lines[i])
            i += 1
        shortened = [n for n, line in enumerate(expected) if line.strip() == "..."]
        if shortened:
            expected = expected[:shortened[0]]
        result = subprocess.run([os.path.join(BIN_DIR, args[0]), *args[1:]], capture_output=True, env=ENV)
        actual = result.stdout.decode().splitlines()
        if shortened:
            actual = actual[:len(expected)]
        equal(actual, expected, f"README: {' '.join(args)}")
        commands += 1
check(commands >= 7, f"README examples run: {commands}")

# The shell commands work as root and as a user: a root shell (a container)
# often has no sudo, so none begins with it unconditionally.
for block in re.findall(r"```sh\n(.*?)```", text, re.S):
    for line in block.splitlines():
        check(not line.startswith("sudo "), f"README: '{line}' fails where there is no sudo")
finish()
