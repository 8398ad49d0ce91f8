#!/usr/bin/env python3
"""`gnlc schema` agrees with `gnlc check` on the structure of applications.

The schema is read by a real JSON Schema validator (python3-jsonschema,
Draft202012Validator with a FormatChecker), the way an editor reads it:
every application file under examples/ and tests/data/ is parsed with
Python's tomllib (files that are not valid TOML are skipped), its TOML dates
and date-times become ISO 8601 strings, as TOML editors pass them to a
schema, and the result is validated.

A file has a schema error if and only if `gnlc check --format json` reports
one of the structural rules (STRUCTURAL below) for it. Diagnostics of the
other rules are ignored, and so is invalid-value for a profile.data_year
after the call year, which needs the calendar. unknown-field is a warning
of gnlc but an error of the schema: the schema forbids unknown keys on
purpose, so that editors flag typos.

Where the two disagree, both verdicts are printed. The only disagreements
allowed are those of KNOWN_EXCEPTIONS: structural diagnostics of gnlc that
no JSON Schema can reproduce; they are reported, not hidden.

Usage: test_schema.py BIN_DIR (run from the source tree's root).
"""
import datetime, glob, json, os, re, tomllib
import jsonschema
from gnlc_test import check, equal, finish, gnlc

ROOTS = ["examples", "tests/data"]
# A corpus of invalid TOML, not applications (tests/e2e/test_toml_corpus.py).
NOT_APPLICATIONS = ["tests/data/toml-test/"]
AS_OF = "2025-08-01"
STRUCTURAL = {"missing-field", "wrong-type", "invalid-value", "unknown-field", "invalid-email", "invalid-url",
              "invalid-phone", "word-limit", "format-version"}


def after_call_year(diagnostic):
    """invalid-value for a data year after the call year: judged with the calendar, not structural."""
    return diagnostic["rule"] == "invalid-value" and re.match(r"'profile\.data_year' \S+ is after the call year",
                                                              diagnostic["message"])


# Structural diagnostics that a JSON Schema cannot reproduce. A file on which
# gnlc reports errors and the schema none is accepted only when every one of
# its structural diagnostics is one of these.
KNOWN_EXCEPTIONS = [
    # TOML has a date type, JSON has none: an editor hands the schema a date
    # as the string "2025-05-20", so a quoted date looks the same as a date.
    ("a date written as a string",
     lambda d: d["rule"] == "wrong-type" and re.search(r"must be a date, not a string$", d["message"])),
    # The same loss the other way round: a date where text is asked arrives
    # at the schema as text.
    ("a date where a string is asked",
     lambda d: d["rule"] == "wrong-type"
     and re.search(r"must be a string, not an? (date|local date-time|offset date-time)$", d["message"])),
    # JSON has one number type; JSON Schema counts 74000.0 as an integer,
    # while TOML (and gnlc) tell the float 74000.0 from the integer 74000.
    ("a float with no fraction where an integer is asked",
     lambda d: (d["rule"] == "wrong-type" and re.search(r"must be an integer, not a float$", d["message"]))
     or (d["rule"] == "format-version" and d["message"].startswith("format float is not supported"))),
    # JSON has no inf or nan; TOML has both, and gnlc rejects them in every
    # number field.
    ("an infinite or NaN number",
     lambda d: d["rule"] == "invalid-value" and re.search(r" is (-?inf|-?nan); it must be ", d["message"])),
]


def known_exception(diagnostic):
    for name, matches in KNOWN_EXCEPTIONS:
        if matches(diagnostic):
            return name
    return None


def as_editor_sees_it(value):
    """TOML data as JSON Schema sees it in an editor: dates and times as ISO 8601 strings."""
    if isinstance(value, dict):
        return {key: as_editor_sees_it(item) for key, item in value.items()}
    if isinstance(value, list):
        return [as_editor_sees_it(item) for item in value]
    if isinstance(value, (datetime.date, datetime.time)):  # datetime.datetime is a date
        return value.isoformat()
    return value


def is_registry_or_calendar(data):
    """A members registry ([[member]]) or a calendar file ([[call]]): TOML, but not an application."""
    for key in ("member", "call"):
        value = data.get(key)
        if isinstance(value, list) and value and all(isinstance(item, dict) for item in value):
            return True
    return False


