#!/usr/bin/env python3
"""The completions of bash, zsh and fish, driven the way each shell drives
them. bash: COMP_WORDS split from a command line as bash splits it (at
COMP_WORDBREAKS), the completion function called, COMPREPLY read back; and
a real interactive bash on a terminal, for what it inserts. zsh: a real
interactive zsh on a terminal, with compadd wrapped to print the
candidates. fish: `complete -C`."""
import os, pty, re, select, shutil, subprocess, sys, tempfile, time
from gnlc_test import BIN_DIR, COMMANDS, check, equal, finish

SOURCE = os.getcwd()
# The completions as the build writes them from completions/*.in, where
# they are installed under share/.
SHARE = os.path.join(os.path.abspath(BIN_DIR), "..", "share")
BASH_SCRIPT = os.path.join(SHARE, "bash-completion/completions/gnlc")
ZSH_DIR = os.path.join(SHARE, "zsh/vendor-completions")
FISH_SCRIPT = os.path.join(SHARE, "fish/vendor_completions.d/gnlc.fish")
ENV = dict(os.environ, PATH=f"{os.path.abspath(BIN_DIR)}:{os.environ['PATH']}", LC_ALL="C.UTF-8", TERM="dumb")
ENV.pop("NO_COLOR", None)

# A scratch directory with a space in a directory's and a file's name.
SCRATCH = tempfile.mkdtemp(prefix="gnlc-completion-")
os.makedirs(os.path.join(SCRATCH, "dir with space"))
os.makedirs(os.path.join(SCRATCH, "plain"))
open(os.path.join(SCRATCH, "dir with space", "a b.toml"), "w").close()

COMMANDS = COMMANDS + ["help"]
COUNTRIES = [line.split("\t")[0] for line in open("data/countries.tsv", encoding="utf-8") if not line.startswith("#")]
YEARS = [str(call["year"]) for call in __import__("json").loads(
    subprocess.run(["gnlc", "calendar", "--format", "json"], capture_output=True, env=ENV).stdout)]
check(len(COUNTRIES) > 200 and "KE" in COUNTRIES, "the country table is read")
check("2025" in YEARS, "the built-in calendar has the call of 2025")


def bash_words(line):
    """The words bash makes of a command line for COMP_WORDS: split at
    blanks outside quotes, and =, : and the other COMP_WORDBREAKS each a
    word of its own; quotes and backslashes are kept as typed."""
    words, word, i, quote = [], "", 0, None
    while i < len(line):
        c = line[i]
        if quote:
            word += c
            if c == quote:
                quote = None
            elif c == "\\" and quote == '"' and i + 1 < len(line):
                i += 1
                word += line[i]
        elif c == "\\" and i + 1 < len(line):
            word += line[i:i + 2]
            i += 1
        elif c in "'\"":
            quote, word = c, word + c
        elif c in " \t":
            if word:
                words.append(word)
            word = ""
        elif c in "=:><;|&(":
            if word:
                words.append(word)
            words.append(c)
            word = ""
        else:
            word += c
        i += 1
    if word or line.endswith((" ", "\t")) or not words:
        words.append(word)
    return words


def bash(line, cwd=SOURCE):
    """COMPREPLY after `line` (the cursor at its end)."""
    quoted = " ".join("'" + w.replace("'", "'\\''") + "'" for w in bash_words(line))
    program = f"""
source '{BASH_SCRIPT}'
COMP_WORDS=({quoted})
COMP_CWORD=$(( ${{#COMP_WORDS[@]}} - 1 ))
COMP_LINE="${{COMP_WORDS[*]}}"
COMP_POINT=${{#COMP_LINE}}
spec=$(complete -p "${{COMP_WORDS[0]}}")
function=${{spec##*-F }}; function=${{function%% *}}
$function
printf '%s\\n' "${{COMPREPLY[@]}}"
"""
    result = subprocess.run(["bash", "--norc", "-c", program], capture_output=True, env=ENV, cwd=cwd, timeout=30)
    return [line for line in result.stdout.decode().splitlines() if line]


def terminal(argv, setup, typed, pattern, cwd=SCRATCH, timeout=20):
    """Runs an interactive shell on a pseudo-terminal, types `setup`, then
    `typed`, and returns the output that follows, up to the first match of
    `pattern` (a regular expression of bytes); None if it never comes."""
    master, slave = pty.openpty()
    process = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, cwd=cwd, env=ENV, start_new_session=True)
    os.close(slave)
    output, deadline = b"", time.monotonic() + timeout

    def read_until(regex):
        nonlocal output
        while time.monotonic() < deadline:
            found = re.search(regex, output)
            if found:
                rest = output[found.end():]
                output = rest
                return found
            ready, _, _ = select.select([master], [], [], 0.2)
            if ready:
                try:
                    output += os.read(master, 65536)
                except OSError:
                    break
        return None

    try:
        os.write(master, setup.encode())
        if read_until(rb"READY-" + rb"FOR-INPUT") is None:
            return None
        time.sleep(0.2)
        os.write(master, typed.encode())
        found = read_until(pattern)
        return found
    finally:
        process.kill()
        process.wait()
        os.close(master)


