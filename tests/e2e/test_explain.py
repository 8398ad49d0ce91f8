#!/usr/bin/env python3
"""`gnlc explain`: every rule of `gnlc explain --list` has an explanation
with its four sections, each non-empty; every example quotes what gnlc
prints for it, and the diagnostic lines it quotes name the rule they
explain in brackets; an unknown rule is a usage error with a "did you mean"
for a near name.

The examples stay true: for each rule, SCENARIOS below holds the complete
files its example was taken from; the test writes them to a temporary
directory, runs each command the example shows ("$ gnlc ...") there, and
checks that every line the example quotes under it is printed.

Usage: test_explain.py BIN_DIR (run from anywhere).
"""
import os, re, shlex, subprocess, tempfile
from gnlc_test import BIN_DIR, ENV, check, equal, finish, gnlc

SECTIONS = ["What it checks", "Why", "An example that fails", "The fix"]
# A line of gnlc output for a diagnostic: "PATH:LINE:COL: SEVERITY: MESSAGE [RULE]",
# or "PATH: SEVERITY: ..." for an input without a position.
DIAGNOSTIC = re.compile(r"^(?P<path>\S+?):(?:\d+:\d+:)? (?P<severity>error|warning): (?P<message>.*?)(?: \[(?P<rule>[a-z-]+)\])?$")

# ---- the list
result = gnlc("explain", "--list")
equal(result.returncode, 0, "gnlc explain --list: exit status")
rules = []
for line in result.stdout.decode().splitlines():
    match = re.match(r"^([a-z][a-z-]*) +(error|warning) +\S", line)
    check(match is not None, f"gnlc explain --list: malformed line {line!r}")
    if match:
        rules.append(match.group(1))
check(len(rules) >= 39, f"gnlc explain --list: {len(rules)} rules, expected the whole catalogue")
equal(len(set(rules)), len(rules), "gnlc explain --list: each rule once")
equal(gnlc("explain").stdout, result.stdout, "gnlc explain without a rule lists the rules")


def sections(text):
    """{heading: body} of an explanation; bodies are indented by four spaces."""
    found, name = {}, None
    for line in text.splitlines()[1:]:
        if line in SECTIONS:
            name = line
            found[name] = []
        elif name is not None:
            found[name].append(line[4:] if line.startswith("    ") else line)
    return {key: "\n".join(lines).strip() for key, lines in found.items()}


# ---- one explanation per rule
for rule in rules:
    result = gnlc("explain", rule)
    equal(result.returncode, 0, f"gnlc explain {rule}: exit status")
    equal(result.stderr, b"", f"gnlc explain {rule}: standard error")
    text = result.stdout.decode()
    first = text.splitlines()[0] if text else ""
    check(re.match(rf"^{re.escape(rule)} \((error|warning|warning, then error)\): \S", first) is not None,
          f"gnlc explain {rule}: first line {first!r}")
    found = sections(text)
    equal([name for name in SECTIONS if name in found], SECTIONS, f"gnlc explain {rule}: sections")
    for name in SECTIONS:
        check(found.get(name, "") != "", f"gnlc explain {rule}: '{name}' is empty")
    example = found.get("An example that fails", "")
    quoted = [m for m in map(DIAGNOSTIC.match, example.splitlines()) if m]
    check(len(quoted) > 0, f"gnlc explain {rule}: the example quotes no line of gnlc output")
    for match in quoted:
        if match.group("path") == "gnlc" or match.group("path").startswith("gnlc "):
            continue  # "gnlc check: error: ...", the command's closing line, names no rule
        equal(match.group("rule"), rule, f"gnlc explain {rule}: the rule in brackets of {match.group(0)!r}")
    check(re.search(rf"\[{re.escape(rule)}\]", example) is not None,
          f"gnlc explain {rule}: the example does not name [{rule}]")

# ---- the examples are what gnlc prints
# The application behind most examples: the complete example of
# gnlc-application(5), moved into the 2025 call.
BASE = """format = 1
call = 2025

[city]
name = "Sønderborg"
country = "DK"
website = "https://www.sonderborg.dk"

[mayor]
salutation = "Mr"
name = "Jensen, Erik"
title = "Mayor of Sønderborg Municipality"

[contact]
salutation = "Ms"
name = "Holm, Anne"
title = "Head of Lifelong Learning"
address = "Rådhustorvet 10, Sønderborg"
postcode = "6400"
phone = "+45 88 72 00 00"
email = "learning@sonderborg.dk"
language = "English"

[pledge]
beijing_declaration = true
key_features = true
signed = 2025-05-19
stamp = true

[profile]
data_year = 2024
population = 74000
area_km2 = 496.6

[statement]
motivation = "Sønderborg wants every resident to keep learning ..."
implementation = "Our ProjectZero learning partnership ... https://example.org/plan"

[challenges]
literacy = 2
health_and_well_being = 3
entrepreneurship = 4

[interests]
clusters = ["entrepreneurship", "health_and_well_being"]

[submission]
date = 2025-05-20

[endorsement]
commission = "Danish National Commission for UNESCO"
signatory = "Nielsen, Karen"
date = 2025-06-20
decision = "endorsed"
priority = 1
forwarded = 2025-06-23
"""


