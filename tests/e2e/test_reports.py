#!/usr/bin/env python3
"""`gnlc reports` end to end, on tests/data/registry:

- statuses.toml as of 2025-01-01: every member's status, next_due,
  days_overdue, missed and last_report, exactly, in the documented order
  (overdue first, most days overdue first, then country, then city), and
  the summary, which counts every member whatever --status selects;
- the due-soon window is DAYS long and starts on the as-of day (a due
  date on day 59 is due soon with the default 60, on day 60 it is ok);
  29 February admissions fall due on 28 February in common years;
- --status filters, --fail-on-overdue, standard input, -o;
- a registry with errors: exit 2, PATH:LINE:COL diagnostics on stderr,
  nothing on stdout;
- csv and tsv (header row, formulas neutralised, names that need quoting);
- the example registry (examples/registry.toml);
- every member's status on several hundred days around its due dates
  agrees with a direct reading of the rules in registry.md.

Exact table output is tested by the CLI cases tests/cli/reports-*; the
iCalendar output by test_ics.py.
"""
import csv, datetime, io, json, os, re, tempfile, tomllib
from gnlc_test import check, equal, finish
from gnlc_test import gnlc as run_gnlc

# Most of this file tests the biennial rule alone (registry.md, due dates,
# rule 3): with a calendar that has no report rounds. The rounds of the
# built-in calendar are tested at the end.
NO_ROUNDS = "tests/data/calendars/no-rounds.toml"


def gnlc(*args, **kwargs):
    if args and args[0] == "reports" and "--calendar" not in args:
        args = (args[0], "--calendar", NO_ROUNDS, *args[1:])
    return run_gnlc(*args, **kwargs)

DATA = "tests/data/registry"
STATUSES = f"{DATA}/statuses.toml"
AS_OF = "2025-01-01"


def reports_json(*args, stdin=None):
    result = gnlc("reports", "--format", "json", *args, stdin=stdin)
    try:
        return result, json.loads(result.stdout)
    except ValueError:
        check(False, f"reports {' '.join(args)}: stdout is not JSON: {result.stdout[:200]!r} {result.stderr!r}")
        return result, {"members": [], "summary": {}}


def member(city, country, admitted, status, next_due, days_overdue=0, missed=0, last_report=None, round=None):
    return {"city": city, "country": country, "admitted": admitted, "status": status, "next_due": next_due,
            "days_overdue": days_overdue, "missed": missed, "last_report": last_report, "round": round}


OVERDUE = [
    member("Cork", "IE", "2017-09-15", "overdue", "2019-09-15", 1935, 3),
    member("Bristol", "GB", "2018-05-02", "overdue", "2022-05-02", 975, 2, "2019-11-20"),
    member("Tartu", "EE", "2021-05-05", "overdue", "2023-05-05", 607, 1, "2021-05-05"),
    member("Melton", "AU", "2016-02-29", "overdue", "2024-02-29", 307, 1, "2022-02-27"),
    member("Odense", "DK", "2020-06-15", "overdue", "2024-06-15", 200, 1, "2022-06-01"),
    member("Aalborg", "DK", "2020-09-23", "overdue", "2024-09-23", 100, 1, "2022-10-01"),
    member("Sønderborg", "DK", "2020-09-23", "overdue", "2024-09-23", 100, 1, "2022-11-30"),
    member("Turku", "FI", "2020-09-23", "overdue", "2024-09-23", 100, 1, "2022-09-01"),
    member("Long Beach", "US", "2020-09-23", "overdue", "2024-09-23", 100, 1, "2022-09-20"),
    member("Medellín", "CO", "2022-12-31", "overdue", "2024-12-31", 1, 1),
]
DUE_SOON = [
    member("Kilifi County", "KE", "2023-01-01", "due-soon", "2025-01-01"),
    member("Nyeri County", "KE", "2023-03-01", "due-soon", "2025-03-01"),
    member("Gdańsk", "PL", "2019-01-10", "due-soon", "2025-01-10", last_report="2023-01-11"),
]
OK = [
    member("Manizales", "CO", "2023-03-02", "ok", "2025-03-02"),
    member("Gelsenkirchen", "DE", "2016-02-29", "ok", "2026-02-28", last_report="2024-02-29"),
    member("Espoo", "FI", "2019-06-10", "ok", "2025-06-10", last_report="2022-12-15"),
    member("Suwon", "KR", "2023-09-05", "ok", "2025-09-05"),
]
INACTIVE = [
    member("Ghent", "BE", "2016-11-02", "suspended", None, last_report="2018-12-01"),
    member("Braşov", "RO", "2017-08-20", "withdrawn", None),
]
SUMMARY = {"members": 19, "overdue": 10, "due_soon": 3, "ok": 4, "inactive": 2}