# ---- the schema, and a validator that asserts formats as editors do
result = gnlc("schema")
equal(result.returncode, 0, "gnlc schema: exit status")
schema = json.loads(result.stdout)
jsonschema.Draft202012Validator.check_schema(schema)
equal(schema.get("$schema"), "https://json-schema.org/draft/2020-12/schema", "the schema's dialect")

format_checker = jsonschema.Draft202012Validator.FORMAT_CHECKER
if "date-time" not in format_checker.checkers:
    # python3-jsonschema checks "date-time" only with the optional
    # rfc3339-validator module, which Debian 12 does not package; editors
    # (taplo) assert it. An RFC 3339 date-time, as section 5.6 defines it:
    RFC3339 = re.compile(r"\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})")

    @format_checker.checks("date-time", raises=ValueError)
    def is_date_time(text):
        if not isinstance(text, str):
            return True
        return RFC3339.fullmatch(text) is not None and datetime.datetime.fromisoformat(
            text.replace("z", "Z").replace("Z", "+00:00").replace("t", "T").replace(" ", "T")) is not None
validator = jsonschema.Draft202012Validator(schema, format_checker=format_checker)

# ---- the application files
paths, skipped_syntax, skipped_other = [], [], []
data_of = {}
for root in ROOTS:
    for path in sorted(glob.glob(os.path.join(root, "**", "*.toml"), recursive=True)):
        if any(path.startswith(prefix) for prefix in NOT_APPLICATIONS):
            continue
        with open(path, "rb") as f:
            raw = f.read()
        try:
            data = tomllib.loads(raw.decode("utf-8"))
            seen = as_editor_sees_it(data)
        except (UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError):
            # RecursionError: keys of thousands of parts (tests/data/fuzz),
            # which gnlc refuses before parsing; no schema verdict to compare.
            skipped_syntax.append(path)
            continue
        if is_registry_or_calendar(data):
            skipped_other.append(path)
            continue
        paths.append(path)
        data_of[path] = seen
check(len(paths) >= 10, f"too few application files found: {len(paths)}")

result = gnlc("check", "--format", "json", "--as-of", AS_OF, *paths, timeout=300)
check(result.returncode in (0, 1), f"gnlc check: exit status {result.returncode}: {result.stderr.decode()[:500]}")
report = json.loads(result.stdout)
equal([f["path"] for f in report["files"]], paths, "gnlc check: the files reported")

# ---- the verdicts
agreed = schema_invalid = 0
excused, parser_notes = [], []
for entry in report["files"]:
    path = entry["path"]
    if any(d["rule"] == "toml-syntax" for d in entry["diagnostics"]):
        # tomllib read the file, toml++ did not: no schema verdict to compare.
        parser_notes.append(f"{path}: gnlc reports toml-syntax, Python's tomllib reads the file")
        continue
    structural = [d for d in entry["diagnostics"] if d["rule"] in STRUCTURAL and not after_call_year(d)]
    errors = sorted(validator.iter_errors(data_of[path]), key=lambda e: list(e.absolute_path))
    schema_invalid += 1 if errors else 0
    if bool(structural) == bool(errors):
        agreed += 1
        continue
    if structural and not errors and all(known_exception(d) for d in structural):
        excused.append(f"{path}: " + "; ".join(sorted({known_exception(d) for d in structural})))
        continue
    lines = [f"{path}: gnlc and the schema disagree",
             f"  gnlc check: {'invalid' if structural else 'valid'} (structural rules)"]
    lines += [f"    {d['line']}:{d['column']}: {d['severity']}: {d['message']} [{d['rule']}]" for d in structural]
    lines.append(f"  schema: {'invalid' if errors else 'valid'}")
    lines += [f"    {'.'.join(map(str, e.absolute_path)) or '(top level)'}: {e.message}" for e in errors]
    check(False, "\n".join(lines))

check(schema_invalid > 0 and schema_invalid < len(paths),
      f"the schema finds errors in {schema_invalid} of {len(paths)} files: expected some, not all")
print(f"{len(paths)} application files: {agreed} agree, {len(excused)} known exceptions; "
      f"skipped {len(skipped_syntax)} that are not valid TOML and {len(skipped_other)} registries or calendars")
for line in excused:
    print(f"known exception: {line}")
for line in parser_notes:
    print(f"note: {line}")
finish()
