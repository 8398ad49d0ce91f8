// Calendar days and the coordination team's time zone. Every date in gnlc
// is a date::sys_days; arithmetic goes through Howard Hinnant's date
// library, with the month-end rules the domain needs made explicit.
#pragma once

#include <date/date.h>

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace gnlc {

using Day = date::sys_days;

// UIL is in Hamburg: every deadline is a calendar day in this zone.
inline constexpr std::string_view coordination_time_zone = "Europe/Berlin";

// Strict YYYY-MM-DD; nullopt for anything else, including 2025-02-30.
std::optional<Day> parse_iso_day(std::string_view text);
// Every date gnlc writes has four-digit years, as ISO 8601 without an
// agreement, JSON readers and iCalendar's DATE require: a day computed past
// 9999-12-31 (an admission in 9999 plus two years) is written as
// 9999-12-31, one before 0001-01-01 as 0001-01-01.
Day writable_day(Day day);
std::string format_iso_day(Day day);           // YYYY-MM-DD, of writable_day(day)
std::string format_compact_day(Day day);       // YYYYMMDD, for iCalendar
std::string format_day_with_weekday(Day day);  // "2025-06-15 (Sun)", for people

inline Day make_day(int year, unsigned month, unsigned day) {
  return Day{date::year{year} / date::month{month} / date::day{day}};
}
inline int year_of(Day day) { return int(date::year_month_day{day}.year()); }

// Adds whole years; 29 February becomes 28 February in a common year.
Day add_years(Day day, int years);

// "Up to one month after the period has ended" (domain.md): the same day
// of the next month; the last day of a month maps to the last day of the
// next month (30 April -> 31 May), and a day the next month lacks maps to
// its last day (31 January -> 28 or 29 February).
Day one_month_after(Day day);

// The calendar day in Europe/Berlin of an instant. Loads the time-zone
// database on first use only, so commands that never meet an offset
// date-time do not pay for it. These two functions are the library's only
// use of a time zone: natively date-tz (src/time_zone/tz.cpp), in
// WebAssembly the JavaScript engine's Intl (src/time_zone/intl.cpp).
Day coordination_day(std::chrono::sys_seconds instant);

// Today in Europe/Berlin.
Day coordination_today();

inline long days_between(Day from, Day to) { return long((to - from).count()); }

}  // namespace gnlc
