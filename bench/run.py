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


def measure_latency(command):
    """Start-up times are a few milliseconds: hyperfine measures them
    without a shell and with its own overhead corrected."""
    _, peak, _, _ = run_once(command)
    if shutil.which("hyperfine"):
        report = os.path.join(DATA, "hyperfine.json")
        subprocess.run(["hyperfine", "-N", "--warmup", "20", "--runs", str(50 if QUICK else 300), "--export-json",
                        report, "--style", "none", " ".join(command)], check=True, capture_output=True, env=ENV)
        with open(report) as f:
            return json.load(f)["results"][0]["median"], peak
    return measure(command, runs=RUNS * 20)[0], peak


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


def row(section, what, seconds, memory, ratio="", note=""):
    shown = f"{seconds * 1000:.1f} ms" if seconds < 0.1 else f"{seconds * 1000:.0f} ms" if seconds < 10 else f"{seconds:.1f} s"
    rows.append((section, what, shown,
                 f"{memory:.0f} MiB", ratio, note))
    print(f"  {what}: {seconds:.3f} s, {memory:.0f} MiB {ratio} {note}", file=sys.stderr)


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

# ---- 4: one file
one = os.path.join(ROOT, "examples", "applications", "ke-kilifi-county.toml")
print("one file", file=sys.stderr)
hello_t, hello_m = measure_latency([os.path.join(BIN, "bench-hello")])
row("latency", "hello-world C++ process (iostream)", hello_t, hello_m, "1.00x")
for command in ([gnlc, "check", "--as-of", AS_OF, one], [os.path.join(BIN, "gnlc-check"), "--as-of", AS_OF, one]):
    t, m = measure_latency(command)
    row("latency", " ".join(["gnlc check" if command[0] == gnlc else "gnlc-check", "one.toml"]), t, m,
        f"{t / hello_t:.2f}x hello")

# ---- 5-6: reports and quota at three scales
for n in SCALES:
    registry = os.path.join(DATA, f"registry-{n}.toml")
    generate("registry", n, registry)
    t, m, _, _ = measure([gnlc, "reports", "--as-of", AS_OF, registry])
    row("reports", f"gnlc reports, {n:,} members", t, m, "", f"{n / t:,.0f} members/s")
for n in QUOTA_SCALES:
    directory = os.path.join(DATA, f"quota-{n}")
    generate("quota", n, directory)
    t, m, _, _ = measure([gnlc, "quota", "--as-of", AS_OF, "--format", "json", directory], runs=min(RUNS, 3))
    row("quota", f"gnlc quota, {n:,} applications", t, m, "", f"{n / t:,.0f} applications/s")

print("\n| part | what | median time | peak memory | ratio | note |")
print("|---|---|---:|---:|---|---|")
for r in rows:
    print("| " + " | ".join(r) + " |")
print(f"\n{'quick' if QUICK else 'full'} run, {RUNS} runs each (median), {os.cpu_count()} cores, "
      f"gnlc {subprocess.run([gnlc, '--version'], capture_output=True).stdout.decode().split()[1]}")
