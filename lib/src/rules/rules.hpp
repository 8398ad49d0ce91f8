// The rules that judge an application's content, one function per group.
// Internal to libgnlc; check.cpp runs them in order.
#pragma once

#include <gnlc/check.hpp>

namespace gnlc::rules {

// What the rules share about one application.
struct Subject {
  const Application& application;
  const CheckContext& context;
  const Country* country = nullptr;  // resolved by check_country
  const Call* call = nullptr;        // resolved by find_call
};

// unknown-country, not-member-state.
void check_country(Subject& subject, Diagnostics& out);
// pledge-missing, stamp-missing.
void check_pledge(const Subject& subject, Diagnostics& out);
// small-city, stale-profile, and a data year after the call (invalid-value).
void check_profile(const Subject& subject, Diagnostics& out);
// no-call; sets subject.call.
void find_call(Subject& subject, Diagnostics& out);
// submission-outside-call, signature-after-submission, future-date.
void check_submission_dates(const Subject& subject, Diagnostics& out);
// endorsement-pending, endorsement-before-submission, endorsement-late,
// forwarded-before-endorsement, not-endorsed.
void check_endorsement(const Subject& subject, Diagnostics& out);
// already-member.
void check_membership(const Subject& subject, Diagnostics& out);

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
