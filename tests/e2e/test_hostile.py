#!/usr/bin/env python3
"""Hostile input: huge, deeply nested, binary, badly encoded files each
give exit 1 or 2 with a clear diagnostic within a second and with bounded
memory; and names built to attack the next program (terminal escapes,
spreadsheet formulas, markup) come out neutralised or escaped in every
output format, as a real parser of that format reads them."""
import csv, io, json, os, shutil, subprocess, tempfile, time
import xml.etree.ElementTree as ET
from gnlc_test import BIN_DIR, ENV, check, equal, finish

AS_OF = "2025-08-01"
VALID = open("tests/data/formats/valid.toml", encoding="utf-8").read()
SANITIZED = os.environ.get("GNLC_SANITIZED") == "1"  # slower, and more memory


def run_measured(args, stdin=None):
    """Runs a command; returns (status, stdout, stderr, seconds, max RSS in MiB)."""
    start = time.monotonic()
    process = subprocess.Popen(args, stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=ENV)
    out, err = process.communicate(stdin, timeout=60)
    _, status, usage = os.wait4(process.pid, 0) if process.returncode is None else (0, 0, None)
    elapsed = time.monotonic() - start
    rss = usage.ru_maxrss / 1024 if usage else 0
    return process.returncode, out, err, elapsed, rss


def gnlc_check_json(path, *extra):
    start = time.monotonic()
    process = subprocess.Popen([os.path.join(BIN_DIR, "gnlc-check"), "--format", "json", "--as-of", AS_OF, *extra, path],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=ENV)
    out = process.stdout.read()
    process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.monotonic() - start
    return os.waitstatus_to_exitcode(status), out, elapsed, usage.ru_maxrss / 1024


