// check: the rules that judge one application against the calendar, the
// countries and the registry, and the rules across a batch of files.
#include "rules/application_rules.hpp"
#include "support.hpp"

#include <doctest/doctest.h>
#include <gnlc/check.hpp>
#include <gnlc/rules.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

using gnlc::Calendar;
using gnlc::check_application;
using gnlc::CheckContext;
using gnlc::Countries;
using gnlc::make_day;
using gnlc::test::Lines;
using gnlc::test::replaced;
using gnlc::test::valid_application;
using gnlc::test::without_endorsement;

namespace {
CheckContext context(gnlc::Day as_of, const gnlc::Registry* members = nullptr) {
  return CheckContext{Calendar::builtin(), Countries::builtin(), as_of, members, {}};
}

const gnlc::Day after_the_call = make_day(2025, 8, 1);

Lines summary(const gnlc::FileReport& report) { return gnlc::test::severity_rule_positions(report.diagnostics); }

Lines check(std::string_view text, gnlc::Day as_of = after_the_call) {
  return summary(check_application("app.toml", text, context(as_of)));
}
}  // namespace

TEST_CASE("check_application") {
  SUBCASE("a valid application has no diagnostics") {
    const auto report = check_application("apps/sonderborg.toml", valid_application, context(after_the_call));
    CHECK(report.diagnostics.empty());
    CHECK(report.path == "apps/sonderborg.toml");
    CHECK_FALSE(report.has_errors());
    CHECK(report.valid(false));
    CHECK(report.valid(true));
    CHECK(report.facts.call == 2025);
    CHECK(report.facts.city == "S\u00F8nderborg");
    CHECK(report.facts.country == Countries::builtin().by_alpha2("DK"));
    CHECK(report.facts.city_position == gnlc::Position{5, 8});
    CHECK(report.facts.priority == 1);
    CHECK(report.facts.priority_position == gnlc::Position{55, 12});
    CHECK(report.facts.endorsed_on == make_day(2025, 6, 20));
  }

  SUBCASE("endorsement-pending: a warning until the deadline, an error after it") {
    const std::string pending = without_endorsement(valid_application);
    CHECK(check(pending, make_day(2025, 5, 20)) == Lines{"warning endorsement-pending 1:1"});
    CHECK(check(pending, make_day(2025, 7, 15)) == Lines{"warning endorsement-pending 1:1"});  // the deadline itself
    CHECK(check(pending, make_day(2025, 7, 16)) == Lines{"error endorsement-pending 1:1"});
    const auto warning = check_application("a.toml", pending, context(make_day(2025, 7, 15)));
    CHECK(warning.diagnostics.at(0).message == "not yet endorsed by the National Commission (deadline 15 July 2025)");
    CHECK(warning.valid(false));
    CHECK_FALSE(warning.valid(true));
    const auto error = check_application("a.toml", pending, context(make_day(2025, 7, 16)));
    CHECK(error.diagnostics.at(0).message == "no endorsement, and the 2025 deadline for it passed on 15 July 2025");
    CHECK_FALSE(error.valid(false));
    // Without a call there is no deadline to judge against: no-call says why.
    CHECK(check(replaced(pending, "call = 2025", "call = 2024")) == Lines{"error no-call 2:8"});
  }

  SUBCASE("the endorsement deadline") {
    CHECK(check(replaced(valid_application, "forwarded = 2025-06-23", "forwarded = 2025-07-15")).empty());
    CHECK(check(replaced(valid_application, "forwarded = 2025-06-23", "forwarded = 2025-07-16")) ==
          Lines{"error endorsement-late 56:13"});
    CHECK(check(replaced(valid_application, "date = 2025-06-20", "date = 2025-07-16")) ==
          Lines{"error endorsement-late 53:8", "error forwarded-before-endorsement 56:13"});
    // An offset date-time is judged by its day in Berlin: 15 July 23:30 in
    // New York is 16 July in Hamburg.
    CHECK(
        check(replaced(valid_application, "forwarded = 2025-06-23", "forwarded = 2025-07-15T17:30:00-04:00")).empty());
    CHECK(check(replaced(valid_application, "forwarded = 2025-06-23", "forwarded = 2025-07-15T23:30:00-04:00")) ==
          Lines{"error endorsement-late 56:13"});
    CHECK(check(replaced(valid_application, "forwarded = 2025-06-23", "forwarded = 2025-07-15T23:30:00")).empty());
  }

  SUBCASE("endorsement dates and decision") {
    CHECK(check(replaced(valid_application, "date = 2025-06-20", "date = 2025-05-19")) ==
          Lines{"error endorsement-before-submission 53:8"});
    CHECK(
        check(replaced(replaced(valid_application, "date = 2025-06-20", "date = 2025-05-20"), "forwarded = 2025-06-23",
                       "forwarded = 2025-05-20"))
            .empty());  // all on the same day
    CHECK(check(replaced(valid_application, "decision = \"endorsed\"", "decision = \"not-endorsed\"")) ==
          Lines{"error not-endorsed 54:12"});
  }

  SUBCASE("the call and the submission") {
    // No declared call: the call whose window holds the submission (the
    // file is one line shorter).
    const std::string undeclared = replaced(valid_application, "call = 2025\n", "");
    const auto report = check_application("a.toml", undeclared, context(after_the_call));
    CHECK(report.diagnostics.empty());
    CHECK(report.facts.call == 2025);
    const std::string early = replaced(undeclared, "signed = 2025-05-19", "signed = 2025-05-13");
    const auto outside =
        check_application("a.toml", replaced(early, "date = 2025-05-20", "date = 2025-05-14"), context(after_the_call));
    CHECK(summary(outside) == Lines{"error no-call 47:8"});
    CHECK(outside.diagnostics.at(0).message == "no call was open on 14 May 2025");
    CHECK(outside.diagnostics.at(0).hint ==
          "the nearest calls are 2023 (1 April 2023 to 31 May 2023) and 2025 (15 May 2025 to 15 June 2025)");
    const auto later = check_application("a.toml", replaced(undeclared, "date = 2025-05-20", "date = 2025-06-16"),
                                         context(after_the_call));
    CHECK(summary(later) == Lines{"error no-call 47:8"});
    CHECK(later.diagnostics.at(0).hint == "the latest call was 2025 (15 May 2025 to 15 June 2025)");
    CHECK(outside.facts.call == std::nullopt);
    // A declared call without a window for the date.
    const std::string signed_early = replaced(valid_application, "signed = 2025-05-19", "signed = 2025-05-13");
    CHECK(check(replaced(signed_early, "date = 2025-05-20", "date = 2025-05-14")) ==
          Lines{"error submission-outside-call 48:8"});
    CHECK(check(replaced(valid_application, "date = 2025-05-20", "date = 2025-05-14")) ==
          Lines{"error signature-after-submission 27:10", "error submission-outside-call 48:8"});
    CHECK(check(replaced(valid_application, "date = 2025-05-20", "date = 2025-06-16")) ==
          Lines{"error submission-outside-call 48:8"});
    CHECK(check(replaced(valid_application, "date = 2025-05-20", "date = 2025-06-15T23:30:00+02:00")).empty());
    CHECK(check(replaced(valid_application, "date = 2025-05-20", "date = 2025-06-15T23:30:00-01:00")) ==
          Lines{"error submission-outside-call 48:8"});
    // A year without a call.
    const auto no_call =
        check_application("a.toml", replaced(valid_application, "call = 2025", "call = 2024"), context(after_the_call));
    CHECK(summary(no_call) == Lines{"error no-call 2:8"});
    CHECK(no_call.diagnostics.at(0).message == "there was no call in 2024");
    CHECK(no_call.diagnostics.at(0).hint ==
          "the nearest calls are 2023 (1 April 2023 to 31 May 2023) and 2025 (15 May 2025 to 15 June 2025)");
    CHECK(no_call.facts.call == 2024);
    // The mayor signs before the submission.
    CHECK(check(replaced(valid_application, "signed = 2025-05-19", "signed = 2025-05-21")) ==
          Lines{"error signature-after-submission 27:10"});
    CHECK(check(replaced(valid_application, "signed = 2025-05-19", "signed = 2025-05-20")).empty());
  }

  SUBCASE("dates after the as-of day") {
    CHECK(check(valid_application, make_day(2025, 6, 22)) == Lines{"error future-date 56:13"});
    CHECK(check(valid_application, make_day(2025, 6, 19)) ==
          Lines{"error future-date 53:8", "error future-date 56:13"});
  }

  SUBCASE("the country") {
    CHECK(check(replaced(valid_application, "country = \"DK\"", "country = \"Denmark\"")).empty());
    const auto unknown = check_application(
        "a.toml", replaced(valid_application, "country = \"DK\"", "country = \"Denmrk\""), context(after_the_call));
    CHECK(summary(unknown) == Lines{"error unknown-country 6:11"});
    CHECK(unknown.diagnostics.at(0).hint == "did you mean 'Denmark'?");
    const auto territory = check_application(
        "a.toml", replaced(valid_application, "country = \"DK\"", "country = \"HK\""), context(after_the_call));
    CHECK(summary(territory) == Lines{"error not-member-state 6:11"});
    CHECK(territory.diagnostics.at(0).hint == "cities in Hong Kong apply through China: write country = \"CN\"");
    // Membership is judged on the submission date.
    const std::string american = replaced(valid_application, "country = \"DK\"", "country = \"USA\"");
    CHECK(check(american).empty());
    const std::string american_2019 =
        replaced(replaced(replaced(replaced(replaced(replaced(american, "call = 2025", "call = 2019"),
                                                     "signed = 2025-05-19", "signed = 2019-03-01"),
                                            "date = 2025-05-20", "date = 2019-03-02"),
                                   "date = 2025-06-20", "date = 2019-05-01"),
                          "forwarded = 2025-06-23", "forwarded = 2019-05-02"),
                 "data_year = 2024", "data_year = 2018");
    CHECK(check(american_2019) == Lines{"error not-member-state 6:11"});
    // A territory is pointed at its sovereign state only when that state is
    // a Member State on the day: not Guam at the United States in 2019.
    const std::string guam_2019 = replaced(american_2019, "country = \"USA\"", "country = \"GU\"");
    const auto guam = check_application("a.toml", guam_2019, context(after_the_call));
    CHECK(summary(guam) == Lines{"error not-member-state 6:11"});
    CHECK(guam.diagnostics.at(0).hint == "");
    const auto guam_2025 = check_application(
        "a.toml", replaced(valid_application, "country = \"DK\"", "country = \"GU\""), context(after_the_call));
    CHECK(guam_2025.diagnostics.at(0).hint ==
          "cities in Guam apply through United States of America: write country = \"US\"");
  }

  SUBCASE("pledge and profile") {
    CHECK(check(replaced(valid_application, "beijing_declaration = true", "beijing_declaration = false")) ==
          Lines{"error pledge-missing 25:23"});
    CHECK(check(replaced(valid_application, "key_features = true", "key_features = false")) ==
          Lines{"error pledge-missing 26:16"});
    CHECK(check(replaced(valid_application, "stamp = true", "stamp = false")) == Lines{"warning stamp-missing 28:9"});
    CHECK(check(replaced(valid_application, "stamp = true\n", "")) == Lines{"warning stamp-missing 24:1"});
    CHECK(check(replaced(valid_application, "population = 74000", "population = 9999")) ==
          Lines{"warning small-city 32:14"});
    CHECK(check(replaced(valid_application, "population = 74000", "population = 10000")).empty());
    CHECK(check(replaced(valid_application, "data_year = 2024", "data_year = 2020")).empty());
    CHECK(check(replaced(valid_application, "data_year = 2024", "data_year = 2019")) ==
          Lines{"warning stale-profile 31:13"});
    CHECK(check(replaced(valid_application, "data_year = 2024", "data_year = 2026")) ==
          Lines{"error invalid-value 31:13"});
  }

  SUBCASE("already a member") {
    gnlc::Member member;
    member.city = "S\u00D8NDERBORG";
    member.country = Countries::builtin().by_alpha2("DK");
    member.admitted = make_day(2020, 9, 23);
    member.call = 2020;
    const gnlc::Registry members({member});
    const auto report = check_application("a.toml", valid_application, context(after_the_call, &members));
    CHECK(summary(report) == Lines{"error already-member 5:8"});
    CHECK(report.diagnostics.at(0).message ==
          "S\u00D8NDERBORG (DK) is already a member, admitted on 23 September 2020");
    CHECK(report.diagnostics.at(0).hint == "a member city does not apply again; a city whose membership ended may");
  }

  SUBCASE("already a member: only a membership active on the submission date, through another call") {
    // The application was submitted on 20 May 2025 to the 2025 call.
    const auto judged = [](gnlc::Member member) {
      member.city = "S\u00F8nderborg";
      member.country = Countries::builtin().by_alpha2("DK");
      const gnlc::Registry members({member});
      return summary(check_application("a.toml", valid_application, context(after_the_call, &members)));
    };
    gnlc::Member withdrawn;
    withdrawn.admitted = make_day(2019, 7, 17);
    withdrawn.call = 2019;
    withdrawn.status = gnlc::MemberStatus::withdrawn;
    withdrawn.left = make_day(2025, 5, 20);  // the day of the submission: still a member
    CHECK(judged(withdrawn) == Lines{"error already-member 5:8"});
    withdrawn.left = make_day(2025, 5, 19);  // ended the day before
    CHECK(judged(withdrawn).empty());
    withdrawn.left.reset();  // ended on an unknown day
    CHECK(judged(withdrawn).empty());
    gnlc::Member suspended;
    suspended.admitted = make_day(2019, 7, 17);
    suspended.status = gnlc::MemberStatus::suspended;
    CHECK(judged(suspended) == Lines{"error already-member 5:8"});
    // Admitted through this very call: the result of this application.
    gnlc::Member admitted;
    admitted.admitted = make_day(2025, 12, 4);
    admitted.call = 2025;
    CHECK(judged(admitted).empty());
    // Admitted after the submission, through no call: not yet a member then.
    admitted.call.reset();
    CHECK(judged(admitted).empty());
    admitted.admitted = make_day(2025, 5, 20);
    CHECK(judged(admitted) == Lines{"error already-member 5:8"});
  }

  SUBCASE("a file over the size limit is not parsed") {
    CheckContext small = context(after_the_call);
    small.limits.max_file_size = 100;
    const auto report = check_application("a.toml", valid_application, small);
    CHECK(summary(report) == Lines{"error file-too-large 1:1"});
    CHECK(report.diagnostics.at(0).message == "the file is larger than the limit of 100 bytes");
    CHECK(summary(check_application("a.toml", std::string(100, '#'), small)) == Lines{"error format-version 1:1"});
  }

  SUBCASE("diagnostics are capped per file") {
    CheckContext capped = context(after_the_call);
    capped.limits.max_diagnostics = 2;
    const auto report = check_application("a.toml", "format = 1\n", capped);
    REQUIRE(report.diagnostics.size() == 3u);
    CHECK(report.diagnostics[2].rule == "input-too-complex");
    CHECK(report.diagnostics[2].position == report.diagnostics[1].position);
  }
}

