#!/usr/bin/env python3
"""Generates benchmark inputs, reproducibly (fixed seed):

    bench/gen.py applications N DIR   N application files (~3 KB each; 5% invalid
                                      in five structural ways a schema also sees)
    bench/gen.py registry N FILE      a members registry of N members
    bench/gen.py quota N DIR          N application files of the 2025 call from
                                      60 countries, for gnlc quota
"""
import os, random, sys

WORDS = ("learning city lifelong education community library adult literacy skills youth women "
         "digital inclusion partnership school university health culture network training district "
         "volunteers migrants workplace families neighbourhood centre programme support access "
         "sustainable citizens local government heritage innovation dialogue elders children").split()
COUNTRIES = ["KE", "GH", "NG", "ZA", "SN", "MA", "EG", "JO", "TN", "AE", "KR", "CN", "VN", "IN", "JP",
             "ID", "PH", "TH", "AU", "NZ", "FI", "IE", "DE", "FR", "ES", "IT", "PT", "PL", "TR", "GB",
             "BR", "CO", "MX", "AR", "CL", "PE", "EC", "CR", "UY", "CU", "DK", "SE", "NO", "NL", "BE",
             "AT", "CH", "GR", "HU", "CZ", "UA", "GE", "AM", "KZ", "UZ", "NP", "BD", "LK", "MY", "SG"]
CLUSTERS = ["literacy", "health_and_well_being", "education_for_sustainable_development", "equity_and_inclusion",
            "entrepreneurship", "education_for_global_citizenship", "educational_planning_monitoring_and_evaluation"]


def statement(rng, words):
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def application(rng, i, country, call_dates=True, priority=None):
    city = f"Learning City {i:07d}"
    domain = f"city{i}.example.org"
    ratings = "\n".join(f"{c} = {rng.randint(1, 5)}" for c in rng.sample(CLUSTERS, 4))
    priority_line = f"priority = {priority}\n" if priority else ""
    text = f'''# Generated for the gnlc benchmark.
format = 1
call = 2025

[city]
name = "{city}"
country = "{country}"
website = "https://www.{domain}"

[mayor]
salutation = "{rng.choice(["Ms", "Mr"])}"
name = "Mayor{i}, Alex"
title = "Mayor of {city}"

[contact]
salutation = "{rng.choice(["Ms", "Mr"])}"
name = "Contact{i}, Sam"
title = "Head of Lifelong Learning"
organization = "Department of Education"
address = "{rng.randint(1, 300)} Main Street, {city}"
postcode = "{rng.randint(10000, 99999)}"
phone = "+{rng.randint(1, 99)} {rng.randint(100, 999)} {rng.randint(100000, 999999)}"
email = "learning@{domain}"
language = "English"

[pledge]
beijing_declaration = true
key_features = true
signed = 2025-05-{rng.randint(15, 19)}
stamp = true

[profile]
data_year = 2024
population = {rng.randint(20000, 5000000):_}
area_km2 = {rng.randint(20, 3000)}.{rng.randint(0, 9)}
gdp_per_capita_city_usd = {rng.randint(1000, 80000)}
schooling_years_men = {rng.randint(5, 14)}.{rng.randint(0, 9)}
schooling_years_women = {rng.randint(5, 14)}.{rng.randint(0, 9)}

[statement]
motivation = """{statement(rng, rng.randint(70, 110))}"""
implementation = """{statement(rng, rng.randint(70, 110))} See https://www.{domain}/learning."""

[challenges]
{ratings}

[interests]
clusters = ["{CLUSTERS[i % 7]}", "{CLUSTERS[(i + 3) % 7]}"]

[submission]
date = 2025-05-{rng.randint(20, 31)}

[endorsement]
commission = "National Commission for UNESCO"
signatory = "Secretary{i}, Kim"
date = 2025-06-{rng.randint(16, 30)}
decision = "endorsed"
{priority_line}forwarded = 2025-07-{rng.randint(1, 10):02d}
'''
    return text


def spoil(text, kind):
    """Five structural problems that gnlc and a JSON Schema both see."""
    lines = text.split("\n")
    if kind == 0:  # invalid-email
        return text.replace('email = "learning@', 'email = "learning at ')
    if kind == 1:  # invalid-value: a rating out of 1-5
        at = lines.index("[challenges]") + 1
        lines[at] = lines[at].split(" = ")[0] + " = 6"
    elif kind == 2:  # wrong-type: a number in quotes
        lines = [f'population = "{l[len("population = "):]}"' if l.startswith("population = ") else l for l in lines]
    elif kind == 3:  # missing-field
        lines = [l for l in lines if not l.startswith('title = "Mayor')]
    else:  # invalid-phone: no country code
        return text.replace('phone = "+', 'phone = "00', 1)
    return "\n".join(lines)


def write_applications(n, directory, quota=False):
    rng = random.Random(20251)
    os.makedirs(directory, exist_ok=True)
    invalid = 0
    for i in range(n):
        sub = os.path.join(directory, f"{i // 1000:04d}")
        if i % 1000 == 0:
            os.makedirs(sub, exist_ok=True)
        country = COUNTRIES[i % len(COUNTRIES)]
        priority = (i // len(COUNTRIES)) + 1 if quota else None
        text = application(rng, i, country, priority=priority)
        if not quota and i % 20 == 7:  # 5% invalid, in five ways
            text = spoil(text, (i // 20) % 5)
            invalid += 1
        with open(os.path.join(sub, f"app-{i:07d}.toml"), "w", encoding="utf-8") as f:
            f.write(text)
    return invalid


def write_registry(n, path):
    rng = random.Random(20252)
    with open(path, "w", encoding="utf-8") as f:
        f.write("# Generated for the gnlc benchmark.\nformat = 1\n")
        for i in range(n):
            year = rng.randint(2015, 2024)
            month, day = rng.randint(1, 12), rng.randint(1, 28)
            reports = ", ".join(f"{year + 2 * k}-{month:02d}-{min(28, day + rng.randint(-20, 20) % 28 + 1):02d}"
                                for k in range(1, rng.randint(1, 5)) if year + 2 * k <= 2025)
            status = "" if i % 25 else 'status = "suspended"\n'
            f.write(f'\n[[member]]\ncity = "Member City {i:07d}"\ncountry = "{COUNTRIES[i % len(COUNTRIES)]}"\n'
                    f"admitted = {year}-{month:02d}-{day:02d}\n{status}reports = [{reports}]\n")


if __name__ == "__main__":
    what, count, target = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    if what == "applications":
        print(write_applications(count, target))
    elif what == "quota":
        write_applications(count, target, quota=True)
    elif what == "registry":
        write_registry(count, target)
    else:
        sys.exit(f"unknown kind {what!r}")
