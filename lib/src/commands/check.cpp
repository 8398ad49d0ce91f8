#include "applications.hpp"
#include "common.hpp"

#include <gnlc/check.hpp>
#include <gnlc/exit_codes.hpp>
#include <gnlc/output/check_report.hpp>

namespace gnlc {

int run_check(const CheckOptions& options, Console& console) {
  const auto* format = commands::resolve_format(options.common, output::check_formats(), console);
  if (format == nullptr) return exit_code::usage_error;
  const auto as_of = commands::resolve_as_of(options.common, console);
  if (!as_of) return exit_code::usage_error;
  std::optional<Calendar> calendar_storage;
  const Calendar* calendar = commands::load_calendar(options.calendar, calendar_storage, console);
  if (calendar == nullptr) return exit_code::usage_error;
  const Countries& countries = Countries::builtin();
  std::optional<Registry> members;
  if (options.members) {
    members = commands::load_registry(*options.members, countries, *calendar, console);
    if (!members) return exit_code::usage_error;
  }
  const auto files = commands::application_files(options.paths, commands::FileOrder::as_given, console);
  if (!files) return exit_code::usage_error;
  const CheckContext context{*calendar, countries, *as_of, members ? &*members : nullptr, options.limits};

  bool unreadable = false;
  const int status = commands::with_output(options.common, console, [&](util::Writer& out) {
    const bool to_terminal = !options.common.output || *options.common.output == "-";
    const auto reporter = format->make(out, {options.strict, options.quiet, to_terminal && console.color_out});
    output::CheckSummary summary;
    commands::check_files(*files, context, options.jobs, [&](FileReport& report) {
      unreadable = unreadable || commands::is_read_error(report);
      summary.add(report, options.strict);
      reporter->file(report);
    });
    reporter->finish(summary);
    return summary.invalid > 0 ? exit_code::data_problems : exit_code::success;
  });
  if (unreadable && status != exit_code::usage_error) {
    commands::print_error(console, "some inputs could not be read");
    return exit_code::usage_error;
  }
  return status;
}

}  // namespace gnlc
