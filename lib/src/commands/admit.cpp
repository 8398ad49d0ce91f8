#include "common.hpp"
#include "quota_decision.hpp"

#include <gnlc/exit_codes.hpp>
#include <gnlc/limits.hpp>
#include <gnlc/output/admit.hpp>
#include <gnlc/util/atomic_file.hpp>
#include <gnlc/util/files.hpp>

#include <fmt/format.h>

#include <sys/stat.h>
#include <cstring>

namespace gnlc {
namespace {

// Refusals write nothing, and say so.
int refuse(Console& console, std::string_view message) {
  commands::print_error(console, fmt::format("{}; nothing was written", message));
  return exit_code::data_problems;
}

// The registry's text: it must be a regular file, which the admissions
// replace. nullopt after an error.
std::optional<std::string> read_registry_file(const std::string& path, Console& console) {
  struct stat info {};
  if (path == "-" || ::lstat(path.c_str(), &info) != 0 || !S_ISREG(info.st_mode)) {
    commands::print_error(console, path == "-" ? std::string("--members: cannot add to standard input; name the file")
                                   : errno == ENOENT || !S_ISREG(info.st_mode)
                                       ? fmt::format("--members: '{}' is not a regular file", path)
                                       : fmt::format("cannot read registry '{}': {}", path, std::strerror(errno)));
    return std::nullopt;
  }
  auto input = util::read_input(path, max_registry_size);
  if (const auto* error = std::get_if<util::ReadError>(&input)) {
    commands::print_error(console, fmt::format("cannot read registry '{}': {}", path, error->message));
    return std::nullopt;
  }
  if (std::holds_alternative<util::TooLarge>(input)) {
    commands::print_error(console, fmt::format("registry '{}' is larger than {} bytes", path, max_registry_size));
    return std::nullopt;
  }
  return std::move(std::get<std::string>(input));
}

// The calendar and the registry of the decision. An exit status other
// than success after an error or a refusal.
int load_registry_text(const AdmitOptions& options, const std::string& text, Console& console,
                       commands::QuotaDecision& decision) {
  const std::string& path = *options.quota.members;
  decision.calendar = commands::load_calendar(options.quota.calendar, decision.calendar_storage, console);
  if (decision.calendar == nullptr) return exit_code::usage_error;
  RegistryParse parsed = parse_registry(text, Countries::builtin(), *decision.calendar);
  if (const auto wrong = commands::wrong_kind_error(path, parsed.diagnostics)) return refuse(console, *wrong);
  commands::print_diagnostics(console, path, parsed.diagnostics);
  if (!parsed.registry) return refuse(console, fmt::format("registry '{}' has errors", path));
  decision.members = std::move(parsed.registry);
  return exit_code::success;
}

// Whether the decision may be recorded on `date`: a call in the calendar,
// after its endorsement deadline, and every country decided (or left out
// with --skip-undecided).
int admissible(const AdmitOptions& options, Day date, const commands::QuotaDecision& decision, Console& console) {
  const int year = decision.year;
  const Call* call = decision.calendar->find(year);
  if (call == nullptr) {
    commands::print_error(console, fmt::format("there was no call in {}; a member's call must be in the calendar "
                                               "(add it with --calendar FILE)",
                                               year));
    return exit_code::usage_error;
  }
  if (date < call->endorsement_deadline)
    return refuse(console, fmt::format("--date {} is before the {} call's endorsement deadline, {}",
                                       format_iso_day(date), year, format_iso_day(call->endorsement_deadline)));
  bool undecided = false;
  for (const CountryQuota& q : decision.result.countries) {
    if (q.undecided().empty()) continue;
    undecided = true;
    if (options.skip_undecided)
      commands::print_warning(console, fmt::format("{}; left out (--skip-undecided)", output::undecided_country(q)));
    else
      commands::print_error(console, output::undecided_country(q));
  }
  if (undecided && !options.skip_undecided)
    return refuse(console,
                  "undecided countries: give --scores or priorities for them, or pass --skip-undecided to admit "
                  "the decided countries only");
  return exit_code::success;
}

// Writes the registry with the new entries, if it still is what was
// read. An exit status other than success after an error or a refusal.
int write_registry(const std::string& path, const std::string& old_text, const std::string& added, std::size_t entries,
                   const commands::QuotaDecision& decision, Console& console) {
  // The whole new registry must load, with every new member in it,
  // before it replaces the old one.
  const std::string new_text = old_text + added;
  const RegistryParse check = parse_registry(new_text, Countries::builtin(), *decision.calendar);
  if (!check.registry || check.registry->members().size() != decision.members->members().size() + entries) {
    commands::print_diagnostics(console, path, check.diagnostics);
    commands::print_error(console, "the registry with the new members does not load; nothing was written");
    return exit_code::usage_error;
  }
  util::AtomicFile file(path);
  if (file.ok()) file.writer() << new_text;
  // Someone else may have changed the registry meanwhile: their bytes
  // must not be lost.
  auto again = util::read_input(path, max_registry_size);
  if (!std::holds_alternative<std::string>(again) || std::get<std::string>(again) != old_text)
    return refuse(console, fmt::format("registry '{}' changed while the admissions were decided", path));
  if (!file.commit()) {
    commands::print_error(console, file.error());
    return exit_code::usage_error;
  }
  return exit_code::success;
}

}  // namespace

int run_admit(const AdmitOptions& options, Console& console) {
  const auto date = parse_iso_day(options.date);
  if (!date) {
    commands::print_error(console,
                          fmt::format("--date '{}' is not a date; write YYYY-MM-DD, such as 2025-12-04", options.date));
    return exit_code::usage_error;
  }
  if (!options.quota.members) {
    commands::print_error(console, "--members REGISTRY is required: the registry to add the admissions to");
    return exit_code::usage_error;
  }
  const std::string& path = *options.quota.members;
  const auto old_text = read_registry_file(path, console);
  if (!old_text) return exit_code::usage_error;
  commands::QuotaDecision decision;
  if (const int status = load_registry_text(options, *old_text, console, decision); status != exit_code::success)
    return status;
  if (const int status = commands::decide_quota(options.quota, console, decision); status != exit_code::success)
    return status;
  if (const int status = admissible(options, *date, decision, console); status != exit_code::success) return status;

  const Admissions admissions = admissions_of(decision.result, *decision.members);
  // Every entry starts on a line of its own, even after a last line
  // without its newline.
  std::string added = !old_text->empty() && old_text->back() != '\n' ? "\n" : "";
  std::size_t entries = 0;
  for (const Admission& a : admissions.cities) {
    if (a.registered) continue;
    added += output::member_entry(*a.candidate, decision.files.path(a.candidate->file()), *date, decision.year);
    ++entries;
  }
  if (entries == 0) added.clear();
  const std::string account =
      output::admit_account({admissions.cities.size(), admissions.countries, decision.year, *date, path, entries,
                             admissions.cities.size() - entries, options.dry_run});
  if (options.dry_run) {
    console.out << added;
    console.err << fmt::format("{}: dry run: {}\n", console.program, account);
    return exit_code::success;
  }
  if (entries > 0)
    if (const int status = write_registry(path, *old_text, added, entries, decision, console);
        status != exit_code::success)
      return status;
  console.out << account << "\n";
  return exit_code::success;
}

}  // namespace gnlc
