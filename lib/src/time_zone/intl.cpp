// The Europe/Berlin day in WebAssembly: date's time-zone library is
// compiled code with a database on disk, neither of which a browser has,
// but every browser and node carry the tz database behind
// Intl.DateTimeFormat.
#include <gnlc/dates.hpp>

#include <emscripten/val.h>

#include <string>

namespace gnlc {
namespace {

using emscripten::val;

const val& berlin_formatter() {
  static const val formatter = [] {
    val options = val::object();
    options.set("timeZone", std::string(coordination_time_zone));
    options.set("era", std::string("short"));
    options.set("year", std::string("numeric"));
    options.set("month", std::string("numeric"));
    options.set("day", std::string("numeric"));
    return val::global("Intl")["DateTimeFormat"].new_(std::string("en-US-u-ca-gregory-nu-latn"), options);
  }();
  return formatter;
}

}  // namespace

Day coordination_day(std::chrono::sys_seconds instant) {
  const double milliseconds = double(instant.time_since_epoch().count()) * 1000.0;
  const val parts = berlin_formatter().call<val>("formatToParts", val::global("Date").new_(milliseconds));
  int year = 0;
  unsigned month = 1, day = 1;
  bool before_common_era = false;
  const auto count = parts["length"].as<unsigned>();
  for (unsigned i = 0; i < count; ++i) {
    const val part = parts[i];
    const auto type = part["type"].as<std::string>();
    const auto value = part["value"].as<std::string>();
    if (type == "year")
      year = std::stoi(value);
    else if (type == "month")
      month = unsigned(std::stoul(value));
    else if (type == "day")
      day = unsigned(std::stoul(value));
    else if (type == "era")
      before_common_era = value == "BC" || value == "B";
  }
  // Intl counts years before 1 as 1 BC, 2 BC, ...; date counts 0, -1, ...
  if (before_common_era) year = 1 - year;
  return make_day(year, month, day);
}

Day coordination_today() {
  return coordination_day(std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()));
}

}  // namespace gnlc