# ---- every status, exactly
result, doc = reports_json("--as-of", AS_OF, "--status", "all", STATUSES)
equal((result.returncode, result.stderr), (0, b""), "--status all: exit status and stderr")
equal(list(doc), ["as_of", "due_within", "members", "summary"], "json: top-level keys in order")
equal((doc.get("as_of"), doc.get("due_within")), (AS_OF, 60), "json: as_of and due_within")
if doc["members"]:
    equal(list(doc["members"][0]), ["city", "country", "admitted", "status", "next_due", "days_overdue", "missed",
                                    "last_report", "round"], "json: member keys in order")
for want, got in zip(OVERDUE + DUE_SOON + OK + INACTIVE, doc["members"]):
    equal(got, want, f"--status all: {want['city']}")
equal([m["city"] for m in doc["members"]], [m["city"] for m in OVERDUE + DUE_SOON + OK + INACTIVE],
      "--status all: the order")
equal(doc.get("summary"), SUMMARY, "--status all: summary")

# ---- --status selects the members listed, never the summary
for status, listed in [(None, OVERDUE + DUE_SOON), ("overdue", OVERDUE), ("due-soon", DUE_SOON), ("ok", OK),
                       ("inactive", INACTIVE)]:
    args = ["--as-of", AS_OF] + (["--status", status] if status else []) + [STATUSES]
    result, doc = reports_json(*args)
    equal(result.returncode, 0, f"--status {status}: exit status")
    equal(doc["members"], listed, f"--status {status}: the members listed")
    equal(doc.get("summary"), SUMMARY, f"--status {status}: the summary counts every member")
result = gnlc("reports", "--as-of", AS_OF, "--status", "late", STATUSES)
equal((result.returncode, result.stdout), (2, b""), "--status late: a usage error")

# ---- the due-soon window: DAYS long, starting on the as-of day
def status_of(city, *args):
    _, doc = reports_json("--as-of", AS_OF, "--status", "all", *args, STATUSES)
    return next((m["status"] for m in doc["members"] if m["city"] == city), None)


equal(status_of("Kilifi County"), "due-soon", "due on the as-of day: due soon")
equal(status_of("Nyeri County"), "due-soon", "due on day 59 (2025-03-01): due soon")
equal(status_of("Manizales"), "ok", "due on day 60 (2025-03-02): ok")
equal(status_of("Manizales", "--due-within", "61"), "due-soon", "--due-within 61: day 60 is due soon")
equal(status_of("Nyeri County", "--due-within", "59"), "ok", "--due-within 59: day 59 is ok")
equal(status_of("Kilifi County", "--due-within", "1"), "due-soon", "--due-within 1: the as-of day is due soon")
equal(status_of("Gdańsk", "--due-within", "1"), "ok", "--due-within 1: nine days ahead is ok")
equal(status_of("Gdańsk", "--due-within", "10"), "due-soon", "--due-within 10: day 9 is due soon")
equal(status_of("Gdańsk", "--due-within", "9"), "ok", "--due-within 9: day 9 is ok")
_, doc = reports_json("--as-of", AS_OF, "--due-within", "365", STATUSES)
equal(doc.get("due_within"), 365, "--due-within 365: in the JSON")
equal(doc.get("summary"), {"members": 19, "overdue": 10, "due_soon": 6, "ok": 1, "inactive": 2},
      "--due-within 365: only Gelsenkirchen (due 2026-02-28, day 423) is ok")