def edit(*replacements, text=BASE):
    """BASE with each (old, new) replaced once."""
    for old, new in replacements:
        check(old in text, f"scenario: '{old}' is not in the text")
        text = text.replace(old, new, 1)
    return text


APP = "applications/dk-sonderborg.toml"
AARHUS = edit(('name = "Sønderborg"', 'name = "Aarhus"'), ("www.sonderborg.dk", "www.aarhus.dk"),
              ("learning@sonderborg.dk", "learning@aarhus.dk"))
BOTH = {APP: BASE, "applications/dk-aarhus.toml": edit(("priority = 1", "priority = 2"), text=AARHUS)}
MEMBER = 'format = 1\n\n[[member]]\ncity = "Sønderborg"\ncountry = "DK"\nadmitted = 2022-09-13\n'
CALL = 'year = {}\nopens = {}\ncloses = {}\nquota_per_country = 3\nsource = "{}"\n'
SCENARIOS = {
    "toml-syntax": {APP: edit(("signed = 2025-05-19", "signed = 2025-02-30"))},
    "file-too-large": {APP: edit(('implementation = "Our', 'implementation = "Our plan: data:image/png;base64,'
                                  + "iVBORw0KGgo" * 130000))},
    "format-version": {APP: edit(("format = 1", "format = 2"))},
    "missing-field": {APP: edit(('email = "learning@sonderborg.dk"\n', ""))},
    "wrong-type": {APP: edit(("date = 2025-05-20", 'date = "2025-05-20"'))},
    "invalid-value": {APP: edit(('language = "English"', 'language = "Danish"'))},
    "unknown-field": {APP: edit(('postcode = "6400"', 'postal_code = "6400"'))},
    "invalid-email": {APP: edit(('email = "learning@sonderborg.dk"',
                                 'email = "learning@sonderborg.dk; info@sonderborg.dk"'))},
    "invalid-url": {APP: edit(('website = "https://www.sonderborg.dk"', 'website = "www.sonderborg.dk"'))},
    "invalid-phone": {APP: edit(('phone = "+45 88 72 00 00"', 'phone = "88 72 00 00"'))},
    "word-limit": {APP: edit(('motivation = "Sønderborg wants every resident to keep learning ..."',
                              'motivation = "' + " ".join(["learning"] * 203) + '"'))},
    "unknown-country": {APP: edit(('country = "DK"', 'country = "Danmark"'))},
    "not-member-state": {"applications/gl-nuuk.toml": edit(('name = "Sønderborg"', 'name = "Nuuk"'),
                                                           ('country = "DK"', 'country = "Greenland"'))},
    "pledge-missing": {APP: edit(("key_features = true", "key_features = false"))},
    "stamp-missing": {APP: edit(("stamp = true", "stamp = false"))},
    "no-call": {APP: edit(("call = 2025", "call = 2024"))},
    "submission-outside-call": {APP: edit(("date = 2025-05-20", "date = 2025-06-16"))},
    "signature-after-submission": {APP: edit(("signed = 2025-05-19", "signed = 2025-05-21"))},
    "endorsement-pending": {APP: BASE[:BASE.index("\n[endorsement]") + 1]},
    "endorsement-before-submission": {APP: edit(("date = 2025-06-20", "date = 2025-05-16"))},
    "endorsement-late": {APP: edit(("date = 2025-06-20", "date = 2025-07-10"),
                                   ("forwarded = 2025-06-23", "forwarded = 2025-07-15T20:00:00-05:00"))},
    "forwarded-before-endorsement": {APP: edit(("forwarded = 2025-06-23", "forwarded = 2025-06-19"))},
    "not-endorsed": {APP: edit(('decision = "endorsed"', 'decision = "not-endorsed"'))},
    "future-date": {APP: BASE},
    "stale-profile": {APP: edit(("data_year = 2024", "data_year = 2019"))},
    "small-city": {APP: edit(("population = 74000", "population = 8500"))},
    "duplicate-priority": {APP: BASE, "applications/dk-aarhus.toml": AARHUS},
    "duplicate-application": {APP: BASE, "inbox/dk-sonderborg.toml": edit(('name = "Sønderborg"',
                                                                           'name = "SØNDERBORG"'))},
    "already-member": {APP: BASE, "members.toml": MEMBER.replace("2022-09-13", "2020-09-23")},
    "read-error": {APP: BASE},
    "input-too-complex": {APP: edit(('implementation = "Our', 'implementation = "' + "x" * 70000 + " Our"))},
    "duplicate-member": {"members.toml": 'format = 1\n\n[[member]]\ncity = "Muharraq"\ncountry = "BH"\n'
                                          'admitted = 2019-07-17\n\n[[member]]\ncity = "Muharraq"\n'
                                          'country = "Bahrain"\nadmitted = 2024-02-14\n'},
    "report-before-admission": {"members.toml": MEMBER.replace("admitted = 2022-09-13\n", "admitted = 2022-09-13\n"
                                                               "reports = [2022-05-10, 2024-09-10]\n")},
    "duplicate-call": {"calls.toml": "format = 1\n\n[[call]]\n"
                       + CALL.format(2025, "2025-05-15", "2025-06-15", "UIL call of May 2025") + "\n[[call]]\n"
                       + CALL.format(2027, "2027-05-15", "2027-06-15", "UIL call of May 2027") + "\n[[call]]\n"
                       + CALL.format(2027, "2027-04-01", "2027-05-31", "UIL call of April 2027")},
    "invalid-call-dates": {"calls.toml": "format = 1\n\n[[call]]\n"
                           + CALL.format(2027, "2027-05-15", "2027-04-15", "UIL call of May 2027")},
    "csv-syntax": dict(BOTH, **{"scores.csv": "city,score\nSønderborg,87.5\nAarhus,91\n"}),
    "invalid-score": dict(BOTH, **{"scores.csv": 'country,city,score\nDK,Sønderborg,87.5\nDK,Aarhus,"91,5"\n'}),
    "duplicate-score": dict(BOTH, **{"scores.csv": "country,city,score\nDK,Sønderborg,87.5\nDK,Aarhus,91\n"
                                                   "Denmark,SØNDERBORG,88\n"}),
    "submission-cap": {f"applications/2023/dk-{city.lower().replace('ø', 'o')}.toml": edit(
        ('name = "Sønderborg"', f'name = "{city}"'), ("call = 2025", "call = 2023"),
        ("signed = 2025-05-19", "signed = 2023-04-19"), ("date = 2025-05-20", "date = 2023-04-20"),
        ("date = 2025-06-20", "date = 2023-06-20"), ("priority = 1", f"priority = {priority}"),
        ("forwarded = 2025-06-23", f"forwarded = {forwarded}"), ("data_year = 2024", "data_year = 2022"))
        for city, priority, forwarded in [("Sønderborg", 1, "2023-06-21"), ("Aarhus", 2, "2023-06-22"),
                                          ("Odense", 3, "2023-06-22"), ("Vejle", 4, "2023-06-28")]},
    "incomplete-scores": dict(BOTH, **{"scores.csv": "country,city,score\nDK,Sønderborg,87.5\n"}),
    "unmatched-score": dict(BOTH, **{"scores.csv": "country,city,score\nDK,Sønderborg,87.5\nDK,Aarhus,91\n"
                                                   "DK,Odense,78\n"}),
}


