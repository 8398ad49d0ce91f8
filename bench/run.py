#!/usr/bin/env python3
"""The gnlc benchmark: medians of repeated runs, peak memory, and ratios
against baselines measured in the same run on the same inputs. Called by
bench/run, which builds what it needs first."""
import json, os, shutil, statistics, subprocess, sys, time

QUICK = "--quick" in sys.argv
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, "build-bench", "bin")
DATA = os.path.join(ROOT, "bench", "data", "quick" if QUICK else "full")
PEERS = os.path.join(ROOT, "bench", "node_modules", ".bin")
RUNS = 2 if QUICK else 5
CHECK_FILES = 300 if QUICK else 10_000
SCALES = [1_000, 10_000, 100_000] if QUICK else [10_000, 100_000, 1_000_000]
QUOTA_SCALES = [100, 1_000] if QUICK else [10_000, 100_000, 1_000_000]
MEMORY_SCALES = [1_000, 3_000] if QUICK else [10_000, 100_000, 1_000_000]
AS_OF = "2026-01-01"
ENV = dict(os.environ, LC_ALL="C.UTF-8", NO_COLOR="1")


def run_once(command):
    """Wall time (s), peak RSS (MiB), exit status and stdout of one run.

    The peak memory comes from GNU time, which forks a small process: a
    child forked from Python would count Python's own pages as its peak."""
    if isinstance(command, str):
        command = ["sh", "-c", command]
    start = time.perf_counter()
    result = subprocess.run(["/usr/bin/time", "-f", "%M", *command], stdin=subprocess.DEVNULL, capture_output=True,
                            env=ENV)
    elapsed = time.perf_counter() - start
    peak_kib = int(result.stderr.decode().strip().splitlines()[-1])
    return elapsed, peak_kib / 1024, result.returncode, result.stdout


def run_timed(command):
    """Wall time of one run, without any wrapper process; the output goes to
    /dev/null, as a pipe read by Python would slow the command down."""
    start = time.perf_counter()
    result = subprocess.run(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, env=ENV, shell=isinstance(command, str))
    return time.perf_counter() - start, result.returncode


def measure(command, runs=RUNS):
    """Median wall time, peak memory, exit status and output. The output
    and the peak memory come from one run under GNU time, which is also the
    warm-up (page cache, dynamic loader)."""
    _, peak, status, out = run_once(command)
    times = [run_timed(command)[0] for _ in range(runs)]
    return statistics.median(times), peak, status, out


def measure_side_by_side(commands, runs=RUNS):
    """measure() for commands compared with each other: their runs take
    turns, so that a change in the machine's load over the minutes of a
    run falls on the baseline as on the command, and the ratio holds."""
    first = [run_once(command) for command in commands]
    times = [[] for _ in commands]
    for _ in range(runs):
        for i, command in enumerate(commands):
            times[i].append(run_timed(command)[0])
    return [(statistics.median(t), peak, status, out) for t, (_, peak, status, out) in zip(times, first)]


def measure_latency(command):
    """Start-up costs are a few milliseconds of CPU: hyperfine runs the
    command without a shell, and its user + system time is the measure
    (wall time on a shared machine waits for other processes)."""
    _, peak, _, _ = run_once(command)
    if shutil.which("hyperfine"):
        report = os.path.join(DATA, "hyperfine.json")
        subprocess.run(["hyperfine", "-N", "-i", "--warmup", "20", "--runs", str(50 if QUICK else 300),
                        "--export-json", report, "--style", "none", " ".join(command)], check=True,
                       capture_output=True, env=ENV)
        with open(report) as f:
            result = json.load(f)["results"][0]
            return result["user"] + result["system"], peak
    return measure(command, runs=RUNS * 20)[0], peak


def instructions(command):
    """Instructions executed by one run (callgrind), when valgrind is there."""
    if not shutil.which("valgrind"):
        return None
    result = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *command],
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=ENV)
    for line in result.stderr.decode().splitlines():
        if "refs:" in line:
            return int(line.split("refs:")[1].strip().replace(",", ""))
    return None


def peak_of(command, runs=1):
    """Peak memory (MiB): the median of `runs` runs. A process's peak moves
    by a few hundred KiB from run to run, which at 10,000 files is some
    30 bytes a file."""
    return statistics.median(run_once(command)[1] for _ in range(runs))


