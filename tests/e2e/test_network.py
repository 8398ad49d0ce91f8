#!/usr/bin/env python3
"""The network across calls and years (registry.md): a registry of members
admitted on UIL's announcement days, with a withdrawn member and a city
admitted again, read by `gnlc reports`, `gnlc quota --members` and `gnlc
check --members`, and a batch of applications to the 2023 call:

- every member's call is inferred from its admission date, so the two
  Korean cities admitted on 14 February 2024 take two of Korea's three
  slots in the 2023 call, although 2024 had no call;
- quota gives the same admissions before and after the intake is
  registered, and lists the registered cities;
- already-member only for a membership active on the submission date and
  not admitted through the application's own call;
- report due dates from UIL's report rounds.
"""
import json, os, re, shutil, tempfile
from gnlc_test import check, equal, finish, gnlc

REGISTRY = "tests/data/network/registry.toml"
INTAKE = "examples/intake-2025"


def in_2023(text):
    """An application to the 2025 call moved to the 2023 call (1 April to 31 May, endorsement by 30 June)."""
    text = text.replace("call = 2025", "call = 2023").replace("data_year = 2024", "data_year = 2022")

    def earlier(match):
        month, day = int(match.group(1)), int(match.group(2))
        return f"2023-{month - 1:02d}-{min(day, 30):02d}"
    return re.sub(r"\b2025-(\d\d)-(\d\d)\b", earlier, text)


def renamed(text, city, country):
    text = re.sub(r'(\[city\]\nname = )"[^"]*"', rf'\1"{city}"', text, count=1)
    return re.sub(r'(\[city\]\nname = "[^"]*"\ncountry = )"[^"]*"', rf'\1"{country}"', text, count=1)


directory = tempfile.mkdtemp()
BATCH = os.path.join(directory, "2023")
os.makedirs(BATCH)
for name in ["kr-chuncheon", "kr-gimhae", "kr-jeonju", "kr-pocheon"]:
    with open(f"{INTAKE}/{name}.toml", encoding="utf-8") as f:
        text = in_2023(f.read())
    with open(os.path.join(BATCH, f"{name}.toml"), "w", encoding="utf-8") as f:
        f.write(text)
with open(f"{INTAKE}/jo-irbid.toml", encoding="utf-8") as f:
    irbid = in_2023(f.read())
for name, city, country in [("bh-muharraq", "Muharraq", "BH"), ("dk-sonderborg", "Sønderborg", "DK"),
                            ("gr-larissa", "Larissa", "GR"), ("ci-bouake", "Bouaké", "CI")]:
    with open(os.path.join(BATCH, f"{name}.toml"), "w", encoding="utf-8") as f:
        f.write(renamed(irbid, city, country))


def quota(registry):
    result = gnlc("quota", "--as-of", "2023-08-01", "--format", "json", "--members", registry, BATCH)
    equal(result.returncode, 0, f"quota --members {registry}: exit status")
    return {c["country"]: c for c in json.loads(result.stdout or b"{}").get("countries", [])}, result


# ---- quota: the cap holds across members admitted in a later year than their call
before, result = quota(REGISTRY)
kr = before.get("KR", {})
equal((kr.get("already_admitted"), kr.get("admitted"), kr.get("over_quota"), kr.get("registered")),
      (2, ["Jeonju"], ["Gimhae", "Chuncheon", "Pocheon"], []),
      "quota: Suwon and Namyangju (admitted 14 February 2024, the 2023 call) take two of Korea's slots")
bh = before.get("BH", {})
equal((bh.get("already_admitted"), bh.get("admitted"), bh.get("registered"), bh.get("ineligible")),
      (0, ["Muharraq"], ["Muharraq"], []),
      "quota: Muharraq, admitted again through the 2023 call, is admitted and registered")
equal({code: (c["admitted"], c["ineligible_rules"]) for code, c in before.items() if code not in ("KR", "BH")},
      {"CI": ([], ["already-member"]), "DK": ([], ["already-member"]), "GR": (["Larissa"], [])},
      "quota: members of earlier calls are ineligible; a city that left may apply")

# ---- registering the intake changes no admission
with open(REGISTRY, encoding="utf-8") as f:
    registry_text = f.read()
REGISTERED = os.path.join(directory, "registered.toml")
with open(REGISTERED, "w", encoding="utf-8") as f:
    f.write(registry_text + '\n[[member]]\ncity = "Jeonju"\ncountry = "KR"\nadmitted = 2024-02-14\n'
            '\n[[member]]\ncity = "Larissa"\ncountry = "GR"\nadmitted = 2024-02-14\n')
