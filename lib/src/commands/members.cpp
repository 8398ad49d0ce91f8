#include "common.hpp"

#include <gnlc/exit_codes.hpp>
#include <gnlc/network.hpp>
#include <gnlc/output/members.hpp>

#include <fmt/format.h>

namespace gnlc {

int run_members(const MembersOptions& options, Console& console) {
  commands::Start<output::Format<output::MembersReport>> start;
  if (!start.begin(options.common, output::members_formats(), console) ||
      !start.read_calendar(options.calendar, console))
    return exit_code::usage_error;
  const Calendar* calendar = start.calendar;
  const Day as_of = start.as_of;
  const Countries& countries = Countries::builtin();

  MemberFilter filter;
  std::string only;
  const auto country_option = commands::resolve_country_option(options.country, console);
  if (!country_option) return exit_code::usage_error;
  filter.country = *country_option;
  if (filter.country != nullptr) only = filter.country->unesco_name;
  const auto region_option = commands::resolve_region_option(options.region, console);
  if (!region_option) return exit_code::usage_error;
  if (!region_option->empty()) {
    filter.region = *region_option;
    only = only.empty() ? std::string(*filter.region) : fmt::format("{}, {}", only, *filter.region);
  }
  if (options.call && calendar->find(*options.call) == nullptr)
    commands::print_warning(console, fmt::format("the calendar has no {} call", *options.call));

  const auto registry = commands::load_registry(options.registry, countries, *calendar, console);
  if (!registry) return exit_code::usage_error;

  output::MembersReport report{as_of, std::nullopt, {}, only};
  if (options.call)
    report.intake = intake_of(*registry, *options.call, filter);
  else
    report.network = network_on(*registry, as_of, filter);

  return commands::render(*start.format, report, options.common, as_of, console, exit_code::success);
}

}  // namespace gnlc
