#!/usr/bin/env python3
"""`gnlc quota` end to end, on the batch of tests/data/quota (2025 call, as
of 1 August 2025, after its endorsement deadline):

- DK under the cap, FI at it, KE over it with complete jury scores (ties
  on the score broken by the earlier endorsement, then the name), BR over
  it with priorities only (one score is not enough), MA over it with
  neither (undecided): exact JSON, every key;
- --strict: exit 1 for an over-subscribed country, 0 otherwise;
- the scores file: a bad number (exit 2, the file and the line on stderr,
  nothing on stdout), a row that matches no application (a warning, exit 0),
  a duplicate row, a CSV syntax error, no header, a spreadsheet's export;
- --members (members admitted through the same call take slots),
  --cap, --country, --year with mixed calls, -o;
- csv and tsv: the header row, one row per application, formulas
  neutralised;
- the example intake (examples/intake-2025): its checks and its quota;
- the output does not depend on the order of the input files.

Exact table output is tested by the CLI cases tests/cli/quota-*.
"""
import json, os, random, tempfile
from gnlc_test import check, equal, finish, gnlc

AS_OF = "2025-08-01"
DATA = "tests/data/quota"
BATCH = f"{DATA}/batch"
SCORES = f"{DATA}/scores.csv"


def quota(*args, **kwargs):
    return gnlc("quota", "--as-of", AS_OF, *args, **kwargs)


def quota_json(*args):
    result = quota("--format", "json", *args)
    try:
        return result, json.loads(result.stdout)
    except ValueError:
        check(False, f"quota {' '.join(args)}: stdout is not JSON: {result.stdout[:200]!r} {result.stderr!r}")
        return result, {}


def quota_json_bytes(*args):
    return gnlc("quota", "--as-of", AS_OF, "--format", "json", *args).stdout


def country(code, name, region, applications, eligible, ranking, admitted, over_quota=(), undecided=(),
            ineligible=None, slots_left=0, already_admitted=0, registered=(), unscored=()):
    ineligible = sorted((ineligible or {}).items())  # {city: first error}, listed by name
    return {"country": code, "name": name, "region": region, "already_admitted": already_admitted,
            "applications": applications, "eligible": eligible, "ranking": ranking, "admitted": list(admitted),
            "over_quota": list(over_quota), "undecided": list(undecided),
            "ineligible": [city for city, _ in ineligible], "ineligible_rules": [rule for _, rule in ineligible],
            "slots_left": slots_left, "registered": list(registered), "unscored": list(unscored)}


EUROPE = "Europe and North America"
# Brazil and Morocco have a score for one city each: not used (registry.md).
BR = country("BR", "Brazil", "Latin America and the Caribbean", 4, 4, "priority",
             ["Sorocaba", "Curitiba", "Juiz de Fora"], ["Contagem"], unscored=["Curitiba", "Juiz de Fora", "Sorocaba"])
DK = country("DK", "Denmark", EUROPE, 2, 2, "none", ["Aarhus", "Sønderborg"], slots_left=1)
FI = country("FI", "Finland", EUROPE, 4, 3, "priority", ["Espoo", "Tampere", "Lahti"],
             ineligible={"Oulu": "endorsement-late"})
KE = country("KE", "Kenya", "Africa", 6, 5, "scores", ["Nyeri County", "Nakuru", "Kilifi County"],
             ["Kisumu", "Eldoret"], ineligible={"Machakos": "not-endorsed"})
MA = country("MA", "Morocco", "Arab States", 5, 4, "none", [], undecided=["Benguerir", "Chefchaouen", "Ifrane", "Tetouan"],
             ineligible={"Settat": "pledge-missing"}, slots_left=3, unscored=["Benguerir", "Chefchaouen", "Tetouan"])
EXPECTED = {"year": 2025, "cap": 3, "countries": [BR, DK, FI, KE, MA],
            "summary": {"countries": 5, "applications": 21, "eligible": 18, "admitted": 11, "over_quota": 3,
                        "undecided": 4, "countries_over_subscribed": 3, "countries_admitted": 4}}
PARTIAL_SCORES = f"""\
{SCORES}: warning: BR: the scores are not used, since 3 of its 4 eligible applications have no score: \
Curitiba, Juiz de Fora, Sorocaba [incomplete-scores]
    hint: ranked by the National Commission's priority instead
{SCORES}: warning: MA: the scores are not used, since 3 of its 4 eligible applications have no score: \
Benguerir, Chefchaouen, Tetouan [incomplete-scores]
    hint: score every eligible application of the country
""".encode()

