#!/usr/bin/env python3
"""The layout rules of lib/ that a reader of the code relies on, checked
on the sources:

- toml++ is behind one translation unit: only lib/src/toml/toml_reader.cpp
  includes <toml++/toml.h>, and no header does, so everything else reads
  plain documents (lib/src/toml/document.hpp);
- nothing in lib/src/toml/ includes what is built on it (toml_support.hpp):
  the TOML readers do not run back up into the parsers' helpers.
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

finish()
