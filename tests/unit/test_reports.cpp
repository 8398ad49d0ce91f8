// registry/reports: biennial due dates, the matching of received reports
// to them, and each member's status on a day (registry.md, "When a
// progress report is due").
#include <doctest/doctest.h>
#include <gnlc/countries.hpp>
#include <gnlc/reports.hpp>

#include <optional>
#include <string>
#include <vector>

using gnlc::Day;
using gnlc::DueDates;
using gnlc::make_day;
using gnlc::Member;
using gnlc::MemberStatus;
using gnlc::report_status;
using gnlc::ReportState;

namespace {
Member member(Day admitted, std::vector<Day> reports = {}, MemberStatus status = MemberStatus::active) {
  Member m;
  m.city = "S\u00F8nderborg";
  m.country = gnlc::Countries::builtin().by_alpha2("DK");
  m.admitted = admitted;
  m.call = gnlc::year_of(admitted);  // not used by the due dates
  m.status = status;
  m.reports = std::move(reports);  // sorted, as parse_registry leaves them
  return m;
}

// The whole status in one line: "state next_due days_overdue missed last_report".
const std::vector<gnlc::ReportRound> no_rounds;

std::string status(const Member& m, Day day, int due_within = gnlc::default_due_within_days,
                   const std::vector<gnlc::ReportRound>& rounds = no_rounds) {
  const auto s = report_status(m, day, rounds, due_within);
  return std::string(gnlc::report_state_name(s.state)) + " " + (s.next_due ? gnlc::format_iso_day(*s.next_due) : "-") +
         " " + std::to_string(s.days_overdue) + " " + std::to_string(s.missed) + " " +
         (s.last_report ? gnlc::format_iso_day(*s.last_report) : "-");
}

const Day admitted = make_day(2020, 9, 23);  // due 2022-09-23, 2024-09-23, 2026-09-23, ...
}  // namespace

TEST_CASE("DueDates without report rounds") {
  CHECK(DueDates(admitted, no_rounds).at(1) == make_day(2022, 9, 23));
  CHECK(DueDates(admitted, no_rounds).at(2) == make_day(2024, 9, 23));
  CHECK(DueDates(admitted, no_rounds).at(3) == make_day(2026, 9, 23));
  // Admitted on 29 February: the last day of February in common years.
  const Day leap = make_day(2020, 2, 29);
  CHECK(DueDates(leap, no_rounds).at(1) == make_day(2022, 2, 28));
  CHECK(DueDates(leap, no_rounds).at(2) == make_day(2024, 2, 29));
  CHECK(DueDates(leap, no_rounds).at(3) == make_day(2026, 2, 28));
  CHECK(DueDates(leap, no_rounds).at(4) == make_day(2028, 2, 29));
  // An odd-year admission on 29 February cannot happen; 28 February stays.
  CHECK(DueDates(make_day(2021, 2, 28), no_rounds).at(1) == make_day(2023, 2, 28));
  CHECK(DueDates(make_day(2019, 2, 28), no_rounds).at(1) == make_day(2021, 2, 28));
  CHECK(DueDates(make_day(2022, 2, 28), no_rounds).at(1) == make_day(2024, 2, 28));  // not moved to the 29th
}

TEST_CASE("report_state_name") {
  CHECK(gnlc::report_state_name(ReportState::overdue) == "overdue");
  CHECK(gnlc::report_state_name(ReportState::due_soon) == "due-soon");
  CHECK(gnlc::report_state_name(ReportState::ok) == "ok");
  CHECK(gnlc::report_state_name(ReportState::inactive) == "inactive");
}