# ---- the whole batch with complete scores for Kenya
result, doc = quota_json("--scores", SCORES, BATCH)
equal((result.returncode, result.stderr), (0, PARTIAL_SCORES), "batch with scores: exit status and stderr")
equal(doc, EXPECTED, "batch with scores: the JSON document")
equal(list(doc), ["year", "cap", "countries", "summary"], "json: top-level keys in order")
if doc.get("countries"):
    equal(list(doc["countries"][0]), ["country", "name", "region", "already_admitted", "applications", "eligible",
                                      "ranking", "admitted", "over_quota", "undecided", "ineligible",
                                      "ineligible_rules", "slots_left", "registered", "unscored"], "json: country keys in order")
by_code = {c["country"]: c for c in doc.get("countries", [])}
# The rules one by one, so that a failure says which.
equal(by_code.get("DK", {}).get("slots_left"), 1, "under the cap: one slot left")
equal(by_code.get("FI", {}).get("over_quota"), [], "at the cap: nobody over quota")
equal(by_code.get("KE", {}).get("admitted"), ["Nyeri County", "Nakuru", "Kilifi County"],
      "scores: 92 first; of the three at 88.5 the earliest endorsement (Nakuru, 18 June), then by name")
equal(by_code.get("KE", {}).get("over_quota"), ["Kisumu", "Eldoret"],
      "scores: Kisumu loses the tie to Kilifi County on the name; Eldoret's early endorsement does not beat a score")
equal(by_code.get("BR", {}).get("ranking"), "priority", "one score out of four: ranked by priority")
equal(by_code.get("MA", {}).get("undecided"), ["Benguerir", "Chefchaouen", "Ifrane", "Tetouan"],
      "neither complete scores nor priorities: undecided, by name")
equal(by_code.get("MA", {}).get("admitted"), [], "undecided: nothing admitted")

# Without scores Kenya falls back to the priorities, which all are set.
result, doc = quota_json("--country", "KE", BATCH)
equal(doc.get("countries", [{}])[0].get("ranking"), "priority", "Kenya without scores: ranking")
equal(doc.get("countries", [{}])[0].get("admitted"), ["Eldoret", "Kisumu", "Kilifi County"],
      "Kenya without scores: priorities 1, 2, 3")
equal(doc.get("countries", [{}])[0].get("over_quota"), ["Nakuru", "Nyeri County"], "Kenya without scores: over quota")

# ---- --strict: over-subscribed countries fail it, the others do not
for args, status in [(["--country", "DK"], 0), (["--country", "FI"], 0), (["--country", "MA"], 0),
                     (["--country", "MA", "--strict"], 1), (["--country", "KE", "--strict"], 1),
                     (["--country", "BR", "--strict"], 1), (["--country", "DK", "--strict"], 0),
                     (["--country", "FI", "--strict"], 0), (["--strict"], 1), ([], 0)]:
    result = quota(*args, BATCH)
    equal(result.returncode, status, f"quota {' '.join(args)}: exit status")
    check(result.stdout.startswith(b"Call 2025: at most 3 new members per country\n"),
          f"quota {' '.join(args)}: the table is still printed")

# ---- the scores file
result = quota("--scores", f"{DATA}/scores-bad-number.csv", BATCH)
equal(result.returncode, 2, "a score that is not a number: exit 2")
equal(result.stdout, b"", "a score that is not a number: nothing on stdout")
equal(result.stderr.decode(),
      f'{DATA}/scores-bad-number.csv:4:1: error: line 4: the score "eighty" is not a number [invalid-score]\n'
      "    hint: write a decimal number such as 87.5\n"
      f"gnlc quota: error: scores '{DATA}/scores-bad-number.csv' has errors\n",
      "a score that is not a number: stderr names the file and the line")

result, doc = quota_json("--scores", f"{DATA}/scores-unmatched.csv", BATCH)
equal(result.returncode, 0, "a score row that matches no application: exit 0")
equal(result.stderr.decode(),
      f"{DATA}/scores-unmatched.csv:6:1: warning: line 6: the score for Mombasa matches no application "
      "[unmatched-score]\n    hint: check the city's name against its application\n",
      "a score row that matches no application: one warning")
equal(doc.get("countries", [None] * 4)[3], KE,
      "scores matched by country name and by city name in another case: Kenya ranked by scores")

