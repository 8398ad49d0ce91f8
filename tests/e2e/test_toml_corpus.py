#!/usr/bin/env python3
"""Every file of the toml-test corpus of invalid TOML (tests/data/toml-test/
tests/invalid/, used unchanged) makes `gnlc check` report exactly one
diagnostic, a toml-syntax error with a line number >= 1, and exit with
status 1; gnlc never crashes (no signal, no "terminate" on stderr) and takes
at most 5 seconds a file.

The files are checked in batches, one gnlc invocation per batch (gnlc check
takes many paths and prints one JSON entry per path, in the order given). A
batch must finish within 5 seconds in all, which is stricter than 5 seconds
a file; a batch that fails as a whole is run again one file at a time, so
that the failure names the file."""
import json, os, subprocess
from gnlc_test import check, equal, finish, gnlc

CORPUS = "tests/data/toml-test/tests/invalid"
AS_OF = "2025-08-01"
BATCH = 40
SECONDS = 5

files = sorted(os.path.join(directory, name) for directory, _, names in os.walk(CORPUS) for name in names)
check(len(files) >= 500, f"{CORPUS}: expected the full corpus, found {len(files)} files")


def run(paths):
    """Runs gnlc check on PATHS; returns (problem, report), problem None when the run itself was sound."""
    try:
        result = gnlc("check", "--format", "json", "--as-of", AS_OF, *paths, timeout=SECONDS)
    except subprocess.TimeoutExpired:
        return f"took more than {SECONDS} s", None
    stderr = result.stderr.decode("utf-8", "replace")
    if result.returncode < 0:
        return f"killed by signal {-result.returncode}", None
    if "terminate" in stderr:
        return f"'terminate' on stderr: {stderr.strip()[:200]}", None
    if result.returncode != 1:
        return f"exit status {result.returncode}, expected 1 (stderr: {stderr.strip()[:200]})", None
    try:
        report = json.loads(result.stdout)
    except ValueError as error:
        return f"stdout is not JSON: {error}", None
    return None, report


def judge(path, entry):
    diagnostics = entry["diagnostics"]
    rules = [d["rule"] for d in diagnostics]
    equal(rules, ["toml-syntax"], f"{path}: diagnostics")
    if rules == ["toml-syntax"]:
        line = diagnostics[0]["line"]
        check(isinstance(line, int) and not isinstance(line, bool) and line >= 1,
              f"{path}: the line must be an integer >= 1, got {line!r}")
        equal(diagnostics[0]["severity"], "error", f"{path}: severity")
    equal(entry["valid"], False, f"{path}: valid")


for start in range(0, len(files), BATCH):
    batch = files[start:start + BATCH]
    problem, report = run(batch)
    if problem is None and [entry["path"] for entry in report["files"]] != batch:
        problem = "the report does not list the files in the order given"
    if problem is None:
        for path, entry in zip(batch, report["files"]):
            judge(path, entry)
        continue
    # Find the culprit: one file at a time.
    for path in batch:
        problem, report = run([path])
        if problem is not None:
            check(False, f"{path}: {problem}")
        else:
            equal(len(report["files"]), 1, f"{path}: one entry in the report")
            judge(path, report["files"][0])
finish()