def bash_inserts(line):
    """The command line after typing `line` and a tab in an interactive bash."""
    setup = (f"PS1=; source '{BASH_SCRIPT}'; bind 'set bell-style none'; bind 'set show-all-if-ambiguous off';"
             " bind -x '\"\\C-x\": printf \"%s<%s>\\n\" LINE \"$READLINE_LINE\"'; echo READY-FOR''-INPUT\n")
    found = terminal(["bash", "--norc", "--noprofile", "-i"], setup, line + "\t\x18", rb"LINE<(.*)>\r?\n")
    return found.group(1).decode() if found else None


ZSH_SETUP = r"""
PS1= PROMPT= RPROMPT=
fpath=({completions} $fpath)
# -C with a dump file: the scan of $fpath (seconds) happens once per test run.
autoload -Uz compinit && compinit -u -C -d {dump}
zstyle ':completion:*' list-grouped false
unsetopt beep
# Prints each candidate that a completion function adds.
compadd() {{
  if [[ ${{@[1,(i)(-|--)]}} == *-(O|A|D)\ * ]]; then
    builtin compadd "$@"
    return
  fi
  local -a __hits
  builtin compadd -A __hits "$@"
  (( $#__hits )) && print -rl -- ${{__hits/#/CAND:}}
  builtin compadd "$@"
}}
_gnlc_test_end() {{ print -r -- "END-OF""-CANDIDATES" }}
_gnlc_test_show() {{ print -r -- "BUF""FER<$BUFFER>" }}
zle -N _gnlc_test_show
bindkey '^X' _gnlc_test_show
bindkey '^I' complete-word
comppostfuncs=(_gnlc_test_end)
echo READY-FOR''-INPUT
"""


def zsh_session(line, pattern):
    setup_file = os.path.join(SCRATCH, ".zsh-setup")
    with open(setup_file, "w") as f:
        f.write(ZSH_SETUP.format(completions=ZSH_DIR, dump=os.path.join(SCRATCH, ".zcompdump")))
    return terminal(["zsh", "-f", "-i"], f"source '{setup_file}'\n", line, pattern)


def zsh(line, cwd=SCRATCH):
    """The candidates zsh offers after `line`, sorted."""
    found = zsh_session(line + "\t", rb"(?s)(.*?)END-OF-CANDIDATES")
    if found is None:
        return None
    hits = re.findall(r"CAND:([^\r\n]*)", found.group(1).decode())
    return sorted(set(hits))


def zsh_inserts(line):
    found = zsh_session(line + "\t\x18", rb"BUFFER<(.*)>\r?\n")
    return found.group(1).decode() if found else None


def fish(line, cwd=SCRATCH):
    """The candidates of `complete -C`, without their descriptions."""
    program = f"source '{FISH_SCRIPT}'; complete -C {quote_fish(line)}"
    result = subprocess.run(["fish", "--no-config", "-c", program], capture_output=True, env=ENV, cwd=cwd, timeout=30)
    return [row.split("\t")[0] for row in result.stdout.decode().splitlines()]


def quote_fish(text):
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


# --- bash ---------------------------------------------------------------
equal(bash_words("gnlc check --format=js"), ["gnlc", "check", "--format", "=", "js"], "bash splits at =")
equal(bash_words("gnlc check dir\\ wi"), ["gnlc", "check", "dir\\ wi"], "a backslash keeps a blank in the word")
equal(bash_words("gnlc check "), ["gnlc", "check", ""], "an empty word at the end")

