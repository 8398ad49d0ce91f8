#include "applications.hpp"
#include "common.hpp"
#include "quota_decision.hpp"

#include "../rules/application_rules.hpp"

#include <gnlc/check.hpp>
#include <gnlc/exit_codes.hpp>
#include <gnlc/output/quota.hpp>
#include <gnlc/quota.hpp>

#include <fmt/format.h>

#include <set>

namespace gnlc {
namespace commands {
namespace {

// The jury scores of --scores, of --country alone when given. false after
// reporting errors.
bool load_scores(const QuotaOptions& options, const Country* only_country, Console& console,
                 std::optional<ScoresParse>& scores) {
  if (!options.scores) return true;
  auto input = util::read_input(*options.scores, max_scores_size);
  if (const auto* error = std::get_if<util::ReadError>(&input)) {
    print_error(console, fmt::format("cannot read scores '{}': {}", *options.scores, error->message));
    return false;
  }
  if (std::holds_alternative<util::TooLarge>(input)) {
    print_error(console, fmt::format("scores '{}' is larger than {} bytes", *options.scores, max_scores_size));
    return false;
  }
  scores = parse_scores(std::get<std::string>(input), Countries::builtin());
  print_diagnostics(console, *options.scores, scores->diagnostics);
  if (has_errors(scores->diagnostics)) {
    print_error(console, fmt::format("scores '{}' has errors", *options.scores));
    return false;
  }
  if (only_country) std::erase_if(scores->scores, [&](const Score& s) { return s.country != only_country; });
  return true;
}

// The applications as `gnlc check` checks them, in path order: the batch
// rules then pick the same "later" file of a duplicate whatever order the
// files were given in, so the result does not depend on it. false after
// reporting a file that cannot be read or is of another kind.
bool read_candidates(const QuotaOptions& options, const CheckContext& context, Console& console,
                     QuotaDecision& decision) {
  auto files = application_files(options.paths, FileOrder::by_path, console);
  if (!files) return false;
  // The candidates' paths are the list's, which the result's rows read.
  decision.files = std::move(*files);
  std::set<std::string> named;
  for (std::size_t i = 0; i < decision.files.size(); ++i)
    if (const util::InputEntry file = decision.files[i]; !file.found_in_directory) named.insert(file.path);
  decision.candidates.reserve(decision.files.size());
  bool unreadable = false;
  std::uint32_t index = 0;  // reports come in file order
  check_files(decision.files, context, options.jobs, [&](FileReport& report) {
    const std::uint32_t file = index++;
    if (is_read_error(report)) {
      print_error(console, fmt::format("cannot read '{}': {}", report.path, report.diagnostics.front().message));
      unreadable = true;
      return;
    }
    // A registry named on the command line is a mistake; one found in a
    // directory of applications (the registry kept beside them) is not.
    const auto wrong = wrong_kind_error(report.path, report.diagnostics);
    if (wrong && named.contains(report.path)) {
      print_error(console, *wrong);
      unreadable = true;
      return;
    }
    decision.candidates.push_back(make_candidate(report, file, decision.texts));
  });
  return !unreadable;
}

void warn_left_out(const LeftOut& left_out, Console& console) {
  const auto warn = [&](std::size_t count, std::string_view why) {
    if (count > 0)
      print_warning(console, fmt::format("{} application{} {} left out", count, count == 1 ? "" : "s", why));
  };
  warn(left_out.other_calls, "of no call or another call");
  warn(left_out.without_country, "without a known country");
}

}  // namespace

int decide_quota(const QuotaOptions& options, Console& console, QuotaDecision& decision) {
  const auto as_of = resolve_as_of(options.common, console);
  if (!as_of) return exit_code::usage_error;
  decision.as_of = *as_of;
  // A caller may have loaded the calendar and the registry already.
  if (decision.calendar == nullptr)
    decision.calendar = load_calendar(options.calendar, decision.calendar_storage, console);
  if (decision.calendar == nullptr) return exit_code::usage_error;
  const auto only_country = resolve_country_option(options.country, console);
  if (!only_country) return exit_code::usage_error;
  std::optional<Registry>& members = decision.members;
  if (options.members && !members) {
    members = load_registry(*options.members, Countries::builtin(), *decision.calendar, console);
    if (!members) return exit_code::usage_error;
  }
  if (!load_scores(options, *only_country, console, decision.scores)) return exit_code::usage_error;

  const CheckContext context{*decision.calendar, Countries::builtin(), *as_of, members ? &*members : nullptr,
                             options.limits};
  if (!read_candidates(options, context, console, decision)) return exit_code::usage_error;
  const QuotaCall call = choose_quota_call(decision.candidates, *decision.calendar, options.year, options.cap);
  if (!call.error.empty()) {
    print_error(console, call.error);
    return exit_code::usage_error;
  }
  warn_left_out(keep_call(decision.candidates, call.year, *only_country), console);
  decision.year = call.year;
  decision.result =
      compute_quota(decision.candidates, {call.year, call.cap, members ? &*members : nullptr,
                                          decision.scores ? &decision.scores->scores : nullptr,
                                          [&files = decision.files](std::uint32_t file) { return files.path(file); }});
  print_diagnostics(console, options.scores.value_or(""), decision.result.score_diagnostics);
  return exit_code::success;
}

}  // namespace commands

int run_quota(const QuotaOptions& options, Console& console) {
  const auto* format = commands::resolve_format(options.common, output::quota_formats(), console);
  if (format == nullptr) return exit_code::usage_error;
  commands::QuotaDecision decision;
  if (const int status = commands::decide_quota(options, console, decision); status != exit_code::success)
    return status;
  // --strict: any country with more eligible applications than slots,
  // ranked (over quota) or not (undecided), is a problem to act on.
  const bool over = decision.result.summary.countries_over_subscribed > 0;
  const int status = options.strict && over ? exit_code::data_problems : exit_code::success;
  return commands::render(*format, decision.result, options.common, decision.as_of, console, status);
}

}  // namespace gnlc