result = gnlc("reports", "--as-of", AS_OF, "--due-within", "-1", STATUSES)
equal((result.returncode, result.stdout), (2, b""), "--due-within -1: a usage error")

# ---- 29 February: the due date is 28 February in common years
def one(city, as_of):
    _, doc = reports_json("--as-of", as_of, "--status", "all", STATUSES)
    return next((m for m in doc["members"] if m["city"] == city), {})


equal(one("Gelsenkirchen", "2026-02-28"), member("Gelsenkirchen", "DE", "2016-02-29", "due-soon", "2026-02-28",
                                                 last_report="2024-02-29"), "Gelsenkirchen on 2026-02-28")
equal(one("Gelsenkirchen", "2026-03-01"), member("Gelsenkirchen", "DE", "2016-02-29", "overdue", "2026-02-28", 1, 1,
                                                 "2024-02-29"), "Gelsenkirchen on 2026-03-01: one day overdue")
equal(one("Melton", "2018-02-28"), member("Melton", "AU", "2016-02-29", "due-soon", "2018-02-28"),
      "Melton on 2018-02-28: the first report is due that day")
equal(one("Melton", "2018-03-01"), member("Melton", "AU", "2016-02-29", "overdue", "2018-02-28", 1, 1),
      "Melton on 2018-03-01: one day overdue")
equal(one("Melton", "2018-03-15"), member("Melton", "AU", "2016-02-29", "ok", "2020-02-29", last_report="2018-03-15"),
      "Melton on 2018-03-15: the late report settles 2018-02-28; next due 2020-02-29")
equal(one("Melton", "2024-02-29"), member("Melton", "AU", "2016-02-29", "due-soon", "2024-02-29",
                                          last_report="2022-02-27"), "Melton on 2024-02-29")
equal(one("Melton", "2028-03-01"), member("Melton", "AU", "2016-02-29", "overdue", "2024-02-29", 1462, 3, "2022-02-27"),
      "Melton on 2028-03-01: 2024-02-29, 2026-02-28 and 2028-02-29 missed")
equal(one("Odense", "2025-03-01"), member("Odense", "DK", "2020-06-15", "ok", "2026-06-15", last_report="2025-03-01"),
      "Odense on 2025-03-01: the report of that day has arrived and settles 2024-06-15 late")

# ---- --fail-on-overdue
result = gnlc("reports", "--as-of", AS_OF, "--fail-on-overdue", STATUSES)
equal(result.returncode, 1, "--fail-on-overdue with overdue members: exit 1")
check(result.stdout.startswith(b"city "), "--fail-on-overdue: the table is still printed")
result = gnlc("reports", "--as-of", AS_OF, "--fail-on-overdue", "--status", "ok", STATUSES)
equal(result.returncode, 1, "--fail-on-overdue --status ok: the overdue members still fail the run")
result = gnlc("reports", "--as-of", "2021-01-01", "--fail-on-overdue", f"{DATA}/unknown-field.toml")
equal(result.returncode, 0, "--fail-on-overdue, nothing overdue: exit 0")
result = gnlc("reports", "--as-of", AS_OF, STATUSES)
equal(result.returncode, 0, "overdue members without --fail-on-overdue: exit 0")

