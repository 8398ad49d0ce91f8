#include "common.hpp"

#include "../rules/application_rules.hpp"

#include <gnlc/exit_codes.hpp>
#include <gnlc/output/calendar.hpp>

#include <fmt/format.h>

namespace gnlc {
namespace {

// The options that do not go together. false after an error message.
bool compatible(const CalendarOptions& options, std::string_view format, Console& console) {
  if (options.report_rounds && (options.year || options.on || format == "toml")) {
    commands::print_error(console, "--report-rounds lists the rounds alone; leave out YEAR, --on and --format toml");
    return false;
  }
  if (format == "toml" && (options.year || options.on)) {
    commands::print_error(console, "--format toml prints the whole calendar file; leave out YEAR and --on");
    return false;
  }
  return true;
}

}  // namespace

int run_calendar(const CalendarOptions& options, Console& console) {
  commands::Start<output::Format<output::CalendarListing>> start;
  if (!start.begin(options.common, output::calendar_formats(), console)) return exit_code::usage_error;
  output::CalendarListing listing;
  listing.stamp = start.as_of;
  if (options.on) {
    listing.on = parse_iso_day(*options.on);
    if (!listing.on) {
      commands::print_error(console, fmt::format("--on '{}' is not a date; write YYYY-MM-DD", *options.on));
      return exit_code::usage_error;
    }
  }
  // A calendar file is read once: standard input cannot be read twice.
  std::string text;
  if (!start.read_calendar(options.calendar, console, &text)) return exit_code::usage_error;
  listing.calendar = start.calendar;
  if (!compatible(options, start.format->info.name, console)) return exit_code::usage_error;
  listing.toml = options.calendar ? std::string_view(text) : Calendar::builtin_text();
  listing.rounds_only = options.report_rounds;
  listing.one_call = options.year.has_value();
  if (options.year) {
    const Call* call = listing.calendar->find(*options.year);
    if (call == nullptr) {
      commands::print_error(console, rules::no_call_in(*listing.calendar, *options.year));
      return exit_code::data_problems;
    }
    listing.calls.push_back(call);
  } else {
    for (const Call& call : listing.calendar->calls()) listing.calls.push_back(&call);
  }
  return commands::render(*start.format, listing, options.common, start.as_of, console, exit_code::success);
}

}  // namespace gnlc