TEST_CASE("unreadable_file") {
  const auto missing = gnlc::unreadable_file("a.toml", "read-error", "no such file or directory");
  CHECK(summary(missing) == Lines{"error read-error 0:0"});
  CHECK(missing.diagnostics.at(0).message == "no such file or directory");
  CHECK(summary(gnlc::unreadable_file("b.toml", "file-too-large", "too large")) == Lines{"error file-too-large 1:1"});
}

namespace {
// The valid application moved to the 2023 call, which has a submission cap.
std::string in_2023(std::string text) {
  for (const auto& [from, to] :
       std::vector<std::pair<std::string, std::string>>{{"call = 2025", "call = 2023"},
                                                        {"signed = 2025-05-19", "signed = 2023-04-19"},
                                                        {"date = 2025-05-20", "date = 2023-04-20"},
                                                        {"date = 2025-06-20", "date = 2023-06-20"},
                                                        {"forwarded = 2025-06-23", "forwarded = 2023-06-23"},
                                                        {"data_year = 2024", "data_year = 2022"}})
    text = replaced(text, from, to);
  return text;
}

std::string named(std::string_view text, std::string_view city, int priority) {
  return replaced(replaced(text, "name = \"S\u00F8nderborg\"", fmt::format("name = \"{}\"", city)), "priority = 1",
                  fmt::format("priority = {}", priority));
}
}  // namespace