# ---- standard input and -o
registry = open(STATUSES, "rb").read()
result, doc = reports_json("--as-of", AS_OF, "-", stdin=registry)
equal((result.returncode, doc.get("summary")), (0, SUMMARY), "the registry on standard input")
with tempfile.TemporaryDirectory() as directory:
    target = os.path.join(directory, "due.csv")
    expected = gnlc("reports", "--as-of", AS_OF, "--format", "csv", STATUSES).stdout
    result = gnlc("reports", "--as-of", AS_OF, "--format", "csv", "--fail-on-overdue", "-o", target, STATUSES)
    equal((result.returncode, result.stdout), (1, b""), "-o: exit status of --fail-on-overdue, nothing on stdout")
    check(open(target, "rb").read() == expected, "-o: the file holds what stdout would")
    equal(os.listdir(directory), ["due.csv"], "-o: no temporary file left")

# ---- registries with errors: exit 2, positions on stderr, nothing on stdout
ERRORS = f"{DATA}/errors.toml"
for fmt in ["table", "json", "csv", "ics"]:
    result = gnlc("reports", "--as-of", AS_OF, "--format", fmt, ERRORS)
    equal((result.returncode, result.stdout), (2, b""), f"errors.toml, {fmt}: exit 2 and nothing on stdout")
result = gnlc("reports", "--as-of", AS_OF, ERRORS)
lines = result.stderr.decode().splitlines()
located = [line for line in lines if line.startswith(ERRORS + ":")]
equal([line.split(": ")[0] + " " + line[line.rindex("["):] for line in located], [
    f"{ERRORS}:13:24 [report-before-admission]",
    f"{ERRORS}:19:10 [invalid-value]",
    f"{ERRORS}:23:11 [unknown-country]",
    f"{ERRORS}:26:1 [duplicate-member]",
    f"{ERRORS}:34:12 [wrong-type]",
    f"{ERRORS}:36:1 [missing-field]",
    f"{ERRORS}:44:8 [invalid-value]",
], "errors.toml: one PATH:LINE:COL diagnostic per error, in file order")
check(any('unknown status "dormant"' in line for line in lines), "errors.toml: the unknown status is named")
check(any('unknown country "Atlantida"' in line for line in lines), "errors.toml: the unknown country is named")
check(any("AARHUS (DK) is listed twice" in line for line in lines), "errors.toml: the duplicate is named")
check(any("the other entry is on line 4" in line for line in lines), "errors.toml: the hint points at the first")
equal(lines[-1], f"gnlc reports: error: registry '{ERRORS}' has errors", "errors.toml: the last line")

# The column of a TOML syntax error is the parser's; the line is the line.
for name, position, rule in [("syntax.toml", r"6:\d+", "toml-syntax"), ("syntax-quote.toml", r"4:\d+", "toml-syntax"),
                             ("format-2.toml", "1:10", "format-version")]:
    for fmt in ["table", "json"]:
        result = gnlc("reports", "--as-of", AS_OF, "--format", fmt, f"{DATA}/{name}")
        equal((result.returncode, result.stdout), (2, b""), f"{name}, {fmt}: exit 2 and nothing on stdout")
        lines = result.stderr.decode().splitlines()
        check(len(lines) >= 2 and re.fullmatch(re.escape(f"{DATA}/{name}:") + position + r": error: .* \[" + rule + r"\]",
                                               lines[0]) is not None, f"{name}: {position} {rule}, got {lines[:1]!r}")
        equal(lines[-1:], [f"gnlc reports: error: registry '{DATA}/{name}' has errors"], f"{name}: the last line")
result = gnlc("reports", "--as-of", AS_OF, f"{DATA}/does-not-exist.toml")
equal((result.returncode, result.stdout), (2, b""), "a registry that does not exist: exit 2")
result = gnlc("reports", "--as-of", AS_OF, "-", stdin=b"format = 1\n[[member]]\ncity = 'X'\n")
equal((result.returncode, result.stdout), (2, b""), "a member without country and admission on stdin: exit 2")
check(result.stderr.startswith(b"-:2:1: error: "), "errors on standard input are reported as -:LINE:COL")

