#!/usr/bin/env python3
"""`gnlc schema` agrees with `gnlc check` on the structure of applications.

The schema is read by a real JSON Schema validator (python3-jsonschema,
Draft202012Validator with a FormatChecker), the way an editor reads it:
every application file under examples/ and tests/data/ is parsed with
Python's tomllib (files that are not valid TOML are skipped), its TOML dates
and date-times become ISO 8601 strings, as TOML editors pass them to a
schema, and the result is validated.

Key by key, the schema finds an error exactly where `gnlc check --format
json` reports one of the rules the schema expresses (SCHEMA_RULES below:
the structural rules, the pledges that must be true and the country table):
the keys of the schema's errors (a missing or unknown key by its own name)
are the keys those diagnostics name. Diagnostics of the other rules are
ignored, and so is invalid-value for a profile.data_year after the call
year, which needs the calendar. unknown-field is a warning of gnlc but an
error of the schema: the schema forbids unknown keys on purpose, so that
editors flag typos.

Where the two disagree, both verdicts are printed. The only disagreements
allowed are those of KNOWN_EXCEPTIONS (diagnostics of gnlc that no JSON
Schema can reproduce) and SCHEMA_STRICTER (spellings gnlc reads that the
schema's lists do not hold); they are reported, not hidden.

Usage: test_schema.py BIN_DIR (run from the source tree's root).
"""
import datetime, glob, json, os, re, tempfile, tomllib
import jsonschema
from gnlc_test import check, equal, finish, gnlc

ROOTS = ["examples", "tests/data"]
# A corpus of invalid TOML, not applications (tests/e2e/test_toml_corpus.py).
NOT_APPLICATIONS = ["tests/data/toml-test/"]
AS_OF = "2025-08-01"
STRUCTURAL = {"missing-field", "wrong-type", "invalid-value", "unknown-field", "invalid-email", "invalid-url",
              "invalid-phone", "word-limit", "format-version"}
# Content rules the schema states too: `const: true` and the country enum.
SCHEMA_RULES = STRUCTURAL | {"pledge-missing", "unknown-country"}
TABLES = {"city", "mayor", "contact", "pledge", "profile", "statement", "challenges", "interests", "submission",
          "endorsement"}


def field_key(parts):
    """The key a diagnostic is about, at the level of the format's keys: 'contact.email', 'call', 'city'."""
    parts = [str(part) for part in parts]
    return ".".join(parts[:2] if parts and parts[0] in TABLES else parts[:1])


def gnlc_key(diagnostic):
    """The key a diagnostic of gnlc names."""
    message = diagnostic["message"]
    if diagnostic["rule"] == "pledge-missing":
        return "pledge.beijing_declaration" if "Beijing Declaration" in message else "pledge.key_features"
    if diagnostic["rule"] == "unknown-country":
        return "city.country"
    if diagnostic["rule"] == "format-version":
        return "format"
    table = re.match(r"(?:the )?\[(\w+)\] (?:table is missing|needs at least one key)", message)
    if table:
        return table.group(1)
    quoted = re.search(r"'([^']+)'", message)
    check(quoted is not None, f"no key in the message: {message}")
    return field_key(quoted.group(1).split(".")) if quoted else message


def schema_keys(error):
    """The keys a schema error is about: a missing or unknown key by its own name."""
    path = list(error.absolute_path)
    if error.validator == "required":
        return {field_key(path + [re.match(r"'(.+)' is a required property", error.message).group(1)])}
    if error.validator == "additionalProperties":
        return {field_key(path + [key]) for key in error.instance if key not in error.schema.get("properties", {})}
    return {field_key(path)}


def value_at(data, key):
    for part in key.split("."):
        data = data.get(part) if isinstance(data, dict) else None
    return data


# Where the schema is stricter than gnlc, for an editor's sake: its lists
# hold each value as the format writes it, and gnlc also reads a value of a
# closed list with white space around it, and a country in another case,
# without accents or punctuation (the country table's folding).
def schema_stricter(key, errors, data, gnlc_diagnostics):
    value = value_at(data, key)
    if not isinstance(value, str) or not all(error.validator == "enum" for error in errors):
        return None
    if key == "city.country" and not any(d["rule"] == "unknown-country" for d in gnlc_diagnostics):
        return "a country spelling that gnlc folds to one of the table's"
    if all(value.strip() in error.validator_value for error in errors):
        return "white space around a value of a closed list"
    return None


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

