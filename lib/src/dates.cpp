#include <gnlc/dates.hpp>

#include <algorithm>

#include <fmt/format.h>

namespace gnlc {
namespace {

bool is_digits(std::string_view text) {
  for (char c : text)
    if (c < '0' || c > '9') return false;
  return !text.empty();
}

unsigned to_number(std::string_view digits) {
  unsigned value = 0;
  for (char c : digits) value = value * 10 + unsigned(c - '0');
  return value;
}

date::year_month_day last_day_if_invalid(date::year_month_day ymd) {
  if (ymd.ok()) return ymd;
  return date::year_month_day{date::year_month_day_last{ymd.year(), date::month_day_last{ymd.month()}}};
}

}  // namespace

std::optional<Day> parse_iso_day(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  const std::string_view y = text.substr(0, 4), m = text.substr(5, 2), d = text.substr(8, 2);
  if (!is_digits(y) || !is_digits(m) || !is_digits(d)) return std::nullopt;
  const date::year_month_day ymd{date::year{int(to_number(y))}, date::month{to_number(m)}, date::day{to_number(d)}};
  if (!ymd.ok()) return std::nullopt;
  return Day{ymd};
}

Day writable_day(Day day) {
  static constexpr Day first = date::year{1} / 1 / 1;
  static constexpr Day last = date::year{9999} / 12 / 31;
  return std::clamp(day, first, last);
}

std::string format_iso_day(Day day) {
  // Called for every row of a registry report: written by hand, not by fmt.
  const date::year_month_day ymd{writable_day(day)};
  const auto digit = [](unsigned value) { return char('0' + value % 10); };
  const auto y = unsigned(int(ymd.year())), m = unsigned(ymd.month()), d = unsigned(ymd.day());
  return {digit(y / 1000), digit(y / 100), digit(y / 10), digit(y),      '-',
          digit(m / 10),   digit(m),       '-',           digit(d / 10), digit(d)};
}

std::string format_compact_day(Day day) {
  std::string iso = format_iso_day(day);
  std::erase(iso, '-');
  return iso;
}

std::string format_day_with_weekday(Day day) {
  static constexpr const char* names[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  return fmt::format("{} ({})", format_iso_day(day), names[date::weekday{day}.c_encoding()]);
}

Day add_years(Day day, int years) {
  const date::year_month_day ymd{day};
  return Day{last_day_if_invalid(ymd + date::years{years})};
}

Day one_month_after(Day day) {
  const date::year_month_day ymd{day};
  const date::year_month_day next = ymd + date::months{1};
  const bool last_of_month =
      ymd.day() == date::year_month_day_last{ymd.year(), date::month_day_last{ymd.month()}}.day();
  if (last_of_month) return Day{date::year_month_day_last{next.year(), date::month_day_last{next.month()}}};
  return Day{last_day_if_invalid(next)};
}

}  // namespace gnlc
