// The rule catalogue: stable names used in every output format, with their
// default severity. ../shared/spec/domain.md is the contract for the
// application rules; the rules for registries, calendars and score files
// are the project's own and documented in their man pages.
#pragma once

#include <gnlc/diagnostic.hpp>

#include <array>
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

namespace catalogue_data {
using enum Severity;
using enum RuleScope;

// Each rule's name is written once here and once, as "name"_rule, where
// the rule is implemented, so that `grep -rn endorsement-late` finds the
// catalogue, the check, its tests and its man page.
inline constexpr std::array catalogue{
    RuleInfo{"toml-syntax", error, application, "not valid TOML (also: not UTF-8, an invalid date)"},
    RuleInfo{"file-too-large", error, application, "over the size limit (default 1 MiB)"},
    RuleInfo{"format-version", error, application, "`format` missing or not a supported version"},
    RuleInfo{"missing-field", error, application, "a required field is absent or an empty string"},
    RuleInfo{"wrong-type", error, application, "a value of the wrong TOML type"},
    RuleInfo{"invalid-value", error, application, "a value outside its allowed set or range"},
    RuleInfo{"unknown-field", warning, application, "a key the format does not have"},
    RuleInfo{"invalid-email", error, application, "`contact.email` malformed"},
    RuleInfo{"invalid-url", error, application, "`city.website` malformed"},
    RuleInfo{"invalid-phone", error, application, "`contact.phone` or `contact.fax` malformed"},
    RuleInfo{"word-limit", error, application, "a statement over 200 words"},
    RuleInfo{"unknown-country", error, application, "not a code, name or variant of any known country"},
    RuleInfo{"not-member-state", error, application,
             "not a UNESCO Member State or Associate Member on the submission date"},
    RuleInfo{"pledge-missing", error, application, "the Beijing Declaration or the Key Features not adopted"},
    RuleInfo{"stamp-missing", warning, application, "no official stamp"},
    RuleInfo{"no-call", error, application, "no call matches the application"},
    RuleInfo{"submission-outside-call", error, application, "submission date outside the call's application window"},
    RuleInfo{"signature-after-submission", error, application, "the mayor signed after the submission date"},
    RuleInfo{"endorsement-pending", warning, application,
             "no endorsement yet: a warning before the deadline, an error after it"},
    RuleInfo{"endorsement-before-submission", error, application, "endorsement dated before the submission"},
    RuleInfo{"endorsement-late", error, application, "decision or forwarding after the endorsement deadline"},
    RuleInfo{"forwarded-before-endorsement", error, application, "forwarded before the decision date"},
    RuleInfo{"not-endorsed", error, application, "the National Commission did not endorse"},
    RuleInfo{"future-date", error, application, "a date after the as-of date"},
    RuleInfo{"stale-profile", warning, application, "profile data more than 5 years older than the call"},
    RuleInfo{"small-city", warning, application, "population under 10,000"},
    RuleInfo{"duplicate-priority", error, batch, "two applications of one country and call with the same priority"},
    RuleInfo{"duplicate-application", error, batch, "the same city twice in the same call, in one batch"},
    RuleInfo{"submission-cap", warning, batch,
             "more endorsed applications of one country in one call than the call's submission cap"},
    RuleInfo{"already-member", error, batch,
             "a membership of the city was active on the submission date, not admitted through this call"},
    RuleInfo{"read-error", error, input, "an input that cannot be read"},
    RuleInfo{"input-too-complex", error, input, "an input beyond a limit that keeps checking cheap"},
    RuleInfo{"duplicate-member", error, registry, "two entries of one city whose memberships overlap"},
    RuleInfo{"report-before-admission", error, registry, "a progress report dated before admission"},
    RuleInfo{"duplicate-call", error, calendar, "two calls for the same year"},
    RuleInfo{"invalid-call-dates", error, calendar, "a call whose dates are out of order"},
    RuleInfo{"csv-syntax", error, scores, "not a well-formed CSV file with the required header"},
    RuleInfo{"invalid-score", error, scores, "a score that is not a finite decimal number"},
    RuleInfo{"duplicate-score", error, scores, "two scores for the same city"},
    RuleInfo{"unmatched-score", warning, scores, "a score row that matches no application"},
    RuleInfo{"incomplete-scores", warning, scores,
             "scores for some but not all eligible applications of an over-subscribed country"},
};
}  // namespace catalogue_data

std::span<const RuleInfo> rule_catalogue();
const RuleInfo* find_rule(std::string_view name);

// A rule's name, checked against the catalogue at compile time: a
// misspelt "endorsment-late"_rule does not compile. A literal operator
// template rather than a consteval function, which emscripten's clang
// does not always evaluate at compile time.
namespace catalogue_data {
template <std::size_t N>
struct RuleLiteral {
  char text[N];
  constexpr RuleLiteral(const char (&literal)[N]) {  // implicit: the literal operator converts to it
    for (std::size_t i = 0; i < N; ++i) text[i] = literal[i];
  }
};

constexpr std::string_view checked_name(std::string_view name) {
  for (const RuleInfo& info : catalogue)
    if (info.name == name) return info.name;
  throw "not a rule of the catalogue";
}
}  // namespace catalogue_data

template <catalogue_data::RuleLiteral literal>
constexpr std::string_view operator""_rule() {
  constexpr std::string_view name = catalogue_data::checked_name({literal.text, sizeof literal.text - 1});
  return name;
}

Diagnostic make_diagnostic(std::string_view rule, Position position, std::string message, std::string hint = {});

}  // namespace gnlc