equal(bash("gnlc "), COMMANDS + ["--help", "--version"], "commands")
equal(bash("gnlc c"), ["check", "calendar"], "commands starting with c")
equal(bash("gnlc check --format "), ["text", "json", "github", "sarif", "junit"], "check formats")
equal(bash("gnlc check --format="), ["text", "json", "github", "sarif", "junit"], "check formats after =")
equal(bash("gnlc check --format=js"), ["json"], "--format=js")
equal(bash("gnlc calendar --format "), ["text", "json", "ics", "toml"], "calendar formats")
equal(bash("gnlc quota --format "), ["table", "csv", "tsv", "json", "xlsx"], "quota formats")
equal(bash("gnlc members --format "), ["table", "csv", "tsv", "json", "markdown", "html", "xlsx"], "members formats")
equal(bash("gnlc reports --format "), ["table", "csv", "tsv", "json", "ics", "xlsx"], "reports formats")
equal(bash("gnlc reports --format=i"), ["ics"], "reports --format=i")
equal(bash("gnlc reports --status d"), ["due-soon"], "reports statuses")
equal(bash("gnlc members --region=a"), ["africa", "arab", "asia"], "regions after =")
equal(bash("gnlc reports --region="), ["africa", "arab", "asia", "europe", "latin"], "regions of gnlc reports")
equal(bash("gnlc check --st"), ["--strict"], "check flags")
equal(bash("gnlc check --color "), ["auto", "always", "never"], "colour")
equal(bash("gnlc explain endorsement-l"), ["endorsement-late"], "rule names from gnlc explain --list")
equal(bash("gnlc-calendar --f"), ["--format"], "gnlc-calendar on its own")
equal(bash("gnlc-check --format=g"), ["github"], "gnlc-check --format=g")
equal(bash("gnlc check tests/data/form"), ["tests/data/formats"], "file arguments")
equal(bash("gnlc help q"), ["quota"], "help topics")
equal(bash("gnlc new --c"), ["--color", "--call", "--city", "--country", "--calendar"], "new flags")
equal(bash("gnlc admit --d"), ["--date", "--dry-run"], "admit flags")
equal(bash("gnlc new --country "), COUNTRIES, "every country code")
equal(bash("gnlc new --country K"), [c for c in COUNTRIES if c.startswith("K")], "country codes starting with K")
equal(bash("gnlc quota --country=KE"), ["KE"], "--country=KE")
equal(bash("gnlc members --country "), COUNTRIES, "members countries")
equal(bash("gnlc admit --country N"), [c for c in COUNTRIES if c.startswith("N")], "admit countries")
equal(bash("gnlc new --call "), YEARS, "new: call years")
equal(bash("gnlc quota --year 202"), [y for y in YEARS if y.startswith("202")], "quota: call years")
equal(bash("gnlc admit --year="), YEARS, "admit: call years after =")
equal(bash("gnlc members --call 2025"), ["2025"], "members: call year")
equal(bash("gnlc calendar 20"), [y for y in YEARS if y.startswith("20")], "calendar: years")
equal(bash("gnlc calendar --calendar tests/data/calendars/none.toml --format json "), [], "calendar: no years of a missing calendar")
equal(bash("gnlc quota --calendar tests/data/calendars/with-2027.toml --year "), ["2027"], "years of --calendar FILE")
equal(bash("gnlc new --calendar=tests/data/calendars/with-2027.toml --call "), ["2027"], "years of --calendar=FILE")
equal(bash("gnlc check --as-of "), [], "nothing to offer for a date")
equal(bash("gnlc check dir\\ wi", cwd=SCRATCH), ["dir with space"], "a directory with a space, one reply")
equal(bash("gnlc check 'dir wi", cwd=SCRATCH), ["dir with space"], "a directory with a space, in quotes")
equal(bash("gnlc check dir\\ with\\ space/", cwd=SCRATCH), ["dir with space/a b.toml"], "a file in it")
equal(bash("gnlc check --members=dir\\ wi", cwd=SCRATCH), ["dir with space"], "--members=FILE")

# What an interactive bash inserts: quoted once, a slash after a directory.
equal(bash_inserts("gnlc check dir\\ wi"), "gnlc check dir\\ with\\ space/", "bash inserts a directory with a space")
equal(bash_inserts("gnlc check dir\\ with\\ space/"), "gnlc check dir\\ with\\ space/a\\ b.toml ", "bash inserts a file with a space")
# (readline closes the quote before the slash it appends to a directory)
equal(bash_inserts("gnlc check \"dir wi"), "gnlc check \"dir with space\"/", "bash completes inside double quotes")
equal(bash_inserts("gnlc check --format=js"), "gnlc check --format=json ", "bash inserts --format=json")
equal(bash_inserts("gnlc new --country=K"), "gnlc new --country=K", "ambiguous: nothing inserted")
equal(bash_inserts("gnlc new --country=KE"), "gnlc new --country=KE ", "bash inserts a country code")
equal(bash_inserts("gnlc quota --year 2025"), "gnlc quota --year 2025 ", "bash inserts a year")