def generate(kind, count, target):
    if os.path.exists(target):
        return
    subprocess.run([sys.executable, os.path.join(ROOT, "bench", "gen.py"), kind, str(count), target], check=True,
                   stdout=subprocess.DEVNULL)


def file_list(directory, path):
    if not os.path.exists(path):
        files = sorted(os.path.join(d, f) for d, _, names in os.walk(directory) for f in names if f.endswith(".toml"))
        with open(path, "w") as f:
            f.write("\n".join(files) + "\n")
    return path


rows = []


def row(section, what, seconds, memory, ratio="", note="", cpu=False):
    if cpu is None:
        shown = ""
    else:
        shown = f"{seconds * 1000:.1f} ms" if seconds < 0.1 else f"{seconds * 1000:.0f} ms" if seconds < 10 else f"{seconds:.1f} s"
        shown += " CPU" if cpu else ""
    rows.append((section, what, shown, f"{memory:.0f} MiB", ratio, note))
    print(f"  {what}: {shown}, {memory:.0f} MiB {ratio} {note}", file=sys.stderr)


os.makedirs(DATA, exist_ok=True)
gnlc = os.path.join(BIN, "gnlc")

# ---- 1-3: a batch check against its floor and its peers
apps = os.path.join(DATA, f"applications-{CHECK_FILES}")
generate("applications", CHECK_FILES, apps)
listing = file_list(apps, apps + ".list")
files_per_s = lambda seconds: CHECK_FILES / seconds
print(f"batch of {CHECK_FILES} applications", file=sys.stderr)
cat_t, cat_m, _, _ = measure(f"xargs -a {listing} cat > /dev/null")
floor_t, floor_m, _, _ = measure([os.path.join(BIN, "bench-parse-only"), listing])
row("check", "cat of the files", cat_t, cat_m, "", f"{files_per_s(cat_t):,.0f} files/s")
row("check", "floor: toml++ parse only", floor_t, floor_m, "1.00x", f"{files_per_s(floor_t):,.0f} files/s")
for jobs in (1, 2):
    t, m, status, out = measure([gnlc, "check", "-q", "--format", "json", "--as-of", AS_OF, f"-j{jobs}", apps])
    invalid = json.loads(out)["summary"]["invalid"]
    row("check", f"gnlc check -j {jobs}", t, m, f"{floor_t / t:.2f}x floor",
        f"{files_per_s(t):,.0f} files/s, {invalid} invalid")
gnlc_j2, gnlc_j2_memory = t, m
# Streaming: a tenth of the files must need about the same memory.
few = CHECK_FILES // 10
few_apps = os.path.join(DATA, f"applications-{few}")
generate("applications", few, few_apps)
t, m, _, _ = measure([gnlc, "check", "-q", "--format", "json", "--as-of", AS_OF, few_apps])
row("check", f"gnlc check -j 2, {few:,} files", t, m, f"memory at {CHECK_FILES:,} files: {gnlc_j2_memory / m:.2f}x",
    f"{few / t:,.0f} files/s")
schema = os.path.join(DATA, "schema.json")
subprocess.run([gnlc, "schema", "-o", schema], check=True)
if os.path.exists(os.path.join(PEERS, "taplo")):
    t, m, status, out = measure(f"{PEERS}/taplo check --schema file://{schema} $(cat {listing}) 2>&1 | "
                                f"grep -c 'invalid file'", runs=1 if not QUICK else RUNS)
    row("check", "peer: taplo check with the schema", t, m, f"gnlc -j 2 is {t / gnlc_j2:.1f}x faster",
        f"{int(out.strip() or 0)} invalid")
    t, m, status, out = measure(["node", os.path.join(ROOT, "bench", "peer-ajv.mjs"), schema, listing])
    row("check", "peer: node + smol-toml + ajv", t, m, f"gnlc -j 2 is {t / gnlc_j2:.1f}x faster",
        out.decode().strip())

# ---- 4: one file, as a user runs it (without --as-of: today in Berlin) and as scripts do
one = os.path.join(ROOT, "examples", "applications", "ke-kilifi-county.toml")
print("one file", file=sys.stderr)
hello = [os.path.join(BIN, "bench-hello")]
hello_t, hello_m = measure_latency(hello)
hello_i = instructions(hello)
row("latency", "hello-world C++ process (iostream)", hello_t, hello_m, "1.00x",
    f"{hello_i:,} instructions" if hello_i else "", cpu=True)
