#!/usr/bin/env python3
"""Spreadsheets end to end: --format xlsx of quota, reports and members
read back with openpyxl (sheet names, typed cells, the frozen header, text
that is never a formula), xlsx without -o, and --bom on every command that
writes csv or tsv."""
import datetime, os, shutil, stat, sys, tempfile
from gnlc_test import check, equal, finish, gnlc

try:
    import openpyxl
except ImportError:
    print("skipped: python3-openpyxl is not installed (tools/install-deps --test)")
    sys.exit(77)

AS_OF = "2025-01-01"
QUOTA = ("quota", "--as-of", "2025-08-01", "--scores", "tests/data/quota/scores.csv", "tests/data/quota/batch")
REGISTRY = """format = 1
[[member]]
city = "Bouaké"
country = "CI"
admitted = 2022-09-02
[[member]]
city = "=HYPERLINK(\\"http://x\\")"
country = "GH"
admitted = 2020-09-23
[[member]]
city = "Bidi\\u202eEdit"
country = "KE"
admitted = 2019-10-02
[[member]]
city = "Old"
country = "FR"
admitted = 1899-05-01
"""


def workbook(path, *args):
    result = gnlc(*args, "--format", "xlsx", "-o", path)
    equal((result.returncode, result.stdout), (0, b""), f"{args[0]} xlsx: exit 0, nothing on stdout")
    # The scores' warnings of quota go to stderr with every format.
    check(args[0] == "quota" or result.stderr == b"", f"{args[0]} xlsx: nothing on stderr: {result.stderr!r}")
    return openpyxl.load_workbook(path)


def rows(sheet):
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def header_frozen(book, command):
    for sheet in book.worksheets:
        equal(sheet.freeze_panes, "A2", f"{command} {sheet.title}: the header row is frozen")
        check(all(cell.font.b for cell in sheet[1]), f"{command} {sheet.title}: the header is bold")
        check(sheet.auto_filter.ref is not None and sheet.auto_filter.ref.startswith("A1:"),
              f"{command} {sheet.title}: the header has a filter")
        widths = [sheet.column_dimensions[openpyxl.utils.get_column_letter(c)].width
                  for c in range(1, sheet.max_column + 1)]
        check(all(w is not None and 4 < w <= 62 for w in widths), f"{command} {sheet.title}: column widths {widths}")