for name, first_line in [
        ("scores-duplicate.csv", "scores-duplicate.csv:4:1: error: line 4: a second score for NYERI COUNTY "
                                 "[duplicate-score]"),
        ("scores-syntax.csv", "scores-syntax.csv:2:1: error: a quoted cell is never closed [csv-syntax]"),
        ("scores-no-header.csv", "scores-no-header.csv:1:1: error: the header row must name the columns country, "
                                 "city and score [csv-syntax]")]:
    result = quota("--scores", f"{DATA}/{name}", BATCH)
    equal((result.returncode, result.stdout), (2, b""), f"{name}: exit 2, nothing on stdout")
    equal(result.stderr.decode().splitlines()[:1], [f"{DATA}/{first_line}"], f"{name}: the diagnostic")

# A spreadsheet's export: a byte order mark, CRLF, quoted cells, the columns
# in another order, an extra column and a blank line.
result = quota("--format", "csv", "--country", "KE", "--scores", f"{DATA}/scores-spreadsheet.csv", BATCH)
equal((result.returncode, result.stderr), (0, b""), "a spreadsheet's export: exit status and stderr")
equal([line.split(",")[4:7] for line in result.stdout.decode().splitlines()[1:6]],
      [["Nyeri County", "admitted", "1"], ["Nakuru", "admitted", "2"], ["Kilifi County", "admitted", "3"],
       ["Kisumu", "over-quota", "4"], ["Eldoret", "over-quota", "5"]], "a spreadsheet's export: the ranking")

result = quota("--scores", f"{DATA}/missing.csv", BATCH)
equal((result.returncode, result.stdout), (2, b""), "a scores file that does not exist: exit 2, no output")

# ---- --members: members admitted through the 2025 call take slots
# As of 1 November 2025, once Vantaa has been admitted.
result = gnlc("quota", "--as-of", "2025-11-01", "--format", "json", "--members", f"{DATA}/members.toml",
              "--scores", SCORES, BATCH)
equal((result.returncode, result.stderr), (0, PARTIAL_SCORES), "--members: exit status and stderr")
doc = json.loads(result.stdout or b"{}")
by_code = {c["country"]: c for c in doc.get("countries", [])}
equal(by_code.get("FI"), country("FI", "Finland", EUROPE, 4, 3, "priority", ["Espoo", "Tampere"], ["Lahti"],
                                 ineligible={"Oulu": "endorsement-late"}, already_admitted=1),
      "--members: Vantaa (admitted 2025) takes one of Finland's slots")
equal(by_code.get("DK"), country("DK", "Denmark", EUROPE, 2, 2, "none", ["Aarhus", "Sønderborg"], already_admitted=1),
      "--members: Aalborg (call = 2025) counts, Odense (2023) does not")
equal(doc.get("summary", {}).get("countries_over_subscribed"), 4, "--members: Finland is now over-subscribed")
result = quota("--members", f"{DATA}/missing.toml", BATCH)
equal((result.returncode, result.stdout), (2, b""), "--members: a registry that does not exist is exit 2")

# ---- --cap overrides the calendar
result, doc = quota_json("--cap", "4", "--scores", SCORES, BATCH)
equal(doc.get("cap"), 4, "--cap 4: cap")
by_code = {c["country"]: c for c in doc.get("countries", [])}
equal(by_code.get("KE", {}).get("admitted"), ["Nyeri County", "Nakuru", "Kilifi County", "Kisumu"], "--cap 4: Kenya")
equal(by_code.get("BR", {}).get("admitted"), ["Sorocaba", "Curitiba", "Juiz de Fora", "Contagem"], "--cap 4: Brazil")
equal((by_code.get("MA", {}).get("admitted"), by_code.get("MA", {}).get("undecided")),
      (["Benguerir", "Chefchaouen", "Ifrane", "Tetouan"], []), "--cap 4: Morocco fits, no ranking needed")
equal(doc.get("summary", {}).get("countries_over_subscribed"), 1, "--cap 4: only Kenya is over-subscribed")
result, doc = quota_json("--cap", "1", "--country", "DK", BATCH)
equal(doc.get("countries"), [country("DK", "Denmark", EUROPE, 2, 2, "none", [], undecided=["Aarhus", "Sønderborg"],
                                     slots_left=1)], "--cap 1: Denmark is undecided")
