// calendar: the built-in calls (domain.md, "Known calls"), phases, and
// the calendar file format.
#include "support.hpp"

#include <doctest/doctest.h>
#include <gnlc/application.hpp>
#include <gnlc/calendar.hpp>
#include <gnlc/registry.hpp>
#include <gnlc/rules.hpp>

#include <optional>
#include <string>
#include <vector>

using gnlc::Calendar;
using gnlc::Call;
using gnlc::make_day;
using gnlc::parse_calendar;
using gnlc::Phase;
using gnlc::phase_on;
using gnlc::Position;
using gnlc::test::Lines;

namespace {
const Call& builtin_call(int year) {
  const Call* call = Calendar::builtin().find(year);
  if (call == nullptr) throw std::logic_error(std::string("no built-in call for ").append(std::to_string(year)));
  return *call;
}

// "phase days_left" of a day in a built-in call, e.g. "call-open 10".
std::string phase(int year, gnlc::Day day) {
  const auto on = phase_on(builtin_call(year), day);
  std::string text(gnlc::phase_name(on.phase));
  if (on.days_left) text.append(" ").append(std::to_string(*on.days_left));
  return text;
}

std::optional<int> open_on(gnlc::Day day) {
  const Call* call = Calendar::builtin().call_open_on(day);
  return call ? std::optional<int>(call->year) : std::nullopt;
}

}  // namespace

TEST_CASE("Calendar::builtin") {
  const auto& calls = Calendar::builtin().calls();
  REQUIRE(calls.size() == 5u);
  std::vector<int> years;
  for (const Call& call : calls) years.push_back(call.year);
  CHECK(years == std::vector<int>{2019, 2020, 2021, 2023, 2025});

  const Call& c2019 = builtin_call(2019);
  CHECK(c2019.opens == make_day(2019, 3, 1));
  CHECK(c2019.closes == make_day(2019, 4, 30));
  CHECK(c2019.endorsement_deadline == make_day(2019, 5, 31));
  CHECK(c2019.quota_per_country == 3);
  CHECK(c2019.original_closes == std::nullopt);
  CHECK(c2019.original_endorsement_deadline == std::nullopt);

  // 2020: extended on 29 April 2020 from 30 April to 30 June.
  const Call& c2020 = builtin_call(2020);
  CHECK(c2020.opens == make_day(2020, 3, 1));
  CHECK(c2020.closes == make_day(2020, 6, 30));
  CHECK(c2020.endorsement_deadline == make_day(2020, 7, 31));
  CHECK(c2020.original_closes == make_day(2020, 4, 30));
  CHECK(c2020.original_endorsement_deadline == make_day(2020, 5, 31));
  CHECK(c2020.quota_per_country == 3);

  // 2021: first 1 September to 1 November 2021, extended to 28 February 2022.
  const Call& c2021 = builtin_call(2021);
  CHECK(c2021.opens == make_day(2021, 9, 1));
  CHECK(c2021.closes == make_day(2022, 2, 28));
  CHECK(c2021.endorsement_deadline == make_day(2022, 2, 28));
  CHECK(c2021.original_closes == make_day(2021, 11, 1));
  CHECK(c2021.original_endorsement_deadline == make_day(2021, 11, 30));
  CHECK(c2021.quota_per_country == 3);

  const Call& c2023 = builtin_call(2023);
  CHECK(c2023.opens == make_day(2023, 4, 1));
  CHECK(c2023.closes == make_day(2023, 5, 31));
  CHECK(c2023.endorsement_deadline == make_day(2023, 6, 30));
  CHECK(c2023.quota_per_country == 3);
  CHECK(c2023.original_closes == std::nullopt);

  const Call& c2025 = builtin_call(2025);
  CHECK(c2025.opens == make_day(2025, 5, 15));
  CHECK(c2025.closes == make_day(2025, 6, 15));
  CHECK(c2025.endorsement_deadline == make_day(2025, 7, 15));
  CHECK(c2025.quota_per_country == 3);
  CHECK(c2025.original_closes == std::nullopt);
  CHECK(c2025.original_endorsement_deadline == std::nullopt);

  // Every call names its source.
  for (const Call& call : calls) {
    CAPTURE(call.year);
    CHECK_FALSE(call.source.empty());
    CHECK_FALSE(call.sources.empty());
  }
}