# An unknown key is a warning: the registry is read.
result = gnlc("reports", "--as-of", AS_OF, f"{DATA}/unknown-field.toml")
equal(result.returncode, 0, "unknown-field.toml: exit 0")
check(result.stderr.decode().startswith(f"{DATA}/unknown-field.toml:7:1: warning: ")
      and "[unknown-field]" in result.stderr.decode() and "did you mean 'reports'?" in result.stderr.decode(),
      "unknown-field.toml: a warning with a hint")
result, doc = reports_json("--as-of", AS_OF, f"{DATA}/empty.toml")
equal((result.returncode, doc.get("members"), doc.get("summary")),
      (0, [], {"members": 0, "overdue": 0, "due_soon": 0, "ok": 0, "inactive": 0}), "an empty registry")

# ---- csv and tsv
HEADER = ["city", "country", "admitted", "status", "next_due", "days_overdue", "missed", "last_report", "round"]
result = gnlc("reports", "--as-of", AS_OF, "--status", "all", "--format", "csv", STATUSES)
rows = list(csv.reader(io.StringIO(result.stdout.decode())))
equal(rows[0], HEADER, "csv: header row")
equal(rows[1:], [[m["city"], m["country"], m["admitted"], m["status"], m["next_due"] or "", str(m["days_overdue"]),
                  str(m["missed"]), m["last_report"] or "", ""] for m in OVERDUE + DUE_SOON + OK + INACTIVE],
      "csv: the same members as the JSON")
tsv = gnlc("reports", "--as-of", AS_OF, "--status", "all", "--format", "tsv", STATUSES).stdout.decode()
equal([line.split("\t") for line in tsv.splitlines()], rows, "tsv: the same rows")

HOSTILE = f"{DATA}/hostile.toml"
BANGKOK = "กรุงเทพมหานคร อมรรัตนโกสินทร์ มหินทรายุธยา มหาดิลกภพ นพรัตนราชธานีบูรีรมย์"
result = gnlc("reports", "--as-of", AS_OF, "--format", "csv", HOSTILE)
equal(result.stdout.decode(), ",".join(HEADER) + "\n" + f"""\
"Bogotá, D.C.",CO,2019-10-02,overdue,2021-10-02,1187,2,,
"Back\\slash ""Learning"" Town",ZA,2022-09-15,overdue,2024-09-15,108,1,,
Kraków; Małopolska,PL,2020-11-05,overdue,2024-11-05,57,1,2022-10-30,
'=SUM(1+1),GH,2021-01-20,due-soon,2025-01-20,0,0,2023-01-11,
{BANGKOK},TH,2021-02-20,due-soon,2025-02-20,0,0,2023-02-01,
""", "csv: quoting, a formula neutralised, a long multibyte name")
equal([row[0] for row in csv.reader(io.StringIO(result.stdout.decode()))][1:],
      ["Bogotá, D.C.", 'Back\\slash "Learning" Town', "Kraków; Małopolska", "'=SUM(1+1)", BANGKOK],
      "csv: the names read back")
result = gnlc("reports", "--as-of", AS_OF, "--format", "tsv", HOSTILE)
equal([line.split("\t")[0] for line in result.stdout.decode().splitlines()][1:],
      ["Bogotá, D.C.", 'Back\\\\slash "Learning" Town', "Kraków; Małopolska", "'=SUM(1+1)", BANGKOK],
      "tsv: a backslash is escaped, a formula neutralised")
result, doc = reports_json("--as-of", AS_OF, HOSTILE)
equal([m["city"] for m in doc["members"]],
      ["Bogotá, D.C.", 'Back\\slash "Learning" Town', "Kraków; Małopolska", "=SUM(1+1)", BANGKOK],
      "json: the names as written")