after, result = quota(REGISTERED)
equal({code: c["admitted"] for code, c in after.items()}, {code: c["admitted"] for code, c in before.items()},
      "quota: the same admissions before and after the intake is registered")
equal((after["KR"]["registered"], after["KR"]["already_admitted"], after["GR"]["registered"]),
      (["Jeonju"], 2, ["Larissa"]), "quota: the registered cities are listed and not counted twice")

# ---- check --members: already-member by date and call
result = gnlc("check", "--as-of", "2023-08-01", "--members", REGISTERED, BATCH)
equal(result.returncode, 1, "check --members: exit status")
lines = [line.replace(directory + "/", "") for line in result.stdout.decode().splitlines()]
equal(lines, [
    "2023/ci-bouake.toml:6:8: error: Bouaké (CI) is already a member, admitted on 2 September 2022 [already-member]",
    "    hint: a member city does not apply again; a city whose membership ended may",
    "2023/dk-sonderborg.toml:6:8: error: Sønderborg (DK) is already a member, admitted on 23 September 2020 "
    "[already-member]",
    "    hint: a member city does not apply again; a city whose membership ended may",
    "2023/kr-pocheon.toml:61:12: warning: 4 endorsed applications of KR in the 2023 call; a National Commission "
    "sends at most 3 [submission-cap]",
    "    hint: in order of forwarding, the 3 within the cap: 2023/kr-chuncheon.toml, 2023/kr-gimhae.toml, "
    "2023/kr-jeonju.toml",
    "8 files checked: 6 valid, 2 invalid (2 errors, 1 warning)",
], "check --members: exactly these diagnostics")

# ---- reports: due dates from the report rounds
result = gnlc("reports", "--as-of", "2025-01-01", "--format", "json", "--status", "all", REGISTRY)
equal((result.returncode, result.stderr), (0, b""), "reports: exit status and stderr")
doc = json.loads(result.stdout or b"{}")
equal([(m["city"], m["status"], m["next_due"], m["days_overdue"], m["missed"], m["round"]) for m in doc["members"]], [
    ("Cork", "overdue", "2021-12-31", 1097, 2, "2021-12-31"),      # the first round, never reported
    ("Espoo", "overdue", "2023-12-31", 367, 1, None),               # reported on the round's deadline
    ("Bouaké", "overdue", "2024-09-02", 121, 1, None),              # the 2021 call: two years after admission
    ("Sønderborg", "overdue", "2024-12-02", 30, 1, None),           # the 2020 joiners' round, then biennial
    ("Muharraq", "ok", "2026-02-14", 0, 0, None),                   # the second membership
    ("Beijing", "ok", "2025-12-31", 0, 0, None),
    ("Namyangju", "ok", "2026-02-14", 0, 0, None),
    ("Suwon", "ok", "2026-02-14", 0, 0, None),
    ("Muharraq", "withdrawn", None, 0, 0, None),
    ("Larissa", "withdrawn", None, 0, 0, None),
], "reports: every member as of 2025-01-01")
equal(doc.get("summary"), {"members": 10, "overdue": 4, "due_soon": 0, "ok": 4, "inactive": 2}, "reports: summary")

# ---- a registry of the real admissions without `left` is refused, with a fix
twice = registry_text.replace('status = "withdrawn"\nleft = 2021-12-31', "")
result = gnlc("reports", "--as-of", "2025-01-01", "-", stdin=twice.encode())
equal(result.returncode, 2, "a city listed twice without the end of its first membership: exit 2")
check(b"Muharraq (BH) is listed twice with overlapping memberships [duplicate-member]" in result.stderr,
      "the overlap is named")

# ---- an explicit call that the calendar does not have
result = gnlc("reports", "--as-of", "2025-01-01", "-",
              stdin=b'format = 1\n[[member]]\ncity = "Suwon"\ncountry = "KR"\nadmitted = 2024-02-14\ncall = 2024\n')
equal(result.returncode, 0, "call = 2024: a warning, not an error")
equal(result.stderr.decode(), "-:6:8: warning: there was no call in 2024; this member counts against no call's quota "
      "[no-call]\n    hint: admitted on 2024-02-14, it came through the 2023 call; leave 'call' out to have it "
      "inferred\n", "call = 2024: the warning")

# ---- --year of an intake without a call
result = gnlc("quota", "--as-of", "2023-08-01", "--year", "2024", BATCH)
equal((result.returncode, result.stderr.decode()), (2, "gnlc quota: error: there was no call in 2024; cities "
      "admitted in 2024 came from the 2023 call: use --year 2023 (or give the cap with --cap)\n"), "quota --year 2024")

shutil.rmtree(directory)
finish()
