#!/usr/bin/env python3
"""Hostile input, second round: every reproduction of the red-team pass
that the command layer, the TOML reader, the file system code and the
output formats answer for. Each asserts the exit status, a time bound and
a memory bound (RLIMIT_AS), and reads outputs back with a real parser
(json, xml, csv, icalendar) looking for raw control characters."""
import csv, io, json, os, re, resource, shutil, signal, stat, subprocess, tempfile, time
import xml.etree.ElementTree as ET
from gnlc_test import BIN_DIR, ENV, check, equal, finish

AS_OF = "2025-08-01"
VALID_PATH = "examples/applications/fi-kuopio.toml"
VALID = open(VALID_PATH, encoding="utf-8").read()
SANITIZED = os.environ.get("GNLC_SANITIZED") == "1"
MIB = 1024 * 1024
RAW_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
COMMANDS = ["check", "calendar", "quota", "reports", "explain", "schema"]


def run(args, stdin=None, seconds=5.0, memory_mib=512, preexec=None, stdout=None, timeout=60):
    """Runs gnlc ARGS under an address-space limit; returns (status, out, err).
    The time bound is checked unless the build is sanitized."""
    def limits():
        if not SANITIZED:
            resource.setrlimit(resource.RLIMIT_AS, (memory_mib * MIB, memory_mib * MIB))
        if preexec:
            preexec()
    start = time.monotonic()
    process = subprocess.run([os.path.join(BIN_DIR, "gnlc"), *map(str, args)], input=stdin,
                             stdout=stdout or subprocess.PIPE, stderr=subprocess.PIPE, env=ENV,
                             preexec_fn=limits, timeout=timeout)
    elapsed = time.monotonic() - start
    if not SANITIZED:
        check(elapsed < seconds, f"gnlc {' '.join(map(str, args))[:80]}: took {elapsed:.1f} s (bound {seconds} s)")
    return process.returncode, process.stdout, process.stderr


def run_piped(producer, args, **limits):
    """Runs gnlc ARGS with standard input fed by the endless PRODUCER command."""
    source = subprocess.Popen(producer, stdout=subprocess.PIPE)
    try:
        return run(args, preexec=lambda: os.dup2(source.stdout.fileno(), 0), **limits)
    finally:
        source.kill()
        source.wait()


def write(path, data):
    with open(path, "wb" if isinstance(data, bytes) else "w") as f:
        f.write(data)
    return path


def no_raw_control(text, message):
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    found = RAW_CONTROL.search(text)
    check(found is None, f"{message}: raw control character {found.group()!r}" if found else message)


def member(city, admitted="2020-09-23", country="DK"):
    return f'[[member]]\ncity = "{city}"\ncountry = "{country}"\nadmitted = {admitted}\n\n'


