#!/usr/bin/env python3
"""`gnlc check` output formats, each read by a real consumer: JSON by
Python's parser, SARIF validated against the SARIF 2.1.0 JSON Schema
(python3-jsonschema), JUnit parsed by xmllint and ElementTree, GitHub
workflow commands decoded as GitHub documents; on a batch with a valid, an
invalid and an unreadable file."""
import json, os, re, shutil, subprocess, tempfile
import xml.etree.ElementTree as ET
import jsonschema
from gnlc_test import check, equal, finish, gnlc

AS_OF = "2025-08-01"
BATCH = ["tests/data/formats", "tests/data/formats/missing.toml"]

# json
result = gnlc("check", "--format", "json", "--as-of", AS_OF, *BATCH)
equal(result.returncode, 2, "json: exit status with an unreadable file")
report = json.loads(result.stdout)
equal([f["path"] for f in report["files"]],
      ["tests/data/formats/invalid.toml", "tests/data/formats/valid.toml", "tests/data/formats/missing.toml"],
      "json: file order (directory sorted, then as given)")
equal([f["valid"] for f in report["files"]], [False, True, False], "json: valid flags")
equal(report["files"][0]["diagnostics"][0],
      {"rule": "invalid-email", "severity": "error", "line": 22, "column": 9,
       "message": "'contact.email' is not a valid e-mail address: \"learning at sonderborg\"",
       "hint": "write one address, such as learning@city.example.org"}, "json: first diagnostic")
equal(report["files"][1], {"path": "tests/data/formats/valid.toml", "valid": True, "call": 2025,
                           "city": "Sønderborg", "country": "DK", "diagnostics": []}, "json: valid file")
missing = report["files"][2]
equal((missing["call"], missing["city"], missing["country"]), (None, None, None), "json: unreadable file facts")
equal(missing["diagnostics"][0]["rule"], "read-error", "json: unreadable file rule")
equal(report["summary"], {"files": 3, "valid": 1, "invalid": 2, "errors": 2, "warnings": 1}, "json: summary")
check(b"some inputs could not be read" in result.stderr, "json: stderr names the read failure")

# sarif
with open("tests/schemas/sarif-2.1.0-rtm.5.json", encoding="utf-8") as f:
    sarif_schema = json.load(f)
result = gnlc("check", "--format", "sarif", "--as-of", AS_OF, *BATCH)
sarif = json.loads(result.stdout)
try:
    jsonschema.Draft4Validator(sarif_schema).validate(sarif)
except jsonschema.ValidationError as error:
    check(False, f"sarif: not valid SARIF 2.1.0: {error.message} at {list(error.absolute_path)}")
run = sarif["runs"][0]
equal(sorted(r["id"] for r in run["tool"]["driver"]["rules"]), ["invalid-email", "read-error", "stamp-missing"],
      "sarif: one rule per rule used")
equal([(r["ruleId"], r["level"]) for r in run["results"]],
      [("invalid-email", "error"), ("stamp-missing", "warning"), ("read-error", "error")], "sarif: results")
# Code scanning shows a rule's help beside its results: the explanation of
# `gnlc explain RULE` itself, as text and as Markdown, not a command to run.
for rule in run["tool"]["driver"]["rules"]:
    explained = gnlc("explain", rule["id"])
    equal(explained.returncode, 0, f"gnlc explain {rule['id']}: exit status")
    explanation = explained.stdout.decode()
    equal(rule["help"]["text"], explanation, f"sarif: help.text of {rule['id']} is `gnlc explain {rule['id']}`")
    summary = explanation.split("\n", 1)[0].split(": ", 1)[1]
    equal(rule["shortDescription"]["text"], summary, f"sarif: shortDescription of {rule['id']}")
    checks = explanation.split("What it checks\n", 1)[1].split("\n\nWhy\n", 1)[0]
    equal(rule["fullDescription"]["text"], "\n".join(line[4:] for line in checks.split("\n")),
          f"sarif: fullDescription of {rule['id']} is what it checks")
    markdown = rule["help"]["markdown"]
    check(markdown.startswith(f"**{rule['id']}** (") and "\n## What it checks\n\n" in markdown
          and "\n## Why\n\n" in markdown, f"sarif: help.markdown of {rule['id']} has the explanation's sections")
    check("run: gnlc explain" not in json.dumps(rule), f"sarif: {rule['id']} still sends the reader to a command")
