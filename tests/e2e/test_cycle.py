#!/usr/bin/env python3
"""The whole membership cycle on the example intake (examples/intake-2025),
as the coordination team runs it:

1. `gnlc new` for a city, filled in: `gnlc check` finds it valid;
2. `gnlc quota` with the jury scores;
3. `gnlc admit` is refused while a country is undecided, and the registry
   is byte-identical;
4. `gnlc admit --skip-undecided`: the registry's old bytes are a prefix of
   the new file, and the added entries are exactly quota's admitted cities;
5. a second `gnlc admit` changes nothing;
6. `gnlc quota` before and after admission gives the same admitted lists
   (the cities then also listed as registered), and `gnlc check
   --members` gives them no already-member;
7. `gnlc members --call 2025` counts exactly those cities and countries,
   and `gnlc reports` knows them.
"""
import glob, json, os, re, shutil, tempfile, tomllib
from gnlc_test import check, equal, finish, gnlc

AS_OF = "2025-08-01"
DATE = "2025-12-04"
STRINGS = {
    ("city", "website"): "https://nakuru.go.ke", ("mayor", "name"): "Kihika, Susan",
    ("mayor", "title"): "Governor of Nakuru County", ("contact", "name"): "Mwangi, Joseph",
    ("contact", "title"): "Director of Education", ("contact", "address"): "P.O. Box 2870, Nakuru",
    ("contact", "phone"): "+254 51 221 2220", ("contact", "email"): "education@nakuru.go.ke",
    ("contact", "language"): "English", ("statement", "motivation"): "Nakuru wants every resident learning.",
    ("statement", "implementation"): "Learning hubs in every ward since 2023.",
    ("endorsement", "commission"): "Kenya National Commission for UNESCO",
    ("endorsement", "signatory"): "Njoroge, Catherine Wambui", ("endorsement", "decision"): "endorsed",
}


def fill(template):
    """Every "" written, every required key and one challenge uncommented, and the stamp."""
    out, table, comment = [], "", ""
    for line in template.splitlines():
        header = re.match(r"^\[(\w+)\]$", line)
        if header:
            table = header.group(1)
        empty = re.match(r'^(\w+) = ""$', line)
        commented = re.match(r"^# (\w+) = (.*)$", line)
        if empty and (table, empty.group(1)) in STRINGS:
            line = f"{empty.group(1)} = {json.dumps(STRINGS[(table, empty.group(1))])}"
        elif commented and (", required" in comment or commented.group(1) in ("literacy", "stamp")):
            line = f"{commented.group(1)} = {commented.group(2)}"
        comment = comment + line if line.startswith("# ") and not commented else ""
        out.append(line)
    return "\n".join(out) + "\n"


def read(path):
    with open(path, "rb") as f:
        return f.read()


def quota_json(directory, registry):
    result = gnlc("quota", "--as-of", AS_OF, "--scores", os.path.join(directory, "scores.csv"), "--members",
                  registry, "--format", "json", directory)
    equal(result.returncode, 0, f"quota: exit status {result.stderr!r}")
    return json.loads(result.stdout)


def admitted(doc):
    return {c["country"]: c["admitted"] for c in doc["countries"] if c["admitted"]}


