#include "common.hpp"
#include "quota_decision.hpp"

#include <gnlc/exit_codes.hpp>
#include <gnlc/limits.hpp>
#include <gnlc/util/atomic_file.hpp>
#include <gnlc/util/files.hpp>
#include <gnlc/util/strings.hpp>
#include <gnlc/util/text_safety.hpp>
#include <gnlc/util/unicode.hpp>

#include <fmt/format.h>

#include <sys/stat.h>
#include <unordered_set>

namespace gnlc {
namespace {

struct Admission {
  const Candidate* candidate;
  bool registered;  // a membership through the same call is already in the registry
};

std::string plural(std::size_t n, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

// The [[member]] table of one admission, after a comment naming the
// application file it comes from.
std::string member_entry(const Candidate& candidate, Day date, int call) {
  return fmt::format(
      "\n# admitted through the {} call: {}\n[[member]]\ncity = {}\ncountry = {}\nadmitted = {}\n"
      "call = {}\n",
      call, util::printable(candidate.path), util::toml_basic_string(candidate.city),
      util::toml_basic_string(candidate.country_text.empty() ? candidate.country->alpha2 : candidate.country_text),
      format_iso_day(date), call);
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
  struct stat info {};
  if (path == "-" || ::lstat(path.c_str(), &info) != 0 || !S_ISREG(info.st_mode)) {
    commands::print_error(console, path == "-" ? std::string("--members: cannot add to standard input; name the file")
                                   : errno == ENOENT || !S_ISREG(info.st_mode)
                                       ? fmt::format("--members: '{}' is not a regular file", path)
                                       : fmt::format("cannot read registry '{}': {}", path, std::strerror(errno)));
    return exit_code::usage_error;
  }
  auto input = util::read_input(path, max_registry_size);
  if (const auto* error = std::get_if<util::ReadError>(&input)) {
    commands::print_error(console, fmt::format("cannot read registry '{}': {}", path, error->message));
    return exit_code::usage_error;
  }
  if (std::holds_alternative<util::TooLarge>(input)) {
    commands::print_error(console, fmt::format("registry '{}' is larger than {} bytes", path, max_registry_size));
    return exit_code::usage_error;
  }
  const std::string& old_text = std::get<std::string>(input);
  const Countries& countries = Countries::builtin();

  // Refusals write nothing, and say so.
  const auto refuse = [&](std::string_view message) {
    commands::print_error(console, fmt::format("{}; nothing was written", message));
    return exit_code::data_problems;
  };
  commands::QuotaDecision decision;
  decision.calendar = commands::load_calendar(options.quota.calendar, decision.calendar_storage, console);
  if (decision.calendar == nullptr) return exit_code::usage_error;
  {
    RegistryParse parsed = parse_registry(old_text, countries, *decision.calendar);
    if (const auto wrong = commands::wrong_kind_error(path, parsed.diagnostics)) return refuse(*wrong);
    commands::print_diagnostics(console, path, parsed.diagnostics);
    if (!parsed.registry) return refuse(fmt::format("registry '{}' has errors", path));
    decision.members = std::move(parsed.registry);
  }
  if (const int status = commands::decide_quota(options.quota, console, decision); status != exit_code::success)
    return status;
  const int year = decision.year;
  const Call* call = decision.calendar->find(year);
  if (call == nullptr) {
    commands::print_error(console, fmt::format("there was no call in {}; a member's call must be in the calendar "
                                               "(add it with --calendar FILE)",
                                               year));
    return exit_code::usage_error;
  }
  if (*date < call->endorsement_deadline)
    return refuse(fmt::format("--date {} is before the {} call's endorsement deadline, {}", format_iso_day(*date), year,
                              format_iso_day(call->endorsement_deadline)));

  std::vector<const CountryQuota*> undecided;
  for (const CountryQuota& q : decision.result.countries)
    if (!q.undecided.empty()) undecided.push_back(&q);
  for (const CountryQuota* q : undecided) {
    const std::string message = fmt::format(
        "{} ({}) is undecided: {} for {}, with neither complete jury scores nor priorities", q->country->unesco_name,
        q->country->alpha2, plural(q->undecided.size(), "eligible application", "eligible applications"),
        plural(std::size_t(q->slots_left.value_or(0)), "place", "places"));
    if (options.skip_undecided)
      commands::print_warning(console, fmt::format("{}; left out (--skip-undecided)", message));
    else
      commands::print_error(console, message);
  }
  if (!undecided.empty() && !options.skip_undecided)
    return refuse(
        "undecided countries: give --scores or priorities for them, or pass --skip-undecided to admit "
        "the decided countries only");

  // Identities with a membership through this call: admitted already (a
  // second run adds nothing).
  std::unordered_set<std::string> registered;
  for (const Member& member : decision.members->members())
    if (member.call == year) registered.insert(city_identity(*member.country, member.city));
  std::vector<Admission> admissions;
  std::size_t countries_admitted = 0;
  for (const CountryQuota& q : decision.result.countries) {
    if (q.admitted.empty()) continue;
    ++countries_admitted;
    for (const std::string& city : q.admitted) {
      const std::string identity = city_identity(*q.country, city);
      const Candidate* found = nullptr;
      for (const Candidate& c : decision.candidates)
        if (c.country == q.country && c.eligible() && city_identity(*c.country, c.city) == identity) found = &c;
      if (found == nullptr) continue;  // a registered city without an application in the batch
      admissions.push_back({found, registered.contains(identity)});
    }
  }
  // Every entry starts on a line of its own, even after a last line
  // without its newline.
  std::string added = !old_text.empty() && old_text.back() != '\n' ? "\n" : "";
  std::size_t entries = 0;
  for (const Admission& a : admissions) {
    if (a.registered) continue;
    added += member_entry(*a.candidate, *date, year);
    ++entries;
  }
  if (entries == 0) added.clear();

  const std::size_t already = admissions.size() - entries;
  const std::string account = fmt::format(
      "admitted {} from {} through the {} call on {} ({}: {}{})", plural(admissions.size(), "city", "cities"),
      plural(countries_admitted, "country", "countries"), year, format_iso_day(*date), util::printable(path),
      options.dry_run ? plural(entries, "entry would be added", "entries would be added")
                      : plural(entries, "entry added", "entries added"),
      already > 0 ? fmt::format(", {} already registered", already) : std::string());
  if (options.dry_run) {
    console.out << added;
    console.err << fmt::format("{}: dry run: {}\n", console.program, account);
    return exit_code::success;
  }
  if (entries > 0) {
    // The whole new registry must load, with every new member in it,
    // before it replaces the old one.
    const std::string new_text = old_text + added;
    const RegistryParse check = parse_registry(new_text, countries, *decision.calendar);
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
      return refuse(fmt::format("registry '{}' changed while the admissions were decided", path));
    if (!file.commit()) {
      commands::print_error(console, file.error());
      return exit_code::usage_error;
    }
  }
  console.out << account << "\n";
  return exit_code::success;
}

}  // namespace gnlc
