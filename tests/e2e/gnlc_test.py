"""Shared helpers of the end-to-end tests: run the built binaries and
compare what they print."""
import json, os, subprocess, sys

BIN_DIR = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.environ.get("GNLC_BUILD_DIR", "build"), "bin")
ENV = dict(os.environ, NO_COLOR="1", LC_ALL="C.UTF-8")
failures = []
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))


def command_list():
    """The commands of cmd/command-list.txt, in order, as (name, summary)."""
    with open(os.path.join(ROOT, "cmd", "command-list.txt"), encoding="utf-8") as f:
        rows = [line.split(None, 1) for line in f if line.strip() and not line.startswith("#")]
    return [(name, summary.strip()) for name, summary in rows]


COMMANDS = [name for name, _ in command_list()]


def gnlc(*args, stdin=None, timeout=60, env=None):
    """Runs `gnlc ARGS`; returns the CompletedProcess (bytes)."""
    return subprocess.run([os.path.join(BIN_DIR, "gnlc"), *map(str, args)], input=stdin, capture_output=True,
                          env=env or ENV, timeout=timeout)


def gnlc_json(*args, **kwargs):
    result = gnlc(*args, **kwargs)
    return result, json.loads(result.stdout)


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL:", message)


def equal(actual, expected, message):
    check(actual == expected, f"{message}: expected {expected!r}, got {actual!r}")


def finish():
    if failures:
        print(f"{len(failures)} failure(s)")
        sys.exit(1)
    print("ok")