TEST_CASE("report_status") {
  const Member none = member(admitted);

  // The due-soon window: `due_within` days long, starting on the as-of day.
  CHECK(status(none, make_day(2021, 1, 1)) == "ok 2022-09-23 0 0 -");
  CHECK(status(none, make_day(2022, 7, 25)) == "ok 2022-09-23 0 0 -");        // due on as-of + 60: outside
  CHECK(status(none, make_day(2022, 7, 26)) == "due-soon 2022-09-23 0 0 -");  // due on as-of + 59: the last day
  CHECK(status(none, make_day(2022, 9, 22)) == "due-soon 2022-09-23 0 0 -");
  CHECK(status(none, make_day(2022, 9, 23)) == "due-soon 2022-09-23 0 0 -");  // due today: not overdue yet
  CHECK(status(none, make_day(2022, 9, 24)) == "overdue 2022-09-23 1 1 -");
  CHECK(status(none, make_day(2023, 1, 9)) == "overdue 2022-09-23 108 1 -");
  // Two missed periods: missed counts both, days overdue run from the earliest.
  CHECK(status(none, make_day(2024, 9, 23)) == "overdue 2022-09-23 731 1 -");
  CHECK(status(none, make_day(2024, 9, 24)) == "overdue 2022-09-23 732 2 -");
  CHECK(status(none, make_day(2026, 9, 24)) == "overdue 2022-09-23 1462 3 -");
  // Another window length.
  CHECK(status(none, make_day(2022, 9, 13), 10) == "ok 2022-09-23 0 0 -");
  CHECK(status(none, make_day(2022, 9, 14), 10) == "due-soon 2022-09-23 0 0 -");
  CHECK(status(none, make_day(2022, 9, 22), 1) == "ok 2022-09-23 0 0 -");
  CHECK(status(none, make_day(2022, 9, 23), 1) == "due-soon 2022-09-23 0 0 -");

  // A report on time settles the first due date; the next one counts.
  const Member on_time = member(admitted, {make_day(2022, 9, 1)});
  CHECK(status(on_time, make_day(2022, 9, 24)) == "ok 2024-09-23 0 0 2022-09-01");
  CHECK(status(on_time, make_day(2024, 7, 26)) == "due-soon 2024-09-23 0 0 2022-09-01");
  CHECK(status(on_time, make_day(2024, 9, 24)) == "overdue 2024-09-23 1 1 2022-09-01");
  // A report on the due date itself is on time.
  CHECK(status(member(admitted, {make_day(2022, 9, 23)}), make_day(2022, 9, 24)) == "ok 2024-09-23 0 0 2022-09-23");

  // An early report, while the due date is still in the future, settles it.
  const Member early = member(admitted, {make_day(2021, 5, 1)});
  CHECK(status(early, make_day(2021, 5, 1)) == "ok 2024-09-23 0 0 2021-05-01");
  CHECK(status(early, make_day(2022, 10, 1)) == "ok 2024-09-23 0 0 2021-05-01");

  // An extra report settles nothing: the second report arrived before the
  // first due date, which the first report had already settled.
  const Member extra = member(admitted, {make_day(2021, 5, 1), make_day(2021, 6, 1)});
  CHECK(status(extra, make_day(2024, 9, 24)) == "overdue 2024-09-23 1 1 2021-06-01");
  // The same on the previous due date itself: not after it.
  const Member on_previous = member(admitted, {make_day(2022, 1, 1), make_day(2022, 9, 23)});
  CHECK(status(on_previous, make_day(2024, 9, 24)) == "overdue 2024-09-23 1 1 2022-09-23");
  // One day later it settles the next due date early.
  const Member next_early = member(admitted, {make_day(2022, 1, 1), make_day(2022, 9, 24)});
  CHECK(status(next_early, make_day(2024, 9, 24)) == "ok 2026-09-23 0 0 2022-09-24");
  // A report on the admission day is not after the admission.
  CHECK(status(member(admitted, {admitted}), make_day(2022, 9, 24)) == "overdue 2022-09-23 1 1 2020-09-23");

  // A late report settles its due date late.
  const Member late = member(admitted, {make_day(2023, 1, 10)});
  CHECK(status(late, make_day(2023, 1, 10)) == "ok 2024-09-23 0 0 2023-01-10");
  // Reports dated after the as-of day have not arrived yet.
  CHECK(status(late, make_day(2023, 1, 9)) == "overdue 2022-09-23 108 1 -");
  CHECK(status(on_time, make_day(2022, 8, 31)) == "due-soon 2022-09-23 0 0 -");

  // A late report after two due dates settles the first only.
  const Member behind = member(make_day(2018, 3, 1), {make_day(2022, 6, 1)});  // due 2020-03-01, 2022-03-01, 2024-03-01
  CHECK(status(behind, make_day(2022, 5, 31)) == "overdue 2020-03-01 821 2 -");
  CHECK(status(behind, make_day(2022, 6, 1)) == "overdue 2022-03-01 92 1 2022-06-01");
  CHECK(status(behind, make_day(2024, 6, 1)) == "overdue 2022-03-01 823 2 2022-06-01");

  // Every report received on time, in any period.
  const Member diligent = member(admitted, {make_day(2022, 9, 1), make_day(2024, 9, 1), make_day(2026, 9, 1)});
  CHECK(status(diligent, make_day(2026, 9, 2)) == "ok 2028-09-23 0 0 2026-09-01");

  // Admitted on 29 February: due on 28 February in common years.
  const Member leap = member(make_day(2020, 2, 29));
  CHECK(status(leap, make_day(2022, 2, 28)) == "due-soon 2022-02-28 0 0 -");
  CHECK(status(leap, make_day(2022, 3, 1)) == "overdue 2022-02-28 1 1 -");
  const Member leap_reported = member(make_day(2020, 2, 29), {make_day(2022, 2, 1)});
  CHECK(status(leap_reported, make_day(2024, 2, 29)) == "due-soon 2024-02-29 0 0 2022-02-01");
  CHECK(status(leap_reported, make_day(2024, 3, 1)) == "overdue 2024-02-29 1 1 2022-02-01");

  // Members that are not active owe nothing.
  CHECK(status(member(admitted, {}, MemberStatus::suspended), make_day(2030, 1, 1)) == "inactive - 0 0 -");
  CHECK(status(member(admitted, {make_day(2022, 9, 1)}, MemberStatus::withdrawn), make_day(2030, 1, 1)) ==
        "inactive - 0 0 2022-09-01");
  CHECK(status(member(admitted, {make_day(2022, 9, 1)}, MemberStatus::withdrawn), make_day(2022, 8, 1)) ==
        "inactive - 0 0 -");
}

