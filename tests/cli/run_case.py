#!/usr/bin/env python3
"""Runs one CLI test case: a folder holding

  cmd      the arguments after `gnlc`, shell-quoted, on one line
  stdin    (optional) what the command reads on standard input
  stdout   the exact expected standard output   (absent: must be empty)
  stderr   the exact expected standard error    (absent: must be empty)
  status   the expected exit status (absent: 0)
  env      (optional) NAME=VALUE lines set in the environment, e.g. TERM=dumb
           or an empty PATH (no man(1), no gnlc-NAME programs)

The command runs from the top of the source tree with NO_COLOR set, so
paths in the output are as written in `cmd`. With GNLC_UPDATE=1 the
expected files are rewritten from the actual output instead (review the
diff before committing).

    run_case.py BIN_DIR CASE_DIR
"""
import os, shlex, subprocess, sys

bin_dir, case = sys.argv[1], sys.argv[2]
with open(os.path.join(case, "cmd"), encoding="utf-8") as f:
    args = shlex.split(f.read())
stdin_path = os.path.join(case, "stdin")
stdin = open(stdin_path, "rb").read() if os.path.exists(stdin_path) else b""
env = dict(os.environ, NO_COLOR="1", LC_ALL="C.UTF-8")
env_path = os.path.join(case, "env")
if os.path.exists(env_path):
    with open(env_path, encoding="utf-8") as f:
        env.update(line.rstrip("\n").split("=", 1) for line in f if "=" in line)
result = subprocess.run([os.path.join(bin_dir, "gnlc")] + args, input=stdin, capture_output=True, env=env, timeout=60)


def expected(name, default=b""):
    path = os.path.join(case, name)
    return open(path, "rb").read() if os.path.exists(path) else default


if os.environ.get("GNLC_UPDATE") == "1":
    for name, data in (("stdout", result.stdout), ("stderr", result.stderr)):
        path = os.path.join(case, name)
        if data:
            open(path, "wb").write(data)
        elif os.path.exists(path):
            os.remove(path)
    status_path = os.path.join(case, "status")
    if result.returncode != 0:
        open(status_path, "w").write(f"{result.returncode}\n")
    elif os.path.exists(status_path):
        os.remove(status_path)
    sys.exit(0)

failed = False
for name, actual in (("stdout", result.stdout), ("stderr", result.stderr)):
    want = expected(name)
    if actual != want:
        failed = True
        print(f"--- {name} differs ---")
        print("expected:\n" + want.decode("utf-8", "replace"))
        print("actual:\n" + actual.decode("utf-8", "replace"))
want_status = int(expected("status", b"0").decode().strip() or 0)
if result.returncode != want_status:
    failed = True
    print(f"--- exit status: expected {want_status}, got {result.returncode}")
sys.exit(1 if failed else 0)
