// One time zone read from its TZif file (RFC 8536), usable as a time zone
// by date's zoned_time (date's "custom time zone" interface).
#pragma once

#include <date/date.h>

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace gnlc::time_zone {

struct PosixRule;

class ZoneFile {
 public:
  // Throws std::runtime_error naming the file when it cannot be read or
  // is not a TZif file of version 2 or later.
  static ZoneFile read(const std::string& path);
  static std::optional<ZoneFile> parse(std::string_view bytes);

  // The UTC offset at an instant: from the file's transitions, then from
  // its POSIX TZ rule (a "slim" file stops listing transitions early).
  std::chrono::seconds offset_at(date::sys_seconds instant) const;

  // What zoned_time asks of a time zone to convert from UTC.
  template <class Duration>
  auto to_local(date::sys_time<Duration> instant) const {
    using Local = date::local_time<std::common_type_t<Duration, std::chrono::seconds>>;
    return Local{(instant + offset_at(date::floor<std::chrono::seconds>(instant))).time_since_epoch()};
  }

 private:
  struct Transition {
    date::sys_seconds at;
    std::chrono::seconds offset;
  };
  std::vector<Transition> transitions_;
  std::chrono::seconds before_first_{0};
  std::shared_ptr<const PosixRule> rule_;
};

}  // namespace gnlc::time_zone
