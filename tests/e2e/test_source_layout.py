#!/usr/bin/env python3
"""The layout rules of lib/ that a reader of the code relies on, checked
on the sources:

- toml++ is behind one translation unit: only lib/src/toml/toml_reader.cpp
  includes <toml++/toml.h>, and no header does, so everything else reads
  plain documents (lib/src/toml/document.hpp);
- nothing in lib/src/toml/ includes what is built on it (toml_support.hpp):
  the TOML readers do not run back up into the parsers' helpers;
- a rule is found by one grep of its name: every rule of the catalogue
  (lib/include/gnlc/rules.hpp) is written as "name"_rule where the library
  reports it (lib/src), and its name appears in the tests and in the man
  pages, spelt as in diagnostics (roff's "\\-" would hide it from grep).
"""
import glob, os, re
from gnlc_test import check, equal, finish

SOURCES = [p for d in ("lib", "cmd", "web") for p in glob.glob(f"{d}/**/*.[ch]pp", recursive=True)]
check(len(SOURCES) > 50, f"too few sources found: {len(SOURCES)}")


def includes(path):
    with open(path, encoding="utf-8") as f:
        return re.findall(r'^\s*#\s*include\s*[<"]([^>"]+)[>"]', f.read(), re.M)


toml_users = sorted(p for p in SOURCES if "toml++/toml.h" in includes(p))
equal(toml_users, ["lib/src/toml/toml_reader.cpp"], "the files that include <toml++/toml.h>")

for path in glob.glob("lib/src/toml/*.[ch]pp"):
    for included in includes(path):
        check(not included.startswith("../"), f"{path} includes {included}, outside lib/src/toml/")


def texts(pattern):
    found = {}
    for path in glob.glob(pattern, recursive=True):
        if os.path.isfile(path):
            with open(path, encoding="utf-8", errors="replace") as f:
                found[path] = f.read()
    return found


with open("lib/include/gnlc/rules.hpp", encoding="utf-8") as f:
    catalogue = re.findall(r'RuleInfo\{"([a-z-]+)"', f.read())
check(len(catalogue) > 30, f"the rule catalogue was not found in rules.hpp: {catalogue}")
library = "\n".join(texts("lib/src/**/*.[ch]pp").values())
tests = "\n".join(texts("tests/**/*").values())
man = "\n".join(texts("man/*").values())
for rule in catalogue:
    check(f'"{rule}"_rule' in library, f"{rule}: not reported as \"{rule}\"_rule in lib/src")
    check(re.search(rf"(?<![\w-]){re.escape(rule)}(?![\w-])", tests), f"{rule}: no test names it")
    check(re.search(rf"(?<![\w-]){re.escape(rule)}(?![\w-])", man), f"{rule}: no man page names it")

finish()
