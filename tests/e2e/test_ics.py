#!/usr/bin/env python3
"""The iCalendar outputs, read back with a real parser (python3-icalendar):

- `gnlc reports --format ics`: one all-day VEVENT per listed member that
  owes a report, DTSTART = its next due date, DTEND the day after, in the
  order of the listing; the summary names the city and its country, and
  hostile city names (a comma, a semicolon, a backslash, quotes, a name of
  more than 75 octets in a multibyte script) come back unchanged;
- `gnlc calendar --format ics`: every call's opening, closing and
  endorsement deadline as all-day events on the dates of the calendar
  (domain.md, "Known calls"), the same as `gnlc calendar --format json`;
- both: CRLF line ends, lines folded at 75 octets without splitting a
  UTF-8 sequence, unique UIDs.
"""
import datetime, json
import icalendar
from gnlc_test import check, equal, finish, gnlc

AS_OF = "2025-01-01"


def raw_lines_ok(data, label):
    check(data.endswith(b"\r\n"), f"{label}: ends with CRLF")
    lines = data.split(b"\r\n")[:-1]
    check(all(b"\n" not in line and b"\r" not in line for line in lines), f"{label}: every line ends with CRLF")
    too_long = [line for line in lines if len(line) > 75]
    check(not too_long, f"{label}: lines of at most 75 octets, got {too_long[:1]!r}")
    for line in lines:
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            check(False, f"{label}: a folded line splits a UTF-8 sequence: {line!r}")
            break


def events_of(data, label):
    try:
        calendar = icalendar.Calendar.from_ical(data)
    except Exception as error:  # the parser's own exceptions vary between versions
        check(False, f"{label}: icalendar cannot parse it: {error}")
        return []
    equal(str(calendar.get("VERSION")), "2.0", f"{label}: VERSION")
    check(calendar.get("PRODID") is not None, f"{label}: PRODID")
    events = list(calendar.walk("VEVENT"))
    uids = [str(event.get("UID")) for event in events]
    equal(len(set(uids)), len(uids), f"{label}: unique UIDs")
    for event in events:
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        check(type(start) is datetime.date, f"{label}: {event.get('SUMMARY')}: DTSTART is a date (all day)")
        check(type(end) is datetime.date and end - start == datetime.timedelta(days=1),
              f"{label}: {event.get('SUMMARY')}: DTEND is the next day")
        check(event.get("DTSTAMP") is not None, f"{label}: DTSTAMP")
    return events


def reports_case(label, *args):
    listing = json.loads(gnlc("reports", "--as-of", AS_OF, "--format", "json", *args).stdout)["members"]
    result = gnlc("reports", "--as-of", AS_OF, "--format", "ics", *args)
    equal((result.returncode, result.stderr), (0, b""), f"{label}: exit status and stderr")
    raw_lines_ok(result.stdout, label)
    events = events_of(result.stdout, label)
    owing = [m for m in listing if m["next_due"] is not None]
    equal(len(events), len(owing), f"{label}: one VEVENT per listed member with a due date")
    for member, event in zip(owing, events):
        equal(str(event.get("SUMMARY")), f"Progress report due: {member['city']} ({member['country']})",
              f"{label}: the summary of {member['city']}")
        equal(event.decoded("DTSTART").isoformat(), member["next_due"], f"{label}: DTSTART of {member['city']}")
    return listing, events


STATUSES = "tests/data/registry/statuses.toml"
# The biennial rule alone: a calendar without report rounds.
NO_ROUNDS = ["--calendar", "tests/data/calendars/no-rounds.toml"]
listing, events = reports_case("reports, default statuses", *NO_ROUNDS, STATUSES)
equal(len(events), 13, "reports, default statuses: 10 overdue and 3 due soon")
equal([(str(e.get("SUMMARY")), e.decoded("DTSTART").isoformat()) for e in events[:4]], [
    ("Progress report due: Cork (IE)", "2019-09-15"),
    ("Progress report due: Bristol (GB)", "2022-05-02"),
    ("Progress report due: Tartu (EE)", "2023-05-05"),
    ("Progress report due: Melton (AU)", "2024-02-29"),
], "reports: the first events")
listing, events = reports_case("reports, --status all", "--status", "all", *NO_ROUNDS, STATUSES)
equal(len(listing) - len(events), 2, "reports, --status all: the suspended and withdrawn members owe nothing")
check(any(str(e.get("SUMMARY")) == "Progress report due: Gelsenkirchen (DE)"
          and e.decoded("DTSTART") == datetime.date(2026, 2, 28) for e in events),
      "reports: a member admitted on 29 February 2016 is due on 28 February 2026")