TEST_CASE("Calendar::find") {
  CHECK(Calendar::builtin().find(2025) == &builtin_call(2025));
  CHECK(Calendar::builtin().find(2022) == nullptr);  // the 2021 call's extension ran into 2022
  CHECK(Calendar::builtin().find(2024) == nullptr);
  CHECK(Calendar::builtin().find(2018) == nullptr);  // rolling admissions before 2019
  CHECK(Calendar::builtin().find(2027) == nullptr);  // not announced
}

TEST_CASE("Calendar::neighbours") {
  const Calendar& calendar = Calendar::builtin();
  CHECK(calendar.neighbours(2024) == std::pair{&builtin_call(2023), &builtin_call(2025)});
  CHECK(calendar.neighbours(2022) == std::pair{&builtin_call(2021), &builtin_call(2023)});
  CHECK(calendar.neighbours(2018) == std::pair<const Call*, const Call*>{nullptr, &builtin_call(2019)});
  CHECK(calendar.neighbours(2027) == std::pair<const Call*, const Call*>{&builtin_call(2025), nullptr});
  CHECK(Calendar().neighbours(2025) == std::pair<const Call*, const Call*>{nullptr, nullptr});
}

TEST_CASE("Calendar::neighbours(Day)") {
  // The call that closed last before the day and the one that opens first after it.
  const Calendar& calendar = Calendar::builtin();
  using Pair = std::pair<const Call*, const Call*>;
  CHECK(calendar.neighbours(make_day(2025, 5, 14)) == Pair{&builtin_call(2023), &builtin_call(2025)});
  CHECK(calendar.neighbours(make_day(2024, 1, 1)) == Pair{&builtin_call(2023), &builtin_call(2025)});
  CHECK(calendar.neighbours(make_day(2023, 6, 1)) == Pair{&builtin_call(2023), &builtin_call(2025)});
  CHECK(calendar.neighbours(make_day(2023, 5, 31)) == Pair{&builtin_call(2021), &builtin_call(2025)});
  CHECK(calendar.neighbours(make_day(2022, 3, 1)) == Pair{&builtin_call(2021), &builtin_call(2023)});
  CHECK(calendar.neighbours(make_day(2021, 8, 31)) == Pair{&builtin_call(2020), &builtin_call(2021)});
  CHECK(calendar.neighbours(make_day(2019, 2, 28)) == Pair{nullptr, &builtin_call(2019)});
  CHECK(calendar.neighbours(make_day(2025, 6, 16)) == Pair{&builtin_call(2025), nullptr});
}

TEST_CASE("Calendar::builtin_text") {
  const auto parsed = parse_calendar(Calendar::builtin_text());
  CHECK(parsed.diagnostics.empty());
  REQUIRE(parsed.calendar);
  CHECK(parsed.calendar->calls().size() == Calendar::builtin().calls().size());
}

TEST_CASE("Calendar::call_open_on") {
  CHECK(open_on(make_day(2019, 2, 28)) == std::nullopt);
  CHECK(open_on(make_day(2019, 3, 1)) == 2019);
  CHECK(open_on(make_day(2019, 4, 30)) == 2019);
  CHECK(open_on(make_day(2019, 5, 1)) == std::nullopt);
  CHECK(open_on(make_day(2020, 5, 15)) == 2020);  // open only thanks to the extension
  CHECK(open_on(make_day(2020, 6, 30)) == 2020);
  CHECK(open_on(make_day(2020, 7, 1)) == std::nullopt);
  CHECK(open_on(make_day(2021, 8, 31)) == std::nullopt);
  CHECK(open_on(make_day(2021, 9, 1)) == 2021);
  CHECK(open_on(make_day(2022, 1, 15)) == 2021);
  CHECK(open_on(make_day(2022, 2, 28)) == 2021);
  CHECK(open_on(make_day(2022, 3, 1)) == std::nullopt);
  CHECK(open_on(make_day(2023, 3, 31)) == std::nullopt);
  CHECK(open_on(make_day(2023, 4, 1)) == 2023);
  CHECK(open_on(make_day(2023, 5, 31)) == 2023);
  CHECK(open_on(make_day(2023, 6, 1)) == std::nullopt);
  CHECK(open_on(make_day(2024, 5, 1)) == std::nullopt);
  CHECK(open_on(make_day(2025, 5, 14)) == std::nullopt);
  CHECK(open_on(make_day(2025, 5, 15)) == 2025);
  CHECK(open_on(make_day(2025, 6, 15)) == 2025);  // a Sunday: no weekend shift
  CHECK(open_on(make_day(2025, 6, 16)) == std::nullopt);
}

