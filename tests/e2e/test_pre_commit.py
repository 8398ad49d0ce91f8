#!/usr/bin/env python3
"""The pre-commit hook of .pre-commit-hooks.yaml, run by the real pre-commit
on a scratch data repository laid out as examples/ is (applications/, a
registry and a .taplo.toml that are not applications), with the
configuration of examples/ci/pre-commit-config.yaml. The hook repository is
a scratch git repository holding this tree's .pre-commit-hooks.yaml, tagged
with the rev the configuration names, so that nothing needs the network."""
import os, re, shutil, subprocess, sys, tempfile
from gnlc_test import BIN_DIR, check, equal, finish

if shutil.which("pre-commit") is None or shutil.which("git") is None:
    print("skipped: pre-commit or git is not installed (tools/install-deps --test)")
    sys.exit(77)

SOURCE = os.getcwd()
SCRATCH = tempfile.mkdtemp(prefix="gnlc-pre-commit-")
HOOKS = os.path.join(SCRATCH, "gnlc")
DATA = os.path.join(SCRATCH, "data")
ENV = dict(os.environ, PATH=f"{os.path.abspath(BIN_DIR)}:{os.environ['PATH']}", LC_ALL="C.UTF-8",
           PRE_COMMIT_HOME=os.path.join(SCRATCH, "cache"), GIT_CONFIG_GLOBAL=os.devnull, GIT_CONFIG_NOSYSTEM="1",
           GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.org", GIT_COMMITTER_NAME="t",
           GIT_COMMITTER_EMAIL="t@example.org")


def run(*args, cwd=DATA):
    result = subprocess.run(args, cwd=cwd, env=ENV, capture_output=True, timeout=300)
    return result.returncode, (result.stdout + result.stderr).decode()


def git(*args, cwd=DATA):
    status, output = run("git", *args, cwd=cwd)
    check(status == 0, f"git {' '.join(args)}: {output}")
    return output


config = open("examples/ci/pre-commit-config.yaml", encoding="utf-8").read()
rev = re.search(r"rev: (\S+)", config).group(1)
equal(rev, "v0.2.0", "the rev the example pins")
check(rev in open("README.md", encoding="utf-8").read(), "README names the rev to pin")
# The CI workflow of the same layout checks the same batch.
args = re.search(r"args: \[(.*)\]", config).group(1).split(", ")
workflow = open("examples/ci/check-applications.yml", encoding="utf-8").read()
equal(len(re.findall(r"gnlc check --format \S+ (?:-o \S+ )?" + re.escape(" ".join(args)), workflow)), 2,
      f"the CI workflow checks {' '.join(args)} as the hook does")

# The hook repository: this tree's hook definition, tagged.
os.makedirs(HOOKS)
shutil.copy(".pre-commit-hooks.yaml", HOOKS)
git("init", "-q", "-b", "main", cwd=HOOKS)
git("add", ".", cwd=HOOKS)
git("commit", "-q", "-m", "hooks", cwd=HOOKS)
git("tag", rev, cwd=HOOKS)

# The data repository.
os.makedirs(os.path.join(DATA, "applications"))
for name in ["fi-kuopio.toml", "ke-kilifi-county.toml", "kr-gangneung.toml"]:
    shutil.copy(os.path.join("examples/applications", name), os.path.join(DATA, "applications"))
shutil.copy("examples/registry.toml", DATA)
shutil.copy("examples/editor/.taplo.toml", DATA)
with open(os.path.join(DATA, ".pre-commit-config.yaml"), "w", encoding="utf-8") as f:
    f.write(re.sub(r"repo: \S+", f"repo: {HOOKS}", config))
git("init", "-q", "-b", "main")
git("add", ".")
git("commit", "-q", "-m", "applications")

status, output = run("pre-commit", "run", "--all-files")
equal(status, 0, f"pre-commit run --all-files on a valid data repository: {output}")
check(re.search(r"gnlc check \(GNLC applications\)\.+Passed", output) is not None, f"the hook ran and passed: {output}")

# A second application of Kuopio for the same call, committed alone: the
# hook checks it with the first one, which the commit does not change.
status, output = run("pre-commit", "install")
equal(status, 0, f"pre-commit install: {output}")
shutil.copy(os.path.join(DATA, "applications/fi-kuopio.toml"), os.path.join(DATA, "applications/fi-kuopio-2.toml"))
git("add", "applications/fi-kuopio-2.toml")
head = git("rev-parse", "HEAD")
status, output = run("git", "commit", "-m", "a second application of Kuopio")
equal(status, 1, f"the commit of a duplicate application fails: {output}")
check("applications/fi-kuopio-2.toml" in output and "[duplicate-application]" in output,
      f"the hook names the duplicate: {output}")
equal(git("rev-parse", "HEAD"), head, "nothing committed")

# A commit that touches only a file that is not an application passes.
git("reset", "-q", "applications/fi-kuopio-2.toml")
os.remove(os.path.join(DATA, "applications/fi-kuopio-2.toml"))
with open(os.path.join(DATA, ".taplo.toml"), "a", encoding="utf-8") as f:
    f.write("\n# a comment\n")
git("add", ".taplo.toml")
status, output = run("git", "commit", "-m", "taplo")
equal(status, 0, f"a commit of .taplo.toml alone: {output}")

shutil.rmtree(SCRATCH)
finish()
