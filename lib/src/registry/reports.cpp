#include <gnlc/reports.hpp>

#include <algorithm>
#include <iterator>

namespace gnlc {

DueDates::DueDates(Day admitted, const std::vector<ReportRound>& rounds) : admitted_(admitted) {
  for (const ReportRound& round : rounds)  // the calendar keeps them by deadline
    if (round.owed_by(admitted)) rounds_.push_back(&round);
}

Day DueDates::at(int k) const {
  if (std::size_t(k) <= rounds_.size()) return rounds_[std::size_t(k) - 1]->deadline;
  if (rounds_.empty()) return add_years(admitted_, 2 * k);
  return add_years(rounds_.back()->deadline, 2 * (k - int(rounds_.size())));
}

const ReportRound* DueDates::round(int k) const {
  return std::size_t(k) <= rounds_.size() ? rounds_[std::size_t(k) - 1] : nullptr;
}

std::string_view report_state_name(ReportState state) {
  switch (state) {
    case ReportState::overdue:
      return "overdue";
    case ReportState::due_soon:
      return "due-soon";
    case ReportState::ok:
      return "ok";
    case ReportState::inactive:
      return "inactive";
  }
  return "ok";
}

ReportStatus report_status(const Member& member, Day day, const std::vector<ReportRound>& rounds, int due_within) {
  ReportStatus status;
  // Reports dated after the day have not arrived yet as of that day.
  const auto received_end = std::upper_bound(member.reports.begin(), member.reports.end(), day);
  if (received_end != member.reports.begin()) status.last_report = *std::prev(received_end);
  if (member.status != MemberStatus::active) {
    status.state = ReportState::inactive;
    return status;
  }
  // Each report, in date order, settles the earliest unsettled due date,
  // provided it arrived after the previous due date (after admission, for
  // the first); otherwise it is an extra report and settles nothing.
  const DueDates due(member.admitted, rounds);
  int settled = 0;  // due dates 1..settled are settled
  for (auto it = member.reports.begin(); it != received_end; ++it) {
    const Day previous_due = settled == 0 ? member.admitted : due.at(settled);
    if (*it > previous_due) ++settled;
  }
  const Day next_due = due.at(settled + 1);
  status.next_due = next_due;
  status.round = due.round(settled + 1);
  if (next_due < day) {
    status.state = ReportState::overdue;
    status.days_overdue = days_between(next_due, day);
    for (int k = settled + 1; due.at(k) < day; ++k) ++status.missed;
  } else if (days_between(day, next_due) < due_within) {
    status.state = ReportState::due_soon;
  } else {
    status.state = ReportState::ok;
  }
  return status;
}

}  // namespace gnlc
