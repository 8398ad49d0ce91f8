// The rules that judge an application's dates against its call.
#include "application_rules.hpp"

#include <gnlc/rules.hpp>

#include <fmt/format.h>

#include <array>

namespace gnlc::rules {
namespace {

constexpr std::array<std::string_view, 12> month_names{"January",   "February", "March",    "April",
                                                       "May",       "June",     "July",     "August",
                                                       "September", "October",  "November", "December"};

std::string nearest_calls(std::pair<const Call*, const Call*> neighbours) {
  const auto [before, after] = neighbours;
  if (before && after)
    return fmt::format("the nearest calls are {} and {}", describe_call(*before), describe_call(*after));
  if (before) return fmt::format("the latest call was {}", describe_call(*before));
  if (after) return fmt::format("the next call is {}", describe_call(*after));
  return "the calendar has no calls";
}

void check_not_future(const std::optional<Located<Day>>& day, std::string_view path, Day as_of, Diagnostics& out) {
  if (day && day->value > as_of)
    out.push_back(make_diagnostic(
        "future-date"_rule, day->position,
        fmt::format("'{}' {} is in the future (today is {})", path, format_iso_day(day->value), format_iso_day(as_of)),
        "use --as-of to check as of another day"));
}

}  // namespace

std::string describe_day(Day day) {
  const date::year_month_day ymd{day};
  return fmt::format("{} {} {}", unsigned(ymd.day()), month_names[unsigned(ymd.month()) - 1], int(ymd.year()));
}

std::string describe_call(const Call& call) {
  return fmt::format("{} ({} to {})", call.year, describe_day(call.opens), describe_day(call.closes));
}

std::string no_call_in(const Calendar& calendar, int year) {
  const auto& calls = calendar.calls();
  if (!calls.empty() && year > calls.back().year) {
    const int latest = calls.back().year;
    const int gap = calls.size() >= 2 ? latest - calls[calls.size() - 2].year : 1;
    const std::string rhythm = gap == 1 ? "annual" : gap == 2 ? "biennial" : fmt::format("every {} years", gap);
    return fmt::format(
        "no call is known yet for {}; the latest is {}; calls have been {}; the next is expected in {}; "
        "add it with --calendar FILE",
        year, describe_call(calls.back()), rhythm, latest + gap);
  }
  const auto [before, after] = calendar.neighbours(year);
  std::string nearest;
  if (before) nearest += "; the call before it is " + describe_call(*before);
  if (after) nearest += "; the call after it is " + describe_call(*after);
  return fmt::format("there was no call in {}{}", year, nearest);
}

std::string inferred_note(const Call& call, std::string_view key) {
  if (!call.is_inferred(key)) return {};
  if (key == "endorsement_deadline") {
    const bool one_month = call.endorsement_deadline == one_month_after(call.closes);
    return fmt::format(
        "the {} call published no endorsement deadline; {} is {}; pass the real date with --calendar FILE", call.year,
        describe_day(call.endorsement_deadline), one_month ? "one month after the close" : "inferred");
  }
  const Day day = key == "opens" ? call.opens : call.closes;
  return fmt::format("the {} call's {} date, {}, is inferred, not published; pass the real date with --calendar FILE",
                     call.year, key == "opens" ? "opening" : "closing", describe_day(day));
}

Diagnostics check_call(const Subject& subject) {
  Diagnostics out;
  const Application& app = subject.application;
  const Calendar& calendar = subject.context.calendar;
  if (subject.call != nullptr) return out;
  if (app.call) {
    const int year = int(app.call->value);
    out.push_back(make_diagnostic("no-call"_rule, app.call->position, fmt::format("there was no call in {}", year),
                                  nearest_calls(calendar.neighbours(year))));
  } else if (app.submitted_on) {
    const Day submitted = app.submitted_on->value;
    out.push_back(make_diagnostic("no-call"_rule, app.submitted_on->position,
                                  fmt::format("no call was open on {}", describe_day(submitted)),
                                  nearest_calls(calendar.neighbours(submitted))));
  }
  return out;
}

Diagnostics check_submission_dates(const Subject& subject) {
  Diagnostics out;
  const Application& app = subject.application;
  const Day as_of = subject.context.as_of;
  check_not_future(app.signed_on, "pledge.signed", as_of, out);
  check_not_future(app.submitted_on, "submission.date", as_of, out);
  check_not_future(app.endorsed_on, "endorsement.date", as_of, out);
  check_not_future(app.forwarded_on, "endorsement.forwarded", as_of, out);
  if (!app.submitted_on) return out;
  const Day submitted = app.submitted_on->value;
  if (app.signed_on && app.signed_on->value > submitted)
    out.push_back(make_diagnostic("signature-after-submission"_rule, app.signed_on->position,
                                  fmt::format("the mayor signed on {}, after the submission on {}",
                                              describe_day(app.signed_on->value), describe_day(submitted)),
                                  "the form must be signed before it is sent"));
  const Call* call = subject.call;
  if (call && !call->window_holds(submitted))
    out.push_back(make_diagnostic("submission-outside-call"_rule, app.submitted_on->position,
                                  fmt::format("submitted on {}, {} the {} call's window ({} to {})",
                                              describe_day(submitted), submitted < call->opens ? "before" : "after",
                                              call->year, describe_day(call->opens), describe_day(call->closes)),
                                  inferred_note(*call, submitted < call->opens ? "opens" : "closes")));
  return out;
}

Diagnostics check_endorsement(const Subject& subject) {
  Diagnostics out;
  const Application& app = subject.application;
  const Call* call = subject.call;
  if (!app.has_endorsement) {
    if (call == nullptr) return out;  // no deadline to judge against; no-call says why
    const Day deadline = call->endorsement_deadline;
    const bool overdue = subject.context.as_of > deadline;
    Diagnostic pending = make_diagnostic(
        "endorsement-pending"_rule, {1, 1},
        overdue
            ? fmt::format("no endorsement, and the {} deadline for it passed on {}", call->year, describe_day(deadline))
            : fmt::format("not yet endorsed by the National Commission (deadline {})", describe_day(deadline)),
        overdue && call->is_inferred("endorsement_deadline")
            ? inferred_note(*call, "endorsement_deadline")
            : "the National Commission fills in the [endorsement] table");
    pending.severity = overdue ? Severity::error : Severity::warning;
    out.push_back(std::move(pending));
    return out;
  }
  if (app.decision && app.decision->value == "not-endorsed")
    out.push_back(make_diagnostic("not-endorsed"_rule, app.decision->position,
                                  "the National Commission did not endorse the application",
                                  "an application needs its National Commission's endorsement"));
  if (app.endorsed_on && app.submitted_on && app.endorsed_on->value < app.submitted_on->value)
    out.push_back(
        make_diagnostic("endorsement-before-submission"_rule, app.endorsed_on->position,
                        fmt::format("endorsed on {}, before the submission on {}", describe_day(app.endorsed_on->value),
                                    describe_day(app.submitted_on->value))));
  if (app.forwarded_on && app.endorsed_on && app.forwarded_on->value < app.endorsed_on->value)
    out.push_back(
        make_diagnostic("forwarded-before-endorsement"_rule, app.forwarded_on->position,
                        fmt::format("forwarded on {}, before the decision on {}", describe_day(app.forwarded_on->value),
                                    describe_day(app.endorsed_on->value))));
  if (call == nullptr) return out;
  const Day deadline = call->endorsement_deadline;
  for (const auto& [day, what] : {std::pair{&app.endorsed_on, "endorsed"}, std::pair{&app.forwarded_on, "forwarded"}}) {
    if (*day && (*day)->value > deadline)
      out.push_back(make_diagnostic("endorsement-late"_rule, (*day)->position,
                                    fmt::format("{} on {}, after the {} call's endorsement deadline of {}", what,
                                                describe_day((*day)->value), call->year, describe_day(deadline)),
                                    inferred_note(*call, "endorsement_deadline")));
  }
  return out;
}

}  // namespace gnlc::rules
