// The Europe/Berlin zone read from its own TZif file agrees with date's
// tz database, and a "slim" file's POSIX rule gives the same offsets.
#include "time_zone/zone_file.hpp"

#include <doctest/doctest.h>
#include <gnlc/dates.hpp>

#include <date/tz.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

using gnlc::time_zone::ZoneFile;
using namespace std::chrono_literals;

namespace {

std::string zoneinfo() {
  const char* directory = std::getenv("TZDIR");
  return directory && *directory ? directory : "/usr/share/zoneinfo";
}

std::string read_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

void append_be(std::string& out, std::uint64_t value, int width) {
  for (int i = width - 1; i >= 0; --i) out.push_back(char((value >> (8 * i)) & 0xff));
}

// A version-2 TZif file with no transitions: one type and the footer rule.
std::string slim_file(std::string_view rule) {
  std::string block;
  append_be(block, 3600, 4);  // the one type: CET, UTC+1, not summer time
  block += std::string("\0\0CET\0", 6);
  std::string header = "TZif2" + std::string(15, '\0');
  for (std::uint64_t count : {0, 0, 0, 0, 1, 4}) append_be(header, count, 4);
  return header + block + header + block + "\n" + std::string(rule) + "\n";
}

}  // namespace

// date's reader of the system database stops at the file's last listed
// transition (2037 in Debian's "fat" files), so the two are compared up to
// there; later years come from the file's POSIX rule, tested below.
TEST_CASE("ZoneFile agrees with date's tz database on every Berlin transition, 1890 to 2037") {
  const ZoneFile zone = ZoneFile::read(zoneinfo() + "/Europe/Berlin");
  const auto* reference = date::locate_zone("Europe/Berlin");
  auto instant = date::sys_seconds(date::sys_days(date::year{1890} / 1 / 1));
  const auto end = date::sys_seconds(date::sys_days(date::year{2037} / 1 / 1));
  int transitions = 0;
  while (instant < end) {
    const date::sys_info info = reference->get_info(instant);
    for (auto at : {info.begin - 1s, info.begin, info.begin + 1s, info.begin + (info.end - info.begin) / 2})
      if (at >= date::sys_seconds(date::sys_days(date::year{1890} / 1 / 1)) && at < end)
        REQUIRE_MESSAGE(zone.offset_at(at) == reference->get_info(at).offset, date::format("%F %T UTC", at));
    instant = info.end;
    ++transitions;
  }
  CHECK(transitions > 2 * (2037 - 1980));  // summer time every year since 1980, and some before
  // After the listed transitions, the rule: summer time in July 2050.
  CHECK(zone.offset_at(date::sys_seconds(date::sys_days(date::year{2050} / 7 / 1))) == 2h);
  CHECK(zone.offset_at(date::sys_seconds(date::sys_days(date::year{2050} / 1 / 1))) == 1h);
}

TEST_CASE("ZoneFile: a slim file's POSIX rule") {
  const auto zone = ZoneFile::parse(slim_file("CET-1CEST,M3.5.0,M10.5.0/3"));
  REQUIRE(zone);
  const auto utc = [](int y, unsigned m, unsigned d, int h, int min) {
    return date::sys_seconds(date::sys_days(date::year{y} / m / d)) + std::chrono::hours{h} + std::chrono::minutes{min};
  };
  // 2025: summer time from 30 March 01:00 UTC to 26 October 01:00 UTC.
  CHECK(zone->offset_at(utc(2025, 3, 30, 0, 59)) == 1h);
  CHECK(zone->offset_at(utc(2025, 3, 30, 1, 0)) == 2h);
  CHECK(zone->offset_at(utc(2025, 10, 26, 0, 59)) == 2h);
  CHECK(zone->offset_at(utc(2025, 10, 26, 1, 0)) == 1h);
  // 2024, a leap year: 31 March and 27 October.
  CHECK(zone->offset_at(utc(2024, 3, 31, 0, 59)) == 1h);
  CHECK(zone->offset_at(utc(2024, 3, 31, 1, 0)) == 2h);
  CHECK(zone->offset_at(utc(2024, 10, 27, 0, 59)) == 2h);
  CHECK(zone->offset_at(utc(2024, 10, 27, 1, 0)) == 1h);
  CHECK(zone->offset_at(utc(2024, 12, 31, 23, 0)) == 1h);
  // A southern-hemisphere rule: summer time across the year end.
  const auto south = ZoneFile::parse(slim_file("<-03>3<-02>,M10.1.0/0,M2.3.0/0"));
  REQUIRE(south);
  CHECK(south->offset_at(utc(2025, 1, 15, 12, 0)) == -2h);
  CHECK(south->offset_at(utc(2025, 6, 15, 12, 0)) == -3h);
  // No rule: the last type stays.
  const auto fixed = ZoneFile::parse(slim_file("CET-1"));
  REQUIRE(fixed);
  CHECK(fixed->offset_at(utc(2025, 7, 1, 0, 0)) == 1h);
}

TEST_CASE("ZoneFile refuses what is not a TZif file") {
  CHECK_FALSE(ZoneFile::parse(""));
  CHECK_FALSE(ZoneFile::parse("TZif"));
  CHECK_FALSE(ZoneFile::parse("not a zone file at all, but long enough to hold a header of forty-four bytes"));
  std::string truncated = slim_file("CET-1");
  truncated.resize(60);
  CHECK_FALSE(ZoneFile::parse(truncated));
  const std::string real = read_bytes(zoneinfo() + "/Europe/Berlin");
  for (std::size_t size : {std::size_t(44), real.size() / 2, real.size() - 40})
    CHECK_FALSE(ZoneFile::parse(real.substr(0, size)));
  CHECK_THROWS_WITH_AS(ZoneFile::read("/nonexistent/Europe/Berlin"),
                       "cannot read the time zone Europe/Berlin from '/nonexistent/Europe/Berlin': is the tzdata "
                       "package installed?",
                       std::runtime_error);
}