namespace {
const std::vector<gnlc::ReportRound>& uil_rounds() { return gnlc::Calendar::builtin().report_rounds(); }

std::string due_dates(Day admitted_on, int count, const std::vector<gnlc::ReportRound>& rounds = uil_rounds()) {
  const DueDates due(admitted_on, rounds);
  std::string out;
  for (int k = 1; k <= count; ++k)
    out += (k > 1 ? " " : "") + gnlc::format_iso_day(due.at(k)) + (due.round(k) ? "r" : "");
  return out;
}

gnlc::ReportRound round(Day deadline, std::optional<Day> from = std::nullopt,
                        std::optional<Day> before = std::nullopt) {
  gnlc::ReportRound r;
  r.deadline = deadline;
  r.admitted_from = from;
  r.admitted_before = before;
  return r;
}
}  // namespace

TEST_CASE("DueDates with UIL's report rounds") {
  REQUIRE(uil_rounds().size() == 2u);
  // The first round, 31 December 2021, for members admitted before September 2020.
  CHECK(due_dates(make_day(2019, 7, 17), 3) == "2021-12-31r 2023-12-31 2025-12-31");
  CHECK(due_dates(make_day(2020, 8, 31), 2) == "2021-12-31r 2023-12-31");
  // Rolling admissions of 2015-2018 owe no 2018 or 2020 report.
  CHECK(due_dates(make_day(2016, 9, 1), 2) == "2021-12-31r 2023-12-31");
  // The September 2020 joiners: 2 December 2022 (admitted_from, on and after).
  CHECK(due_dates(make_day(2020, 9, 1), 2) == "2022-12-02r 2024-12-02");
  CHECK(due_dates(make_day(2020, 9, 23), 2) == "2022-12-02r 2024-12-02");
  CHECK(due_dates(make_day(2020, 12, 31), 1) == "2022-12-02r");
  // admitted_before is exclusive: from then on, two years after admission.
  CHECK(due_dates(make_day(2021, 1, 1), 2) == "2023-01-01 2025-01-01");
  CHECK(due_dates(make_day(2022, 9, 2), 2) == "2024-09-02 2026-09-02");
}

TEST_CASE("DueDates: a round's deadline and 29 February") {
  const std::vector<gnlc::ReportRound> open_round{round(make_day(2021, 12, 31))};
  CHECK(due_dates(make_day(2021, 12, 30), 2, open_round) == "2021-12-31r 2023-12-31");
  // Admitted on the deadline: the round is not owed.
  CHECK(due_dates(make_day(2021, 12, 31), 2, open_round) == "2023-12-31 2025-12-31");
  // Biennial after a round that fell on 29 February.
  const std::vector<gnlc::ReportRound> leap_round{round(make_day(2024, 2, 29))};
  CHECK(due_dates(make_day(2023, 1, 1), 3, leap_round) == "2024-02-29r 2026-02-28 2028-02-29");
  // Two rounds owed, in deadline order.
  const std::vector<gnlc::ReportRound> two{round(make_day(2021, 12, 31)), round(make_day(2022, 6, 30))};
  CHECK(due_dates(make_day(2020, 1, 1), 3, two) == "2021-12-31r 2022-06-30r 2024-06-30");
}

TEST_CASE("report_status with report rounds") {
  const Day joined = make_day(2019, 7, 17);
  const auto with_rounds = [](const Member& m, Day day) {
    return status(m, day, gnlc::default_due_within_days, uil_rounds());
  };
  // No report: due-soon on the deadline itself, overdue the day after.
  CHECK(with_rounds(member(joined), make_day(2021, 12, 31)) == "due-soon 2021-12-31 0 0 -");
  CHECK(with_rounds(member(joined), make_day(2022, 1, 1)) == "overdue 2021-12-31 1 1 -");
  // A report on the round's deadline is on time; a day after, it is late but settles it.
  CHECK(with_rounds(member(joined, {make_day(2021, 12, 31)}), make_day(2022, 1, 1)) == "ok 2023-12-31 0 0 2021-12-31");
  CHECK(with_rounds(member(joined, {make_day(2022, 1, 1)}), make_day(2022, 1, 1)) == "ok 2023-12-31 0 0 2022-01-01");
  // A 2020 joiner who reported on 1 December 2022 is not late.
  CHECK(with_rounds(member(make_day(2020, 9, 23), {make_day(2022, 12, 1)}), make_day(2023, 1, 1)) ==
        "ok 2024-12-02 0 0 2022-12-01");
  // The round is named while its due date is the next one.
  const auto s = report_status(member(joined), make_day(2022, 1, 1), uil_rounds());
  REQUIRE(s.round != nullptr);
  CHECK(s.round->deadline == make_day(2021, 12, 31));
  CHECK(report_status(member(joined, {make_day(2021, 12, 1)}), make_day(2022, 1, 1), uil_rounds()).round == nullptr);
}
