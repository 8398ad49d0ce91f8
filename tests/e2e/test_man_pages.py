#!/usr/bin/env python3
"""Tests the manual pages under man/:

- every page is clean under `mandoc -T lint -W warning` (no output at all);
- every page has the sections it needs;
- every option that each command's `--help` prints
  appears in the SYNOPSIS and in the OPTIONS of that command's page;
- gnlc-application(5) names every rule of the catalogue
  (lib/include/gnlc/rules.hpp) in its RULES section, and every table and
  key of the format (lib/src/application/format.cpp);
- the complete example of gnlc-application(5) is a valid application;
- every command shown with its output in the EXAMPLES of gnlc(1),
  gnlc-check(1), gnlc-calendar(1), gnlc-quota(1), gnlc-reports(1) and
  gnlc-registry(5) still prints exactly that output.

Usage: test_man_pages.py BIN_DIR (run from anywhere).
"""
import glob, os, re, shutil, subprocess, tempfile
from gnlc_test import BIN_DIR, COMMANDS, ENV, check, equal, finish, gnlc

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
MAN = os.path.join(ROOT, "man")
pages = sorted(glob.glob(os.path.join(MAN, "*.[15]")))
check(len(pages) > 0, "no manual pages under man/")


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def sections(source):
    """The page's sections: {name: roff source of the section}."""
    result, name = {}, None
    for line in source.splitlines():
        match = re.match(r'\.SH\s+"?([^"]*)"?\s*$', line)
        if match:
            name = match.group(1).strip()
            result[name] = ""
        elif name is not None:
            result[name] += line + "\n"
    return result


def plain(roff):
    """Roff source as text, enough to search it: escapes resolved, macros kept."""
    text = re.sub(r"\\f[BIRP]", "", roff)
    text = text.replace("\\-", "-").replace("\\&", "").replace("\\(aq", "'").replace("\\(dq", '"').replace("\\(em", "\u2014")
    return text.replace("\\e", "\\")


