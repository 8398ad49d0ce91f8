#!/usr/bin/env python3
"""`gnlc members` end to end, on examples/registry.toml:

- the network on a day: members active on it, grouped by UNESCO region in
  UNESCO's order, cities sorted as a reader expects, counts per region and
  for the network (json, every key);
- --call: the intake and the network right after it; --region,
  --country; csv and tsv rows; markdown;
- html: one self-contained page, opened in headless chromium: no console
  error, no resource loaded from anywhere, the chart drawn with one bar
  per region; the screenshot is saved under the build directory.
"""
import csv, io, json, os, re, shutil, tempfile
from gnlc_test import check, equal, finish, gnlc

REGISTRY = "examples/registry.toml"
REGIONS = ["Africa", "Arab States", "Asia and the Pacific", "Europe and North America",
           "Latin America and the Caribbean"]


def members(*args):
    return gnlc("members", REGISTRY, *args)


def members_json(*args):
    result = members("--format", "json", *args)
    equal((result.returncode, result.stderr), (0, b""), f"members {args}: exit status and stderr")
    return json.loads(result.stdout)


def fold(name):
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFD", name.casefold()) if not unicodedata.combining(c))


# ---- the network on a day
doc = members_json("--as-of", "2025-01-01")
equal(list(doc), ["as_of", "call", "members", "regions", "summary"], "json: keys")
equal((doc["as_of"], doc["call"], doc["summary"]["network_after"]), ("2025-01-01", None, None), "json: as_of, call")
listed = doc["members"]
equal(list(listed[0]), ["city", "country", "country_name", "region", "admitted", "call", "status"], "json: member keys")
check(all(m["admitted"] <= "2025-01-01" and m["status"] != "withdrawn" for m in listed), "only active memberships")
order = [(REGIONS.index(m["region"]), fold(m["city"])) for m in listed]
equal(order, sorted(order), "members sorted by region (UNESCO's order), then city")
equal([r["region"] for r in doc["regions"]], [r for r in REGIONS if any(m["region"] == r for m in listed)],
      "regions in UNESCO's order")
for region in doc["regions"]:
    mine = [m for m in listed if m["region"] == region["region"]]
    equal((region["members"], region["countries"]), (len(mine), len({m["country"] for m in mine})),
          f"counts of {region['region']}")
equal((doc["summary"]["members"], doc["summary"]["countries"]), (len(listed), len({m["country"] for m in listed})),
      "network counts")
earlier = members_json("--as-of", "2019-01-01")
check(earlier["summary"]["members"] < doc["summary"]["members"], "fewer members in 2019")
check(all(m["admitted"] <= "2019-01-01" for m in earlier["members"]), "--as-of 2019-01-01: admitted by then")

# ---- an intake
intake = members_json("--as-of", "2025-01-01", "--call", "2023")
equal(intake["call"], 2023, "--call: call")
check(all(m["call"] == 2023 for m in intake["members"]) and intake["members"], "--call 2023: its members")
equal([m["city"] for m in intake["members"]], ["Jubail", "Madaba", "Muharraq", "Salalah", "Sousse", "Tétouan", "Tyre"],
      "--call 2023: an accent does not move a name out of its letter")
last = max(m["admitted"] for m in intake["members"])
after = members_json("--as-of", last)
equal(intake["summary"]["network_after"], {"date": last, "members": after["summary"]["members"],
                                           "countries": after["summary"]["countries"]}, "network_after")
result = members("--call", "2027", "--as-of", "2025-01-01", "--format", "json")
none = json.loads(result.stdout)
equal((result.returncode, none["members"], none["summary"]["network_after"]), (0, [], None), "a call without members")
check(b"no 2027 call" in result.stderr, f"a call not in the calendar: a warning: {result.stderr!r}")

# ---- filters
africa = members_json("--as-of", "2025-01-01", "--region", "africa")
equal({m["region"] for m in africa["members"]}, {"Africa"}, "--region africa")
equal(members_json("--as-of", "2025-01-01", "--region", "Arab States")["summary"]["members"],
      [r for r in doc["regions"] if r["region"] == "Arab States"][0]["members"], "--region 'Arab States'")
