#!/usr/bin/env python3
"""The bash completion, driven the way bash drives it: COMP_WORDS and
COMP_CWORD set, the completion function called, COMPREPLY read back."""
import os, subprocess
from gnlc_test import BIN_DIR, equal, finish

SCRIPT = "completions/gnlc.bash"


def complete(*words):
    """Completions bash would offer after `words` (the last one is being typed)."""
    quoted = " ".join("'" + w.replace("'", "'\\''") + "'" for w in words)
    program = f"""
source {SCRIPT}
COMP_WORDS=({quoted})
COMP_CWORD=$(( ${{#COMP_WORDS[@]}} - 1 ))
COMP_LINE="${{COMP_WORDS[*]}}"
COMP_POINT=${{#COMP_LINE}}
spec=$(complete -p "${{COMP_WORDS[0]}}")
function=${{spec##*-F }}; function=${{function%% *}}
$function
printf '%s\\n' "${{COMPREPLY[@]}}"
"""
    env = dict(os.environ, PATH=f"{BIN_DIR}:{os.environ['PATH']}")
    result = subprocess.run(["bash", "--norc", "-c", program], capture_output=True, env=env, timeout=30)
    return [line for line in result.stdout.decode().splitlines() if line]


equal(complete("gnlc", ""), ["new", "check", "calendar", "quota", "admit", "members", "reports", "explain", "schema", "help", "--help", "--version"],
      "commands")
equal(complete("gnlc", "c"), ["check", "calendar"], "commands starting with c")
equal(complete("gnlc", "check", "--format", ""), ["text", "json", "github", "sarif", "junit"], "check formats")
equal(complete("gnlc", "reports", "--format", ""), ["table", "csv", "tsv", "json", "ics"], "reports formats")
equal(complete("gnlc", "reports", "--status", "d"), ["due-soon"], "reports statuses")
equal(complete("gnlc", "check", "--st"), ["--strict"], "check flags")
equal(complete("gnlc", "check", "--color", ""), ["auto", "always", "never"], "colour")
equal(complete("gnlc", "explain", "endorsement-l"), ["endorsement-late"], "rule names from gnlc explain --list")
equal(complete("gnlc-calendar", "--f"), ["--format"], "gnlc-calendar on its own")
equal(complete("gnlc", "check", "tests/data/form"), ["tests/data/formats"], "file arguments")
equal(complete("gnlc", "help", "q"), ["quota"], "help topics")
equal(complete("gnlc", "new", "--c"), ["--color", "--call", "--city", "--country", "--calendar"], "new flags")
equal(complete("gnlc", "members", "--format", ""), ["table", "csv", "tsv", "json", "markdown", "html"], "members formats")
equal(complete("gnlc", "admit", "--d"), ["--date", "--dry-run"], "admit flags")
finish()
