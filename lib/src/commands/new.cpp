#include "common.hpp"

#include <gnlc/application.hpp>
#include <gnlc/exit_codes.hpp>
#include <gnlc/util/unicode.hpp>

#include <fmt/format.h>

namespace gnlc {
namespace {

// The call a new application is for: the one open on the day, else the
// next to open; nullptr when the calendar knows none after the day.
const Call* call_open_or_next(const Calendar& calendar, Day day) {
  if (const Call* open = calendar.call_open_on(day)) return open;
  for (const Call& call : calendar.calls())
    if (call.opens > day) return &call;
  return nullptr;
}

std::string nearest_calls(const Calendar& calendar, int year) {
  const auto [before, after] = calendar.neighbours(year);
  if (before && after) return fmt::format("; the nearest are {} and {}", before->year, after->year);
  if (before) return fmt::format("; the latest known is {}", before->year);
  if (after) return fmt::format("; the first known is {}", after->year);
  return "";
}

}  // namespace

int run_new(const NewOptions& options, Console& console) {
  const auto as_of = commands::resolve_as_of(options.common, console);
  if (!as_of) return exit_code::usage_error;
  std::optional<Calendar> calendar_storage;
  const Calendar* calendar = commands::load_calendar(options.calendar, calendar_storage, console);
  if (calendar == nullptr) return exit_code::usage_error;
  if (calendar->calls().empty()) {
    commands::print_error(console, "the calendar has no call");
    return exit_code::usage_error;
  }
  const Call* call = nullptr;
  if (options.call) {
    call = calendar->find(*options.call);
    if (call == nullptr) {
      commands::print_error(console, fmt::format("there is no {} call in the calendar{}; add it with --calendar FILE",
                                                 *options.call, nearest_calls(*calendar, *options.call)));
      return exit_code::usage_error;
    }
  } else {
    call = call_open_or_next(*calendar, *as_of);
    if (call == nullptr) {
      call = &calendar->calls().back();
      console.err << fmt::format(
          "{}: note: no call is open or known to open after {}; the template is for the "
          "latest known call, {} (choose one with --call YEAR)\n",
          console.program, format_iso_day(*as_of), call->year);
    }
  }
  TemplateInput input{call->year, call->opens, call->closes, call->endorsement_deadline, {}, {}};
  if (options.city) {
    const std::string_view city = util::trim(*options.city);
    if (city.empty()) {
      commands::print_error(console, "--city: the name is empty");
      return exit_code::usage_error;
    }
    input.city = std::string(city);
  }
  if (options.country) {
    if (!commands::resolve_country_option(options.country, console)) return exit_code::usage_error;
    input.country = std::string(util::trim(*options.country));  // as the city writes it
  }
  return commands::with_output(
      options.common, console,
      [&](util::Writer& out) {
        out << application_template(input);
        return exit_code::success;
      },
      options.force);
}

}  // namespace gnlc
