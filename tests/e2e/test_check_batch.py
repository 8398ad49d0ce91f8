#!/usr/bin/env python3
"""`gnlc check` on big batches and its -o file: the output is the same
byte for byte with -j 1 and -j 2; -o replaces its file atomically, and a
run killed while it works leaves the earlier file intact; a failure to
write standard output is exit 2; directory loops and special files in a
directory are reported, not followed or blocked on."""
import os, shutil, signal, subprocess, tempfile, time
from gnlc_test import BIN_DIR, ENV, check, equal, finish, gnlc

AS_OF = "2025-08-01"
TEMPLATE = open("tests/data/formats/valid.toml", encoding="utf-8").read()
COUNTRIES = ["DK", "KE", "BR", "MA", "KR", "FI", "CO", "VN", "IE", "GH"]


def application(i):
    text = TEMPLATE.replace('name = "Sønderborg"', f'name = "Learning City {i:05d}"')
    text = text.replace('country = "DK"', f'country = "{COUNTRIES[i % len(COUNTRIES)]}"')
    text = text.replace("priority = 1", f"priority = {i // len(COUNTRIES) + 1}")
    if i % 20 == 3:
        text = text.replace('email = "learning@sonderborg.dk"', 'email = "learning at city"')
    if i % 20 == 7:
        text = text.replace("population = 74000", "population = 9000")
    if i % 50 == 11:
        text = text.replace(f'Learning City {i:05d}', f'Learning City {i - 1:05d}')  # a duplicate
    return text


tmp = tempfile.mkdtemp()
try:
    batch = os.path.join(tmp, "batch")
    for i in range(10000):
        sub = os.path.join(batch, f"{i % 100:02d}")
        os.makedirs(sub, exist_ok=True)
        with open(os.path.join(sub, f"app-{i:05d}.toml"), "w", encoding="utf-8") as f:
            f.write(application(i))
    one = gnlc("check", "--format", "json", "--as-of", AS_OF, "-j", "1", batch, timeout=300)
    two = gnlc("check", "--format", "json", "--as-of", AS_OF, "-j", "2", batch, timeout=300)
    equal(one.returncode, 1, "10,000 files: exit status")
    check(one.stdout == two.stdout, "10,000 files: -j 1 and -j 2 give byte-identical JSON")
    check(len(one.stdout) > 1_000_000, "10,000 files: a full report")
    text_one = gnlc("check", "--as-of", AS_OF, "-j", "1", batch, timeout=300)
    text_many = gnlc("check", "--as-of", AS_OF, "-j", "8", batch, timeout=300)
    check(text_one.stdout == text_many.stdout, "10,000 files: -j 1 and -j 8 give identical text")

    # -o writes the same bytes as stdout, atomically, and only the file.
    out = os.path.join(tmp, "report.json")
    with open(out, "w") as f:
        f.write("OLD")
    result = gnlc("check", "--format", "json", "--as-of", AS_OF, "-j", "2", "-o", out, batch, timeout=300)
    equal((result.returncode, result.stdout), (1, b""), "-o: exit status and empty stdout")
    check(open(out, "rb").read() == one.stdout, "-o: the file holds the report")
    equal(sorted(os.listdir(tmp)), ["batch", "report.json"], "-o: no temporary file left")

    # Killed while blocked on a FIFO: the earlier report survives.
    fifo = os.path.join(tmp, "pending.toml")
    os.mkfifo(fifo)
    for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGKILL):
        with open(out, "w") as f:
            f.write("OLD")
        process = subprocess.Popen([os.path.join(BIN_DIR, "gnlc-check"), "--as-of", AS_OF, "-j", "1", "-o", out,
                                    "tests/data/formats/valid.toml", fifo], env=ENV, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE)
        time.sleep(0.5)
        check(process.poll() is None, f"{sig.name}: gnlc waits on the FIFO")
        process.send_signal(sig)
        process.wait(timeout=10)
        equal(process.returncode, -sig, f"{sig.name}: gnlc dies of the signal")
        equal(open(out).read(), "OLD", f"{sig.name}: the earlier report.json is intact")
        leftovers = [n for n in os.listdir(tmp) if n.startswith("report.json.tmp")]
        if sig != signal.SIGKILL:
            equal(leftovers, [], f"{sig.name}: the temporary file is removed")
        for name in leftovers:
            os.remove(os.path.join(tmp, name))
    os.remove(fifo)

    # A failed write to standard output is an error.
    with open("/dev/full", "wb") as full:
        result = subprocess.run([os.path.join(BIN_DIR, "gnlc"), "check", "--as-of", AS_OF,
                                 "tests/data/formats/valid.toml"], stdout=full, stderr=subprocess.PIPE, env=ENV)
    equal(result.returncode, 2, "stdout on /dev/full: exit 2")
    check(b"cannot write to standard output" in result.stderr, "stdout on /dev/full: message")

    # A file that opens but cannot be read (as root, permissions do not stop
    # reading; /proc/self/mem fails with EIO for anyone), and one that is not
    # readable for a normal user: each is reported, the rest still checked.
    result = gnlc("check", "--as-of", AS_OF, "/proc/self/mem", "tests/data/formats/valid.toml")
    equal((result.returncode, result.stdout.decode().splitlines()),
          (2, ["/proc/self/mem: error: input/output error [read-error]",
               "2 files checked: 1 valid, 1 invalid (1 error, 0 warnings)"]), "unreadable file: reported, rest checked")
    if os.geteuid() != 0:
        locked = os.path.join(tmp, "locked.toml")
        shutil.copy("tests/data/formats/valid.toml", locked)
        os.chmod(locked, 0)
        result = gnlc("check", "--as-of", AS_OF, locked)
        check(result.returncode == 2 and b"permission denied [read-error]" in result.stdout, "permission denied")

    # Directory walking: a loop and a FIFO are reported; the rest is checked.
    tree = os.path.join(tmp, "tree")
    os.makedirs(os.path.join(tree, "sub"))
    shutil.copy("tests/data/formats/valid.toml", os.path.join(tree, "sub", "a.toml"))
    os.symlink("..", os.path.join(tree, "sub", "up"))
    os.mkfifo(os.path.join(tree, "blocked.toml"))
    result = gnlc("check", "--as-of", AS_OF, tree, timeout=10)
    lines = result.stdout.decode().splitlines()
    equal(result.returncode, 2, "walk: exit 2 for the unusable entries")
    equal(lines, [f"{tree}/blocked.toml: error: a FIFO, not a regular file; skipped [read-error]",
                  f"{tree}/sub/up: error: directory loop: this symbolic link leads back to a directory above it [read-error]",
                  "3 files checked: 1 valid, 2 invalid (2 errors, 0 warnings)"], "walk: report")
finally:
    shutil.rmtree(tmp)
finish()