# ---- the verdicts, key by key
agreed = schema_invalid = 0
excused, parser_notes = [], []
for entry in report["files"]:
    path = entry["path"]
    if any(d["rule"] == "toml-syntax" for d in entry["diagnostics"]):
        # tomllib read the file, toml++ did not: no schema verdict to compare.
        parser_notes.append(f"{path}: gnlc reports toml-syntax, Python's tomllib reads the file")
        continue
    data = data_of[path]
    relevant = [d for d in entry["diagnostics"] if d["rule"] in SCHEMA_RULES and not after_call_year(d)]
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    schema_invalid += 1 if errors else 0
    by_gnlc, by_schema = {}, {}
    for d in relevant:
        by_gnlc.setdefault(gnlc_key(d), []).append(d)
    for error in errors:
        for key in schema_keys(error):
            by_schema.setdefault(key, []).append(error)
    if any(d["rule"] == "format-version" for d in relevant):
        # gnlc judges nothing else in a file of another format version.
        by_schema = {key: value for key, value in by_schema.items() if key in by_gnlc}
    reasons, disagree = set(), []
    for key in sorted(set(by_gnlc) | set(by_schema)):
        if key in by_gnlc and key in by_schema:
            continue
        if key in by_gnlc and all(known_exception(d) for d in by_gnlc[key]):
            reasons |= {known_exception(d) for d in by_gnlc[key]}
            continue
        if key in by_schema and (reason := schema_stricter(key, by_schema[key], data, entry["diagnostics"])):
            reasons.add(reason)
            continue
        disagree.append(key)
    if not disagree:
        if reasons:
            excused.append(f"{path}: " + "; ".join(sorted(reasons)))
        else:
            agreed += 1
        continue
    lines = [f"{path}: gnlc and the schema disagree on {', '.join(disagree)}",
             f"  gnlc check: {'invalid' if relevant else 'valid'} ({', '.join(sorted(SCHEMA_RULES))})"]
    lines += [f"    {d['line']}:{d['column']}: {d['severity']}: {d['message']} [{d['rule']}]" for d in relevant]
    lines.append(f"  schema: {'invalid' if errors else 'valid'}")
    lines += [f"    {'.'.join(map(str, e.absolute_path)) or '(top level)'}: {e.message[:200]}" for e in errors]
    check(False, "\n".join(lines))

# ---- the pledges: false is rejected by both, at the same key
for name, key in [("fail-key-features-false", "pledge.key_features"),
                  ("fail-beijing-declaration-false", "pledge.beijing_declaration")]:
    path = f"tests/data/applications/pledge-missing/{name}.toml"
    entry = next(f for f in report["files"] if f["path"] == path)
    equal([(d["rule"], gnlc_key(d)) for d in entry["diagnostics"] if d["rule"] in SCHEMA_RULES],
          [("pledge-missing", key)], f"{path}: gnlc check")
    equal([(e.validator, e.validator_value, ".".join(map(str, e.absolute_path))) for e in validator.iter_errors(data_of[path])],
          [("const", True, key)], f"{path}: the schema")
# ---- where the schema is stricter: a padded value of a closed list, a
# country in lower case; gnlc reads both, the schema names exactly those keys
with open("tests/data/formats/valid.toml", encoding="utf-8") as f:
    valid_text = f.read()
stricter_text = valid_text.replace('language = "English"', 'language = " English "').replace(
    'country = "DK"', 'country = "dk"')
check(stricter_text.count('" English "') == 1 and stricter_text.count('"dk"') == 1, "the stricter file's edits")
with tempfile.TemporaryDirectory() as directory:
    stricter_path = os.path.join(directory, "stricter.toml")
    with open(stricter_path, "w", encoding="utf-8") as f:
        f.write(stricter_text)
    result = gnlc("check", "--format", "json", "--as-of", AS_OF, stricter_path)
    equal(result.returncode, 0, "the stricter file: gnlc check's exit status")
    stricter_diagnostics = json.loads(result.stdout)["files"][0]["diagnostics"]
stricter_data = as_editor_sees_it(tomllib.loads(stricter_text))
stricter_errors = {}
for error in validator.iter_errors(stricter_data):
    for key in schema_keys(error):
        stricter_errors.setdefault(key, []).append(error)
equal(sorted(stricter_errors), ["city.country", "contact.language"], "the stricter file: the schema's errors")
equal({key: schema_stricter(key, errors, stricter_data, stricter_diagnostics) for key, errors in stricter_errors.items()},
      {"city.country": "a country spelling that gnlc folds to one of the table's",
       "contact.language": "white space around a value of a closed list"}, "the stricter file: the reasons")
equal(schema_stricter("contact.language", stricter_errors["contact.language"],
                      {"contact": {"language": "Englsh"}}, []), None, "a misspelt language is no exception")

check(schema_invalid > 0 and schema_invalid < len(paths),
      f"the schema finds errors in {schema_invalid} of {len(paths)} files: expected some, not all")
print(f"{len(paths)} application files: {agreed} agree, {len(excused)} known exceptions; "
      f"skipped {len(skipped_syntax)} that are not valid TOML and {len(skipped_other)} registries or calendars")
for line in excused:
    print(f"known exception: {line}")
for line in parser_notes:
    print(f"note: {line}")
finish()
