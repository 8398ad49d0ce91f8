#!/usr/bin/env python3
"""`gnlc new` end to end:

- the default call: open on the as-of day, else the next one, else the
  latest known with a note on stderr; --call, and a year without a call;
- every table and key of `gnlc schema` is in the template, in its table;
- `gnlc check` on the unfilled template: missing-field errors and nothing
  else (with and without --city and --country);
- filled in (every "" written, every required line uncommented), the
  application is valid, also with --strict;
- -o writes the file, never replaces one without --force;
- comments fit in 80 columns.
"""
import json, os, re, tempfile
from gnlc_test import check, equal, finish, gnlc

AS_OF = "2025-08-01"
STRINGS = {
    ("city", "name"): "Kisumu County", ("city", "country"): "KE", ("city", "website"): "https://www.kisumu.go.ke",
    ("mayor", "name"): "Nyong'o, Peter Anyang'", ("mayor", "title"): "Governor of Kisumu County",
    ("contact", "name"): "Otieno, Brian", ("contact", "title"): "Chief Officer, Education",
    ("contact", "address"): "Prosperity House, Kisumu", ("contact", "phone"): "+254 57 202 3001",
    ("contact", "email"): "education@kisumu.go.ke", ("contact", "language"): "English",
    ("statement", "motivation"): "Kisumu sees lifelong learning as the way forward.",
    ("statement", "implementation"): "Twelve ward learning hubs since 2022.",
    ("endorsement", "commission"): "Kenya National Commission for UNESCO",
    ("endorsement", "signatory"): "Njoroge, Catherine", ("endorsement", "decision"): "endorsed",
}


def new(*args):
    return gnlc("new", *args)


def check_json(text, *args):
    with tempfile.TemporaryDirectory() as directory:
        path = os.path.join(directory, "app.toml")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        result = gnlc("check", "--as-of", AS_OF, "--format", "json", *args, path)
        return result, json.loads(result.stdout)


def fill(template, also=()):
    """The template filled in: strings from STRINGS, required lines (and the keys in `also`) uncommented."""
    lines, table, comment, out = template.splitlines(), "", "", []
    for line in lines:
        header = re.match(r"^\[(\w+)\]$", line)
        if header:
            table = header.group(1)
        key = re.match(r'^(\w+) = ""$', line)
        commented = re.match(r"^# (\w+) = (.*)$", line)
        if key and (table, key.group(1)) in STRINGS:
            line = f'{key.group(1)} = {json.dumps(STRINGS[(table, key.group(1))], ensure_ascii=False)}'
        elif commented and (", required" in comment or commented.group(1) in also):
            line = f"{commented.group(1)} = {commented.group(2)}"
        elif line.startswith("# "):
            comment = line if not out or not out[-1].startswith("# ") else comment + line
        out.append(line)
        if not line.startswith("#"):
            comment = ""
    return "\n".join(out) + "\n"


# ---- the default call
for as_of, call, note in [("2025-06-01", 2025, False), ("2025-01-01", 2025, False), ("2024-01-01", 2025, False),
                          ("2023-05-01", 2023, False), ("2026-12-01", 2025, True)]:
    result = new("--as-of", as_of)
    equal(result.returncode, 0, f"new --as-of {as_of}: exit status")
    check(f"\ncall = {call}\n" in result.stdout.decode(), f"new --as-of {as_of}: call = {call}")
    equal(b"note: no call is open" in result.stderr, note, f"new --as-of {as_of}: note on stderr")
    if not note:
        equal(result.stderr, b"", f"new --as-of {as_of}: stderr")
result = new("--call", "2021", "--as-of", AS_OF)
check(b"\ncall = 2021\n" in result.stdout, "new --call 2021")
result = new("--call", "2024")
equal(result.returncode, 2, "new --call 2024: exit status")
check(b"2023 and 2025" in result.stderr, f"new --call 2024 names the nearest calls: {result.stderr!r}")
result = new("--country", "Narnia")
equal(result.returncode, 2, "new --country Narnia: exit status")
result = new("--call", "2025", "--city", 'Quote "and" back\\slash', "--country", "Kenya")
check('name = "Quote \\"and\\" back\\\\slash"\n' in result.stdout.decode(), "new --city: a TOML string")
check('country = "Kenya"\n' in result.stdout.decode(), "new --country: as given")

# ---- every key of the schema is in the template, in its table
template = new("--call", "2025").stdout.decode()
schema = json.loads(gnlc("schema").stdout)
sections, table = {"": set()}, ""
for line in template.splitlines():
    header = re.match(r"^\[(\w+)\]$", line)
    if header:
        table = header.group(1)
        sections[table] = set()
    key = re.match(r"^(?:# )?(\w+) = ", line)
    if key:
        sections[table].add(key.group(1))
for name, spec in schema["properties"].items():
    if spec.get("type") == "object":
        equal(sections.get(name), set(spec["properties"]), f"template: the keys of [{name}]")
    else:
        check(name in sections[""], f"template: top-level key {name}")
check(all(len(line) <= 80 for line in template.splitlines()), "template: lines of at most 80 columns")

# ---- unfilled: missing-field only
for args in [("--call", "2025"), ("--call", "2025", "--city", "Kisumu County", "--country", "KE")]:
    text = new(*args).stdout.decode()
    result, doc = check_json(text)
    diagnostics = doc["files"][0]["diagnostics"]
    rules = {d["rule"] for d in diagnostics}
    equal(rules, {"missing-field"}, f"unfilled template {args}: rules")
    check(len(diagnostics) >= 15, f"unfilled template {args}: {len(diagnostics)} missing fields")
    equal(result.returncode, 1, f"unfilled template {args}: check exit status")

# ---- filled: valid
filled = fill(template, also=("literacy",))
result, doc = check_json(filled)
equal((result.returncode, [d["rule"] for d in doc["files"][0]["diagnostics"]]), (0, ["stamp-missing"]),
      "filled template: valid (the stamp is optional: a warning)")
filled = fill(template, also=("literacy", "stamp", "priority", "forwarded", "clusters"))
result, doc = check_json(filled, "--strict")
equal((result.returncode, doc["files"][0]["diagnostics"]), (0, []), "filled template with optional keys: --strict")

# ---- -o and --force
with tempfile.TemporaryDirectory() as directory:
    path = os.path.join(directory, "app.toml")
    result = new("--call", "2025", "-o", path)
    equal((result.returncode, result.stdout, result.stderr), (0, b"", b""), "new -o: exit status and output")
    equal(open(path, encoding="utf-8").read(), template, "new -o: the file is the template")
    with open(path, "w") as f:
        f.write("mine\n")
    result = new("--call", "2025", "-o", path)
    equal(result.returncode, 2, "new -o existing: exit status")
    check(b"--force" in result.stderr, f"new -o existing: message names --force: {result.stderr!r}")
    equal(open(path).read(), "mine\n", "new -o existing: file untouched")
    equal(sorted(os.listdir(directory)), ["app.toml"], "new -o existing: no temporary file left")
    result = new("--call", "2025", "-o", path, "--force")
    equal(result.returncode, 0, "new -o existing --force: exit status")
    equal(open(path, encoding="utf-8").read(), template, "new -o --force: replaced")
finish()