TEST_CASE("Call::window_holds") {
  const Call& call = builtin_call(2025);
  CHECK_FALSE(call.window_holds(make_day(2025, 5, 14)));
  CHECK(call.window_holds(make_day(2025, 5, 15)));
  CHECK(call.window_holds(make_day(2025, 6, 15)));
  CHECK_FALSE(call.window_holds(make_day(2025, 6, 16)));
}

TEST_CASE("phase_on") {
  // days_left: the last day of the current phase minus the day.
  CHECK(phase(2025, make_day(2025, 1, 1)) == "before-call 133");
  CHECK(phase(2025, make_day(2025, 5, 1)) == "before-call 13");
  CHECK(phase(2025, make_day(2025, 5, 14)) == "before-call 0");
  CHECK(phase(2025, make_day(2025, 5, 15)) == "call-open 31");
  CHECK(phase(2025, make_day(2025, 6, 5)) == "call-open 10");
  CHECK(phase(2025, make_day(2025, 6, 15)) == "call-open 0");
  CHECK(phase(2025, make_day(2025, 6, 16)) == "endorsement 29");
  CHECK(phase(2025, make_day(2025, 7, 15)) == "endorsement 0");
  CHECK(phase(2025, make_day(2025, 7, 16)) == "closed");
  CHECK(phase(2025, make_day(2026, 1, 1)) == "closed");
  // The 2021 call: its close and its deadline are the same day.
  CHECK(phase(2021, make_day(2021, 8, 31)) == "before-call 0");
  CHECK(phase(2021, make_day(2021, 9, 1)) == "call-open 180");
  CHECK(phase(2021, make_day(2022, 2, 28)) == "call-open 0");
  CHECK(phase(2021, make_day(2022, 3, 1)) == "closed");
  // 2020, around the extended dates.
  CHECK(phase(2020, make_day(2020, 4, 30)) == "call-open 61");
  CHECK(phase(2020, make_day(2020, 6, 30)) == "call-open 0");
  CHECK(phase(2020, make_day(2020, 7, 1)) == "endorsement 30");
  CHECK(phase(2020, make_day(2020, 7, 31)) == "endorsement 0");
  CHECK(phase(2020, make_day(2020, 8, 1)) == "closed");
}

TEST_CASE("phase_name") {
  CHECK(gnlc::phase_name(Phase::before_call) == "before-call");
  CHECK(gnlc::phase_name(Phase::call_open) == "call-open");
  CHECK(gnlc::phase_name(Phase::endorsement) == "endorsement");
  CHECK(gnlc::phase_name(Phase::closed) == "closed");
}