# --- zsh ------------------------------------------------------------------
equal(zsh("gnlc c"), ["calendar", "check"], "zsh: commands starting with c")
equal(zsh("gnlc a"), ["admit"], "zsh: admit, whose description has an apostrophe")
equal(zsh("gnlc check --format="), sorted(["text", "json", "github", "sarif", "junit"]), "zsh: check formats after =")
equal(zsh("gnlc check --format "), sorted(["text", "json", "github", "sarif", "junit"]), "zsh: check formats")
equal(zsh("gnlc members --format="), sorted(["table", "csv", "tsv", "json", "markdown", "html", "xlsx"]), "zsh: members formats")
equal(zsh("gnlc new --country="), sorted(COUNTRIES), "zsh: country codes")
equal(zsh("gnlc quota --country K"), sorted(c for c in COUNTRIES if c.startswith("K")), "zsh: country codes starting with K")
equal(zsh("gnlc new --call="), sorted(YEARS), "zsh: call years")
equal(zsh("gnlc admit --year "), sorted(YEARS), "zsh: admit years")
equal(zsh("gnlc calendar "), sorted(YEARS), "zsh: calendar years")
equal(zsh("gnlc-quota --year="), sorted(YEARS), "zsh: gnlc-quota on its own")
equal(zsh(f"gnlc quota --calendar {SOURCE}/tests/data/calendars/with-2027.toml --year "), ["2027"], "zsh: years of --calendar FILE")
equal(zsh("gnlc reports --status="), sorted(["overdue", "due-soon", "ok", "inactive", "all"]), "zsh: statuses")
equal(zsh("gnlc help q"), ["quota"], "zsh: help topics")
equal(zsh_inserts("gnlc reports --region=ar"), "gnlc reports --region=arab ", "zsh: a region of gnlc reports")
equal(zsh_inserts("gnlc check --format=js"), "gnlc check --format=json ", "zsh inserts --format=json")
equal(zsh_inserts("gnlc check dir\\ wi"), "gnlc check dir\\ with\\ space/", "zsh inserts a directory with a space")
equal(zsh_inserts("gnlc check dir\\ with\\ space/"), "gnlc check dir\\ with\\ space/a\\ b.toml ", "zsh inserts a file with a space")
equal(zsh_inserts("gnlc new --country=KE"), "gnlc new --country=KE ", "zsh inserts a country code")

# --- fish -----------------------------------------------------------------
equal(fish("gnlc c"), ["calendar", "check"], "fish: commands starting with c")
equal(fish("gnlc check --format="), ["--format=" + f for f in ["github", "json", "junit", "sarif", "text"]], "fish: check formats after =")
equal(fish("gnlc check --format=js"), ["--format=json"], "fish: --format=js")
equal(fish("gnlc calendar --format "), ["ics", "json", "text", "toml"], "fish: calendar formats")
equal(fish("gnlc new --country K"), [c for c in COUNTRIES if c.startswith("K")], "fish: country codes")
equal(fish("gnlc members --country=KE"), ["--country=KE"], "fish: --country=KE")
equal(fish("gnlc quota --year "), YEARS, "fish: quota years")
equal(fish("gnlc new --call="), ["--call=" + y for y in YEARS], "fish: new years after =")
equal(fish(f"gnlc new --calendar {SOURCE}/tests/data/calendars/with-2027.toml --call "), ["2027"], "fish: years of --calendar FILE")
equal(fish(f"gnlc new --calendar={SOURCE}/tests/data/calendars/with-2027.toml --call "), ["2027"], "fish: years of --calendar=FILE")
equal(fish("gnlc calendar 202"), [y for y in YEARS if y.startswith("202")], "fish: calendar years")
equal(fish("gnlc check dir\\ wi"), ["dir with space/"], "fish: a directory with a space")
equal(fish("gnlc check dir\\ with\\ space/"), ["dir with space/a b.toml"], "fish: a file in it")
equal(fish("gnlc reports --region a"), ["africa", "arab", "asia"], "fish: regions of gnlc reports")
equal(fish("gnlc explain endorsement-l"), ["endorsement-late"], "fish: rule names")

# --- every option of every command, as its --help lists them ------------------
for command in COMMANDS[:-1]:
    text = subprocess.run([f"gnlc-{command}", "--help"], capture_output=True, env=ENV).stdout.decode()
    options = sorted(set(re.findall(r"^\s*(?:-\w\s*,\s*)?(--[a-z][a-z-]*)", text, re.M)))
    check(len(options) >= 3, f"gnlc-{command} --help lists options: {options}")
    for shell, offered in [("bash", bash(f"gnlc {command} --")), ("zsh", zsh(f"gnlc {command} --")),
                           ("fish", fish(f"gnlc {command} --"))]:
        missing = [option for option in options if option not in (offered or [])]
        equal(missing, [], f"{shell}: the options of gnlc {command} that are not completed")

# --- the country lists ------------------------------------------------------
for path, pattern in [(BASH_SCRIPT, r'_gnlc_countries="([^"]*)"'),
                      (os.path.join(ZSH_DIR, "_gnlc"), r"_gnlc_countries=\(([^)]*)\)"),
                      (FISH_SCRIPT, r"set -l countries ([^\n]*)")]:
    found = re.search(pattern, open(path, encoding="utf-8").read())
    equal(found.group(1).split() if found else None, COUNTRIES, f"{path}: the codes of data/countries.tsv")

shutil.rmtree(SCRATCH)
finish()