invalid_email = next(r for r in run["tool"]["driver"]["rules"] if r["id"] == "invalid-email")
check("```\n[contact]\nemail = \"learning@sonderborg.dk; info@sonderborg.dk\"\n" in invalid_email["help"]["markdown"],
      "sarif: the example of invalid-email is a code block in help.markdown")
region = run["results"][0]["locations"][0]["physicalLocation"]["region"]
equal((region["startLine"], region["startColumn"]), (22, 9), "sarif: region")
equal(run["invocations"][0]["executionSuccessful"], False, "sarif: unreadable input is a failed execution")

# junit
result = gnlc("check", "--format", "junit", "--as-of", AS_OF, *BATCH)
lint = subprocess.run(["xmllint", "--noout", "-"], input=result.stdout, capture_output=True)
equal(lint.returncode, 0, f"junit: xmllint accepts it ({lint.stderr!r})")
root = ET.fromstring(result.stdout)
suite = root.find("testsuite")
equal((root.tag, suite.get("tests"), suite.get("failures"), suite.get("errors")), ("testsuites", "3", "1", "1"),
      "junit: totals")
cases = suite.findall("testcase")
equal([c.get("name") for c in cases], [f["path"] for f in report["files"]], "junit: one test case per file")
equal(cases[0].find("failure").get("type"), "invalid-email", "junit: failure type is the first error's rule")
check(cases[1].find("failure") is None and cases[1].find("error") is None, "junit: the valid file passes")
equal(cases[2].find("error").get("type"), "read-error", "junit: unreadable file is an error")

# github: escaping of %, CR, LF, : and , as GitHub documents it
def unescape(text):
    return text.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",").replace("%25", "%")

tmp = tempfile.mkdtemp()
try:
    hostile = os.path.join(tmp, "a%b,c:d.toml")
    text = open("tests/data/formats/invalid.toml", encoding="utf-8").read()
    text = text.replace('"learning at sonderborg"', '"100%, a:b"')
    open(hostile, "w", encoding="utf-8").write(text)
    result = gnlc("check", "--format", "github", "--as-of", AS_OF, hostile)
    lines = result.stdout.decode().splitlines()
    equal(len(lines), 2, "github: one command per diagnostic")
    pattern = re.compile(r"^::(error|warning) file=([^,]*),line=(\d+),col=(\d+),title=([^:]*)::(.*)$")
    match = pattern.match(lines[0])
    check(match is not None, f"github: command form: {lines[0]}")
    if match:
        equal(unescape(match.group(2)), hostile, "github: file property round-trips")
        equal((match.group(1), match.group(3), match.group(4), match.group(5)), ("error", "22", "9", "invalid-email"),
              "github: properties")
        equal(unescape(match.group(6)),
              "'contact.email' is not a valid e-mail address: \"100%, a:b\"\nhint: write one address, such as "
              "learning@city.example.org", "github: message round-trips, hint on a second line")
        check("\n" not in match.group(6) and "%25" in match.group(6), "github: % and newline escaped")
finally:
    shutil.rmtree(tmp)

# text
result = gnlc("check", "--as-of", AS_OF, *BATCH)
equal(result.stdout.decode().splitlines(), [
    "tests/data/formats/invalid.toml:22:9: error: 'contact.email' is not a valid e-mail address: \"learning at sonderborg\" [invalid-email]",
    "    hint: write one address, such as learning@city.example.org",
    "tests/data/formats/invalid.toml:29:9: warning: the application carries no official stamp [stamp-missing]",
    "    hint: affix the city's official stamp and write: stamp = true",
    "tests/data/formats/missing.toml: error: no such file or directory [read-error]",
    "3 files checked: 1 valid, 2 invalid (2 errors, 1 warning)"], "text: lines")
result = gnlc("check", "-q", "--as-of", AS_OF, "tests/data/formats/valid.toml")
equal((result.returncode, result.stdout), (0, b""), "text -q: nothing for a valid file")
result = gnlc("check", "--strict", "--as-of", AS_OF, "tests/data/formats/invalid.toml")
equal(result.returncode, 1, "--strict")
finish()