result = quota("--cap", "1", "--country", "DK", "--strict", BATCH)
equal(result.returncode, 1, "--cap 1 --strict: exit 1")

# ---- --country: a code or a name; an unknown one is a usage error
result, doc = quota_json("--country", "Morocco", "--scores", SCORES, BATCH)
equal((result.returncode, result.stderr), (0, PARTIAL_SCORES.split(b"\n", 2)[2]),
      "--country Morocco: no warning about the other countries' scores")
equal(doc.get("countries"), [MA], "--country Morocco: only Morocco")
equal(doc.get("summary"), {"countries": 1, "applications": 5, "eligible": 4, "admitted": 0, "over_quota": 0,
                           "undecided": 4, "countries_over_subscribed": 1, "countries_admitted": 0},
      "--country Morocco: summary")
result = quota("--country", "Atlantis", BATCH)
equal((result.returncode, result.stdout), (2, b""), "--country Atlantis: exit 2")
check(b"Atlantis" in result.stderr, "--country Atlantis: stderr names it")

# ---- --year and mixed calls
result = quota(f"{DATA}/mixed")
equal((result.returncode, result.stdout), (2, b""), "mixed calls without --year: exit 2, no output")
equal(result.stderr.decode(),
      "gnlc quota: error: the applications belong to several calls (2023, 2025); choose one with --year\n",
      "mixed calls without --year: stderr names the calls")
result, doc = quota_json("--year", "2025", f"{DATA}/mixed")
equal(result.returncode, 0, "--year 2025: exit status")
equal(result.stderr.decode(), "gnlc quota: warning: 1 application of no call or another call left out\n",
      "--year 2025: the 2023 application is left out, with a warning")
equal([(c["country"], c["admitted"]) for c in doc.get("countries", [])], [("KR", ["Osan"])], "--year 2025: Osan")
result, doc = quota_json("--year", "2023", f"{DATA}/mixed")
equal((doc.get("year"), doc.get("cap"), [c["admitted"] for c in doc.get("countries", [])]), (2023, 3, [["Suwon"]]),
      "--year 2023: Suwon")
result = quota("--year", "2024", f"{DATA}/mixed")
equal((result.returncode, result.stdout), (2, b""), "--year 2024 (no call): exit 2")

# ---- -o writes the file, atomically, and nothing on stdout
with tempfile.TemporaryDirectory() as directory:
    target = os.path.join(directory, "quota.json")
    with open(target, "w") as f:
        f.write("OLD")
    expected = quota("--format", "json", "--scores", SCORES, BATCH).stdout
    result = quota("--format", "json", "--scores", SCORES, "-o", target, BATCH)
    equal((result.returncode, result.stdout, result.stderr), (0, b"", PARTIAL_SCORES), "-o: exit status, empty stdout")
    check(open(target, "rb").read() == expected, "-o: the file holds what stdout would")
    equal(os.listdir(directory), ["quota.json"], "-o: no temporary file left")
    result = quota("--strict", "--output", target, BATCH)
    equal(result.returncode, 1, "--output with --strict: exit 1")
    check(open(target, "rb").read().startswith(b"Call 2025:"), "--output with --strict: the table is written")