tmp = tempfile.mkdtemp()
try:
    # ---- C1: a key of 30,000 parts overflowed toml++'s stack (exit 139).
    deep = "a." * 30000 + "b"
    shapes = {
        "dotted key": f"format = 1\n{deep} = 1\n",
        "table header": f"format = 1\n[{deep}]\n",
        "array header": f"format = 1\n[[{deep}]]\n",
        "quoted parts": "format = 1\n" + '"a".' * 30000 + "b = 1\n",
        "inline table": f"format = 1\nx = {{ {deep} = 1 }}\n",
        "array of inline tables": f"format = 1\nx = [{{ {deep} = 1 }}]\n",
    }
    for shape, text in shapes.items():
        path = write(os.path.join(tmp, "deep.toml"), text)
        status, out, _ = run(["check", "--format", "json", "--as-of", AS_OF, path])
        equal(status, 1, f"C1 {shape}: check exit status")
        diagnostics = json.loads(out)["files"][0]["diagnostics"]
        equal([d["rule"] for d in diagnostics], ["toml-syntax"], f"C1 {shape}: one toml-syntax")
        check(diagnostics and diagnostics[0]["line"] == 2, f"C1 {shape}: at the line of the key")
        for args in (["reports", "--as-of", AS_OF, path],
                     ["check", "--as-of", AS_OF, "--members", path, VALID_PATH],
                     ["calendar", "--calendar", path]):
            status, out, err = run(args)
            equal(status, 2, f"C1 {shape}: gnlc {args[0]} {args[-2]} exit status")
            check(b"[toml-syntax]" in err and b"dotted parts" in err, f"C1 {shape}: gnlc {args[0]}: the diagnostic")
    # Nesting the guard counts too, mixed with dotted keys.
    path = write(os.path.join(tmp, "nested.toml"), "format = 1\nx = " + "{a.b = " * 5000 + "1" + "}" * 5000 + "\n")
    status, out, _ = run(["check", "--format", "json", "--as-of", AS_OF, path])
    equal((status, [d["rule"] for d in json.loads(out)["files"][0]["diagnostics"]]), (1, ["toml-syntax"]),
          "C1 nested inline tables with dotted keys")

    # ---- C2: the "write the date without quotes" hint parsed the string.
    bomb = "'''2025-05-20T10:00:00\n[" + "a." * 30000 + "b]\n'''"
    text = VALID.replace("signed = 2025-06-10", f"signed = {bomb}", 1)
    check(text != VALID, "C2: the test application has a date to replace")
    path = write(os.path.join(tmp, "hint.toml"), text)
    status, out, err = run(["check", "--as-of", AS_OF, path])
    equal(status, 1, "C2 application: exit status")
    check(b"[wrong-type]" in out and len(out) < 4000, f"C2 application: a short wrong-type ({len(out)} bytes)")
    registry = "format = 1\n" + member("Aarhus", bomb)
    path = write(os.path.join(tmp, "hint-registry.toml"), registry)
    status, out, err = run(["reports", "--as-of", AS_OF, path])
    equal(status, 2, "C2 registry date: exit status")
    check(b"[wrong-type]" in err and len(err) < 4000, f"C2 registry date: a short wrong-type ({len(err)} bytes)")
    calendar = open("data/calls.toml", encoding="utf-8").read().replace("opens = 2019-03-01", f"opens = {bomb}", 1)
    path = write(os.path.join(tmp, "hint-calendar.toml"), calendar)
    status, out, err = run(["calendar", "--calendar", path])
    equal(status, 2, "C2 calendar date: exit status")
    check(b"[wrong-type]" in err and len(err) < 4000, f"C2 calendar date: a short wrong-type ({len(err)} bytes)")

    # ---- H1: 25 directories, each linking twice to the next: 2^24 paths.
    root = os.path.join(tmp, "links")
    for i in range(25):
        os.makedirs(os.path.join(root, f"d{i}"))
    for i in range(24):
        for link in ("x", "y"):
            os.symlink(os.path.join("..", f"d{i + 1}"), os.path.join(root, f"d{i}", link))
    shutil.copy(VALID_PATH, os.path.join(root, "d24", "app.toml"))
    status, out, _ = run(["check", "--as-of", AS_OF, os.path.join(root, "d0")], seconds=5)
    equal(status, 0, "H1: exit status")
    equal(out.decode().splitlines(), ["1 file checked: 1 valid, 0 invalid (0 errors, 0 warnings)"],
          "H1: the one file is checked once")

    # ---- H4: worker threads that cannot start (each would need a 1 GiB
    # stack under a 1.5 GiB limit): fewer threads, same output, no hang.
    batch = os.path.join(tmp, "batch")
    os.makedirs(batch)
    for i in range(40):
        write(os.path.join(batch, f"app{i:02}.toml"), VALID.replace("Kuopio", f"Kuopio{i}"))
    _, serial, _ = run(["check", "--format", "json", "--as-of", AS_OF, "-j", "1", batch], memory_mib=1024)
    big_stack = lambda: resource.setrlimit(resource.RLIMIT_STACK, (1024 * MIB, resource.RLIM_INFINITY))
    status, out, err = run(["check", "--format", "json", "--as-of", AS_OF, "-j", "64", batch],
                           memory_mib=1536, preexec=big_stack, seconds=10, timeout=30)
    check(status in (0, 1) and out == serial, f"H4: exit {status}, the same report as -j 1 ({err[-200:]!r})")

    # ---- H5: a FIFO found in a directory is never opened; one named as
    # --calendar is read once (D2 below reads it from stdin).
    fifo_dir = os.path.join(tmp, "fifo-dir")
    os.makedirs(fifo_dir)
    shutil.copy(VALID_PATH, os.path.join(fifo_dir, "a.toml"))
    os.mkfifo(os.path.join(fifo_dir, "b.toml"))
    status, out, _ = run(["check", "--as-of", AS_OF, fifo_dir])
    equal(status, 2, "H5: a FIFO among the files: exit status")
    check(b"a FIFO, not a regular file" in out, "H5: the FIFO is named")
    fifo = os.path.join(tmp, "calendar.fifo")
    os.mkfifo(fifo)
    builtin = open("data/calls.toml", "rb").read()
    writer = subprocess.Popen(["sh", "-c", 'cat "$1" > "$2"', "sh", "data/calls.toml", fifo])
    status, out, err = run(["calendar", "--format", "toml", "--calendar", fifo], timeout=20)
    writer.wait(timeout=10)
    equal((status, out == builtin), (0, True), "H5: calendar --format toml --calendar FIFO prints the calendar")

    # ---- M2: endless inputs stop at once, in bounded memory.
    for args in (["reports", "/dev/zero"], ["calendar", "--calendar", "/dev/zero"],
                 ["quota", "--as-of", AS_OF, "--scores", "/dev/zero", VALID_PATH]):
        status, _, err = run(args, memory_mib=256, seconds=2)
        equal(status, 2, f"M2 gnlc {' '.join(args)}: exit status")
        check(b"not a regular file" in err, f"M2 gnlc {' '.join(args)}: the message ({err[-200:]!r})")
    for args in (["reports", "-"], ["calendar", "--calendar", "-"], ["quota", "--scores", "-", VALID_PATH]):
        status, _, err = run_piped(["cat", "/dev/zero"], args, memory_mib=256, seconds=2)
        equal(status, 2, f"M2 /dev/zero piped to gnlc {' '.join(args)}: exit status")
        check(b"NUL byte" in err, f"M2 piped: the message ({err[-200:]!r})")
    # Endless text with no NUL byte (yes(1)): calendars and score files stop
    # at their 16 MiB limit, registries (256 MiB) at theirs or at the memory limit, each with
    # a message and exit 2, in about the time it takes to read that much.
    too_large = (b"is larger than 16777216 bytes",)
    registry_limits = (b"is larger than 268435456 bytes", b"not enough memory to read more than")
    endless = [(["calendar", "--calendar", "-"], too_large),
               (["new", "--calendar", "-", "--call", "2025"], too_large),
               (["quota", "--as-of", AS_OF, "--scores", "-", VALID_PATH], too_large),
               (["reports", "--as-of", AS_OF, "-"], registry_limits),
               (["members", "--as-of", AS_OF, "-"], registry_limits),
               (["check", "--as-of", AS_OF, "--members", "-", VALID_PATH], registry_limits)]
    for args, messages in endless:
        status, out, err = run_piped(["yes", "a = 1"], args, memory_mib=512, seconds=8)
        equal(status, 2, f"M2 endless text piped to gnlc {' '.join(args)}: exit status")
        check(any(m in err for m in messages) and err.count(b"\n") == 1,
              f"M2 endless text piped to gnlc {' '.join(args)}: one line ({err[-200:]!r})")
        equal(out, b"", f"M2 endless text piped to gnlc {' '.join(args)}: nothing on standard output")

    # ---- M1/M3: thousands of problems in a registry or scores print a hundred and a note.
    path = write(os.path.join(tmp, "bad-reports.toml"),
                 "format = 1\n[[member]]\ncity = \"A\"\ncountry = \"DK\"\nadmitted = 2020-01-01\nreports = [" +
                 ", ".join(['"2021-01-01"'] * 20000) + "]\n")
    status, _, err = run(["reports", "--as-of", AS_OF, path], seconds=10, memory_mib=1024)
    equal(status, 2, "M3: exit status")
    check(len(err) < 64 * 1024, f"M3: stderr is capped ({len(err)} bytes)")
    scores = write(os.path.join(tmp, "bad-scores.csv"), "country,city,score\n" + "FI,Kuopio,x\n" * 50000)
    status, _, err = run(["quota", "--as-of", AS_OF, "--scores", scores, VALID_PATH], seconds=10, memory_mib=1024)
    equal(status, 2, "M1: exit status")
    check(len(err) < 64 * 1024, f"M1: stderr is capped ({len(err)} bytes)")

    # ---- M6: the members are reserved from the count of [[member]] lines;
    # millions of another array of tables reserve nothing (they were counted
    # as members once, and the reservation alone ran out of memory).
    path = write(os.path.join(tmp, "many-arrays.toml"), "format = 1\n" + "[[a]]\n" * 8_000_000)
    status, out, err = run(["reports", "--as-of", AS_OF, path], seconds=8, memory_mib=200)
    equal(status, 0, "M6: exit status")
    equal(err.decode().splitlines(), [f"{path}:2:1: warning: unknown key 'a' [unknown-field]"], "M6: one warning")
    os.remove(path)

    # ---- M4 and M5: junit and -j keep memory flat.
    many = os.path.join(tmp, "many")
    os.makedirs(many)
    bad = VALID.replace('country = "FI"', 'country = "XX"') + "\n" + "".join(f"extra{i} = 1\n" for i in range(150))
    for i in range(1000):
        write(os.path.join(many, f"f{i:04}.toml"), bad)
    status, out, _ = run(["check", "--format", "junit", "--as-of", AS_OF, "-j", "2", many], seconds=30,
                         memory_mib=400)
    equal(status, 1, "M4: junit of 1,000 files: exit status")
    suite = ET.fromstring(out).find("testsuite")
    equal((suite.get("tests"), len(suite.findall("testcase"))), ("1000", 1000), "M4: every test case")
    status, out, _ = run(["check", "--format", "json", "--as-of", AS_OF, "-j", "64", many], seconds=30,
                         memory_mib=1024)
    equal((status, len(json.loads(out)["files"])), (1, 1000), "M5: -j 64 in bounded memory")

    # ---- D1: -o refuses what is not a regular file, and writes nothing.
    target = write(os.path.join(tmp, "real.json"), "OLD")
    link = os.path.join(tmp, "link.json")
    os.symlink(target, link)
    fifo_out = os.path.join(tmp, "out.fifo")
    os.mkfifo(fifo_out)
    device = os.path.join(tmp, "null")
    refusals = {"a symbolic link": link, "a FIFO": fifo_out, "a directory": batch}
    if os.geteuid() == 0:
        os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
        refusals["a character device"] = device
    for kind, path in refusals.items():
        before = sorted(os.listdir(tmp))
        status, out, err = run(["check", "--as-of", AS_OF, "-o", path, VALID_PATH])
        equal(status, 2, f"D1 -o {kind}: exit status")
        check(f"it is {kind}".encode() in err, f"D1 -o {kind}: the message ({err!r})")
        equal(sorted(os.listdir(tmp)), before, f"D1 -o {kind}: nothing created")
    check(os.path.islink(link) and open(target).read() == "OLD", "D1: the link and its target are intact")
    if os.geteuid() == 0:
        check(stat.S_ISCHR(os.stat(device).st_mode), "D1: the device is still a device")
    status, out, _ = run(["check", "--as-of", AS_OF, "-o", "-", VALID_PATH])
    equal((status, b"1 file checked" in out), (0, True), "-o - is standard output")

    # ---- D4: -o keeps an existing file's permissions and owner.
    private = write(os.path.join(tmp, "private.txt"), "OLD")
    os.chmod(private, 0o600)
    if os.geteuid() == 0:
        os.chown(private, 4321, 4321)
    status, _, _ = run(["check", "--as-of", AS_OF, "-o", private, VALID_PATH])
    info = os.stat(private)
    equal((status, stat.S_IMODE(info.st_mode)), (0, 0o600), "D4: the mode stays 0600")
    if os.geteuid() == 0:
        equal((info.st_uid, info.st_gid), (4321, 4321), "D4: the owner stays")
    check(open(private).read().startswith("1 file checked"), "D4: the report was written")

    # ---- D2: --format toml with the calendar on standard input.
    status, out, _ = run(["calendar", "--format", "toml", "--calendar", "-"], stdin=builtin)
    equal((status, out == builtin), (0, True), "D2: the calendar from stdin is printed, read once")

    # ---- D3 and D5: crash signals remove the temporary file; a signal
    # ignored by the parent (nohup) stays ignored.
    pending = os.path.join(tmp, "pending.toml")
    os.mkfifo(pending)
    out_path = os.path.join(tmp, "report.txt")
    for sig, ignored in ((signal.SIGSEGV, False), (signal.SIGABRT, False), (signal.SIGBUS, False),
                         (signal.SIGQUIT, False), (signal.SIGHUP, True)):
        write(out_path, "OLD")
        pre = (lambda: signal.signal(signal.SIGHUP, signal.SIG_IGN)) if ignored else None
        process = subprocess.Popen([os.path.join(BIN_DIR, "gnlc-check"), "--as-of", AS_OF, "-j", "1", "-o", out_path,
                                    VALID_PATH, pending], env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                   preexec_fn=pre)
        # The signal must find gnlc running: its temporary file exists once
        # the handlers are in place (a sanitizer's runtime starts slowly).
        deadline = time.monotonic() + 60
        while (time.monotonic() < deadline and process.poll() is None
               and not [n for n in os.listdir(tmp) if n.startswith("report.txt.tmp")]):
            time.sleep(0.05)
        time.sleep(0.2)
        process.send_signal(sig)
        time.sleep(0.3)
        if ignored:
            check(process.poll() is None, "D5: an ignored SIGHUP stays ignored")
            write(pending, "")  # lets the run finish
            process.wait(timeout=10)
            equal(process.returncode, 1, "D5: the run completes")
            check(open(out_path).read().startswith(f"{pending}:"), "D5: the report is written")
        else:
            process.wait(timeout=10)
            equal(process.returncode, -sig, f"D3 {sig.name}: gnlc dies of the signal")
            equal(open(out_path).read(), "OLD", f"D3 {sig.name}: the earlier file is intact")
            equal([n for n in os.listdir(tmp) if n.startswith("report.txt.tmp")], [],
                  f"D3 {sig.name}: no temporary file left")

    # ---- O1: a calendar's [call.sources] keys are printed neutralised.
    evil_calendar = open("data/calls.toml", encoding="utf-8").read().replace(
        "[call.sources]\n", '[call.sources]\n"\\u001b]0;pwned\\u0007\\u001b[2J\\u202e" = "x"\n', 1)
    path = write(os.path.join(tmp, "evil-calendar.toml"), evil_calendar)
    status, out, err = run(["calendar", "--calendar", path, "2019"])
    check(status in (0, 1, 2), f"O1: exit status {status}")
    no_raw_control(out + err, "O1: calendar text")
    status, out, _ = run(["calendar", "--calendar", path, "--format", "json"])
    if status == 0:
        no_raw_control(out, "O1: calendar json")
        json.loads(out)

    # ---- O2 and O5: github and text output from hostile data and names.
    names = os.path.join(tmp, "names")
    os.makedirs(names)
    evil_name = "::error title=x::y\x1b[2J\x07\u202e"
    write(os.path.join(names, evil_name + ".toml"),
          VALID.replace("[city]\n", '[city]\n"k\\u001b[2J\\u0007\\u0000\\u202e" = 1\n', 1))
    for fmt_name in ("github", "text"):
        status, out, _ = run(["check", "--format", fmt_name, "--as-of", AS_OF, names])
        equal(status, 0, f"O2/O5 {fmt_name}: exit status (a warning only)")
        no_raw_control(out, f"O2 {fmt_name}")
        lines = out.decode().splitlines()
        check(lines, f"O2/O5 {fmt_name}: output")
        if fmt_name == "text":
            check(not any(line.lstrip().startswith("::") for line in lines), "O5: no line starts a workflow command")
        else:
            check(all(line.startswith("::warning file=") for line in lines), "O2: one workflow command per line")
    for fmt_name in ("json", "sarif"):
        status, out, _ = run(["check", "--format", fmt_name, "--as-of", AS_OF, names])
        no_raw_control(out, f"O2 {fmt_name}")
        json.loads(out)
    status, out, _ = run(["check", "--format", "junit", "--as-of", AS_OF, names])
    no_raw_control(out, "O2 junit")
    ET.fromstring(out)

    # ---- O3: control characters in registry names, csv/tsv/json/ics/text.
    path = write(os.path.join(tmp, "evil-registry.toml"),
                 "format = 1\n" + member("Aar\\u001b[2Jhus\\u0000\\u202e", "2020-01-01"))
    for fmt_name in ("table", "csv", "tsv", "json", "ics"):
        status, out, err = run(["reports", "--status", "all", "--as-of", AS_OF, "--format", fmt_name, path])
        if status == 2:
            check(b"[" in err, f"O3 {fmt_name}: refused with a diagnostic")
            continue
        no_raw_control(out, f"O3 reports {fmt_name}")
        if fmt_name == "csv":
            rows = list(csv.reader(io.StringIO(out.decode())))
            check(len(rows) == 2, "O3 csv: one member")
        elif fmt_name == "json":
            json.loads(out)

    # ---- O6: dates past 9999 never reach an output.
    path = write(os.path.join(tmp, "far-registry.toml"), "format = 1\n" + member("Aarhus", "9999-06-01"))
    status, out, _ = run(["reports", "--status", "all", "--as-of", AS_OF, "--format", "json", path])
    if status in (0, 1):
        for m in json.loads(out)["members"]:
            for key in ("admitted", "next_due", "last_report"):
                check(m[key] is None or re.fullmatch(r"\d{4}-\d\d-\d\d", m[key]), f"O6 json {key}: {m[key]}")
    status, out, _ = run(["reports", "--status", "all", "--as-of", AS_OF, "--format", "ics", path])
    if status in (0, 1):
        for line in out.decode().splitlines():
            if ";VALUE=DATE:" in line:
                check(re.fullmatch(r"DT(START|END);VALUE=DATE:\d{8}", line), f"O6 ics: {line}")

    # ---- W1: help that cannot be written is a failure, for every command.
    with open("/dev/full", "wb") as full:
        for command in [None] + COMMANDS:
            program = "gnlc" if command is None else f"gnlc-{command}"
            result = subprocess.run([os.path.join(BIN_DIR, program), "--help"], stdout=full, stderr=subprocess.PIPE,
                                    env=ENV, timeout=10)
            check(result.returncode != 0, f"W1 {program} --help > /dev/full: exit {result.returncode}")

    # ---- W2: a directory with no *.toml is a usage error.
    upper = os.path.join(tmp, "upper")
    os.makedirs(upper)
    shutil.copy(VALID_PATH, os.path.join(upper, "APP.TOML"))
    for command in ("check", "quota"):
        status, out, err = run([command, "--as-of", AS_OF, upper])
        equal(status, 2, f"W2 {command}: exit status")
        check(b"no application files in" in err, f"W2 {command}: the message ({err!r})")
finally:
    shutil.rmtree(tmp)
finish()