def commands(example):
    """(command, quoted output lines) for each "$ gnlc ..." line of an example."""
    items, current = [], None
    for line in example.splitlines():
        if line.startswith("$ "):
            current = (line[2:], [])
            items.append(current)
        elif not line.strip():
            current = None
        elif current is not None:
            current[1].append(line)
    return items


GNLC = os.path.abspath(os.path.join(BIN_DIR, "gnlc"))  # the commands run in a temporary directory
for rule in rules:
    example = sections(gnlc("explain", rule).stdout.decode()).get("An example that fails", "")
    if rule not in SCENARIOS:
        check(False, f"gnlc explain {rule}: no scenario in test_explain.py to replay its example")
        continue
    with tempfile.TemporaryDirectory() as directory:
        for path, text in SCENARIOS[rule].items():
            os.makedirs(os.path.dirname(os.path.join(directory, path)) or directory, exist_ok=True)
            with open(os.path.join(directory, path), "w", encoding="utf-8") as f:
                f.write(text)
        for command, quoted in commands(example):
            argv = shlex.split(command)
            check(argv[0] == "gnlc", f"gnlc explain {rule}: the example runs '{argv[0]}', not gnlc")
            result = subprocess.run([GNLC, *argv[1:]], cwd=directory, env=ENV,
                                    capture_output=True, timeout=60)
            printed = (result.stdout + result.stderr).decode("utf-8", "replace").splitlines()
            for line in quoted:
                check(line in printed, f"gnlc explain {rule}: '{command}' does not print {line!r}; it prints:\n"
                      + "\n".join(printed))

# ---- unknown rules
result = gnlc("explain", "endorsment-late")
equal(result.returncode, 2, "gnlc explain with a misspelt rule: exit status")
equal(result.stdout, b"", "gnlc explain with a misspelt rule: standard output")
equal(result.stderr.decode(),
      "gnlc explain: error: no rule named 'endorsment-late'; did you mean 'endorsement-late'?\n",
      "gnlc explain with a misspelt rule: message")
result = gnlc("explain", "stamp_missing")
equal(result.returncode, 2, "gnlc explain stamp_missing: exit status")
check("did you mean 'stamp-missing'?" in result.stderr.decode(), "gnlc explain stamp_missing: suggests stamp-missing")
result = gnlc("explain", "no-such-rule-at-all")
equal(result.returncode, 2, "gnlc explain with an unknown rule: exit status")
check("no rule named 'no-such-rule-at-all'" in result.stderr.decode(), "gnlc explain with an unknown rule: message")
finish()
