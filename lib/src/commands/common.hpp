// What the commands share: reading the common options, loading the
// calendar and the registry, reporting input errors, and -o.
#pragma once

#include <gnlc/calendar.hpp>
#include <gnlc/check.hpp>
#include <gnlc/commands.hpp>
#include <gnlc/countries.hpp>
#include <gnlc/output/formats.hpp>
#include <gnlc/output/xlsx.hpp>
#include <gnlc/registry.hpp>
#include <gnlc/util/files.hpp>

#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace gnlc::commands {

// "gnlc check: error: MESSAGE" on standard error.
void print_error(Console& console, std::string_view message);
void print_warning(Console& console, std::string_view message);

// Problems found in an input other than the applications, on standard error.
void print_diagnostics(Console& console, std::string_view path, const Diagnostics& diagnostics);

// A file of another kind (a registry given as an application, ...) is one
// error that says what the file is and which command reads it, rather than
// a diagnostic and a "has errors" after it. nullopt when it is not one.
std::optional<std::string> wrong_kind_error(std::string_view path, const Diagnostics& diagnostics);

// The as-of day: --as-of, or today in Europe/Berlin. nullopt (after an
// error message) when the option is malformed.
std::optional<Day> resolve_as_of(const CommonOptions& options, Console& console);

// The row of a command's format table that --format names ("": the
// first). nullptr (after an error message) when the name is not in the
// table, when it is xlsx without -o FILE (a workbook is a file, not a
// stream) or in a build without xlsx, or when --bom comes with a format
// other than csv and tsv.
const output::FormatInfo* resolve_format(const CommonOptions& options, std::span<const output::FormatInfo* const> table,
                                         Console& console);
template <class Row>
const Row* resolve_format(const CommonOptions& options, std::span<const Row> table, Console& console) {
  std::vector<const output::FormatInfo*> infos;
  for (const Row& row : table) infos.push_back(&row.info);
  const output::FormatInfo* chosen = resolve_format(options, infos, console);
  for (const Row& row : table)
    if (&row.info == chosen) return &row;
  return nullptr;
}

// The built-in calendar, or the file given. nullptr after reporting errors.
// With `text`, the file's text too: it is read once (standard input or a
// pipe cannot be read twice).
const Calendar* load_calendar(const std::optional<std::string>& path, std::optional<Calendar>& storage,
                              Console& console, std::string* text = nullptr);
// The country of a --country option: nullptr without one; nullopt (after
// an error naming the nearest country) when it is not known.
std::optional<const Country*> resolve_country_option(const std::optional<std::string>& option, Console& console);
// The UNESCO region of a --region option (its name in any case, or a word
// of it): an empty view without one; nullopt (after an error listing the
// regions) when it names none.
std::optional<std::string_view> resolve_region_option(const std::optional<std::string>& option, Console& console);

// nullopt after reporting errors.
std::optional<Registry> load_registry(const std::string& path, const Countries& countries, const Calendar& calendar,
                                      Console& console);

// Runs `produce` writing to standard output, or with -o to a file replaced
// atomically once `produce` has finished. Returns produce's exit status, or
// 2 when the file cannot be written. With replace_existing false, a file
// that exists is refused before anything is produced, and one that
// appears meanwhile is not replaced either.
int with_output(const CommonOptions& options, Console& console, const std::function<int(util::Writer&)>& produce,
                bool replace_existing = true);

// The same for --format xlsx, which resolve_format has allowed only with
// -o FILE: `produce` fills the workbook, which is written to the
// temporary file and renamed into place. A workbook that cannot be
// written is exit 2, and FILE is left as it was.
int with_workbook(const CommonOptions& options, Day created, Console& console,
                  const std::function<int(output::XlsxWorkbook&)>& produce);

// What most commands begin with: --format against the command's table,
// the as-of day, then (when the command reads one) the calendar. Each step
// is false after its error message. Not movable: `calendar` may point
// into `calendar_storage`.
template <class Row>
struct Start {
  const Row* format = nullptr;
  Day as_of;
  const Calendar* calendar = nullptr;
  std::optional<Calendar> calendar_storage;

  bool begin(const CommonOptions& options, std::span<const Row> table, Console& console) {
    format = resolve_format(options, table, console);
    if (format == nullptr) return false;
    const auto day = resolve_as_of(options, console);
    if (day) as_of = *day;
    return day.has_value();
  }
  // With `text`, the calendar file's text too, read once.
  bool read_calendar(const std::optional<std::string>& path, Console& console, std::string* text = nullptr) {
    calendar = load_calendar(path, calendar_storage, console, text);
    return calendar != nullptr;
  }
};

// Renders `report` in `format` to standard output or -o FILE (xlsx: the
// workbook FILE, stamped `created`). Returns `status`, or 2 when the
// output cannot be written.
template <class Report>
int render(const output::Format<Report>& format, const Report& report, const CommonOptions& options, Day created,
           Console& console, int status) {
  output::Sink sink{nullptr, nullptr, format.info.name, options.bom};
  if (format.info.name == "xlsx")
    return with_workbook(options, created, console, [&](output::XlsxWorkbook& book) {
      sink.book = &book;
      format.render(sink, report);
      return status;
    });
  return with_output(options, console, [&](util::Writer& out) {
    sink.out = &out;
    format.render(sink, report);
    return status;
  });
}

}  // namespace gnlc::commands