# ---- the example registry (examples/registry.toml), as the man pages show it,
# with the built-in calendar's report rounds
EXAMPLE = "examples/registry.toml"
BUILTIN = ["--calendar", "data/calls.toml"]
result, doc = reports_json("--as-of", AS_OF, "--status", "all", *BUILTIN, EXAMPLE)
equal((result.returncode, result.stderr), (0, b""), "examples/registry.toml: exit status and stderr")
equal(doc.get("summary"), {"members": 67, "overdue": 10, "due_soon": 0, "ok": 52, "inactive": 5},
      "examples/registry.toml: summary as of 2025-01-01")
admitted = sorted(m["admitted"] for m in doc["members"])
equal((admitted[0], admitted[-1]), ("2016-09-19", "2024-02-14"), "examples/registry.toml: admitted 2016 to 2024")
equal(sorted(m["status"] for m in doc["members"] if m["status"] in ("suspended", "withdrawn")),
      ["suspended", "suspended", "withdrawn", "withdrawn", "withdrawn"], "examples/registry.toml: inactive members")
equal(sorted(m["admitted"] for m in doc["members"] if m["city"] == "Muharraq"), ["2019-07-17", "2024-02-14"],
      "examples/registry.toml: Muharraq, admitted again")
wyndham = next((m for m in doc["members"] if m["city"] == "Wyndham"), {})
equal(wyndham, member("Wyndham", "AU", "2016-09-19", "ok", "2025-12-31", last_report="2023-12-10"),
      "examples/registry.toml: Wyndham, biennial after the first round")
equal([(m["city"], m["days_overdue"], m["missed"]) for m in doc["members"] if m["status"] == "overdue"], [
    ("Vitória", 1097, 2), ("Kashan", 1097, 2), ("La Paz", 761, 2), ("Abuja", 761, 2), ("Giza", 367, 1),
    ("Sevilla", 367, 1), ("Amman", 367, 1), ("Miraflores", 367, 1), ("Bandung", 121, 1), ("Kampala", 30, 1)],
      "examples/registry.toml: the overdue members, in order")
result = gnlc("reports", "--as-of", AS_OF, "--fail-on-overdue", *BUILTIN, EXAMPLE)
equal(result.returncode, 1, "examples/registry.toml: --fail-on-overdue")

# ---- the rules of registry.md, read directly, on many days, with the
# built-in report rounds and without any
def plus_years(day, years):
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a common year
        return datetime.date(day.year + years, 2, 28)


def read_rounds(calendar_path):
    with open(calendar_path, "rb") as f:
        rounds = tomllib.load(f).get("report_round", [])
    return sorted(rounds, key=lambda r: r["deadline"])


def due_dates(admitted, rounds, count=8):
    """(day, round deadline or None) for the first `count` due dates."""
    owed = [r["deadline"] for r in rounds
            if r.get("admitted_from", datetime.date.min) <= admitted < r.get("admitted_before", datetime.date.max)
            and r["deadline"] > admitted]
    dates = [(d, d.isoformat()) for d in owed]
    start = owed[-1] if owed else admitted
    dates += [(plus_years(start, 2 * k), None) for k in range(1, count - len(owed) + 1)]
    return dates


def expected_status(entry, day, window, rounds):
    admitted = entry["admitted"]
    dates = due_dates(admitted, rounds)
    received = sorted(r for r in entry.get("reports", []) if r <= day)
    last = received[-1].isoformat() if received else None
    base = {"city": entry["city"], "admitted": admitted.isoformat(), "last_report": last}
    if entry.get("status", "active") != "active":
        return dict(base, status=entry["status"], next_due=None, days_overdue=0, missed=0, round=None)
    settled = 0
    for report in received:
        if report > (dates[settled - 1][0] if settled else admitted):
            settled += 1
    next_due, round_name = dates[settled]
    if next_due < day:
        missed = sum(1 for d, _ in dates[settled:] if d < day)
        return dict(base, status="overdue", next_due=next_due.isoformat(), days_overdue=(day - next_due).days,
                    missed=missed, round=round_name)
    state = "due-soon" if (next_due - day).days < window else "ok"
    return dict(base, status=state, next_due=next_due.isoformat(), days_overdue=0, missed=0, round=round_name)


