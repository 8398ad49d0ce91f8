#!/usr/bin/env python3
"""The batch rules of `gnlc check`, on the applications of tests/data/batch/:

- duplicate-application: the same city twice in one batch; the identity is
  the country (resolved to its ISO code) and the city name compared
  case-insensitively after Unicode NFC and trimming ("Québec" with a
  precomposed é, "Québec" with e + U+0301, "  QUÉBEC "; "Sønderborg" in DK and
  "SØNDERBORG" in DNK). One name in two countries is two cities.
- duplicate-priority: two different cities of one country and call with the
  same priority; another priority, another country or another call is fine.

Each file is valid on its own. The diagnostic is an error on the later file
of the batch (in the order given; in a directory, sorted by path), at the
city name or the priority, and its hint names the earlier file."""
from gnlc_test import check, equal, finish, gnlc_json

AS_OF = "2025-08-01"
DUP = "tests/data/batch/duplicate-application/"
PRI = "tests/data/batch/duplicate-priority/"

QUEBEC = DUP + "quebec-precomposed.toml"
QUEBEC_NFD = DUP + "quebec-decomposed.toml"
QUEBEC_CAPS = DUP + "quebec-capitals.toml"
SONDERBORG = DUP + "sonderborg.toml"
SONDERBORG_CAPS = DUP + "sonderborg-capitals.toml"
CORDOBA_ES = DUP + "cordoba-spain.toml"
CORDOBA_AR = DUP + "cordoba-argentina.toml"
DUPLICATES = [QUEBEC, QUEBEC_NFD, QUEBEC_CAPS, SONDERBORG, SONDERBORG_CAPS, CORDOBA_ES, CORDOBA_AR]
IDENTITY = {QUEBEC: "quebec", QUEBEC_NFD: "quebec", QUEBEC_CAPS: "quebec", SONDERBORG: "sonderborg",
            SONDERBORG_CAPS: "sonderborg", CORDOBA_ES: "cordoba-es", CORDOBA_AR: "cordoba-ar"}

AARHUS = PRI + "aarhus-dk-priority-1.toml"
ODENSE = PRI + "odense-denmark-priority-1.toml"
AALBORG = PRI + "aalborg-dk-priority-2.toml"
MALMO = PRI + "malmo-se-priority-1.toml"
ESBJERG_2023 = PRI + "esbjerg-dk-2023-priority-1.toml"
PRIORITIES = [AARHUS, ODENSE, AALBORG, MALMO, ESBJERG_2023]


def value_position(path, table, key):
    """(line, column) of the first character of TABLE.KEY's value, 1-based, column in code points."""
    current = ""
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f.read().split("\n"), 1):
            stripped = line.strip()
            if stripped.startswith("[") and not stripped.startswith("[["):
                current = stripped.strip("[]").strip()
            elif current == table and line.split("=", 1)[0].strip() == key:
                after = line.index("=") + 1
                return number, after + len(line[after:]) - len(line[after:].lstrip(" \t")) + 1
    raise ValueError(f"{path}: no {table}.{key}")


def run(paths, *extra):
    result, report = gnlc_json("check", "--format", "json", "--as-of", AS_OF, *extra, *paths)
    return result, report


def diagnostics_by_path(report):
    return {entry["path"]: entry["diagnostics"] for entry in report["files"]}


def expect_batch(paths, flagged, what, *extra):
    """Checks PATHS as one batch; FLAGGED maps each later file to (rule, table, key, earlier file)."""
    result, report = run(paths, *extra)
    equal([entry["path"] for entry in report["files"]], list(paths), f"{what}: files in the order given")
    found = diagnostics_by_path(report)
    for path, diagnostics in found.items():
        if path not in flagged:
            equal(diagnostics, [], f"{what}: {path} has no diagnostic")
            continue
        rule, table, key, first = flagged[path]
        line, column = value_position(path, table, key)
        equal([(d["rule"], d["severity"], d["line"], d["column"]) for d in diagnostics],
              [(rule, "error", line, column)], f"{what}: {path}")
        if diagnostics:
            hint = diagnostics[0].get("hint") or ""
            check(first in hint, f"{what}: {path}: the hint {hint!r} should name {first}")
    for path in flagged:
        check(path in found, f"{what}: {path} is in the report")
    equal(result.returncode, 1 if flagged else 0, f"{what}: exit status")
    equal(report["summary"]["invalid"], len(flagged), f"{what}: invalid files in the summary")


