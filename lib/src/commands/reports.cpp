#include "common.hpp"

#include <gnlc/exit_codes.hpp>
#include <gnlc/output/reports.hpp>
#include <gnlc/reports.hpp>

#include <fmt/format.h>

namespace gnlc {

int run_reports(const ReportsOptions& options, Console& console) {
  commands::Start<output::Format<ReportsList>> start;
  if (!start.begin(options.common, output::reports_formats(), console)) return exit_code::usage_error;
  if (options.due_within < 0) {
    commands::print_error(console, "--due-within must be 0 or more days");
    return exit_code::usage_error;
  }
  if (!is_report_selection(options.status)) {
    commands::print_error(
        console, fmt::format("unknown --status '{}'; choose overdue, due-soon, ok, inactive or all", options.status));
    return exit_code::usage_error;
  }
  const auto country = commands::resolve_country_option(options.country, console);
  if (!country) return exit_code::usage_error;
  const auto region = commands::resolve_region_option(options.region, console);
  if (!region) return exit_code::usage_error;
  if (!start.read_calendar(options.calendar, console)) return exit_code::usage_error;
  const auto registry = commands::load_registry(options.registry, Countries::builtin(), *start.calendar, console);
  if (!registry) return exit_code::usage_error;

  const ReportsList list = list_reports(*registry, start.calendar->report_rounds(),
                                        {start.as_of, options.due_within, *country, *region, options.status});
  const bool overdue = list.counts.overdue > 0;
  const int status = options.fail_on_overdue && overdue ? exit_code::data_problems : exit_code::success;
  return commands::render(*start.format, list, options.common, start.as_of, console, status);
}

}  // namespace gnlc