# ---- csv and tsv
# The columns after rule (path, score, priority) came later: scripts that
# read the first nine by position keep working.
HEADER = "year,country,country_name,region,city,decision,rank,ranking,rule,path,score,priority\n"
result = quota("--format", "csv", "--scores", SCORES, BATCH)
equal(result.returncode, 0, "csv: exit status")
# A score is shown where the scores file has one, used or not (Contagem:
# Brazil is ranked by priority, since only one of its cities is scored).
equal(result.stdout.decode(), HEADER + """\
2025,BR,Brazil,Latin America and the Caribbean,Sorocaba,admitted,1,priority,,tests/data/quota/batch/br-sorocaba.toml,,1
2025,BR,Brazil,Latin America and the Caribbean,Curitiba,admitted,2,priority,,tests/data/quota/batch/br-curitiba.toml,,2
2025,BR,Brazil,Latin America and the Caribbean,Juiz de Fora,admitted,3,priority,,tests/data/quota/batch/br-juiz-de-fora.toml,,3
2025,BR,Brazil,Latin America and the Caribbean,Contagem,over-quota,4,priority,,tests/data/quota/batch/br-contagem.toml,99.5,4
2025,DK,Denmark,Europe and North America,Aarhus,admitted,1,none,,tests/data/quota/batch/dk-aarhus.toml,,
2025,DK,Denmark,Europe and North America,Sønderborg,admitted,2,none,,tests/data/quota/batch/dk-sonderborg.toml,,1
2025,FI,Finland,Europe and North America,Espoo,admitted,1,priority,,tests/data/quota/batch/fi-espoo.toml,,1
2025,FI,Finland,Europe and North America,Tampere,admitted,2,priority,,tests/data/quota/batch/fi-tampere.toml,,2
2025,FI,Finland,Europe and North America,Lahti,admitted,3,priority,,tests/data/quota/batch/fi-lahti.toml,,3
2025,FI,Finland,Europe and North America,Oulu,ineligible,,priority,endorsement-late,tests/data/quota/batch/fi-oulu.toml,,4
2025,KE,Kenya,Africa,Nyeri County,admitted,1,scores,,tests/data/quota/batch/ke-nyeri-county.toml,92,5
2025,KE,Kenya,Africa,Nakuru,admitted,2,scores,,tests/data/quota/batch/ke-nakuru.toml,88.5,4
2025,KE,Kenya,Africa,Kilifi County,admitted,3,scores,,tests/data/quota/batch/ke-kilifi-county.toml,88.5,3
2025,KE,Kenya,Africa,Kisumu,over-quota,4,scores,,tests/data/quota/batch/ke-kisumu.toml,88.5,2
2025,KE,Kenya,Africa,Eldoret,over-quota,5,scores,,tests/data/quota/batch/ke-eldoret.toml,75,1
2025,KE,Kenya,Africa,Machakos,ineligible,,scores,not-endorsed,tests/data/quota/batch/ke-machakos.toml,,
2025,MA,Morocco,Arab States,Benguerir,undecided,,none,,tests/data/quota/batch/ma-benguerir.toml,,
2025,MA,Morocco,Arab States,Chefchaouen,undecided,,none,,tests/data/quota/batch/ma-chefchaouen.toml,,1
2025,MA,Morocco,Arab States,Ifrane,undecided,,none,,tests/data/quota/batch/ma-ifrane.toml,81,2
2025,MA,Morocco,Arab States,Tetouan,undecided,,none,,tests/data/quota/batch/ma-tetouan.toml,,
2025,MA,Morocco,Arab States,Settat,ineligible,,none,pledge-missing,tests/data/quota/batch/ma-settat.toml,,3
""", "csv: the whole batch")
tsv = quota("--format", "tsv", "--scores", SCORES, BATCH).stdout.decode()
equal(tsv, result.stdout.decode().replace(",", "\t"), "tsv: the same rows with tabs")

result = quota("--format", "csv", f"{DATA}/formula")
equal(result.stdout.decode(), HEADER + "2025,GH,Ghana,Africa,'=HYPERLINK City,admitted,1,priority,,"
      f"{DATA}/formula/gh-formula.toml,,1\n"
      f"2025,GH,Ghana,Africa,\"'@Sum, Town\",admitted,2,priority,,{DATA}/formula/gh-at-sum.toml,,2\n",
      "csv: a city name starting with = or @ gets a leading apostrophe; a comma is quoted")
result = quota("--format", "tsv", f"{DATA}/formula")
equal(result.stdout.decode(), HEADER.replace(",", "\t") + "2025\tGH\tGhana\tAfrica\t'=HYPERLINK City\tadmitted\t1\tpriority\t\t"
      f"{DATA}/formula/gh-formula.toml\t\t1\n"
      f"2025\tGH\tGhana\tAfrica\t'@Sum, Town\tadmitted\t2\tpriority\t\t{DATA}/formula/gh-at-sum.toml\t\t2\n",
      "tsv: formulas neutralised")
result, doc = quota_json(f"{DATA}/formula")
equal(doc.get("countries", [{}])[0].get("admitted"), ["=HYPERLINK City", "@Sum, Town"], "json: names as written")

# ---- the example intake (examples/intake-2025), as its man page shows it
INTAKE = "examples/intake-2025"
result = gnlc("check", "--as-of", AS_OF, "--format", "json", INTAKE)
report = json.loads(result.stdout or b"{}")
equal(report.get("summary"), {"files": 43, "valid": 38, "invalid": 5, "errors": 6, "warnings": 3},
      "examples/intake-2025: gnlc check summary")