with open(STATUSES, "rb") as f:
    entries = tomllib.load(f)["member"]
for label, calendar, rounds in [("without rounds", NO_ROUNDS, []),
                                ("with the built-in rounds", "data/calls.toml", read_rounds("data/calls.toml"))]:
    days = set()
    for entry in entries:
        for d, _ in due_dates(entry["admitted"], rounds, 5):
            for offset in (-61, -60, -59, -1, 0, 1):
                days.add(d + datetime.timedelta(days=offset))
        for report in entry.get("reports", []):
            days.update({report, report + datetime.timedelta(days=1)})
    windows = [60, 1, 59, 61, 400]
    mismatches = 0
    for i, day in enumerate(sorted(days)):
        window = windows[i % len(windows)]
        _, doc = reports_json("--as-of", day.isoformat(), "--due-within", str(window), "--status", "all",
                              "--calendar", calendar, STATUSES)
        got = {m["city"]: {k: v for k, v in m.items() if k != "country"} for m in doc["members"]}
        for entry in entries:
            if day < entry["admitted"]:
                continue  # not yet a member: registry.md does not say
            want = expected_status(entry, day, window, rounds)
            if got.get(entry["city"]) != want and mismatches < 10:
                mismatches += 1
                check(False, f"{label}: {entry['city']} as of {day} (window {window}): expected {want}, "
                      f"got {got.get(entry['city'])}")
    check(len(days) > 200, f"{label}: the rules were compared on {len(days)} days")

# ---- the built-in rounds on statuses.toml as of 2025-01-01, exactly
result, doc = reports_json("--as-of", AS_OF, "--calendar", "data/calls.toml", "--status", "overdue", STATUSES)
equal([(m["city"], m["next_due"], m["days_overdue"], m["missed"], m["round"]) for m in doc["members"]], [
    ("Cork", "2021-12-31", 1097, 2, "2021-12-31"),        # admitted 2017: the first round, never reported
    ("Tartu", "2023-05-05", 607, 1, None),                 # admitted 2021: two years after admission
    ("Odense", "2023-12-31", 367, 1, None),                # its 2022 report settled the round late
    ("Bristol", "2023-12-31", 367, 1, None),               # its 2019 report settled the round early
    ("Aalborg", "2024-12-02", 30, 1, None),                # a September 2020 joiner: 2 December 2022, then biennial
    ("Sønderborg", "2024-12-02", 30, 1, None),
    ("Turku", "2024-12-02", 30, 1, None),
    ("Long Beach", "2024-12-02", 30, 1, None),
    ("Medellín", "2024-12-31", 1, 1, None)], "built-in rounds: the overdue members as of 2025-01-01")
result = gnlc("reports", "--as-of", AS_OF, "--calendar", "data/calls.toml", STATUSES)
check(b"2021-12-31*" in result.stdout and b"* the deadline of a report round" in result.stdout,
      "built-in rounds: the text marks a round's deadline")

# A duplicate member is reported even when its first entry has another error.
PATH = "tests/data/registry/duplicate-after-error.toml"
result = gnlc("reports", "--as-of", "2025-01-01", PATH)
equal(result.returncode, 2, "duplicate-after-error.toml: exit 2")
check(f"{PATH}:10:10: error: unknown status \"dormant\" [invalid-value]".encode() in result.stderr,
      "duplicate-after-error.toml: the status error is reported")
check(f"{PATH}:12:1: error: Aarhus (DK) is listed twice with overlapping memberships [duplicate-member]".encode()
      in result.stderr,
      f"duplicate-after-error.toml: the duplicate is reported, got {result.stderr.decode()!r}")

finish()
