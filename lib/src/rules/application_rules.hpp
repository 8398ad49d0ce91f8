// The rules that judge one application's content (the content rules of
// domain.md), one function per group; and the descriptions of calls and
// days their messages share. Internal to libgnlc; check.cpp runs them.
#pragma once

#include <gnlc/check.hpp>

#include <span>

namespace gnlc::rules {

// What the rules read about one application: the application and the
// context, and what two or more rules look up in them, looked up once
// before any rule runs. A rule takes it const and returns its diagnostics,
// so no rule sees another's work and their order changes only the order
// of diagnostics at the same position.
struct Subject {
  const Application& application;
  const CheckContext& context;
  const Country* country = nullptr;  // the application's country, when known
  const Call* call = nullptr;        // the call that applies: `call`, else the one open on submission.date

  // The year the rules judge against: the call's, else the declared `call`.
  std::optional<int> call_year() const;
};

Subject make_subject(const Application& application, const CheckContext& context);

// unknown-country, not-member-state.
Diagnostics check_country(const Subject& subject);
// pledge-missing, stamp-missing.
Diagnostics check_pledge(const Subject& subject);
// small-city, stale-profile, and a data year after the call (invalid-value).
Diagnostics check_profile(const Subject& subject);
// no-call.
Diagnostics check_call(const Subject& subject);
// submission-outside-call, signature-after-submission, future-date.
Diagnostics check_submission_dates(const Subject& subject);
// endorsement-pending, endorsement-before-submission, endorsement-late,
// forwarded-before-endorsement, not-endorsed.
Diagnostics check_endorsement(const Subject& subject);
// already-member.
Diagnostics check_membership(const Subject& subject);

using Rule = Diagnostics (*)(const Subject&);
// Every content rule, in the order their diagnostics are listed where two
// share a position.
std::span<const Rule> content_rules();

// "2025 (15 May to 15 June 2025)", for messages.
std::string describe_call(const Call& call);
std::string describe_day(Day day);  // "15 June 2025"
// Why a year has no call: the nearest calls, or for a year after the
// latest, that none is known yet and when the next is expected.
std::string no_call_in(const Calendar& calendar, int year);
// A hint for a diagnostic judged against an inferred date of the call
// ("opens", "closes", "endorsement_deadline"); empty for a published one.
std::string inferred_note(const Call& call, std::string_view key);

}  // namespace gnlc::rules