tmp = tempfile.mkdtemp()
try:
    cases = {
        "ten-mib-string.toml": b'format = 1\nx = "' + b"a" * (10 * 1024 * 1024) + b'"\n',
        "nested-arrays.toml": b"format = 1\nx = " + b"[" * 10000 + b"]" * 10000 + b"\n",
        "nested-inline-tables.toml": b"format = 1\nx = " + b"{a=" * 10000 + b"1" + b"}" * 10000 + b"\n",
        "nul-bytes.toml": b"format = 1\n[city]\nname = \"A\x00B\"\n",
        "overlong-utf8.toml": b"format = 1\n[city]\nname = \"\xc0\xaf\"\n",
        "bom.toml": b"\xef\xbb\xbf" + VALID.encode(),
        "crlf.toml": VALID.replace("\n", "\r\n").encode(),
        "binary.toml": bytes(range(256)) * 64,
        "many-keys.toml": b"format = 1\n" + b"".join(b"k%d = 1\n" % i for i in range(60000)),
        "long-array.toml": VALID.replace('clusters = ["entrepreneurship", "health_and_well_being"]',
                                         "clusters = [" + ", ".join(['"literacy"'] * 5000) + "]").encode(),
        "empty.toml": b"",
        "long-string.toml": VALID.replace('name = "Sønderborg"', 'name = "' + "x" * 70000 + '"').encode(),
    }
    expected_rule = {
        "ten-mib-string.toml": "file-too-large", "nested-arrays.toml": "toml-syntax",
        "nested-inline-tables.toml": "toml-syntax", "nul-bytes.toml": "toml-syntax",
        "overlong-utf8.toml": "toml-syntax", "binary.toml": "toml-syntax",
        "many-keys.toml": "input-too-complex", "long-array.toml": "input-too-complex", "empty.toml": "format-version",
        "long-string.toml": "input-too-complex",
    }
    for name, data in cases.items():
        path = os.path.join(tmp, name)
        with open(path, "wb") as f:
            f.write(data)
        status, out, elapsed, rss = gnlc_check_json(path)
        check(status in (0, 1, 2), f"{name}: exit status {status}")
        report = json.loads(out)
        rules = [d["rule"] for d in report["files"][0]["diagnostics"]]
        if name in expected_rule:
            check(expected_rule[name] in rules, f"{name}: expected {expected_rule[name]} among {rules}")
            equal(status, 1, f"{name}: exit status")
        check(all(d["line"] is None or d["line"] >= 1 for d in report["files"][0]["diagnostics"]), f"{name}: lines")
        check(len(rules) <= 101, f"{name}: at most 100 diagnostics and a note ({len(rules)})")
        if not SANITIZED:
            check(elapsed < 1.0, f"{name}: took {elapsed:.2f} s")
            check(rss < 100, f"{name}: peak memory {rss:.0f} MiB")
    # BOM and CRLF files are still the valid application they were.
    for name in ("bom.toml", "crlf.toml"):
        status, out, _, _ = gnlc_check_json(os.path.join(tmp, name))
        equal((status, json.loads(out)["files"][0]["diagnostics"]), (0, []), f"{name}: valid")
    # Standard input cannot make gnlc read without bound either.
    status, out, err, elapsed, rss = run_measured([os.path.join(BIN_DIR, "gnlc-check"), "--as-of", AS_OF, "-"],
                                                  stdin=b"x" * (50 * 1024 * 1024))
    equal(status, 1, "50 MiB on stdin: exit status")
    check(b"[file-too-large]" in out, "50 MiB on stdin: file-too-large")

    # Every input that fuzzing ever found to crash a parser.
    import glob
    for path in sorted(glob.glob("tests/data/fuzz/*.toml")):
        for command in (["check", "--as-of", AS_OF], ["reports", "--as-of", AS_OF]):
            result = subprocess.run([os.path.join(BIN_DIR, "gnlc"), *command, path], capture_output=True, env=ENV,
                                    timeout=10)
            # A valid application given to reports is, for now, a registry
            # with unknown keys: warnings, exit 0.
            wrong_kind = command[0] == "reports" and b"[unknown-field]" in result.stderr
            check(result.returncode in (1, 2) or (result.returncode == 0 and wrong_kind),
                  f"{path}: gnlc {command[0]} exits {result.returncode}")
            # An application given to reports is one error that says so.
            said_so = b"is an application (gnlc-application(5)), not a members registry" in result.stderr
            check(b"[" in result.stdout + result.stderr or said_so, f"{path}: gnlc {command[0]} gives a diagnostic")
        # As a members registry and as a calendar: read by the same TOML
        # reader, they must not crash it either (an exit status, not a signal).
        for command in (["check", "--as-of", AS_OF, "tests/data/formats/valid.toml", "--members"],
                        ["calendar", "--calendar"]):
            result = subprocess.run([os.path.join(BIN_DIR, "gnlc"), *command, path], capture_output=True, env=ENV,
                                    timeout=10)
            check(result.returncode in (0, 1, 2), f"{path}: gnlc {' '.join(command[::3])} exits {result.returncode}")

    # Names that attack the next program in the chain.
    # A control character in a name is itself an error (invalid-value), so
    # the escape sequence travels in a key's name, which messages quote.
    evil = '=HYPERLINK(\\"http://evil.example\\")\\u202e<b>&amp;</b>, \\"x\\"'
    decoded = '=HYPERLINK("http://evil.example")\u202e<b>&amp;</b>, "x"'
    evil_app = VALID.replace('name = "Sønderborg"', f'name = "{evil}"').replace("priority = 1", "priority = 3")
    evil_app = evil_app.replace("[city]\n", '[city]\n"x\\u001b[2J" = 1\n', 1)
    batch = os.path.join(tmp, "evil")
    os.makedirs(batch)
    for n in ("a", "b"):  # the same city twice: its name appears in a duplicate-application message
        with open(os.path.join(batch, f"{n}.toml"), "w", encoding="utf-8") as f:
            f.write(evil_app)

    def gnlc_out(*args):
        return subprocess.run([os.path.join(BIN_DIR, "gnlc"), *args], capture_output=True, env=ENV).stdout

    text = gnlc_out("check", "--as-of", AS_OF, batch)
    check(b"\x1b" not in text and "\u202e".encode() not in text, "text: no raw escape or bidi override")
    check(b"\\x1b[2J" in text, "text: the escape is shown visibly")
    report = json.loads(gnlc_out("check", "--format", "json", "--as-of", AS_OF, batch))
    equal(report["files"][0]["city"], decoded, "json: the name round-trips")
    sarif = json.loads(gnlc_out("check", "--format", "sarif", "--as-of", AS_OF, batch))
    check(any(decoded in r["message"]["text"] for r in sarif["runs"][0]["results"]), "sarif: the name round-trips")
    check(any("x\x1b[2J" in r["message"]["text"] for r in sarif["runs"][0]["results"]), "sarif: the key round-trips")
    junit = ET.fromstring(gnlc_out("check", "--format", "junit", "--as-of", AS_OF, batch))
    failure = junit.find("testsuite/testcase/failure")
    check(failure is not None and "<b>&amp;</b>" in failure.get("message"), "junit: markup round-trips as text")
    table = gnlc_out("quota", "--as-of", AS_OF, os.path.join(batch, "a.toml"))
    check(b"\x1b" not in table, "quota table: no raw escape")
    rows = list(csv.reader(io.StringIO(gnlc_out("quota", "--format", "csv", "--as-of", AS_OF,
                                                os.path.join(batch, "a.toml")).decode())))
    # The bidirectional override is shown as an escape, as in text output.
    equal(rows[1][4], "'" + decoded.replace("\u202e", "\\u202e"),
          "quota csv: the formula and the bidi override are neutralised, the rest round-trips")
    tsv = gnlc_out("quota", "--format", "tsv", "--as-of", AS_OF, os.path.join(batch, "a.toml")).decode().splitlines()
    check(tsv[1].split("\t")[4].startswith("'="), "quota tsv: the formula is neutralised")
finally:
    shutil.rmtree(tmp)
finish()
