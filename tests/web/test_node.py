#!/usr/bin/env python3
"""The web module's check() in node against `gnlc check --format json`.

For every application under tests/data and examples (each on its own,
with the as-of date and options its `# gnlc-test:` lines give, and each
folder as one batch, so that the batch rules meet too), and for generated
files whose offset date-times fall on either side of midnight in
Europe/Berlin, the JSON text that check() returns must equal, byte for
byte, what the native `gnlc check --format json --as-of D` prints.

    tests/web/test_node.py BIN_DIR WEB_DIR WORK_DIR
"""
import glob, json, os, shlex, subprocess, sys

bin_dir, web_dir, work_dir = sys.argv[1:4]
gnlc = os.path.join(bin_dir, "gnlc")
failures = []
DEFAULT_AS_OF = "2026-01-01"


def test_options(path):
    """as-of and arguments from a file's `# gnlc-test:` lines."""
    as_of, args = DEFAULT_AS_OF, []
    with open(path, "rb") as f:
        for raw in f.read().decode("utf-8", "replace").splitlines():
            line = raw.strip()
            if line.startswith("# gnlc-test:"):
                words = line[len("# gnlc-test:"):].split(None, 1)
                if words and words[0] == "as-of":
                    as_of = words[1].strip()
                elif words and words[0] == "args":
                    args += shlex.split(words[1])
    return as_of, args


def job_for(files, as_of, args):
    job = {"files": files, "as_of": as_of}
    flags = {"--members": "members", "--calendar": "calendar", "--max-size": "max_size"}
    i = 0
    while i < len(args):
        if args[i] == "--strict":
            job["strict"] = True
            i += 1
        elif args[i] in flags and i + 1 < len(args):
            value = args[i + 1]
            job[flags[args[i]]] = int(value) if args[i] == "--max-size" else value
            i += 2
        else:
            return None  # an option the web interface does not take
    return job


def cli_args(job):
    args = ["--format", "json", "--as-of", job["as_of"]]
    if "members" in job:
        args += ["--members", job["members"]]
    if "calendar" in job:
        args += ["--calendar", job["calendar"]]
    if job.get("strict"):
        args += ["--strict"]
    if "max_size" in job:
        args += ["--max-size", str(job["max_size"])]
    return args + job["files"]


# Berlin is UTC+1 in winter and UTC+2 in summer: each instant below is a
# minute before or after midnight there, written with various offsets; and
# the days of the clock changes.
MIDNIGHT_CASES = [
    "2025-05-14T23:59:00+02:00", "2025-05-15T00:00:00+02:00", "2025-05-14T21:59:00Z",
    "2025-05-14T22:00:00Z", "2025-05-14T17:30:00-04:30", "2025-05-14T16:59:00-05:00",
    "2025-05-15T09:00:00+11:00", "2025-06-15T22:30:00Z", "2025-06-15T21:59:59Z",
    "2025-06-16T07:00:00+09:00", "2025-06-15T23:59:59.999+02:00", "2025-06-15 22:00:00Z",
    "2025-03-30T00:59:00Z", "2025-03-30T01:00:00Z", "2025-10-25T22:00:00Z",
    "2025-10-25T21:59:00Z", "2024-12-31T23:30:00Z", "2025-01-01T00:30:00+14:00",
]


def midnight_files():
    base_path = "tests/data/applications/valid/complete.toml"
    if not os.path.exists(base_path):
        candidates = sorted(glob.glob("tests/data/applications/valid/*.toml"))
        base_path = candidates[0]
    with open(base_path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    folder = os.path.join(work_dir, "midnight")
    os.makedirs(folder, exist_ok=True)
    made = []
    for n, instant in enumerate(MIDNIGHT_CASES):
        out, section = [], ""
        for line in lines:
            stripped = line.strip()
            if stripped.startswith("["):
                section = stripped
            key = stripped.split("=")[0].strip()
            if section == "[submission]" and key == "date":
                line = f"date = {instant}"
            elif section == "[endorsement]" and key in ("date", "forwarded"):
                line = f"{key} = {instant}"
            elif section == "[pledge]" and key == "signed":
                line = f"signed = {instant}"
            out.append(line)
        path = os.path.join(folder, f"midnight-{n:02}.toml")
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(out) + "\n")
        made.append(path)
    return made


jobs = []
applications = [p for p in sorted(glob.glob("tests/data/**/*.toml", recursive=True) +
                                  glob.glob("examples/**/*.toml", recursive=True))]
for path in applications:
    as_of, args = test_options(path)
    job = job_for([path], as_of, args)
    if job is None:
        failures.append(f"{path}: options the web interface cannot give: {args}")
        continue
    jobs.append(job)
folders = sorted({os.path.dirname(p) for p in applications if "toml-test" not in p})
for folder in folders:
    files = sorted(glob.glob(os.path.join(folder, "*.toml")))
    if len(files) > 1:
        jobs.append({"files": files, "as_of": "2025-08-01"})
        jobs.append({"files": files, "as_of": DEFAULT_AS_OF})
midnight = midnight_files()
for path in midnight:
    for as_of in ("2025-06-01", "2025-07-16"):
        jobs.append({"files": [path], "as_of": as_of})
# A text given as a JavaScript string, not bytes.
jobs.append({"files": ["examples/applications/" + os.listdir("examples/applications")[0]],
             "as_of": DEFAULT_AS_OF, "as_text": True})

node = subprocess.run(["node", os.path.join(os.path.dirname(__file__), "check_files.js"),
                       os.path.join(web_dir, "gnlc.js")],
                      input=json.dumps(jobs).encode(), capture_output=True)
if node.returncode != 0:
    print(node.stderr.decode(errors="replace"))
    sys.exit(1)
outputs = json.loads(node.stdout)
assert len(outputs) == len(jobs)
for job, web in zip(jobs, outputs):
    cli = subprocess.run([gnlc, "check", *cli_args(job)], capture_output=True,
                         env=dict(os.environ, NO_COLOR="1"))
    expected = cli.stdout.decode("utf-8", "replace")
    label = " ".join(cli_args(job)[:4]) + " " + " ".join(job["files"][:3]) + (" ..." if len(job["files"]) > 3 else "")
    if isinstance(web, dict):
        if expected:
            failures.append(f"{label}: the page threw {web['error']!r}, the command line printed JSON")
        continue
    if web != expected:
        failures.append(f"{label}: outputs differ\n--- gnlc check\n{expected[:2000]}\n--- web\n{web[:2000]}")

# The generated files do fall on both sides of the call's dates.
verdicts = {json.loads(web)["files"][0]["valid"] for job, web in zip(jobs, outputs)
            if isinstance(web, str) and job["files"][0] in midnight}
if verdicts != {True, False}:
    failures.append(f"the midnight files are not on both sides of a deadline: {verdicts}")

for failure in failures:
    print("FAIL:", failure)
print(f"{len(jobs)} checks compared, {len(failures)} failed")
sys.exit(1 if failures else 0)