TEST_CASE("BatchRules") {
  // Reports in the order they are handed on, as a command prints them.
  const auto run = [](const std::vector<std::pair<std::string, std::string>>& files) {
    gnlc::BatchRules batch([&](std::size_t i) { return files[i].first; });
    std::vector<gnlc::FileReport> reports;
    const gnlc::BatchRules::Emit emit = [&](gnlc::FileReport& report) { reports.push_back(std::move(report)); };
    for (std::size_t i = 0; i < files.size(); ++i)
      batch.add(check_application(files[i].first, files[i].second, context(after_the_call)), i, emit);
    batch.finish(emit);
    REQUIRE(reports.size() == files.size());
    std::vector<Lines> out;
    for (std::size_t i = 0; i < reports.size(); ++i) {
      CHECK(reports[i].path == files[i].first);
      out.push_back(summary(reports[i]));
    }
    return std::pair{out, reports};
  };
  const std::string sonderborg(valid_application);
  const std::string aarhus =
      replaced(replaced(sonderborg, "name = \"S\u00F8nderborg\"", "name = \"Aarhus\""), "priority = 1", "priority = 2");

  SUBCASE("the same city twice: reported on the later file only") {
    const std::string again =
        replaced(replaced(sonderborg, "name = \"S\u00F8nderborg\"", "name = \"  S\u00D8NDERBORG \""),
                 "country = \"DK\"", "country = \"Denmark\"");
    const auto [out, reports] = run({{"a.toml", sonderborg}, {"b.toml", aarhus}, {"c.toml", again}});
    CHECK(out[0].empty());
    CHECK(out[1].empty());
    CHECK(out[2] == Lines{"error duplicate-application 5:8"});
    CHECK(reports[2].diagnostics.at(0).message == "S\u00D8NDERBORG (DK) applies twice to the 2025 call in this batch");
    CHECK(reports[2].diagnostics.at(0).hint == "the first application is a.toml");
  }

  SUBCASE("look-alike names are the same city") {
    const std::string hidden = replaced(sonderborg, "name = \"S\u00F8nderborg\"", "name = \"S\u00F8n\u200Bderborg\"");
    const auto [out, reports] = run({{"a.toml", sonderborg}, {"b.toml", hidden}});
    CHECK(out[1] == Lines{"error duplicate-application 5:8"});
  }

  SUBCASE("the same city in two calls is a re-application") {
    const auto [out, reports] = run({{"2023/a.toml", in_2023(sonderborg)}, {"2025/a.toml", sonderborg}});
    CHECK(out[0].empty());
    CHECK(out[1].empty());
  }

  SUBCASE("submission-cap: beyond the call's cap, in order of forwarding") {
    // Four endorsed Danish applications to the 2023 call (cap 3); d.toml was
    // forwarded first, a.toml last, so a.toml is beyond the cap.
    const std::string base = in_2023(sonderborg);
    const auto forwarded = [&](std::string_view city, int priority, std::string_view day) {
      return replaced(named(base, city, priority), "forwarded = 2023-06-23", fmt::format("forwarded = {}", day));
    };
    const auto [out, reports] = run({{"a.toml", forwarded("Aalborg", 1, "2023-06-28")},
                                     {"b.toml", forwarded("Aarhus", 2, "2023-06-24")},
                                     {"c.toml", forwarded("Odense", 3, "2023-06-24")},
                                     {"d.toml", forwarded("Vejle", 4, "2023-06-21")}});
    CHECK(out == std::vector<Lines>{{"warning submission-cap 54:12"}, {}, {}, {}});
    CHECK(reports[0].diagnostics.at(0).message ==
          "4 endorsed applications of DK in the 2023 call; a National Commission sends at most 3");
    CHECK(reports[0].diagnostics.at(0).hint == "in order of forwarding, the 3 within the cap: d.toml, b.toml, c.toml");
    // Three are within the cap; the same four in the 2025 call (no cap) too.
    CHECK(run({{"a.toml", forwarded("Aalborg", 1, "2023-06-28")},
               {"b.toml", forwarded("Aarhus", 2, "2023-06-24")},
               {"c.toml", forwarded("Odense", 3, "2023-06-24")}})
              .first == std::vector<Lines>{{}, {}, {}});
    CHECK(run({{"a.toml", named(sonderborg, "Aalborg", 1)},
               {"b.toml", named(sonderborg, "Aarhus", 2)},
               {"c.toml", named(sonderborg, "Odense", 3)},
               {"d.toml", named(sonderborg, "Vejle", 4)}})
              .first == std::vector<Lines>{{}, {}, {}, {}});
    // A not-endorsed application does not count.
    CHECK(run({{"a.toml", forwarded("Aalborg", 1, "2023-06-28")},
               {"b.toml", forwarded("Aarhus", 2, "2023-06-24")},
               {"c.toml", forwarded("Odense", 3, "2023-06-24")},
               {"d.toml", replaced(forwarded("Vejle", 4, "2023-06-21"), "decision = \"endorsed\"",
                                   "decision = \"not-endorsed\"")}})
              .first[0]
              .empty());
  }

  SUBCASE("the same name in another country is another city") {
    const std::string swedish = replaced(sonderborg, "country = \"DK\"", "country = \"SE\"");
    const auto [out, reports] = run({{"a.toml", sonderborg}, {"b.toml", swedish}});
    CHECK(out[1].empty());
  }

  SUBCASE("the same priority twice in one country and call") {
    const std::string odense = replaced(sonderborg, "name = \"S\u00F8nderborg\"", "name = \"Odense\"");
    const auto [out, reports] = run({{"a.toml", sonderborg}, {"b.toml", aarhus}, {"c.toml", odense}});
    CHECK(out[0].empty());
    CHECK(out[1].empty());
    CHECK(out[2] == Lines{"error duplicate-priority 55:12"});
    CHECK(reports[2].diagnostics.at(0).hint == "the other application is a.toml");
  }

  SUBCASE("files without a city or a country are left alone") {
    const std::string broken = replaced(sonderborg, "country = \"DK\"", "country = \"Atlantis\"");
    const auto [out, reports] = run({{"a.toml", broken}, {"b.toml", broken}});
    CHECK(out[0] == Lines{"error unknown-country 6:11"});
    CHECK(out[1] == Lines{"error unknown-country 6:11"});
  }
}