with tempfile.TemporaryDirectory() as directory:
    for path in glob.glob("examples/intake-2025/*.toml") + ["examples/intake-2025/scores.csv"]:
        shutil.copy(path, directory)
    registry = os.path.join(directory, "members.toml")
    shutil.copy("examples/registry.toml", registry)
    admit = ["admit", "--as-of", AS_OF, "--members", registry, "--date", DATE, "--scores",
             os.path.join(directory, "scores.csv"), directory]

    # 1. a new application, filled in and valid
    application = os.path.join(directory, "ke-nakuru.toml")
    result = gnlc("new", "--call", "2025", "--city", "Nakuru", "--country", "Kenya", "-o", application)
    equal(result.returncode, 0, f"new: exit status {result.stderr!r}")
    unfilled = gnlc("check", "--as-of", AS_OF, "--format", "json", application)
    rules = {d["rule"] for d in json.loads(unfilled.stdout)["files"][0]["diagnostics"]}
    equal(rules, {"missing-field"}, "the unfilled template: missing-field only")
    with open(application, encoding="utf-8") as f:
        text = fill(f.read())
    with open(application, "w", encoding="utf-8") as f:
        f.write(text)
    result = gnlc("check", "--strict", "--as-of", AS_OF, application)
    equal(result.returncode, 0, f"the filled application is valid: {result.stdout.decode()}")

    # 2. quota with the jury scores
    before = quota_json(directory, registry)
    decided = admitted(before)
    check("Nakuru" in decided.get("KE", []), "quota admits the new application")
    check(any(c["undecided"] for c in before["countries"]), "a country is undecided (Mexico)")
    cities = sorted(city for names in decided.values() for city in names)

    # 3. refused while a country is undecided
    old = read(registry)
    result = gnlc(*admit)
    equal(result.returncode, 1, "admit with an undecided country: exit 1")
    check(b"undecided" in result.stderr and b"nothing was written" in result.stderr,
          f"admit refused: says why {result.stderr!r}")
    equal(read(registry), old, "admit refused: the registry is byte-identical")
    result = gnlc(*admit[:6], "2025-07-14", *admit[7:], "--skip-undecided")
    equal((result.returncode, read(registry)), (1, old), "admit before the endorsement deadline: refused")

    # --dry-run prints the entries and writes nothing
    dry = gnlc(*admit, "--skip-undecided", "--dry-run")
    equal((dry.returncode, read(registry)), (0, old), "admit --dry-run: exit 0, nothing written")

    # 4. --skip-undecided
    result = gnlc(*admit, "--skip-undecided")
    equal(result.returncode, 0, f"admit --skip-undecided: exit status {result.stderr!r}")
    equal(result.stdout.decode(), f"admitted {len(cities)} cities from {len(decided)} countries through the 2025 "
          f"call on {DATE} ({registry}: {len(cities)} entries added)\n", "admit: the account of what it did")
    new = read(registry)
    check(new.startswith(old), "the registry's old bytes are a prefix of the new file")
    equal(new[len(old):], dry.stdout, "the added text is what --dry-run printed")
    entries = tomllib.loads(new.decode())["member"][len(tomllib.loads(old.decode())["member"]):]
    equal(sorted(e["city"] for e in entries), cities, "the added entries are quota's admitted cities")
    check(all(e["admitted"].isoformat() == DATE and e["call"] == 2025 for e in entries), "admitted = DATE, call = 2025")
    equal(len(re.findall(rb"\n# admitted through the 2025 call: .*\.toml\n\[\[member\]\]\n", new[len(old):])),
          len(cities), "each entry after a comment line naming its application file")

    # 5. a second admit changes nothing
    result = gnlc(*admit, "--skip-undecided")
    equal((result.returncode, read(registry)), (0, new), "a second admit: exit 0, the registry unchanged")

    # 6. quota after admission: the same admissions (needs the registry
    # history of issue 14: admissions through the same call are
    # "registered", not "already-member")
    after = quota_json(directory, registry)
    if all("registered" in c for c in after["countries"]):
        equal(admitted(after), decided, "quota before and after admission: the same admitted lists")
        equal({c["country"]: sorted(c["registered"]) for c in after["countries"] if c["registered"]},
              {k: sorted(v) for k, v in decided.items()}, "quota after admission: the cities are registered")
        result = gnlc("check", "--as-of", AS_OF, "--members", registry, "--format", "json", directory)
        rules = {d["rule"] for f in json.loads(result.stdout)["files"] for d in f["diagnostics"]}
        check("already-member" not in rules, "check --members: no already-member for the admitted cities")
        check(b"already registered" in gnlc(*admit, "--skip-undecided").stdout, "a second admit: already registered")
    else:
        print("SKIP: quota and check before and after admission need the registry history (no 'registered' key)")

    # 7. members --call 2025 counts exactly those cities and countries
    result = gnlc("members", "--as-of", "2026-01-01", "--call", "2025", "--format", "json", registry)
    doc = json.loads(result.stdout)
    equal(sorted(m["city"] for m in doc["members"]), cities, "members --call 2025: the admitted cities")
    equal((doc["summary"]["members"], doc["summary"]["countries"]), (len(cities), len(decided)),
          "members --call 2025: the counts")
    network = json.loads(gnlc("members", "--as-of", DATE, "--format", "json", registry).stdout)["summary"]
    equal(doc["summary"]["network_after"], {"date": DATE, "members": network["members"],
                                            "countries": network["countries"]}, "members: the network after")
    result = gnlc("reports", "--as-of", "2026-01-01", "--status", "all", "--format", "json", registry)
    known = {m["city"] for m in json.loads(result.stdout)["members"]}
    check(set(cities) <= known, "reports knows the new members")
finish()