# The test data says what it claims: the decomposed file really holds e + U+0301.
with open(QUEBEC_NFD, "rb") as f:
    data = f.read()
check('name = "Que\u0301bec"'.encode() in data, f"{QUEBEC_NFD}: the name is written with e + U+0301")
with open(QUEBEC, "rb") as f:
    check('name = "Qu\u00e9bec"'.encode() in f.read(), f"{QUEBEC}: the name is written with U+00E9")

# Every file is valid on its own, so that the batch diagnostics come from the batch.
for path in DUPLICATES + PRIORITIES:
    result, report = run([path])
    equal((result.returncode, report["files"][0]["diagnostics"]), (0, []), f"{path} alone")

# duplicate-application
NAME = ("duplicate-application", "city", "name")
expect_batch([QUEBEC, QUEBEC_NFD], {QUEBEC_NFD: (*NAME, QUEBEC)}, "precomposed then decomposed Québec")
expect_batch([QUEBEC_NFD, QUEBEC], {QUEBEC: (*NAME, QUEBEC_NFD)}, "decomposed then precomposed Québec")
expect_batch([QUEBEC, QUEBEC_CAPS], {QUEBEC_CAPS: (*NAME, QUEBEC)}, "Québec then QUÉBEC")
expect_batch([SONDERBORG, SONDERBORG_CAPS], {SONDERBORG_CAPS: (*NAME, SONDERBORG)}, "Sønderborg then SØNDERBORG")
expect_batch([SONDERBORG_CAPS, SONDERBORG], {SONDERBORG: (*NAME, SONDERBORG_CAPS)}, "SØNDERBORG then Sønderborg")
expect_batch([QUEBEC, QUEBEC_NFD, QUEBEC_CAPS], {QUEBEC_NFD: (*NAME, QUEBEC), QUEBEC_CAPS: (*NAME, QUEBEC)},
             "three Québecs: both later ones name the first")
expect_batch([CORDOBA_ES, CORDOBA_AR], {}, "Córdoba in Spain and in Argentina")
expect_batch([QUEBEC, SONDERBORG, CORDOBA_ES], {}, "three different cities")

# A directory: sorted by path, so the first of each identity in path order comes first.
first_of, flagged = {}, {}
for path in sorted(DUPLICATES):
    identity = IDENTITY[path]
    if identity in first_of:
        flagged[path] = (*NAME, first_of[identity])
    else:
        first_of[identity] = path
for jobs in ("1", "4"):
    result, report = run([DUP], "-j", jobs)
    equal([entry["path"] for entry in report["files"]], sorted(DUPLICATES), f"directory, -j {jobs}: sorted by path")
    found = diagnostics_by_path(report)
    for path in DUPLICATES:
        diagnostics = found.get(path, [])
        if path in flagged:
            line, column = value_position(path, "city", "name")
            equal([(d["rule"], d["line"], d["column"]) for d in diagnostics], [("duplicate-application", line, column)],
                  f"directory, -j {jobs}: {path}")
            if diagnostics:
                check(flagged[path][3] in (diagnostics[0].get("hint") or ""),
                      f"directory, -j {jobs}: {path}: the hint names {flagged[path][3]}")
        else:
            equal(diagnostics, [], f"directory, -j {jobs}: {path}")
    equal(result.returncode, 1, f"directory, -j {jobs}: exit status")

# duplicate-priority
PRIORITY = ("duplicate-priority", "endorsement", "priority")
expect_batch([AARHUS, ODENSE], {ODENSE: (*PRIORITY, AARHUS)}, "Aarhus and Odense, both priority 1 in DK 2025")
expect_batch([ODENSE, AARHUS], {AARHUS: (*PRIORITY, ODENSE)}, "Odense and Aarhus, both priority 1 in DK 2025")
expect_batch([AARHUS, AALBORG], {}, "Aarhus priority 1, Aalborg priority 2")
expect_batch([AARHUS, MALMO], {}, "priority 1 in DK and in SE")
expect_batch([AARHUS, ESBJERG_2023], {}, "priority 1 in DK in the 2025 and the 2023 calls")
expect_batch([AARHUS, AALBORG, MALMO, ESBJERG_2023, ODENSE], {ODENSE: (*PRIORITY, AARHUS)},
             "five files, one clash", "-j", "4")
finish()