TEST_CASE("parse_calendar") {
  SUBCASE("a valid calendar, with the default endorsement deadline") {
    const auto parsed = parse_calendar(
        "format = 1\n"                         // 1
        "\n"                                   // 2
        "[[call]]\n"                           // 3
        "year = 2027\n"                        // 4
        "opens = 2027-03-01\n"                 // 5
        "closes = 2027-04-30\n"                // 6
        "source = \"announcement\"\n"          // 7
        "\n"                                   // 8
        "[[call]]\n"                           // 9
        "year = 2026\n"                        // 10
        "opens = 2026-01-10\n"                 // 11
        "closes = 2026-01-31\n"                // 12
        "endorsement_deadline = 2026-02-15\n"  // 13
        "quota_per_country = 5\n"              // 14
        "source = \"another\"\n"               // 15
        "[call.sources]\n"                     // 16
        "opens = \"a page\"\n");               // 17
    CHECK(parsed.diagnostics.empty());
    REQUIRE(parsed.calendar);
    const auto& calls = parsed.calendar->calls();
    REQUIRE(calls.size() == 2u);
    CHECK(calls[0].year == 2026);                                   // sorted by year
    CHECK(calls[0].endorsement_deadline == make_day(2026, 2, 15));  // a listed deadline wins
    CHECK(calls[0].quota_per_country == 5);
    CHECK(calls[0].sources == std::vector<std::pair<std::string, std::string>>{{"opens", "a page"}});
    CHECK(calls[1].year == 2027);
    CHECK(calls[1].opens == make_day(2027, 3, 1));
    CHECK(calls[1].closes == make_day(2027, 4, 30));
    CHECK(calls[1].endorsement_deadline == make_day(2027, 5, 31));  // the one-month rule
    CHECK(calls[1].quota_per_country == std::nullopt);              // no cap
    CHECK(calls[1].source == "announcement");
  }

  SUBCASE("default deadlines by the one-month rule") {
    const auto deadline = [](std::string_view closes) {
      const auto parsed =
          parse_calendar("format = 1\n[[call]]\nyear = 2027\nopens = 2027-01-01\ncloses = " + std::string(closes) +
                         "\nsource = \"s\"\n");
      REQUIRE(parsed.calendar);
      return parsed.calendar->calls().at(0).endorsement_deadline;
    };
    CHECK(deadline("2027-06-15") == make_day(2027, 7, 15));
    CHECK(deadline("2027-05-31") == make_day(2027, 6, 30));
    CHECK(deadline("2027-01-31") == make_day(2027, 2, 28));
    CHECK(deadline("2028-01-31") == make_day(2028, 2, 29));
    CHECK(deadline("2027-12-31") == make_day(2028, 1, 31));
  }

  SUBCASE("an empty calendar") {
    const auto parsed = parse_calendar("format = 1\n");
    CHECK(parsed.diagnostics.empty());
    REQUIRE(parsed.calendar);
    CHECK(parsed.calendar->calls().empty());
  }

  SUBCASE("a duplicate year") {
    const auto parsed = parse_calendar(
        "format = 1\n"           // 1
        "[[call]]\n"             // 2
        "year = 2027\n"          // 3
        "opens = 2027-03-01\n"   // 4
        "closes = 2027-04-30\n"  // 5
        "source = \"a\"\n"       // 6
        "[[call]]\n"             // 7
        "year = 2027\n"          // 8
        "opens = 2027-05-01\n"   // 9
        "closes = 2027-05-31\n"  // 10
        "source = \"b\"\n");     // 11
    CHECK(gnlc::test::rule_positions(parsed.diagnostics) == Lines{"duplicate-call 7:1"});
    CHECK(parsed.diagnostics.at(0).message == "a second call for 2027");
    CHECK(parsed.diagnostics.at(0).severity == gnlc::Severity::error);
    CHECK_FALSE(parsed.calendar);
  }

  SUBCASE("closes before it opens") {
    const auto parsed = parse_calendar(
        "format = 1\n"
        "[[call]]\n"
        "year = 2027\n"
        "opens = 2027-03-01\n"
        "closes = 2027-02-28\n"
        "source = \"a\"\n");
    CHECK(gnlc::test::rule_positions(parsed.diagnostics) == Lines{"invalid-call-dates 5:10"});
    CHECK(parsed.diagnostics.at(0).message == "call 2027 closes before it opens");
    CHECK_FALSE(parsed.calendar);
  }

  SUBCASE("an endorsement deadline before the close") {
    const auto parsed = parse_calendar(
        "format = 1\n"
        "[[call]]\n"
        "year = 2027\n"
        "opens = 2027-03-01\n"
        "closes = 2027-04-30\n"
        "endorsement_deadline = 2027-04-29\n"
        "source = \"a\"\n");
    CHECK(gnlc::test::rule_positions(parsed.diagnostics) == Lines{"invalid-call-dates 6:24"});
    CHECK_FALSE(parsed.calendar);
  }

  SUBCASE("an original close outside the extended window") {
    const auto parsed = parse_calendar(
        "format = 1\n"
        "[[call]]\n"
        "year = 2027\n"
        "opens = 2027-03-01\n"
        "closes = 2027-04-30\n"
        "original_closes = 2027-05-15\n"
        "source = \"a\"\n");
    CHECK(gnlc::test::rule_positions(parsed.diagnostics) == Lines{"invalid-call-dates 6:19"});
    CHECK_FALSE(parsed.calendar);
  }

  SUBCASE("missing keys") {
    const auto parsed = parse_calendar(
        "format = 1\n"            // 1
        "\n"                      // 2
        "[[call]]\n"              // 3
        "year = 2027\n"           // 4
        "opens = 2027-03-01\n");  // 5
    CHECK(gnlc::test::rule_positions(parsed.diagnostics) == Lines{"missing-field 3:1", "missing-field 3:1"});
    CHECK(parsed.diagnostics.at(0).message == "'call.closes' is missing");
    CHECK(parsed.diagnostics.at(1).message == "'call.source' is missing");
    CHECK_FALSE(parsed.calendar);
  }

  SUBCASE("an unknown key is a warning with the nearest known key") {
    const auto parsed = parse_calendar(
        "format = 1\n"
        "[[call]]\n"
        "year = 2027\n"
        "opens = 2027-03-01\n"
        "closes = 2027-04-30\n"
        "quota = 3\n"
        "source = \"a\"\n");
    CHECK(gnlc::test::rule_positions(parsed.diagnostics) == Lines{"unknown-field 6:1"});
    CHECK(parsed.diagnostics.at(0).severity == gnlc::Severity::warning);
    CHECK(parsed.diagnostics.at(0).message == "unknown key 'call.quota'");
    REQUIRE(parsed.calendar);  // a warning does not stop the calendar
    CHECK(parsed.calendar->calls().size() == 1u);
    const auto typo = parse_calendar(
        "format = 1\n[[call]]\nyear = 2027\nopens = 2027-03-01\nclosess = 2027-04-30\n"
        "closes = 2027-04-30\nsource = \"a\"\n");
    CHECK(gnlc::test::rule_positions(typo.diagnostics) == Lines{"unknown-field 5:1"});
    CHECK(typo.diagnostics.at(0).hint == "did you mean 'closes'?");
  }

  SUBCASE("wrong types and values") {
    const auto parsed = parse_calendar(
        "format = 1\n"
        "[[call]]\n"
        "year = \"2027\"\n"
        "opens = \"2027-03-01\"\n"
        "closes = 2027-04-30\n"
        "quota_per_country = 0\n"
        "source = \"a\"\n");
    CHECK(gnlc::test::rule_positions(parsed.diagnostics) ==
          Lines{"wrong-type 3:8", "wrong-type 4:9", "invalid-value 6:21"});
    CHECK(parsed.diagnostics.at(1).hint == "write the date without quotes: opens = 2027-03-01");
    CHECK_FALSE(parsed.calendar);
  }

  SUBCASE("format and syntax") {
    CHECK(gnlc::test::rule_positions(parse_calendar("").diagnostics) == Lines{"format-version 1:1"});
    CHECK(gnlc::test::rule_positions(parse_calendar("format = 2\n").diagnostics) == Lines{"format-version 1:10"});
    CHECK(gnlc::test::rule_positions(parse_calendar("format = 1\n[[call]\n").diagnostics) == Lines{"toml-syntax 2:8"});
    const auto header = parse_calendar("format = 1\n[[call]\n");
    CHECK(header.diagnostics.at(0).message == "the table header '[[call]' has no closing ']]'");
    CHECK(header.diagnostics.at(0).hint == "end it with ']]': [[call]]");
    const auto closes = parse_calendar("format = 1\n[[call]]\nyear = 2025\ncloses = June 30, 2025\n");
    CHECK(gnlc::test::rule_positions(closes.diagnostics) == Lines{"toml-syntax 4:10"});
    CHECK(closes.diagnostics.at(0).message == "'June 30, 2025' is not a date TOML understands");
    CHECK(closes.diagnostics.at(0).hint == "write the date as YYYY-MM-DD: closes = 2025-06-30");
    CHECK(gnlc::test::rule_positions(parse_calendar("format = 1\ncall = 3\n").diagnostics) == Lines{"wrong-type 2:8"});
  }
}

