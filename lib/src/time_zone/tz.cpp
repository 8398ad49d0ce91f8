// The Europe/Berlin day natively: the zone's own file from the system's tz
// database, read through date's custom time-zone interface.
//
// date::locate_zone() would first build the whole database: it lists and
// stats every file under /usr/share/zoneinfo, some 2 million instructions
// and 700 system calls, more than the rest of a one-file check. gnlc needs
// one zone, so it reads that one TZif file (RFC 8536) and hands date a zone
// object of its own; date::zoned_time does the conversion as it would with
// a date::time_zone.
#include "zone_file.hpp"

#include <gnlc/dates.hpp>

#include <date/date.h>
#include <date/tz.h>

#include <fcntl.h>
#include <unistd.h>
#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace gnlc::time_zone {

using std::chrono::seconds;

// A POSIX TZ rule such as "CET-1CEST,M3.5.0,M10.5.0/3": the zone's offsets
// after the file's last transition (a "slim" TZif file stops in 2007).
struct PosixRule {
  seconds standard{0};
  std::optional<seconds> daylight;  // with the two changes below
  struct Change {
    unsigned month = 0, week = 0, weekday = 0;
    seconds time{7200};
  } to_daylight, to_standard;

  // The UTC offset at an instant.
  seconds offset_at(date::sys_seconds instant) const {
    if (!daylight) return standard;
    const auto year = date::year_month_day(date::floor<date::days>(instant + standard)).year();
    const auto begins = local_instant(year, to_daylight) - standard;
    const auto ends = local_instant(year, to_standard) - *daylight;
    const bool in_daylight =
        begins < ends ? (begins <= instant && instant < ends) : !(ends <= instant && instant < begins);
    return in_daylight ? *daylight : standard;
  }

 private:
  static date::sys_seconds local_instant(date::year year, const Change& change) {
    const date::weekday weekday{change.weekday};
    const date::month month{change.month};
    const date::sys_days day = change.week == 5 ? date::sys_days(year / month / weekday[date::last])
                                                : date::sys_days(year / month / weekday[change.week]);
    return day + change.time;
  }
};

namespace {

// Parses the parts of a POSIX TZ string that tzdata writes: names (plain or
// <quoted>), [+-]hh[:mm[:ss]] offsets (west positive) and Mm.w.d[/time]
// rules. Anything else returns nullopt: the zone then keeps its last offset.
class PosixParser {
 public:
  explicit PosixParser(std::string_view text) : text_(text) {}

  std::optional<PosixRule> parse() {
    PosixRule rule;
    if (!name()) return std::nullopt;
    const auto standard = offset();
    if (!standard) return std::nullopt;
    rule.standard = -*standard;
    if (at_end()) return rule;
    if (!name()) return std::nullopt;
    rule.daylight = rule.standard + seconds(3600);
    if (!at_end() && peek() != ',') {
      const auto daylight = offset();
      if (!daylight) return std::nullopt;
      rule.daylight = -*daylight;
    }
    if (!take(',') || !change(rule.to_daylight) || !take(',') || !change(rule.to_standard) || !at_end())
      return std::nullopt;
    return rule;
  }

 private:
  bool at_end() const { return pos_ == text_.size(); }
  char peek() const { return at_end() ? '\0' : text_[pos_]; }
  bool take(char c) {
    if (peek() != c) return false;
    ++pos_;
    return true;
  }
  std::optional<long> number() {
    long value = 0;
    const std::size_t start = pos_;
    while (!at_end() && peek() >= '0' && peek() <= '9' && pos_ - start < 4) value = value * 10 + (text_[pos_++] - '0');
    return pos_ > start ? std::optional<long>(value) : std::nullopt;
  }
  bool name() {
    const std::size_t start = pos_;
    if (take('<')) {
      while (!at_end() && peek() != '>') ++pos_;
      return take('>') && pos_ - start > 2;
    }
    while (!at_end() && ((peek() >= 'A' && peek() <= 'Z') || (peek() >= 'a' && peek() <= 'z'))) ++pos_;
    return pos_ - start >= 3;
  }
  std::optional<seconds> offset() {
    const bool negative = take('-');
    if (!negative) take('+');
    const auto hours = number();
    if (!hours) return std::nullopt;
    long total = *hours * 3600;
    if (take(':')) {
      const auto minutes = number();
      if (!minutes) return std::nullopt;
      total += *minutes * 60;
      if (take(':')) {
        const auto secs = number();
        if (!secs) return std::nullopt;
        total += *secs;
      }
    }
    return seconds(negative ? -total : total);
  }
  bool change(PosixRule::Change& change) {
    if (!take('M')) return false;
    const auto month = number();
    if (!month || !take('.')) return false;
    const auto week = number();
    if (!week || !take('.')) return false;
    const auto weekday = number();
    if (!weekday || *month < 1 || *month > 12 || *week < 1 || *week > 5 || *weekday > 6) return false;
    change.month = unsigned(*month);
    change.week = unsigned(*week);
    change.weekday = unsigned(*weekday);
    if (take('/')) {
      const auto time = offset();
      if (!time) return false;
      change.time = *time;
    }
    return true;
  }

  std::string_view text_;
  std::size_t pos_ = 0;
};

}  // namespace