def mentions(text, word):
    return re.search(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", text) is not None


# ---- mandoc lint
mandoc = shutil.which("mandoc")
check(mandoc is not None, "mandoc is not installed (tools/install-deps --test installs it)")
if mandoc:
    for page in pages:
        result = subprocess.run([mandoc, "-T", "lint", "-W", "warning", page], capture_output=True)
        output = (result.stdout + result.stderr).decode("utf-8", "replace")
        equal(output, "", f"mandoc -T lint -W warning {os.path.relpath(page, ROOT)}")

# ---- sections
for page in pages:
    have = sections(read(page))
    needed = ["NAME", "SYNOPSIS", "DESCRIPTION", "SEE ALSO"]
    if page.endswith(".1"):
        needed += ["OPTIONS", "EXIT STATUS", "EXAMPLES"]
    for name in needed:
        check(name in have, f"{os.path.basename(page)}: no {name} section")

# ---- options of --help in SYNOPSIS and OPTIONS
for command in COMMANDS:
    page = os.path.join(MAN, f"gnlc-{command}.1")
    if not os.path.exists(page):
        check(False, f"no manual page for gnlc-{command}")
        continue
    result = gnlc(command, "--help")
    equal(result.returncode, 0, f"gnlc {command} --help: exit status")
    help_text = result.stdout.decode()
    options = set(re.findall(r"(?<![\w-])(--[a-z][a-z0-9-]*)", help_text))
    options |= set(re.findall(r"(?:^|[\s,])(-[a-zA-Z])(?=[\s,])", help_text, re.MULTILINE))
    check(len(options) > 3, f"gnlc {command} --help: no options found")
    have = {name: plain(text) for name, text in sections(read(page)).items()}
    for option in sorted(options):
        check(mentions(have.get("SYNOPSIS", ""), option), f"gnlc-{command}.1: SYNOPSIS does not name {option}")
        check(mentions(have.get("OPTIONS", ""), option), f"gnlc-{command}.1: OPTIONS does not describe {option}")

# ---- gnlc-application(5): every rule and every key of the format
application_page = os.path.join(MAN, "gnlc-application.5")
if os.path.exists(application_page):
    have = {name: plain(text) for name, text in sections(read(application_page)).items()}
    rules = re.findall(r'RuleInfo\{"([a-z-]+)"',
                       read(os.path.join(ROOT, "lib/include/gnlc/rules.hpp")))
    check(len(rules) > 30, "rules.hpp: the rule catalogue was not found")
    for rule in rules:
        check(mentions(have.get("RULES", ""), rule), f"gnlc-application.5: RULES does not name '{rule}'")
    format_source = read(os.path.join(ROOT, "lib/src/application/format.cpp"))
    keys = set(re.findall(r'FieldSpec\{"([a-z0-9_]+)"', format_source))
    clusters = re.search(r"clusters\{(.*?)\};", format_source, re.DOTALL)
    if clusters:
        keys |= set(re.findall(r'"([a-z_]+)"', clusters.group(1)))
    tables = set(re.findall(r'TableSpec\{"([a-z_]+)"', format_source))
    check(len(keys) > 30 and len(tables) > 5, "format.cpp: the format table was not found")
    for key in sorted(keys):
        check(mentions(have.get("TABLES AND KEYS", ""), key), f"gnlc-application.5: key '{key}' is not described")
    for table in sorted(tables):
        check(f"[{table}]" in have.get("TABLES AND KEYS", ""), f"gnlc-application.5: table [{table}] is not described")
else:
    check(False, "no manual page gnlc-application.5")


def example_blocks(source):
    """The .EX/.EE blocks of the EXAMPLES section, as plain text lines."""
    blocks, current = [], None
    for line in sections(source).get("EXAMPLES", "").splitlines():
        if line.startswith(".EX"):
            current = []
        elif line.startswith(".EE"):
            blocks.append(current)
            current = None
        elif current is not None:
            current.append(plain(line))
    return blocks


# ---- the complete example of gnlc-application(5) is valid
if os.path.exists(application_page):
    blocks = [b for b in example_blocks(read(application_page)) if any(l.startswith("format = 1") for l in b)]
    check(len(blocks) == 1, "gnlc-application.5: no complete example in EXAMPLES")
    if blocks:
        with tempfile.TemporaryDirectory() as directory:
            path = os.path.join(directory, "example.toml")
            with open(path, "w", encoding="utf-8") as f:
                f.write("\n".join(blocks[0]) + "\n")
            result = gnlc("check", "--strict", "--as-of", "2025-08-01", path)
            equal(result.returncode, 0, "gnlc-application.5: the complete example is valid "
                  + (result.stdout + result.stderr).decode())


# ---- transcripts: "$ COMMAND" followed by its output, "> " continues a command
def transcripts(block):
    """(command, expected output lines) for each command of a block."""
    items, command, output = [], None, []
    for line in block:
        if line.startswith("$ "):
            if command is not None:
                items.append((command, output))
            command, output = line[2:], []
        elif line.startswith("> ") and command is not None and not output:
            command += "\n" + line[2:]
        elif command is not None:
            output.append(line)
    if command is not None:
        items.append((command, output))
    return items


shell_env = dict(ENV, PATH=os.path.abspath(BIN_DIR) + os.pathsep + ENV.get("PATH", ""))
for name in ["gnlc.1", "gnlc-new.1", "gnlc-members.1", "gnlc-check.1", "gnlc-calendar.1", "gnlc-quota.1", "gnlc-reports.1", "gnlc-registry.5"]:
    page = os.path.join(MAN, name)
    if not os.path.exists(page):
        continue
    for block in example_blocks(read(page)):
        status = None
        for command, expected in transcripts(block):
            if command == "echo $?":
                if status is not None:
                    equal(str(status), "\n".join(expected).strip(), f"{name}: exit status of the example before")
                continue
            status = None
            if not expected or "gnlc" not in command:
                continue  # shown without output: not run
            result = subprocess.run(["sh", "-c", command], cwd=ROOT, env=shell_env, capture_output=True, timeout=60)
            status = result.returncode
            actual = (result.stdout + result.stderr).decode("utf-8", "replace")
            equal([l.rstrip() for l in actual.splitlines()], [l.rstrip() for l in expected],
                  f"{name}: output of the example '{command}'")

finish()