brazil = members_json("--as-of", "2025-01-01", "--country", "Brazil")
equal({m["country"] for m in brazil["members"]}, {"BR"}, "--country Brazil")
result = members("--region", "Atlantis")
equal(result.returncode, 2, "--region unknown: exit 2")
check(b"Arab States" in result.stderr, "--region unknown: lists the regions")
equal(members("--format", "yaml").returncode, 2, "--format unknown: exit 2")
equal(gnlc("members", "no-such-registry.toml").returncode, 2, "missing registry: exit 2")

# ---- csv, tsv, markdown, table
rows = list(csv.reader(io.StringIO(members("--as-of", "2025-01-01", "--format", "csv").stdout.decode())))
equal(rows[0], ["city", "country", "country_name", "region", "admitted", "call", "status"], "csv header")
equal([r[0] for r in rows[1:]], [m["city"] for m in listed], "csv: one row per member, in order")
tsv = members("--as-of", "2025-01-01", "--format", "tsv").stdout.decode().splitlines()
equal(len(tsv), len(listed) + 1, "tsv rows")
markdown = members("--as-of", "2025-01-01", "--call", "2023", "--format", "markdown").stdout.decode()
check(markdown.startswith("# 7 new members from 7 countries\n"), "markdown: the announcement")
check("- Tétouan (Morocco)\n" in markdown, "markdown: City (Country)")
check("The network now has" in markdown, "markdown: the network after the intake")
table = members("--as-of", "2025-01-01").stdout.decode()
check(table.startswith(f"{doc['summary']['members']} member cities in {doc['summary']['countries']} countries\n"),
      "table: the network's size first")

# ---- html, in a browser
page = members("--as-of", "2025-01-01", "--call", "2023", "--format", "html").stdout.decode()
network_page = members("--as-of", "2025-01-01", "--format", "html").stdout.decode()
for name, text in [("intake", page), ("network", network_page)]:
    check(text.startswith("<!DOCTYPE html>") and "<svg" in text and "<style>" in text, f"html {name}: a page")
    check(not re.search(r"""(?:src|href)\s*=|@import|url\(|<link|<script""", text),
          f"html {name}: refers to no other resource")
try:
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service
except ImportError:
    webdriver = None
chromium, driver_path = shutil.which("chromium"), shutil.which("chromedriver")
if webdriver is None or chromium is None or driver_path is None:
    check(False, "chromium, chromedriver and python3-selenium are needed (tools/install-deps --test)")
else:
    out_dir = os.path.join(os.environ.get("GNLC_BUILD_DIR", "build"), "test-output")
    os.makedirs(out_dir, exist_ok=True)
    options = Options()
    options.binary_location = chromium
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1000,1400"]:
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    browser = webdriver.Chrome(service=Service(driver_path), options=options)
    try:
        with tempfile.TemporaryDirectory() as directory:
            for name, text, bars in [("members-intake", page, len(intake["regions"])),
                                     ("members-network", network_page, len(doc["regions"]))]:
                path = os.path.join(directory, f"{name}.html")
                with open(path, "w", encoding="utf-8") as f:
                    f.write(text)
                browser.get("file://" + path)
                logs = [entry for entry in browser.get_log("browser") if entry["level"] in ("SEVERE", "WARNING")]
                equal(logs, [], f"{name}: console errors")
                resources = browser.execute_script(
                    "return performance.getEntriesByType('resource').map(e => e.name)")
                equal(resources, [], f"{name}: resources loaded")
                widths = browser.execute_script(
                    "return [...document.querySelectorAll('svg.chart rect.bar')]"
                    ".map(r => r.getBoundingClientRect().width)")
                equal(len(widths), bars, f"{name}: one bar per region")
                check(all(w > 0 for w in widths), f"{name}: every bar is drawn: {widths}")
                check(browser.execute_script("return document.title").endswith("countries"), f"{name}: title")
                shot = os.path.join(out_dir, f"{name}.png")
                check(browser.save_screenshot(shot) and os.path.getsize(shot) > 10000, f"{name}: screenshot {shot}")
                print(f"screenshot: {shot}")
    finally:
        browser.quit()
finish()