check_bin = os.path.join(BIN, "gnlc-check")
for what, command, limit in (
        ("gnlc check one.toml", [gnlc, "check", one], 1.5),
        ("gnlc check --as-of DAY one.toml", [gnlc, "check", "--as-of", AS_OF, one], 1.5),
        ("gnlc-check one.toml", [check_bin, one], 1.5),
        ("gnlc-check --as-of DAY one.toml", [check_bin, "--as-of", AS_OF, one], 1.5),
        ("gnlc calendar", [gnlc, "calendar"], 2.0),
        ("gnlc explain endorsement-late", [gnlc, "explain", "endorsement-late"], 2.0)):
    t, m = measure_latency(command)
    count = instructions(command)
    row("latency", what, t, m, f"{t / hello_t:.2f}x hello (limit {limit}x)",
        f"{count:,} instructions, {count / hello_i:.2f}x" if count and hello_i else "", cpu=True)

# ---- memory of a batch: bytes a file above the process's base (one file)
base_m = peak_of([gnlc, "check", "-q", "--format", "json", "--as-of", AS_OF, one], runs=RUNS)
row("memory", "gnlc check, one file (the base)", 0, base_m, "", "", cpu=None)
for n in MEMORY_SCALES:
    directory = os.path.join(DATA, f"applications-{n}")
    generate("applications", n, directory)
    runs = [run_once([gnlc, "check", "-q", "--format", "json", "--as-of", AS_OF, directory])
            for _ in range(1 if n >= 1_000_000 else 3)]
    t, m = statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)
    per_file = max(0.0, (m - base_m) * 1024 * 1024 / n)
    row("memory", f"gnlc check -j 2, {n:,} files", t, m, f"{per_file:.0f} B a file above the base (limit 64)",
        f"{n / t:,.0f} files/s")

# ---- 5-6: reports and quota at three scales
def list_of(path):
    listing = path + ".list"
    with open(listing, "w") as f:
        f.write(path + "\n")
    return listing


for n in SCALES:
    registry = os.path.join(DATA, f"registry-{n}.toml")
    generate("registry", n, registry)
    # One quoted key anywhere must not send the whole registry another way.
    quoted = os.path.join(DATA, f"registry-{n}-quoted.toml")
    if not os.path.exists(quoted):
        with open(registry) as source, open(quoted, "w") as target:
            text = source.read()
            target.write(text.replace("\ncity = ", '\n"city" = ', 1))
    (parse_t, parse_m, _, _), (t, m, _, _), (quoted_t, quoted_m, _, _) = measure_side_by_side(
        [[os.path.join(BIN, "bench-parse-only"), list_of(registry)], [gnlc, "reports", "--as-of", AS_OF, registry],
         [gnlc, "reports", "--as-of", AS_OF, quoted]])
    limit = " (limit 0.33x)" if n == 100_000 else ""  # issue 15 sets it at 100,000 members
    row("reports", f"floor: toml++ parse only, {n:,} members", parse_t, parse_m, "1.00x")
    row("reports", f"gnlc reports, {n:,} members", t, m, f"{t / parse_t:.2f}x parse{limit}", f"{n / t:,.0f} members/s")
    row("reports", f"gnlc reports, {n:,} members, one quoted key", quoted_t, quoted_m,
        f"{quoted_t / parse_t:.2f}x parse, {quoted_t / t:.2f}x unquoted", f"{n / quoted_t:,.0f} members/s")
quota_base = None
for n in QUOTA_SCALES:
    directory = os.path.join(DATA, f"quota-{n}")
    generate("quota", n, directory)
    t, m, _, _ = measure([gnlc, "quota", "--as-of", AS_OF, "--format", "json", directory], runs=min(RUNS, 3))
    if quota_base is None:
        quota_base = (n, m)
        note = "the smallest: the base of the next rows"
    else:
        note = f"{(m - quota_base[1]) * 1024 * 1024 / (n - quota_base[0]):.0f} B an application (limit 200)"
    row("quota", f"gnlc quota, {n:,} applications", t, m, note, f"{n / t:,.0f} applications/s")

print("\n| part | what | median time | peak memory | ratio | note |")
print("|---|---|---:|---:|---|---|")
for r in rows:
    print("| " + " | ".join(r) + " |")
print(f"\n{'quick' if QUICK else 'full'} run, {RUNS} runs each (median), {os.cpu_count()} cores, "
      f"gnlc {subprocess.run([gnlc, '--version'], capture_output=True).stdout.decode().split()[1]}")
