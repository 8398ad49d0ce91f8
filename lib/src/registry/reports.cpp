#include <gnlc/reports.hpp>

#include <algorithm>
#include <iterator>

namespace gnlc {

Day report_due(Day admitted, int k) { return add_years(admitted, 2 * k); }

std::string_view report_state_name(ReportState state) {
  switch (state) {
    case ReportState::overdue: return "overdue";
    case ReportState::due_soon: return "due-soon";
    case ReportState::ok: return "ok";
    case ReportState::inactive: return "inactive";
  }
  return "ok";
}

ReportStatus report_status(const Member& member, Day day, int due_within) {
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
  int settled = 0;  // due dates 1..settled are settled
  for (auto it = member.reports.begin(); it != received_end; ++it) {
    const Day previous_due = settled == 0 ? member.admitted : report_due(member.admitted, settled);
    if (*it > previous_due) ++settled;
  }
  const Day next_due = report_due(member.admitted, settled + 1);
  status.next_due = next_due;
  if (next_due < day) {
    status.state = ReportState::overdue;
    status.days_overdue = days_between(next_due, day);
    for (int k = settled + 1; report_due(member.admitted, k) < day; ++k) ++status.missed;
  } else if (days_between(day, next_due) < due_within) {
    status.state = ReportState::due_soon;
  } else {
    status.state = ReportState::ok;
  }
  return status;
}

}  // namespace gnlc
