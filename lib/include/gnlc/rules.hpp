// The rule catalogue: stable names used in every output format, with their
// default severity. ../shared/spec/domain.md is the contract for the
// application rules; the rules for registries, calendars and score files
// are the project's own and documented in their man pages.
#pragma once

#include <gnlc/diagnostic.hpp>

#include <span>
#include <string_view>

namespace gnlc {

enum class RuleScope : std::uint8_t { application, batch, registry, calendar, scores, input };

struct RuleInfo {
  std::string_view name;
  Severity severity;  // the usual severity; endorsement-pending varies
  RuleScope scope;
  std::string_view summary;
};

std::span<const RuleInfo> rule_catalogue();
const RuleInfo* find_rule(std::string_view name);

namespace rule {
// Applications (domain.md).
inline constexpr std::string_view toml_syntax = "toml-syntax";
inline constexpr std::string_view file_too_large = "file-too-large";
inline constexpr std::string_view format_version = "format-version";
inline constexpr std::string_view missing_field = "missing-field";
inline constexpr std::string_view wrong_type = "wrong-type";
inline constexpr std::string_view invalid_value = "invalid-value";
inline constexpr std::string_view unknown_field = "unknown-field";
inline constexpr std::string_view invalid_email = "invalid-email";
inline constexpr std::string_view invalid_url = "invalid-url";
inline constexpr std::string_view invalid_phone = "invalid-phone";
inline constexpr std::string_view word_limit = "word-limit";
inline constexpr std::string_view unknown_country = "unknown-country";
inline constexpr std::string_view not_member_state = "not-member-state";
inline constexpr std::string_view pledge_missing = "pledge-missing";
inline constexpr std::string_view stamp_missing = "stamp-missing";
inline constexpr std::string_view no_call = "no-call";
inline constexpr std::string_view submission_outside_call = "submission-outside-call";
inline constexpr std::string_view signature_after_submission = "signature-after-submission";
inline constexpr std::string_view endorsement_pending = "endorsement-pending";
inline constexpr std::string_view endorsement_before_submission = "endorsement-before-submission";
inline constexpr std::string_view endorsement_late = "endorsement-late";
inline constexpr std::string_view forwarded_before_endorsement = "forwarded-before-endorsement";
inline constexpr std::string_view not_endorsed = "not-endorsed";
inline constexpr std::string_view future_date = "future-date";
inline constexpr std::string_view stale_profile = "stale-profile";
inline constexpr std::string_view small_city = "small-city";
inline constexpr std::string_view duplicate_priority = "duplicate-priority";
inline constexpr std::string_view duplicate_application = "duplicate-application";
inline constexpr std::string_view submission_cap = "submission-cap";
inline constexpr std::string_view already_member = "already-member";
// Other inputs (the project's own).
inline constexpr std::string_view read_error = "read-error";
inline constexpr std::string_view input_too_complex = "input-too-complex";
inline constexpr std::string_view duplicate_member = "duplicate-member";
inline constexpr std::string_view report_before_admission = "report-before-admission";
inline constexpr std::string_view duplicate_call = "duplicate-call";
inline constexpr std::string_view invalid_call_dates = "invalid-call-dates";
inline constexpr std::string_view csv_syntax = "csv-syntax";
inline constexpr std::string_view invalid_score = "invalid-score";
inline constexpr std::string_view duplicate_score = "duplicate-score";
inline constexpr std::string_view unmatched_score = "unmatched-score";
inline constexpr std::string_view incomplete_scores = "incomplete-scores";
}  // namespace rule

Diagnostic make_diagnostic(std::string_view rule, Position position, std::string message, std::string hint = {});

}  // namespace gnlc