TEST_CASE("Calendar::builtin: inferred dates, submission caps and report rounds") {
  using Keys = std::vector<std::string>;
  CHECK(builtin_call(2019).inferred == Keys{"opens", "closes", "endorsement_deadline"});
  CHECK(builtin_call(2020).inferred ==
        Keys{"original_closes", "endorsement_deadline", "original_endorsement_deadline"});
  CHECK(builtin_call(2021).inferred.empty());
  CHECK(builtin_call(2023).inferred == Keys{"endorsement_deadline"});
  CHECK(builtin_call(2025).is_inferred("endorsement_deadline"));
  CHECK_FALSE(builtin_call(2025).is_inferred("opens"));
  CHECK(builtin_call(2023).submission_cap == 3);
  CHECK(builtin_call(2025).submission_cap == std::nullopt);
  const auto& rounds = Calendar::builtin().report_rounds();
  REQUIRE(rounds.size() == 2u);
  CHECK(rounds[0].deadline == make_day(2021, 12, 31));
  CHECK(rounds[0].admitted_from == std::nullopt);
  CHECK(rounds[0].admitted_before == make_day(2020, 9, 1));
  CHECK(rounds[1].deadline == make_day(2022, 12, 2));
  CHECK(rounds[1].admitted_from == make_day(2020, 9, 1));
  CHECK(rounds[1].admitted_before == make_day(2021, 1, 1));
  CHECK(rounds[1].source.find("2 December 2022") != std::string::npos);
}

