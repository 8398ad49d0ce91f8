#!/usr/bin/env python3
"""The editor examples under examples/editor/ stay current: the committed
gnlc-application.schema.json is byte for byte what `gnlc schema` prints
(and what `gnlc schema -o FILE` writes), and the taplo and VS Code
configurations are well-formed and point at that schema.

Usage: test_schema_examples.py BIN_DIR (run from the source tree's root).
"""
import json, os, re, tempfile, tomllib
from gnlc_test import check, equal, finish, gnlc

EDITOR = "examples/editor"
COMMITTED = os.path.join(EDITOR, "gnlc-application.schema.json")
REGENERATE = f"gnlc schema -o {COMMITTED}"

# ---- the committed schema is the generated one
result = gnlc("schema")
equal(result.returncode, 0, "gnlc schema: exit status")
equal(result.stderr, b"", "gnlc schema: standard error")
printed = result.stdout
with open(COMMITTED, "rb") as f:
    committed = f.read()
check(committed == printed, f"{COMMITTED} differs from the output of `gnlc schema`; regenerate it: {REGENERATE}")

with tempfile.TemporaryDirectory() as directory:
    written = os.path.join(directory, "schema.json")
    result = gnlc("schema", "-o", written)
    equal(result.returncode, 0, "gnlc schema -o: exit status")
    equal(result.stdout, b"", "gnlc schema -o: standard output")
    with open(written, "rb") as f:
        check(f.read() == printed, "gnlc schema -o writes what gnlc schema prints")

schema = json.loads(committed)
equal(schema.get("$schema"), "https://json-schema.org/draft/2020-12/schema", f"{COMMITTED}: dialect")

# ---- the README names the command that regenerates it
with open(os.path.join(EDITOR, "README.md"), encoding="utf-8") as f:
    check(REGENERATE in f.read(), f"{EDITOR}/README.md does not say how to regenerate the schema ({REGENERATE})")

# ---- taplo: a rule for the applications, with the schema beside the file
with open(os.path.join(EDITOR, ".taplo.toml"), "rb") as f:
    taplo = tomllib.load(f)
rules = taplo.get("rule", [])
check(len(rules) == 1, f"{EDITOR}/.taplo.toml: expected one [[rule]]")
for rule in rules:
    check(any(re.fullmatch(r"applications/\*\*/\*\.toml", p) for p in rule.get("include", [])),
          f"{EDITOR}/.taplo.toml: the rule does not include applications/**/*.toml")
    equal(rule.get("schema", {}).get("path"), "gnlc-application.schema.json", f"{EDITOR}/.taplo.toml: schema path")

# ---- VS Code: valid JSON, an association to the schema for application files
with open(os.path.join(EDITOR, "settings.json"), encoding="utf-8") as f:
    settings = json.load(f)
associations = settings.get("evenBetterToml.schema.associations", {})
check(len(associations) == 1, f"{EDITOR}/settings.json: expected one schema association")
for pattern, uri in associations.items():
    check(re.search(pattern, "file:///example/applications/dk-sonderborg.toml") is not None,
          f"{EDITOR}/settings.json: '{pattern}' does not match an application file's URI")
    check(re.search(pattern, "file:///example/Cargo.toml") is None,
          f"{EDITOR}/settings.json: '{pattern}' matches TOML files that are not applications")
    check(uri.startswith("file:///") and uri.endswith("/gnlc-application.schema.json"),
          f"{EDITOR}/settings.json: '{uri}' is not an absolute file URI of gnlc-application.schema.json")
finish()
