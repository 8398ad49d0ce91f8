// The Europe/Berlin day natively: date's time-zone library and the
// system's tz database.
#include <gnlc/dates.hpp>

#include <date/tz.h>

namespace gnlc {

Day coordination_day(std::chrono::sys_seconds instant) {
  static const date::time_zone* zone = date::locate_zone(coordination_time_zone);
  const auto local = date::make_zoned(zone, instant).get_local_time();
  return Day{date::floor<date::days>(local).time_since_epoch()};
}

Day coordination_today() {
  return coordination_day(date::floor<std::chrono::seconds>(std::chrono::system_clock::now()));
}

}  // namespace gnlc