TEST_CASE("ReportRound::owed_by") {
  gnlc::ReportRound round;
  round.deadline = make_day(2022, 12, 2);
  round.admitted_from = make_day(2020, 9, 1);
  round.admitted_before = make_day(2021, 1, 1);
  CHECK_FALSE(round.owed_by(make_day(2020, 8, 31)));  // the day before admitted_from
  CHECK(round.owed_by(make_day(2020, 9, 1)));         // on it
  CHECK(round.owed_by(make_day(2020, 9, 2)));
  CHECK(round.owed_by(make_day(2020, 12, 31)));  // the day before admitted_before
  CHECK_FALSE(round.owed_by(make_day(2021, 1, 1)));
  gnlc::ReportRound open;
  open.deadline = make_day(2021, 12, 31);
  CHECK(open.owed_by(make_day(2015, 1, 1)));
  CHECK(open.owed_by(make_day(2021, 12, 30)));
  CHECK_FALSE(open.owed_by(make_day(2021, 12, 31)));  // admitted on the deadline owes nothing of it
}

TEST_CASE("Calendar::call_admitting_on") {
  const auto call = [](gnlc::Day day) {
    const Call* found = Calendar::builtin().call_admitting_on(day);
    return found ? std::optional<int>(found->year) : std::nullopt;
  };
  CHECK(call(make_day(2019, 5, 31)) == std::nullopt);  // the 2019 deadline itself
  CHECK(call(make_day(2019, 6, 1)) == 2019);
  CHECK(call(make_day(2020, 7, 31)) == 2019);
  CHECK(call(make_day(2020, 8, 1)) == 2020);
  CHECK(call(make_day(2022, 2, 28)) == 2020);
  CHECK(call(make_day(2022, 3, 1)) == 2021);
  CHECK(call(make_day(2022, 9, 2)) == 2021);
  CHECK(call(make_day(2024, 2, 14)) == 2023);
  CHECK(call(make_day(2025, 12, 4)) == 2025);
}

TEST_CASE("parse_calendar: inferred, submission_cap and report rounds") {
  const std::string call =
      "format = 1\n[[call]]\nyear = 2027\nopens = 2027-05-15\ncloses = 2027-06-15\nsource = \"x\"\n";
  SUBCASE("a left-out endorsement deadline is inferred") {
    const auto parsed = parse_calendar(call);
    REQUIRE(parsed.calendar);
    CHECK(parsed.calendar->calls().at(0).inferred == std::vector<std::string>{"endorsement_deadline"});
  }
  SUBCASE("inferred and submission_cap") {
    const auto parsed = parse_calendar(call + "inferred = [\"opens\", \"opens\"]\nsubmission_cap = 2\n");
    REQUIRE(parsed.calendar);
    CHECK(parsed.calendar->calls().at(0).inferred == std::vector<std::string>{"opens", "endorsement_deadline"});
    CHECK(parsed.calendar->calls().at(0).submission_cap == 2);
    CHECK(gnlc::test::rule_positions(parse_calendar(call + "inferred = [\"opening\"]\n").diagnostics) ==
          Lines{"unknown-field 7:13"});
    CHECK(gnlc::test::rule_positions(parse_calendar(call + "inferred = \"opens\"\n").diagnostics) ==
          Lines{"wrong-type 7:12"});
    CHECK(gnlc::test::rule_positions(parse_calendar(call + "submission_cap = 0\n").diagnostics) ==
          Lines{"invalid-value 7:18"});
  }
  SUBCASE("report rounds") {
    const auto parsed = parse_calendar(call +
                                       "[[report_round]]\ndeadline = 2029-12-31\nsource = \"b\"\n"
                                       "[[report_round]]\ndeadline = 2028-12-31\nadmitted_from = 2027-01-01\n"
                                       "admitted_before = 2028-01-01\nsource = \"a\"\n");
    CHECK(parsed.diagnostics.empty());
    REQUIRE(parsed.calendar);
    const auto& rounds = parsed.calendar->report_rounds();
    REQUIRE(rounds.size() == 2u);
    CHECK(rounds[0].source == "a");  // by deadline
    CHECK(rounds[1].admitted_before == std::nullopt);
    CHECK(gnlc::test::rule_positions(parse_calendar(call + "[[report_round]]\nsource = \"a\"\n").diagnostics) ==
          Lines{"missing-field 7:1"});
    CHECK(gnlc::test::rule_positions(
              parse_calendar(call + "[[report_round]]\ndeadline = 2028-12-31\nsource = \"a\"\ncohort = 1\n")
                  .diagnostics) == Lines{"unknown-field 10:1"});
    CHECK(gnlc::test::rule_positions(
              parse_calendar(call + "[[report_round]]\ndeadline = 2028-12-31\nadmitted_from = 2028-01-01\n"
                                    "admitted_before = 2028-01-01\nsource = \"a\"\n")
                  .diagnostics) == Lines{"invalid-call-dates 10:19"});
    CHECK(gnlc::test::rule_positions(parse_calendar("format = 1\nreport_round = 3\n").diagnostics) ==
          Lines{"wrong-type 2:16"});
  }
}

