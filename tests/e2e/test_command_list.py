#!/usr/bin/env python3
"""cmd/command-list.txt is the one list of commands. CMake builds from it
and the command table is generated from it; what cannot be generated is
held to it here, both ways: the man pages, the mains in cmd/, the flag
declarations in lib/src/cli/ and `gnlc --help`. The completions of bash,
zsh and fish are generated from it and from the format tables at build
time (completions/*.in); they are checked as built.

Usage: test_command_list.py BIN_DIR
"""
import glob, os, re
from gnlc_test import BIN_DIR, COMMANDS, ROOT, check, command_list, equal, finish, gnlc

FORMATS = ["application", "registry"]  # the section 5 pages gnlc help opens besides the commands


def names(pattern, strip):
    return sorted(re.sub(strip, "", os.path.basename(p)) for p in glob.glob(os.path.join(ROOT, pattern)))


def read(path):
    with open(os.path.join(ROOT, path), encoding="utf-8") as f:
        return f.read()


def built(path):
    """A completion as the build writes it, under share/ as installed."""
    with open(os.path.join(BIN_DIR, "..", "share", path), encoding="utf-8") as f:
        return f.read()


def words(pattern, text, what):
    found = re.search(pattern, text, re.M)
    check(found is not None, f"{what}: not found")
    return found.group(1).split() if found else []


ordered = sorted(COMMANDS)
check(len(COMMANDS) == len(set(COMMANDS)), f"a command listed twice: {COMMANDS}")
for name, summary in command_list():
    check(re.fullmatch(r"[a-z][a-z0-9]*", name) is not None, f"command name {name!r}")
    check(summary and summary[0].islower() and not summary.endswith("."), f"{name}: summary {summary!r}")

equal(names("man/gnlc-*.1", r"^gnlc-|\.1$"), ordered, "man/gnlc-NAME.1 pages")
equal(names("cmd/gnlc-*.cpp", r"^gnlc-|\.cpp$"), ordered, "cmd/gnlc-NAME.cpp mains")
equal([n for n in names("lib/src/cli/*.cpp", r"\.cpp$") if n not in ("entry", "usage", "front", "completions")], ordered,
      "lib/src/cli/NAME.cpp flag declarations")

# gnlc --help: the list's commands and summaries, in its order.
help_text = gnlc("--help").stdout.decode()
rows = re.findall(r"^  ([a-z]+) +(.+)$", help_text.split("Commands:\n", 1)[-1].split("\n\n", 1)[0], re.M)
equal(rows, command_list(), "gnlc --help: the commands")

# bash
bash = built("bash-completion/completions/gnlc")
equal(words(r'^_gnlc_commands="([^"]*)"', bash, "bash: _gnlc_commands"), COMMANDS + ["help"], "bash: _gnlc_commands")
equal(words(r"^for _gnlc_c in ([^;]*);", bash, "bash: the gnlc-NAME completions"), COMMANDS,
      "bash: the gnlc-NAME completions")
options = bash.split("_gnlc_options() {", 1)[-1].split("\n}", 1)[0]
equal(re.findall(r"^    ([a-z]+)\) echo", options, re.M), COMMANDS, "bash: _gnlc_options has a case per command")

# zsh
zsh = built("zsh/vendor-completions/_gnlc")
equal(words(r"^#compdef (.*)$", zsh, "zsh: #compdef"), ["gnlc"] + [f"gnlc-{c}" for c in COMMANDS], "zsh: #compdef")
described = re.findall(r"^    ['\"]([a-z]+):", zsh.split("commands=(", 1)[-1].split("\n  )", 1)[0], re.M)
equal(described, COMMANDS + ["help"], "zsh: the described commands")
equal(words(r"_values 'manual page' (.*)$", zsh, "zsh: gnlc help topics"), COMMANDS + FORMATS, "zsh: gnlc help topics")

# fish
fish = built("fish/vendor_completions.d/gnlc.fish")
equal(words(r"^set -l commands (.*)$", fish, "fish: commands"), COMMANDS + ["help"], "fish: commands")
equal(re.findall(r'^complete -c gnlc -f -n "not __fish_seen_subcommand_from \$commands" -a ([a-z]+) ', fish, re.M),
      COMMANDS + ["help"], "fish: the described commands")
equal(words(r'__fish_seen_subcommand_from help" -a "([^"]*)"', fish, "fish: gnlc help topics"), COMMANDS + FORMATS,
      "fish: gnlc help topics")
equal(words(r'^complete -c gnlc -n "__fish_seen_subcommand_from ([^"]*)" -s h -l help', fish, "fish: --help"),
      COMMANDS, "fish: --help of every command")

# Each command's formats: its format table (lib/src/output/, named in the
# error for an unknown --format, aliases included), its --help line and
# the completions of the three shells must offer the same names.
bash_text = bash
with_formats = []
for name in COMMANDS:
    argument = "2025" if name == "calendar" else "no-such-file.toml"
    result = gnlc(name, argument, "--format", "no-such-format", "--as-of", "2025-01-01")
    error = re.search(r"choose one of: (.*)$", result.stderr.decode(), re.M)
    if error is None:
        continue  # no --format
    with_formats.append(name)
    table = error.group(1).split(", ")
    help_text = " ".join(gnlc(name, "--help").stdout.decode().split())
    offered = re.search(r"--format FMT Output format: ([a-z, ]+)", help_text).group(1).rstrip(", ").split(", ")
    check(set(offered) <= set(table) and set(table) - set(offered) <= {"text"},
          f"{name}: --help offers {offered}, the format table has {table}")
    equal(words(rf"^    {name}\) echo \"([^\"]*)\" ;;$", bash_text.split("_gnlc_formats()", 1)[1], f"bash {name}"),
          offered, f"bash: {name} --format")
    equal(words(rf"^complete -c gnlc -n \"__fish_seen_subcommand_from {name}\" -l format -x -a '([^']*)'", fish,
                f"fish {name}"), offered, f"fish: {name} --format")
    check(f"--format=[output format]:format:({' '.join(offered)})" in zsh, f"zsh: {name} --format {offered}")
equal(sorted(with_formats), ["calendar", "check", "members", "quota", "reports"], "the commands with --format")

finish()
