#include "common.hpp"

#include <gnlc/exit_codes.hpp>
#include <gnlc/network.hpp>
#include <gnlc/output/members.hpp>

#include <fmt/format.h>

namespace gnlc {

int run_members(const MembersOptions& options, Console& console) {
  const auto* format = commands::resolve_format(options.common, output::members_formats(), console);
  if (format == nullptr) return exit_code::usage_error;
  const auto as_of = commands::resolve_as_of(options.common, console);
  if (!as_of) return exit_code::usage_error;
  std::optional<Calendar> calendar_storage;
  const Calendar* calendar = commands::load_calendar(options.calendar, calendar_storage, console);
  if (calendar == nullptr) return exit_code::usage_error;
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

  output::MembersReport report{*as_of, std::nullopt, {}, only};
  if (options.call)
    report.intake = intake_of(*registry, *options.call, filter);
  else
    report.network = network_on(*registry, *as_of, filter);

  return commands::render(*format, report, options.common, *as_of, console, exit_code::success);
}

}  // namespace gnlc