ZoneFile ZoneFile::read(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    throw std::runtime_error("cannot read the time zone " + std::string(coordination_time_zone) + " from '" + path +
                             "': is the tzdata package installed?");
  std::string bytes;
  char buffer[4096];
  ssize_t n;
  // A TZif file is a few KiB; 1 MiB is far past any real one.
  while ((n = ::read(fd, buffer, sizeof buffer)) > 0 && bytes.size() < (1u << 20)) bytes.append(buffer, size_t(n));
  ::close(fd);
  auto zone = parse(bytes);
  if (!zone) throw std::runtime_error("'" + path + "' is not a TZif time-zone file");
  return std::move(*zone);
}

seconds ZoneFile::offset_at(date::sys_seconds instant) const {
  const auto after = std::upper_bound(transitions_.begin(), transitions_.end(), instant,
                                      [](date::sys_seconds t, const Transition& tr) { return t < tr.at; });
  if (after == transitions_.end() && rule_) return rule_->offset_at(instant);
  if (after == transitions_.begin()) return before_first_;
  return std::prev(after)->offset;
}

namespace {

std::uint64_t big_endian(std::string_view bytes, std::size_t at, std::size_t width) {
  std::uint64_t value = 0;
  for (std::size_t i = 0; i < width; ++i) value = value << 8 | static_cast<unsigned char>(bytes[at + i]);
  return value;
}

}  // namespace

// The version-2 (64-bit) data block, which follows a version-1 block that
// only older readers need.
std::optional<ZoneFile> ZoneFile::parse(std::string_view bytes) {
  constexpr std::size_t header = 44;
  const auto counts = [&](std::size_t at) {
    std::array<std::uint64_t, 6> c{};
    for (std::size_t i = 0; i < 6; ++i) c[i] = big_endian(bytes, at + 20 + 4 * i, 4);
    return c;  // isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt
  };
  const auto block_size = [](const std::array<std::uint64_t, 6>& c, std::size_t time_size) {
    return c[3] * time_size + c[3] + c[4] * 6 + c[5] + c[2] * (time_size + 4) + c[1] + c[0];
  };
  if (bytes.size() < header || !bytes.starts_with("TZif") || bytes[4] < '2') return std::nullopt;
  const std::uint64_t second_header = header + block_size(counts(0), 4);
  if (bytes.size() < second_header + header) return std::nullopt;
  const auto c = counts(second_header);
  const std::uint64_t data = second_header + header;
  if (c[4] == 0 || c[4] > 256 || c[3] > 100'000 || bytes.size() < data + block_size(c, 8)) return std::nullopt;

  ZoneFile zone;
  const std::uint64_t types_at = data + c[3] * 9;
  std::vector<seconds> type_offsets(c[4]);
  std::vector<bool> type_is_dst(c[4]);
  for (std::size_t i = 0; i < c[4]; ++i) {
    type_offsets[i] = seconds(std::int32_t(big_endian(bytes, types_at + 6 * i, 4)));
    type_is_dst[i] = bytes[types_at + 6 * i + 4] != 0;
  }
  zone.transitions_.reserve(c[3]);
  for (std::size_t i = 0; i < c[3]; ++i) {
    const auto at = date::sys_seconds(seconds(std::int64_t(big_endian(bytes, data + 8 * i, 8))));
    const auto type = static_cast<unsigned char>(bytes[data + c[3] * 8 + i]);
    if (type >= c[4] || (!zone.transitions_.empty() && at <= zone.transitions_.back().at)) return std::nullopt;
    zone.transitions_.push_back({at, type_offsets[type]});
  }
  // RFC 8536 3.2: before the first transition, the first standard type.
  const auto standard = std::find(type_is_dst.begin(), type_is_dst.end(), false);
  zone.before_first_ = type_offsets[standard == type_is_dst.end() ? 0 : std::size_t(standard - type_is_dst.begin())];

  const std::string_view footer = bytes.substr(data + block_size(c, 8));
  if (footer.size() >= 2 && footer.front() == '\n') {
    const std::size_t end = footer.find('\n', 1);
    if (end != std::string_view::npos) {
      if (auto rule = PosixParser(footer.substr(1, end - 1)).parse()) zone.rule_ = std::make_shared<PosixRule>(*rule);
    }
  }
  return zone;
}

}  // namespace gnlc::time_zone

namespace gnlc {
namespace {

using time_zone::ZoneFile;

const ZoneFile& coordination_zone() {
  static const ZoneFile zone = [] {
    const char* directory = std::getenv("TZDIR");
    return ZoneFile::read(std::string(directory && *directory ? directory : "/usr/share/zoneinfo") + "/" +
                          std::string(coordination_time_zone));
  }();
  return zone;
}

}  // namespace

Day coordination_day(std::chrono::sys_seconds instant) {
  const auto local =
      date::zoned_time<std::chrono::seconds, const ZoneFile*>(&coordination_zone(), instant).get_local_time();
  return Day{date::floor<date::days>(local).time_since_epoch()};
}

Day coordination_today() {
  return coordination_day(date::floor<std::chrono::seconds>(std::chrono::system_clock::now()));
}

}  // namespace gnlc
