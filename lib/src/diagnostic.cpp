#include <gnlc/diagnostic.hpp>
#include <gnlc/rules.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>

namespace gnlc {

std::string_view severity_name(Severity severity) { return severity == Severity::error ? "error" : "warning"; }

bool has_errors_since(const Diagnostics& diagnostics, std::size_t start) {
  return std::any_of(diagnostics.begin() + std::ptrdiff_t(std::min(start, diagnostics.size())), diagnostics.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::error; });
}

bool has_errors(const Diagnostics& diagnostics) {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::error; });
}

std::size_t count(const Diagnostics& diagnostics, Severity severity) {
  return std::size_t(std::count_if(diagnostics.begin(), diagnostics.end(),
                                   [&](const Diagnostic& d) { return d.severity == severity; }));
}

void sort_by_position(Diagnostics& diagnostics) {
  std::stable_sort(diagnostics.begin(), diagnostics.end(),
                   [](const Diagnostic& a, const Diagnostic& b) { return a.position < b.position; });
}

void cap_diagnostics(Diagnostics& diagnostics, std::size_t limit) {
  if (diagnostics.size() <= limit) return;
  const Position last = limit > 0 ? diagnostics[limit - 1].position : Position{};
  diagnostics.resize(limit);
  diagnostics.push_back(make_diagnostic(rule::input_too_complex, last,
                                        fmt::format("further problems are not shown; the limit is {} per file", limit),
                                        "fix the problems above first"));
}

void CappedDiagnostics::push_back(Diagnostic diagnostic) {
  if (kept_.size() < limit_)
    kept_.push_back(std::move(diagnostic));
  else
    ++dropped_;
}

Diagnostics CappedDiagnostics::finish() && {
  if (dropped_ > 0) {
    // One more than the limit, so that cap_diagnostics adds its note.
    kept_.push_back({});
    cap_diagnostics(kept_, limit_);
  }
  return std::move(kept_);
}

namespace {
using enum Severity;
using enum RuleScope;

constexpr std::array catalogue{
    RuleInfo{rule::toml_syntax, error, application, "not valid TOML (also: not UTF-8, an invalid date)"},
    RuleInfo{rule::file_too_large, error, application, "over the size limit (default 1 MiB)"},
    RuleInfo{rule::format_version, error, application, "`format` missing or not a supported version"},
    RuleInfo{rule::missing_field, error, application, "a required field is absent or an empty string"},
    RuleInfo{rule::wrong_type, error, application, "a value of the wrong TOML type"},
    RuleInfo{rule::invalid_value, error, application, "a value outside its allowed set or range"},
    RuleInfo{rule::unknown_field, warning, application, "a key the format does not have"},
    RuleInfo{rule::invalid_email, error, application, "`contact.email` malformed"},
    RuleInfo{rule::invalid_url, error, application, "`city.website` malformed"},
    RuleInfo{rule::invalid_phone, error, application, "`contact.phone` or `contact.fax` malformed"},
    RuleInfo{rule::word_limit, error, application, "a statement over 200 words"},
    RuleInfo{rule::unknown_country, error, application, "not a code, name or variant of any known country"},
    RuleInfo{rule::not_member_state, error, application,
             "not a UNESCO Member State or Associate Member on the submission date"},
    RuleInfo{rule::pledge_missing, error, application, "the Beijing Declaration or the Key Features not adopted"},
    RuleInfo{rule::stamp_missing, warning, application, "no official stamp"},
    RuleInfo{rule::no_call, error, application, "no call matches the application"},
    RuleInfo{rule::submission_outside_call, error, application,
             "submission date outside the call's application window"},
    RuleInfo{rule::signature_after_submission, error, application, "the mayor signed after the submission date"},
    RuleInfo{rule::endorsement_pending, warning, application,
             "no endorsement yet: a warning before the deadline, an error after it"},
    RuleInfo{rule::endorsement_before_submission, error, application, "endorsement dated before the submission"},
    RuleInfo{rule::endorsement_late, error, application, "decision or forwarding after the endorsement deadline"},
    RuleInfo{rule::forwarded_before_endorsement, error, application, "forwarded before the decision date"},
    RuleInfo{rule::not_endorsed, error, application, "the National Commission did not endorse"},
    RuleInfo{rule::future_date, error, application, "a date after the as-of date"},
    RuleInfo{rule::stale_profile, warning, application, "profile data more than 5 years older than the call"},
    RuleInfo{rule::small_city, warning, application, "population under 10,000"},
    RuleInfo{rule::duplicate_priority, error, batch, "two applications of one country and call with the same priority"},
    RuleInfo{rule::duplicate_application, error, batch, "the same city twice in the same call, in one batch"},
    RuleInfo{rule::submission_cap, warning, batch,
             "more endorsed applications of one country in one call than the call's submission cap"},
    RuleInfo{rule::already_member, error, batch,
             "a membership of the city was active on the submission date, not admitted through this call"},
    RuleInfo{rule::read_error, error, input, "an input that cannot be read"},
    RuleInfo{rule::input_too_complex, error, input, "an input beyond a limit that keeps checking cheap"},
    RuleInfo{rule::duplicate_member, error, registry, "two entries of one city whose memberships overlap"},
    RuleInfo{rule::report_before_admission, error, registry, "a progress report dated before admission"},
    RuleInfo{rule::duplicate_call, error, calendar, "two calls for the same year"},
    RuleInfo{rule::invalid_call_dates, error, calendar, "a call whose dates are out of order"},
    RuleInfo{rule::csv_syntax, error, scores, "not a well-formed CSV file with the required header"},
    RuleInfo{rule::invalid_score, error, scores, "a score that is not a finite decimal number"},
    RuleInfo{rule::duplicate_score, error, scores, "two scores for the same city"},
    RuleInfo{rule::unmatched_score, warning, scores, "a score row that matches no application"},
    RuleInfo{rule::incomplete_scores, warning, scores,
             "scores for some but not all eligible applications of an over-subscribed country"},
};
}  // namespace

std::span<const RuleInfo> rule_catalogue() { return catalogue; }

const RuleInfo* find_rule(std::string_view name) {
  for (const RuleInfo& info : catalogue)
    if (info.name == name) return &info;
  return nullptr;
}

Diagnostic make_diagnostic(std::string_view rule, Position position, std::string message, std::string hint) {
  const RuleInfo* info = find_rule(rule);
  return Diagnostic{rule, info ? info->severity : Severity::error, position, std::move(message), std::move(hint)};
}

}  // namespace gnlc