# With the built-in report rounds: a round's deadline is the event's day.
listing, events = reports_case("reports, built-in rounds", STATUSES)
equal([(str(e.get("SUMMARY")), e.decoded("DTSTART").isoformat()) for e in events[:2]], [
    ("Progress report due: Cork (IE)", "2021-12-31"),
    ("Progress report due: Tartu (EE)", "2023-05-05"),
], "reports, built-in rounds: the first events")
reports_case("reports, --status ok", "--status", "ok", STATUSES)
reports_case("reports, empty registry", "tests/data/registry/empty.toml")

BANGKOK = "กรุงเทพมหานคร อมรรัตนโกสินทร์ มหินทรายุธยา มหาดิลกภพ นพรัตนราชธานีบูรีรมย์"
listing, events = reports_case("reports, hostile names", "tests/data/registry/hostile.toml")
equal([str(e.get("SUMMARY")) for e in events], [
    "Progress report due: Bogotá, D.C. (CO)",
    'Progress report due: Back\\slash "Learning" Town (ZA)',
    "Progress report due: Kraków; Małopolska (PL)",
    "Progress report due: =SUM(1+1) (GH)",
    f"Progress report due: {BANGKOK} (TH)",
], "reports: hostile names round-trip")
check(len(f"SUMMARY:Progress report due: {BANGKOK} (TH)".encode()) > 3 * 75, "the long name needs several folds")

# ---- the calendar of calls
KNOWN = {  # domain.md, "Known calls"
    2019: ("2019-03-01", "2019-04-30", "2019-05-31"),
    2020: ("2020-03-01", "2020-06-30", "2020-07-31"),
    2021: ("2021-09-01", "2022-02-28", "2022-02-28"),
    2023: ("2023-04-01", "2023-05-31", "2023-06-30"),
    2025: ("2025-05-15", "2025-06-15", "2025-07-15"),
}
calls = json.loads(gnlc("calendar", "--format", "json").stdout)
equal({c["year"]: (c["opens"], c["closes"], c["endorsement_deadline"]) for c in calls}, KNOWN,
      "calendar json: the known calls")
result = gnlc("calendar", "--format", "ics")
equal((result.returncode, result.stderr), (0, b""), "calendar ics: exit status and stderr")
raw_lines_ok(result.stdout, "calendar ics")
events = events_of(result.stdout, "calendar ics")
equal(len(events), 3 * len(KNOWN), "calendar ics: three events per call")


def kind_of(summary):
    words = summary.lower()
    if "endorsement deadline" in words:
        return "endorsement deadline"
    return "opens" if "opens" in words else "closes" if "closes" in words else None


found = {}
for event in events:
    summary = str(event.get("SUMMARY"))
    year = next((y for y in KNOWN if f"call {y}" in summary), None)
    key = (year, kind_of(summary))
    check(key not in found, f"calendar ics: one event for {key}")
    found[key] = event.decoded("DTSTART").isoformat()
expected = {}
for year, (opens, closes, deadline) in KNOWN.items():
    expected.update({(year, "opens"): opens, (year, "closes"): closes, (year, "endorsement deadline"): deadline})
equal(found, expected, "calendar ics: every call's opening, closing and endorsement deadline on its date")

result = gnlc("calendar", "2025", "--format", "ics")
events = events_of(result.stdout, "calendar 2025 ics")
equal(sorted(e.decoded("DTSTART").isoformat() for e in events), ["2025-05-15", "2025-06-15", "2025-07-15"],
      "calendar 2025 ics: the three dates of the 2025 call")

# ---- gnlc calendar --report-rounds --format ics: one event per round
result = gnlc("calendar", "--as-of", AS_OF, "--report-rounds", "--format", "ics")
equal((result.returncode, result.stderr), (0, b""), "report rounds: exit status and stderr")
raw_lines_ok(result.stdout, "report rounds")
events = events_of(result.stdout, "report rounds")
equal([(e.decoded("DTSTART").isoformat(), str(e.get("SUMMARY"))) for e in events], [
    ("2021-12-31", "GNLC progress reports due (admitted before 2020-09-01)"),
    ("2022-12-02", "GNLC progress reports due (admitted 2020-09-01 to 2020-12-31)"),
], "report rounds: the events")
check(all("UIL" in str(e.get("DESCRIPTION")) for e in events), "report rounds: each event names its source")

finish()