TEST_CASE("content_rules: the same diagnostics in any order") {
  // Each rule reads a const Subject and returns its own diagnostics, so the
  // order they run in may change only the order of what they find.
  const auto key = [](const gnlc::Diagnostic& d) {
    return fmt::format("{}:{} {} {} | {} | {}", d.position.line, d.position.column, severity_name(d.severity), d.rule,
                       d.message, d.hint);
  };
  const auto run = [&](const gnlc::rules::Subject& subject, std::vector<gnlc::rules::Rule> order) {
    Lines found;
    for (const gnlc::rules::Rule rule : order)
      for (const gnlc::Diagnostic& d : rule(subject)) found.push_back(key(d));
    std::sort(found.begin(), found.end());
    return found;
  };
  const auto rules = gnlc::rules::content_rules();
  std::vector<gnlc::rules::Rule> forward(rules.begin(), rules.end()), backward(rules.rbegin(), rules.rend());
  std::vector<gnlc::rules::Rule> rotated = forward;
  std::rotate(rotated.begin(), rotated.begin() + 3, rotated.end());
  REQUIRE(forward.size() == 7u);

  const std::filesystem::path source(GNLC_SOURCE_DIR);
  const auto registry = gnlc::parse_registry(gnlc::test::read_file((source / "examples/registry.toml").string()),
                                             Countries::builtin(), Calendar::builtin());
  REQUIRE(registry.registry);
  int files = 0, with_findings = 0;
  for (const char* dir : {"tests/data/applications", "examples/applications"})
    for (const auto& entry : std::filesystem::recursive_directory_iterator(source / dir)) {
      if (entry.path().extension() != ".toml") continue;
      const auto parsed = gnlc::parse_application(gnlc::test::read_file(entry.path().string()));
      if (!parsed.application) continue;
      CAPTURE(entry.path());
      for (const gnlc::Day as_of : {make_day(2025, 6, 1), make_day(2026, 1, 1)}) {
        const CheckContext checking = context(as_of, &*registry.registry);
        const auto subject = gnlc::rules::make_subject(*parsed.application, checking);
        const Lines expected = run(subject, forward);
        CHECK(run(subject, backward) == expected);
        CHECK(run(subject, rotated) == expected);
        with_findings += expected.empty() ? 0 : 1;
      }
      ++files;
    }
  CHECK(files > 100);
  CHECK(with_findings > 100);  // the rules found something to compare
}
