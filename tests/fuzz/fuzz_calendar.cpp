// libFuzzer target: the calendar file parser and the phase computation.
#include <gnlc/calendar.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const gnlc::CalendarParse parsed = gnlc::parse_calendar(text);
  if (parsed.calendar)
    for (const gnlc::Call& call : parsed.calendar->calls()) {
      (void)gnlc::phase_on(call, gnlc::make_day(2025, 6, 5));
      (void)parsed.calendar->neighbours(call.year + 1);
    }
  return 0;
}