equal(sorted((os.path.basename(f["path"]), d["rule"]) for f in report.get("files", []) for d in f["diagnostics"]), [
    ("cl-valparaiso.toml", "stamp-missing"), ("eg-luxor.toml", "stale-profile"), ("es-gijon.toml", "not-endorsed"),
    ("et-hawassa.toml", "endorsement-pending"), ("id-surabaya.toml", "pledge-missing"), ("ie-kinsale.toml", "small-city"),
    ("in-kochi.toml", "submission-outside-call"), ("pe-arequipa.toml", "endorsement-late"),
    ("pe-arequipa.toml", "endorsement-late")], "examples/intake-2025: the diagnostics")
countries = {f["country"] for f in report.get("files", [])}
check(len(countries) >= 15, f"examples/intake-2025: {len(countries)} countries")
result, doc = quota_json("--scores", f"{INTAKE}/scores.csv", INTAKE)
equal((result.returncode, result.stderr), (0, b""), "examples/intake-2025: quota exit status and stderr")
equal(doc.get("summary"), {"countries": 24, "applications": 43, "eligible": 38, "admitted": 30, "over_quota": 4,
                           "undecided": 4, "countries_over_subscribed": 4, "countries_admitted": 20},
      "examples/intake-2025: quota summary")
by_code = {c["country"]: c for c in doc.get("countries", [])}
equal({c["region"] for c in by_code.values()}, {"Africa", "Arab States", "Asia and the Pacific",
                                                 "Europe and North America", "Latin America and the Caribbean"},
      "examples/intake-2025: all five regions")
equal([(code, by_code.get(code, {}).get("ranking"), by_code.get(code, {}).get("admitted"),
        by_code.get(code, {}).get("over_quota"), by_code.get(code, {}).get("undecided")) for code in
       ["CN", "NG", "KR", "MX"]], [
    ("CN", "scores", ["Chengdu", "Suzhou", "Xiamen"], ["Qingdao", "Wuhan"], []),
    ("NG", "scores", ["Enugu", "Abeokuta", "Ilorin"], ["Owerri"], []),
    ("KR", "priority", ["Jeonju", "Gimhae", "Chuncheon"], ["Pocheon"], []),
    ("MX", "none", [], [], ["Mérida", "Puebla", "Querétaro", "Zapopan"]),
], "examples/intake-2025: the over-subscribed countries")
result = quota("--members", "examples/registry.toml", "--scores", f"{INTAKE}/scores.csv", INTAKE)
equal((result.returncode, result.stderr), (0, b""), "examples/intake-2025 with the example registry: no member applies")
check(result.stdout == quota("--scores", f"{INTAKE}/scores.csv", INTAKE).stdout,
      "examples/intake-2025: the example registry admitted nobody through the 2025 call")

# ---- the order of the inputs does not matter
files = sorted(os.path.join(BATCH, name) for name in os.listdir(BATCH))
shuffled = list(files)
random.Random(2025).shuffle(shuffled)
for fmt in ["table", "json", "csv", "tsv"]:
    outputs = []
    for label, paths in [("directory", [BATCH]), ("sorted", files), ("reversed", files[::-1]), ("shuffled", shuffled),
                         ("split", [*files[10:], *files[:10]])]:
        result = quota("--format", fmt, "--scores", SCORES, "-j", "3", *paths)
        equal(result.returncode, 0, f"{fmt}, {label}: exit status")
        outputs.append((label, result.stdout))
    for label, output in outputs[1:]:
        check(output == outputs[0][1], f"{fmt}: the files {label} give the same bytes as the directory")

# The order of the inputs does not matter even when two applications of a
# country share a priority (duplicate-priority) or a city applies twice:
# the files are judged in path order.
for folder in ["duplicate-priority", "duplicate-city"]:
    files = sorted(os.path.join(DATA, folder, name) for name in os.listdir(os.path.join(DATA, folder)))
    forward, backward = quota_json_bytes(*files), quota_json_bytes(*files[::-1])
    check(forward == backward, f"{folder}: the same JSON whatever the order of the files")

# No JSON object repeats a name, even for a city that applies twice.
result = gnlc("quota", "--as-of", AS_OF, "--format", "json", os.path.join(DATA, "duplicate-city"))
pairs = []
json.loads(result.stdout, object_pairs_hook=lambda items: pairs.append([k for k, _ in items]) or dict(items))
equal([keys for keys in pairs if len(keys) != len(set(keys))], [], "duplicate-city: no JSON object repeats a name")

finish()
