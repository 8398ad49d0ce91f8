// dates: strict ISO days, year and month arithmetic with the domain's
// month-end rules, and the calendar day in Europe/Berlin.
#include <doctest/doctest.h>
#include <gnlc/dates.hpp>

#include <chrono>
#include <optional>

using gnlc::add_years;
using gnlc::coordination_day;
using gnlc::Day;
using gnlc::make_day;
using gnlc::one_month_after;
using gnlc::parse_iso_day;

namespace {
constexpr std::optional<Day> invalid = std::nullopt;

// An instant given in UTC.
std::chrono::sys_seconds utc(int year, unsigned month, unsigned day, int hour, int minute) {
  return make_day(year, month, day) + std::chrono::hours{hour} + std::chrono::minutes{minute};
}
}  // namespace

TEST_CASE("parse_iso_day") {
  CHECK(parse_iso_day("2025-06-15") == make_day(2025, 6, 15));
  CHECK(parse_iso_day("2025-01-01") == make_day(2025, 1, 1));
  CHECK(parse_iso_day("2025-12-31") == make_day(2025, 12, 31));
  CHECK(parse_iso_day("0001-01-01") == make_day(1, 1, 1));
  // 29 February exists in leap years only.
  CHECK(parse_iso_day("2024-02-29") == make_day(2024, 2, 29));
  CHECK(parse_iso_day("2025-02-29") == invalid);
  CHECK(parse_iso_day("2000-02-29") == make_day(2000, 2, 29));
  CHECK(parse_iso_day("1900-02-29") == invalid);
  // Days and months out of range.
  CHECK(parse_iso_day("2025-02-30") == invalid);
  CHECK(parse_iso_day("2025-04-31") == invalid);
  CHECK(parse_iso_day("2025-13-01") == invalid);
  CHECK(parse_iso_day("2025-00-10") == invalid);
  CHECK(parse_iso_day("2025-01-00") == invalid);
  CHECK(parse_iso_day("2025-01-32") == invalid);
  // Exactly YYYY-MM-DD: no other width, separator, sign or suffix.
  CHECK(parse_iso_day("") == invalid);
  CHECK(parse_iso_day("2025-6-15") == invalid);
  CHECK(parse_iso_day("2025-06-5") == invalid);
  CHECK(parse_iso_day("25-06-15") == invalid);
  CHECK(parse_iso_day("20250615") == invalid);
  CHECK(parse_iso_day("2025/06/15") == invalid);
  CHECK(parse_iso_day("2025-06-15 ") == invalid);
  CHECK(parse_iso_day(" 2025-06-15") == invalid);
  CHECK(parse_iso_day("2025-06-15T00:00") == invalid);
  CHECK(parse_iso_day("+025-06-15") == invalid);
  CHECK(parse_iso_day("2025-+6-15") == invalid);
  CHECK(parse_iso_day("2025-06-1x") == invalid);
  CHECK(parse_iso_day("\xEF\xBC\x92"
                      "025-06-15") == invalid);  // a fullwidth digit
}

TEST_CASE("format_iso_day") {
  CHECK(gnlc::format_iso_day(make_day(2025, 6, 15)) == "2025-06-15");
  CHECK(gnlc::format_iso_day(make_day(2024, 2, 29)) == "2024-02-29");
  CHECK(gnlc::format_iso_day(make_day(987, 1, 2)) == "0987-01-02");
}

TEST_CASE("format_compact_day") {
  CHECK(gnlc::format_compact_day(make_day(2025, 6, 15)) == "20250615");
  CHECK(gnlc::format_compact_day(make_day(2025, 1, 2)) == "20250102");
}

TEST_CASE("year_of") {
  CHECK(gnlc::year_of(make_day(2025, 12, 31)) == 2025);
  CHECK(gnlc::year_of(make_day(2026, 1, 1)) == 2026);
}

TEST_CASE("days_between") {
  CHECK(gnlc::days_between(make_day(2025, 6, 5), make_day(2025, 6, 15)) == 10);
  CHECK(gnlc::days_between(make_day(2025, 6, 15), make_day(2025, 6, 5)) == -10);
  CHECK(gnlc::days_between(make_day(2024, 2, 28), make_day(2024, 3, 1)) == 2);
  CHECK(gnlc::days_between(make_day(2025, 2, 28), make_day(2025, 3, 1)) == 1);
  CHECK(gnlc::days_between(make_day(2025, 1, 1), make_day(2025, 1, 1)) == 0);
}

TEST_CASE("add_years") {
  CHECK(add_years(make_day(2020, 9, 23), 2) == make_day(2022, 9, 23));
  CHECK(add_years(make_day(2025, 3, 1), 1) == make_day(2026, 3, 1));
  CHECK(add_years(make_day(2025, 2, 28), 1) == make_day(2026, 2, 28));
  // From 29 February: to a leap year it stays, to a common year it is the 28th.
  CHECK(add_years(make_day(2024, 2, 29), 4) == make_day(2028, 2, 29));
  CHECK(add_years(make_day(2024, 2, 29), 1) == make_day(2025, 2, 28));
  CHECK(add_years(make_day(2024, 2, 29), 2) == make_day(2026, 2, 28));
  CHECK(add_years(make_day(2024, 2, 29), -1) == make_day(2023, 2, 28));
  CHECK(add_years(make_day(2096, 2, 29), 4) == make_day(2100, 2, 28));  // 2100 is not a leap year
  CHECK(add_years(make_day(1996, 2, 29), 4) == make_day(2000, 2, 29));  // 2000 is
  CHECK(add_years(make_day(2025, 6, 15), 0) == make_day(2025, 6, 15));
}

