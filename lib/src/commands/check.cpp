#include "applications.hpp"
#include "common.hpp"

#include <gnlc/check.hpp>
#include <gnlc/exit_codes.hpp>
#include <gnlc/output/check_report.hpp>

namespace gnlc {

int run_check(const CheckOptions& options, Console& console) {
  commands::Start<output::CheckFormat> start;
  if (!start.begin(options.common, output::check_formats(), console) || !start.read_calendar(options.calendar, console))
    return exit_code::usage_error;
  const Countries& countries = Countries::builtin();
  std::optional<Registry> members;
  if (options.members) {
    members = commands::load_registry(*options.members, countries, *start.calendar, console);
    if (!members) return exit_code::usage_error;
  }
  const auto files = commands::application_files(options.paths, commands::FileOrder::as_given, console);
  if (!files) return exit_code::usage_error;
  const CheckContext context{*start.calendar, countries, start.as_of, members ? &*members : nullptr, options.limits};

  bool unreadable = false;
  const int status = commands::with_output(options.common, console, [&](util::Writer& out) {
    const bool to_terminal = !options.common.output || *options.common.output == "-";
    const auto reporter = start.format->make(out, {options.strict, options.quiet, to_terminal && console.color_out});
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
