#!/usr/bin/env python3
"""Tests what depends on the terminal and on standard output:

- colour on a terminal, none with TERM=dumb (nor NO_COLOR) unless
  --color=always, and `-o -` coloured as standard output is;
- `-o -` is standard output for every command that has -o: the same
  bytes and exit status as without it, and no file named '-'.

Usage: test_terminal.py BIN_DIR (run from anywhere).
"""
import os, pty, subprocess, tempfile
from gnlc_test import BIN_DIR, ENV, check, equal, finish

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
EXAMPLES = os.path.join(ROOT, "examples")
GNLC = os.path.abspath(os.path.join(BIN_DIR, "gnlc"))


def on_terminal(args, **env):
    """Standard output of `gnlc ARGS` written to a pseudo-terminal."""
    environment = {k: v for k, v in ENV.items() if k not in ("NO_COLOR", "TERM")}
    environment.update(env)
    leader, follower = pty.openpty()
    process = subprocess.Popen([GNLC, *args], stdout=follower, stderr=subprocess.DEVNULL, env=environment)
    os.close(follower)
    output = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # EIO: the command has closed the terminal
            break
        if not chunk:
            break
        output += chunk
    os.close(leader)
    process.wait(timeout=60)
    return output


invalid = ["check", "--as-of", "2025-08-01", os.path.join(EXAMPLES, "applications")]
check(b"\x1b[" in on_terminal(invalid, TERM="xterm"), "a terminal gets colour")
check(b"\x1b" not in on_terminal(invalid, TERM="dumb"), "TERM=dumb gets no colour")
check(b"\x1b" not in on_terminal(invalid, TERM="xterm", NO_COLOR="1"), "NO_COLOR gets no colour")
check(b"\x1b[" in on_terminal(invalid + ["--color=always"], TERM="dumb"), "--color=always colours even with TERM=dumb")
check(b"\x1b[" in on_terminal(invalid + ["-o", "-"], TERM="xterm"), "-o - on a terminal is coloured as stdout is")

# ---- -o - is standard output, for every command that has -o
runs = [
    ["check", "--as-of", "2025-08-01", os.path.join(EXAMPLES, "applications")],
    ["calendar", "2025"],
    ["quota", "--as-of", "2025-08-01", os.path.join(EXAMPLES, "intake-2025")],
    ["reports", "--as-of", "2025-01-01", os.path.join(EXAMPLES, "registry.toml")],
    ["members", "--as-of", "2025-01-01", os.path.join(EXAMPLES, "registry.toml")],
    ["new", "--as-of", "2025-01-01"],
    ["schema"],
]
with_output = set()
for command in ["check", "calendar", "quota", "reports", "members", "new", "schema", "explain", "admit"]:
    help_text = subprocess.run([GNLC, command, "--help"], capture_output=True, env=ENV).stdout.decode()
    if "-o,--output" in help_text:
        with_output.add(command)
equal(with_output, {args[0] for args in runs}, "the commands with -o")
for args in runs:
    with tempfile.TemporaryDirectory() as directory:
        plain = subprocess.run([GNLC, *args], capture_output=True, env=ENV, cwd=directory)
        dashed = subprocess.run([GNLC, *args, "-o", "-"], capture_output=True, env=ENV, cwd=directory)
        label = "gnlc " + " ".join(args[:1]) + " -o -"
        check(len(plain.stdout) > 100, f"gnlc {args[0]}: no output to compare")
        equal(dashed.stdout, plain.stdout, f"{label}: standard output")
        equal(dashed.returncode, plain.returncode, f"{label}: exit status")
        equal(os.listdir(directory), [], f"{label}: files written")

finish()
