#include "common.hpp"

#include <gnlc/exit_codes.hpp>
#include <gnlc/limits.hpp>
#include <gnlc/network.hpp>
#include <gnlc/output/style.hpp>
#include <gnlc/output/text.hpp>
#include <gnlc/rules.hpp>
#include <gnlc/util/atomic_file.hpp>
#include <gnlc/util/files.hpp>
#include <gnlc/util/text_safety.hpp>
#include <gnlc/util/unicode.hpp>

#include <fmt/format.h>

#include <sys/stat.h>

namespace gnlc::commands {

void print_error(Console& console, std::string_view message) {
  console.err << fmt::format("{}: {} {}\n", console.program,
                             output::styled("error:", output::Style::red, console.color_err), util::printable(message));
}

void print_warning(Console& console, std::string_view message) {
  console.err << fmt::format("{}: {} {}\n", console.program,
                             output::styled("warning:", output::Style::yellow, console.color_err),
                             util::printable(message));
}

void print_diagnostics(Console& console, std::string_view path, const Diagnostics& diagnostics) {
  // The cap of every parser, applied here too: a registry, calendar or
  // scores file of a million bad rows prints a hundred and one note.
  const std::size_t limit = Limits{}.max_diagnostics;
  Diagnostics shown(diagnostics.begin(), diagnostics.begin() + std::ptrdiff_t(std::min(diagnostics.size(), limit + 1)));
  cap_diagnostics(shown, limit);
  for (const Diagnostic& diagnostic : shown)
    console.err << output::diagnostic_lines(path, diagnostic, console.color_err);
}

std::optional<std::string> wrong_kind_error(std::string_view path, const Diagnostics& diagnostics) {
  // The parsers' wrong-kind diagnostic (detail::wrong_kind): "this file is
  // a members registry (...), not an application (...)".
  constexpr std::string_view opening = "this file is ";
  for (const Diagnostic& diagnostic : diagnostics)
    if (diagnostic.rule == "format-version"_rule && diagnostic.message.starts_with(opening))
      return fmt::format("'{}' is {}; {}", path, std::string_view(diagnostic.message).substr(opening.size()),
                         diagnostic.hint);
  return std::nullopt;
}

std::optional<Day> resolve_as_of(const CommonOptions& options, Console& console) {
  if (!options.as_of) return coordination_today();
  if (const auto day = parse_iso_day(*options.as_of)) return day;
  print_error(console, fmt::format("--as-of '{}' is not a date; write YYYY-MM-DD, such as 2025-06-15", *options.as_of));
  return std::nullopt;
}

const output::FormatInfo* resolve_format(const CommonOptions& options, std::span<const output::FormatInfo* const> table,
                                         Console& console) {
  if (options.format.empty()) return table.front();
  for (const output::FormatInfo* format : table) {
    const std::string_view name = format->name;
    if (name != options.format) continue;
    if (options.bom && name != "csv" && name != "tsv") {
      print_error(console, fmt::format("--bom applies only to --format csv and tsv, not '{}'", name));
      return nullptr;
    }
    if (name == "xlsx" && !output::xlsx_available()) {
      print_error(console, "--format xlsx is not available in this build of gnlc");
      return nullptr;
    }
    if (name == "xlsx" && (!options.output || *options.output == "-")) {
      print_error(console, "--format xlsx needs -o FILE: a workbook is written to a file, not to standard output");
      return nullptr;
    }
    return format;
  }
  std::string list;
  for (const output::FormatInfo* format : table) {
    if (!list.empty()) list += ", ";
    list += format->name;
  }
  print_error(console, fmt::format("unknown format '{}'; choose one of: {}", options.format, list));
  return nullptr;
}

const Calendar* load_calendar(const std::optional<std::string>& path, std::optional<Calendar>& storage,
                              Console& console, std::string* text) {
  if (!path) return &Calendar::builtin();
  auto input = util::read_input(*path, max_calendar_size);
  if (const auto* error = std::get_if<util::ReadError>(&input)) {
    print_error(console, fmt::format("cannot read calendar '{}': {}", *path, error->message));
    return nullptr;
  }
  if (std::holds_alternative<util::TooLarge>(input)) {
    print_error(console, fmt::format("calendar '{}' is larger than {} bytes", *path, max_calendar_size));
    return nullptr;
  }
  CalendarParse parsed = parse_calendar(std::get<std::string>(input));
  if (const auto wrong = wrong_kind_error(*path, parsed.diagnostics)) {
    print_error(console, *wrong);
    return nullptr;
  }
  print_diagnostics(console, *path, parsed.diagnostics);
  if (!parsed.calendar) {
    print_error(console, fmt::format("calendar '{}' has errors", *path));
    return nullptr;
  }
  storage = std::move(parsed.calendar);
  if (text != nullptr) *text = std::move(std::get<std::string>(input));
  return &*storage;
}

std::optional<const Country*> resolve_country_option(const std::optional<std::string>& option, Console& console) {
  if (!option) return nullptr;
  const Countries& countries = Countries::builtin();
  const std::string_view text = util::trim(*option);
  if (const Country* country = countries.resolve(text)) return country;
  const auto near = countries.suggest(text);
  print_error(console, fmt::format("--country: unknown country '{}'{}", text,
                                   near ? fmt::format("; did you mean '{}'?", *near) : std::string()));
  return std::nullopt;
}

std::optional<std::string_view> resolve_region_option(const std::optional<std::string>& option, Console& console) {
  if (!option) return std::string_view{};
  if (const auto region = resolve_region(*option)) return region;
  std::string list;
  for (std::string_view region : unesco_regions) list += (list.empty() ? "'" : ", '") + std::string(region) + "'";
  print_error(console, fmt::format("--region: unknown region '{}'; choose one of: {}", *option, list));
  return std::nullopt;
}

std::optional<Registry> load_registry(const std::string& path, const Countries& countries, const Calendar& calendar,
                                      Console& console) {
  auto input = util::read_input(path, max_registry_size);
  if (const auto* error = std::get_if<util::ReadError>(&input)) {
    print_error(console, fmt::format("cannot read registry '{}': {}", path, error->message));
    return std::nullopt;
  }
  if (std::holds_alternative<util::TooLarge>(input)) {
    print_error(console, fmt::format("registry '{}' is larger than {} bytes", path, max_registry_size));
    return std::nullopt;
  }
  RegistryParse parsed = parse_registry(std::get<std::string>(input), countries, calendar);
  if (const auto wrong = wrong_kind_error(path, parsed.diagnostics)) {
    print_error(console, *wrong);
    return std::nullopt;
  }
  print_diagnostics(console, path, parsed.diagnostics);
  if (!parsed.registry) {
    print_error(console, fmt::format("registry '{}' has errors", path));
    return std::nullopt;
  }
  return std::move(parsed.registry);
}

int with_output(const CommonOptions& options, Console& console, const std::function<int(util::Writer&)>& produce,
                bool replace_existing) {
  if (!options.output || *options.output == "-") return produce(console.out);
  struct stat info {};
  if (!replace_existing && ::lstat(options.output->c_str(), &info) == 0) {
    print_error(console, fmt::format("'{}' exists; pass --force to replace it", *options.output));
    return exit_code::usage_error;
  }
  util::AtomicFile file(*options.output);
  if (!file.ok()) {
    print_error(console, file.error());
    return exit_code::usage_error;
  }
  const int status = produce(file.writer());
  if (!file.commit(replace_existing)) {
    print_error(console, file.error());
    return exit_code::usage_error;
  }
  return status;
}

int with_workbook(const CommonOptions& options, Day created, Console& console,
                  const std::function<int(output::XlsxWorkbook&)>& produce) {
  util::AtomicFile file(options.output.value_or(""));
  if (!file.ok()) {
    print_error(console, file.error());
    return exit_code::usage_error;
  }
  int status = exit_code::success;
  std::string error;
  {
    output::XlsxWorkbook book(file.temporary_path(), created);
    status = produce(book);
    error = book.close();
  }
  if (!error.empty()) {
    print_error(console, fmt::format("cannot write '{}': {}", *options.output, error));
    return exit_code::usage_error;
  }
  if (!file.commit()) {
    print_error(console, file.error());
    return exit_code::usage_error;
  }
  return status;
}

}  // namespace gnlc::commands
