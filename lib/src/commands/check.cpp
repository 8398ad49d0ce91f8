#include "common.hpp"

#include <gnlc/check.hpp>
#include <gnlc/exit_codes.hpp>
#include <gnlc/output/check_report.hpp>
#include <gnlc/rules.hpp>
#include <gnlc/util/files.hpp>
#include <gnlc/util/parallel.hpp>

#include <fmt/format.h>

namespace gnlc {
namespace {

FileReport check_entry(const util::InputEntry& entry, const CheckContext& context) {
  auto input = commands::read_application(entry, context.limits);
  if (auto* report = std::get_if<FileReport>(&input)) return std::move(*report);
  return check_application(entry.path, std::get<std::string>(input), context);
}

bool is_read_error(const FileReport& report) {
  return !report.diagnostics.empty() && report.diagnostics.front().rule == "read-error"_rule;
}

}  // namespace

int run_check(const CheckOptions& options, Console& console) {
  const auto format = commands::resolve_format(options.common, {"text", "json", "github", "sarif", "junit"}, console);
  if (!format) return exit_code::usage_error;
  const auto as_of = commands::resolve_as_of(options.common, console);
  if (!as_of) return exit_code::usage_error;
  if (options.paths.empty()) {
    commands::print_error(console, "no applications to check: name files or directories, or - for standard input");
    return exit_code::usage_error;
  }
  std::optional<Calendar> calendar_storage;
  const Calendar* calendar = commands::load_calendar(options.calendar, calendar_storage, console);
  if (calendar == nullptr) return exit_code::usage_error;
  const Countries& countries = Countries::builtin();
  std::optional<Registry> members;
  if (options.members) {
    members = commands::load_registry(*options.members, countries, *calendar, console);
    if (!members) return exit_code::usage_error;
  }

  auto expanded = commands::expand_application_paths(options.paths, console);
  if (!expanded) return exit_code::usage_error;
  const std::vector<util::InputEntry>& entries = *expanded;
  const CheckContext context{*calendar, countries, *as_of, members ? &*members : nullptr, options.limits};

  bool unreadable = false;
  const int status = commands::with_output(options.common, console, [&](util::Writer& out) {
    output::CheckReportOptions report_options{
        options.strict, options.quiet, (!options.common.output || *options.common.output == "-") && console.color_out};
    auto reporter = output::make_check_reporter(*format, out, report_options);
    output::CheckSummary summary;
    BatchRules batch;
    const BatchRules::Emit emit = [&](FileReport& report) {
      unreadable = unreadable || is_read_error(report);
      summary.add(report, options.strict);
      reporter->file(report);
    };
    util::ordered_parallel<FileReport>(
        entries.size(), commands::job_count(options.jobs),
        [&](std::size_t i) { return check_entry(entries[i], context); },
        [&](std::size_t i, FileReport report) { batch.add(std::move(report), entries[i].path, emit); });
    batch.finish(emit);
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
