#include "common.hpp"

#include <gnlc/exit_codes.hpp>
#include <gnlc/network.hpp>
#include <gnlc/output/members.hpp>

#include <fmt/format.h>

namespace gnlc {

int run_members(const MembersOptions& options, Console& console) {
  const auto format = commands::resolve_format(
      options.common, {"table", "text", "csv", "tsv", "json", "markdown", "html", "xlsx"}, console);
  if (!format) return exit_code::usage_error;
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

  if (*format == "xlsx")
    return commands::with_workbook(options.common, *as_of, console, [&](output::XlsxWorkbook& book) {
      output::write_members_workbook(book, report);
      return exit_code::success;
    });
  return commands::with_output(options.common, console, [&](util::Writer& out) {
    if (*format == "json") {
      output::write_members_json(out, report);
    } else if (*format == "csv" || *format == "tsv") {
      auto rows = commands::delimited_writer(out, options.common, *format);
      output::write_members_rows(rows, report);
    } else if (*format == "markdown") {
      output::write_members_markdown(out, report);
    } else if (*format == "html") {
      output::write_members_html(out, report);
    } else {
      output::write_members_table(out, report);
    }
    return exit_code::success;
  });
}

}  // namespace gnlc