TEST_CASE("parse_calendar: sources are printable text") {
  const std::string call = "format = 1\n[[call]]\nyear = 2027\nopens = 2027-05-15\ncloses = 2027-06-15\n";
  CHECK(gnlc::test::rule_positions(parse_calendar(call + "source = \"UIL\\u001b]0;x\\u0007\"\n").diagnostics) ==
        Lines{"invalid-value 6:10"});
  // An unknown key of [call.sources] is a warning and is not kept (nor printed).
  const auto parsed =
      parse_calendar(call + "source = \"UIL\"\n[call.sources]\n\"\\u001b[2J\" = \"x\"\nopens = \"UIL\"\n");
  CHECK(gnlc::test::rule_positions(parsed.diagnostics) == Lines{"unknown-field 8:1"});
  REQUIRE(parsed.calendar);
  CHECK(parsed.calendar->calls().at(0).sources == std::vector<std::pair<std::string, std::string>>{{"opens", "UIL"}});
}

TEST_CASE("parse_calendar: the wrong kind of file") {
  const auto registry = parse_calendar("format = 1\n[[member]]\ncity = \"Espoo\"\n");
  CHECK(gnlc::test::rule_positions(registry.diagnostics) == Lines{"format-version 1:1"});
  CHECK(registry.diagnostics.at(0).hint == "read it with: gnlc reports FILE");
}

TEST_CASE("format-version: one wording for applications, registries and calendars") {
  const auto words = [](const gnlc::Diagnostics& diagnostics) {
    Lines out;
    for (const gnlc::Diagnostic& d : diagnostics)
      out.push_back(gnlc::test::rule_positions({d}).front() + " " + d.message + " | " + d.hint);
    return out;
  };
  const auto registry = [](std::string_view text) {
    return gnlc::parse_registry(text, gnlc::Countries::builtin(), Calendar::builtin()).diagnostics;
  };
  const auto application = [](std::string_view text) { return gnlc::parse_application(text).diagnostics; };
  const auto calendar = [](std::string_view text) { return parse_calendar(text).diagnostics; };
  const Lines missing{"format-version 1:1 'format' is missing | start the file with the line: format = 1"};
  const Lines two{"format-version 1:10 format 2 is not supported; gnlc reads format 1 | check that gnlc is up to date"};
  const Lines text{"format-version 1:10 format string is not supported; gnlc reads format 1 | write: format = 1"};
  CHECK(words(application("")) == missing);
  CHECK(words(registry("")) == missing);
  CHECK(words(calendar("")) == missing);
  CHECK(words(application("format = 2\n[city]\n")) == two);
  CHECK(words(registry("format = 2\n")) == two);
  CHECK(words(calendar("format = 2\n")) == two);
  CHECK(words(application("format = '1'\n[city]\n")) == text);
  CHECK(words(registry("format = '1'\n")) == text);
  CHECK(words(calendar("format = '1'\n")) == text);
  // An earlier or negative version is a typo, not a file from a newer gnlc.
  const Lines zero{"format-version 1:10 format 0 is not supported; gnlc reads format 1 | write: format = 1"};
  CHECK(words(application("format = 0\n[city]\n")) == zero);
  CHECK(words(registry("format = 0\n")) == zero);
  CHECK(words(calendar("format = -1\n"))[0] ==
        "format-version 1:10 format -1 is not supported; gnlc reads format 1 | write: format = 1");
}
