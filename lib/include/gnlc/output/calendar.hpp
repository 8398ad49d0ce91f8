// `gnlc calendar` output: the calls (all, or one in detail) or the report
// rounds, as text, json and iCalendar, and the calendar file itself.
#pragma once

#include <gnlc/calendar.hpp>
#include <gnlc/output/formats.hpp>

#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace gnlc::output {

struct CalendarListing {
  const Calendar* calendar = nullptr;
  std::vector<const Call*> calls;  // every call, or the one of YEAR
  bool one_call = false;           // YEAR: that call in detail
  bool rounds_only = false;        // --report-rounds
  std::optional<Day> on;           // the phase of each call on this day
  Day stamp;                       // the as-of day, iCalendar's DTSTAMP
  std::string_view toml;           // the calendar file as read, for --format toml
};

std::span<const Format<CalendarListing>> calendar_formats();

}  // namespace gnlc::output