tmp = tempfile.mkdtemp(prefix="gnlc-xlsx-")
try:
    registry = os.path.join(tmp, "members.toml")
    with open(registry, "w", encoding="utf-8") as f:
        f.write(REGISTRY)

    # ---- quota: the applications (the csv's rows), the countries, the summary
    book = workbook(os.path.join(tmp, "quota.xlsx"), *QUOTA)
    equal(book.sheetnames, ["applications", "countries", "summary"], "quota xlsx: sheet names")
    header_frozen(book, "quota")
    applications = rows(book["applications"])
    equal(applications[0], ["year", "country", "country_name", "region", "city", "decision", "rank", "ranking",
                            "rule", "path", "score", "priority"], "quota xlsx: the csv's columns")
    equal(applications[4], [2025, "BR", "Brazil", "Latin America and the Caribbean", "Contagem", "over-quota", 4,
                            "priority", None, "tests/data/quota/batch/br-contagem.toml", 99.5, 4],
          "quota xlsx: numbers are numbers, an empty value an empty cell")
    equal(applications[12][4:12], ["Nakuru", "admitted", 2, "scores", None, "tests/data/quota/batch/ke-nakuru.toml",
                                   88.5, 4], "quota xlsx: a scored row")
    equal([type(v) for v in applications[11][10:12]], [int, int], "quota xlsx: a whole score and a priority are ints")
    csv = gnlc(*QUOTA, "--format", "csv").stdout.decode().splitlines()
    equal(len(applications), len(csv), "quota xlsx: as many rows as the csv")
    countries = rows(book["countries"])
    equal(countries[0], ["country", "name", "region", "already_admitted", "applications", "eligible", "ranking",
                         "over_subscribed", "admitted", "over_quota", "undecided", "ineligible", "slots_left"],
          "quota xlsx: the countries' columns")
    equal(countries[1], ["BR", "Brazil", "Latin America and the Caribbean", 0, 4, 4, "priority", True, 3, 1, 0, 0, 0],
          "quota xlsx: Brazil, over-subscribed a boolean")
    equal(countries[2][7], False, "quota xlsx: Denmark is not over-subscribed")
    equal(rows(book["summary"]), [["year", "cap", "countries", "applications", "eligible", "admitted", "over_quota",
                                   "undecided", "countries_over_subscribed", "countries_admitted"],
                                  [2025, 3, 5, 21, 18, 11, 3, 4, 3, 4]], "quota xlsx: the summary")

    # A name that a spreadsheet would run is a string, as written, no apostrophe.
    book = workbook(os.path.join(tmp, "formula.xlsx"), "quota", "--as-of", "2025-08-01", "tests/data/quota/formula")
    cells = [row[4] for row in book["applications"].iter_rows(min_row=2)]
    equal([(c.value, c.data_type) for c in cells], [("=HYPERLINK City", "s"), ("@Sum, Town", "s")],
          "quota xlsx: text is never a formula")

    # ---- reports: dates are dates
    book = workbook(os.path.join(tmp, "reports.xlsx"), "reports", "--as-of", AS_OF, "--status", "all", registry)
    equal(book.sheetnames, ["members", "summary"], "reports xlsx: sheet names")
    header_frozen(book, "reports")
    members = rows(book["members"])
    equal(members[0], ["city", "country", "admitted", "status", "next_due", "days_overdue", "missed", "last_report",
                       "round"], "reports xlsx: the csv's columns")
    d = datetime.datetime
    equal(members[2], ["Bidi\\u202eEdit", "KE", d(2019, 10, 2), "overdue", d(2021, 12, 31), 1097, 2, None,
                       d(2021, 12, 31)], "reports xlsx: dates are datetimes, the bidi override escaped")
    equal(members[3][0], '=HYPERLINK("http://x")', "reports xlsx: a formula-like name as written")
    equal(book["members"]["C3"].number_format, "yyyy-mm-dd", "reports xlsx: the date format")
    # Excel has no date number before 1900: ISO text.
    equal(members[1][:3], ["Old", "FR", "1899-05-01"], "reports xlsx: a day before 1900 is ISO text")
    equal(members[4][:3], ["Bouaké", "CI", d(2022, 9, 2)], "reports xlsx: UTF-8 round-trips")
    equal(rows(book["summary"]), [["as_of", "due_within", "members", "overdue", "due_soon", "ok", "inactive"],
                                  [d(2025, 1, 1), 60, 4, 4, 0, 0, 0]], "reports xlsx: the summary")

    # ---- members: the table, per region, and the totals
    book = workbook(os.path.join(tmp, "members.xlsx"), "members", "examples/registry.toml", "--as-of", "2026-01-01",
                    "--call", "2021")
    equal(book.sheetnames, ["members", "regions", "summary"], "members xlsx: sheet names")
    header_frozen(book, "members")
    listed = rows(book["members"])
    equal(listed[0], ["city", "country", "country_name", "region", "admitted", "call", "status"],
          "members xlsx: the csv's columns")
    csv = gnlc("members", "examples/registry.toml", "--as-of", "2026-01-01", "--call", "2021", "--format",
               "csv").stdout.decode().splitlines()
    equal(len(listed), len(csv), "members xlsx: as many rows as the csv")
    check(all(isinstance(r[4], datetime.datetime) and isinstance(r[5], int) for r in listed[1:]),
          "members xlsx: admitted a date, call a number")
    regions = rows(book["regions"])
    equal(regions[0], ["region", "members", "countries"], "members xlsx: the regions' columns")
    equal(sum(r[1] for r in regions[1:]), 11, "members xlsx: the regions add up to the intake")
    equal(rows(book["summary"]), [["as_of", "call", "members", "countries", "network_after_date",
                                   "network_after_members", "network_after_countries"],
                                  [d(2026, 1, 1), 2021, 11, 9, d(2022, 9, 2), 58, 40]], "members xlsx: the summary")

    # The same data and day give the same bytes.
    again = os.path.join(tmp, "members-again.xlsx")
    workbook(again, "members", "examples/registry.toml", "--as-of", "2026-01-01", "--call", "2021")
    equal(open(again, "rb").read(), open(os.path.join(tmp, "members.xlsx"), "rb").read(),
          "members xlsx: reproducible")

    # An existing file is replaced and keeps its permissions.
    target = os.path.join(tmp, "kept.xlsx")
    with open(target, "w") as f:
        f.write("old")
    os.chmod(target, 0o640)
    workbook(target, "members", "examples/registry.toml", "--as-of", AS_OF)
    equal(stat.S_IMODE(os.stat(target).st_mode), 0o640, "xlsx -o: the file keeps its permissions")
    equal(sorted(os.listdir(tmp)).count("kept.xlsx"), 1, "xlsx -o: no temporary file left")
    check(not any(".tmp." in name for name in os.listdir(tmp)), "xlsx -o: no temporary file left")

    # ---- xlsx needs -o: exit 2, one line, nothing written
    for command, args in [("quota", QUOTA[1:]), ("reports", ("--as-of", AS_OF, registry)),
                          ("members", ("examples/registry.toml", "--as-of", AS_OF))]:
        for extra in [(), ("-o", "-")]:
            result = gnlc(command, *args, "--format", "xlsx", *extra)
            equal((result.returncode, result.stdout, result.stderr.decode()),
                  (2, b"", f"gnlc {command}: error: --format xlsx needs -o FILE: a workbook is written to a file, "
                           "not to standard output\n"), f"{command} xlsx {extra}: exit 2, one line")
    # A target that cannot be replaced (a directory) leaves nothing behind.
    directory = os.path.join(tmp, "dir.xlsx")
    os.mkdir(directory)
    result = gnlc("members", "examples/registry.toml", "--as-of", AS_OF, "--format", "xlsx", "-o", directory)
    equal(result.returncode, 2, "xlsx -o DIRECTORY: exit 2")
    equal(os.listdir(directory), [], "xlsx -o DIRECTORY: nothing written")

    # ---- --bom: three bytes, then the output without it, byte for byte
    BOM = b"\xef\xbb\xbf"
    for command, args in [("quota", QUOTA[1:]), ("reports", ("--as-of", AS_OF, "--status", "all", registry)),
                          ("members", (registry, "--as-of", AS_OF))]:
        for fmt in ["csv", "tsv"]:
            plain = gnlc(command, *args, "--format", fmt)
            marked = gnlc(command, *args, "--format", fmt, "--bom")
            equal((marked.returncode, marked.stderr), (plain.returncode, plain.stderr), f"{command} {fmt} --bom: status")
            equal(marked.stdout[:3], BOM, f"{command} {fmt} --bom: the first three bytes")
            equal(marked.stdout[3:], plain.stdout, f"{command} {fmt} --bom: the rest is the output without it")
            check(not plain.stdout.startswith(BOM), f"{command} {fmt}: no byte order mark without --bom")
        result = gnlc(command, *args, "--format", "json", "--bom")
        equal((result.returncode, result.stdout, result.stderr.decode()),
              (2, b"", f"gnlc {command}: error: --bom applies only to --format csv and tsv, not 'json'\n"),
              f"{command} json --bom: a usage error")
    target = os.path.join(tmp, "bom.csv")
    result = gnlc("members", registry, "--as-of", AS_OF, "--format", "csv", "--bom", "-o", target)
    equal(result.returncode, 0, "--bom -o: exit 0")
    equal(open(target, "rb").read()[:8], BOM + b"city,", "--bom -o: the file starts with the mark")
    check("Bouaké".encode() in open(target, "rb").read(), "--bom -o: UTF-8 after the mark")
finally:
    shutil.rmtree(tmp)
finish()