TEST_CASE("one_month_after") {
  // The cases domain.md spells out.
  CHECK(one_month_after(make_day(2025, 4, 30)) == make_day(2025, 5, 31));
  CHECK(one_month_after(make_day(2025, 5, 31)) == make_day(2025, 6, 30));
  CHECK(one_month_after(make_day(2025, 6, 15)) == make_day(2025, 7, 15));
  // The same day of the next month.
  CHECK(one_month_after(make_day(2025, 1, 15)) == make_day(2025, 2, 15));
  CHECK(one_month_after(make_day(2025, 3, 30)) == make_day(2025, 4, 30));
  CHECK(one_month_after(make_day(2025, 1, 28)) == make_day(2025, 2, 28));
  CHECK(one_month_after(make_day(2024, 2, 28)) == make_day(2024, 3, 28));  // not the last day in 2024
  // A month's last day maps to the next month's last day.
  CHECK(one_month_after(make_day(2025, 1, 31)) == make_day(2025, 2, 28));
  CHECK(one_month_after(make_day(2024, 1, 31)) == make_day(2024, 2, 29));
  CHECK(one_month_after(make_day(2025, 2, 28)) == make_day(2025, 3, 31));
  CHECK(one_month_after(make_day(2024, 2, 29)) == make_day(2024, 3, 31));
  CHECK(one_month_after(make_day(2025, 6, 30)) == make_day(2025, 7, 31));
  CHECK(one_month_after(make_day(2025, 11, 30)) == make_day(2025, 12, 31));
  CHECK(one_month_after(make_day(2020, 6, 30)) == make_day(2020, 7, 31));
  // A day the next month lacks maps to its last day.
  CHECK(one_month_after(make_day(2025, 1, 30)) == make_day(2025, 2, 28));
  CHECK(one_month_after(make_day(2024, 1, 30)) == make_day(2024, 2, 29));
  CHECK(one_month_after(make_day(2025, 1, 29)) == make_day(2025, 2, 28));
  // Across the year end.
  CHECK(one_month_after(make_day(2025, 12, 31)) == make_day(2026, 1, 31));
  CHECK(one_month_after(make_day(2025, 12, 15)) == make_day(2026, 1, 15));
}

TEST_CASE("coordination_day") {
  // Summer time (UTC+2): 22:30 UTC is already the next day in Berlin.
  CHECK(coordination_day(utc(2025, 6, 15, 22, 30)) == make_day(2025, 6, 16));
  CHECK(coordination_day(utc(2025, 6, 15, 21, 59)) == make_day(2025, 6, 15));
  CHECK(coordination_day(utc(2025, 6, 15, 22, 0)) == make_day(2025, 6, 16));
  // Winter time (UTC+1): 22:30 UTC is 23:30, the same day.
  CHECK(coordination_day(utc(2025, 1, 15, 22, 30)) == make_day(2025, 1, 15));
  CHECK(coordination_day(utc(2025, 1, 15, 22, 59)) == make_day(2025, 1, 15));
  CHECK(coordination_day(utc(2025, 1, 15, 23, 0)) == make_day(2025, 1, 16));
  // Around the switch to summer time at 01:00 UTC on 30 March 2025.
  CHECK(coordination_day(utc(2025, 3, 30, 0, 59)) == make_day(2025, 3, 30));   // 01:59 CET
  CHECK(coordination_day(utc(2025, 3, 30, 1, 0)) == make_day(2025, 3, 30));    // 03:00 CEST
  CHECK(coordination_day(utc(2025, 3, 29, 22, 59)) == make_day(2025, 3, 29));  // 23:59 CET
  CHECK(coordination_day(utc(2025, 3, 29, 23, 0)) == make_day(2025, 3, 30));   // 00:00 CET
  CHECK(coordination_day(utc(2025, 3, 30, 21, 59)) == make_day(2025, 3, 30));  // 23:59 CEST
  CHECK(coordination_day(utc(2025, 3, 30, 22, 0)) == make_day(2025, 3, 31));   // 00:00 CEST
  // Around the switch back at 01:00 UTC on 26 October 2025.
  CHECK(coordination_day(utc(2025, 10, 25, 21, 59)) == make_day(2025, 10, 25));  // 23:59 CEST
  CHECK(coordination_day(utc(2025, 10, 25, 22, 0)) == make_day(2025, 10, 26));   // 00:00 CEST
  CHECK(coordination_day(utc(2025, 10, 26, 22, 59)) == make_day(2025, 10, 26));  // 23:59 CET
  CHECK(coordination_day(utc(2025, 10, 26, 23, 0)) == make_day(2025, 10, 27));   // 00:00 CET
  // A deadline instant: 30 April 23:30 at UTC-5 is 1 May in Berlin.
  CHECK(coordination_day(utc(2025, 5, 1, 4, 30)) == make_day(2025, 5, 1));
  // The year end.
  CHECK(coordination_day(utc(2025, 12, 31, 23, 0)) == make_day(2026, 1, 1));
  CHECK(coordination_day(utc(2025, 12, 31, 22, 59)) == make_day(2025, 12, 31));
}

TEST_CASE("writable_day") {
  CHECK(gnlc::format_iso_day(gnlc::Day{date::year{10001} / 6 / 1}) == "9999-12-31");
  CHECK(gnlc::format_iso_day(gnlc::Day{date::year{0} / 6 / 1}) == "0001-01-01");
  CHECK(gnlc::format_iso_day(gnlc::Day{date::year{-44} / 3 / 15}) == "0001-01-01");
  CHECK(gnlc::format_iso_day(gnlc::Day{date::year{9999} / 12 / 31}) == "9999-12-31");
  CHECK(gnlc::format_iso_day(gnlc::Day{date::year{1} / 1 / 1}) == "0001-01-01");
  CHECK(gnlc::format_compact_day(gnlc::Day{date::year{12000} / 1 / 1}) == "99991231");
}
