// Biennial progress reports: due dates, the matching of received reports
// to them, and each member's status on a day (registry.md).
#pragma once

#include <gnlc/registry.hpp>

#include <optional>
#include <vector>

namespace gnlc {

// The k-th report (k >= 1) is due on admission plus 2k years; a 29
// February admission falls due on 28 February in common years.
Day report_due(Day admitted, int k);

enum class ReportState : std::uint8_t { overdue, due_soon, ok, inactive };
std::string_view report_state_name(ReportState state);  // overdue, due-soon, ok, inactive

struct ReportStatus {
  ReportState state = ReportState::ok;
  std::optional<Day> next_due;  // earliest unsettled due date; none when inactive
  long days_overdue = 0;
  int missed = 0;
  std::optional<Day> last_report;  // the latest report received by the day
};

inline constexpr int default_due_within_days = 60;

// Status as of `day`. Reports dated after `day` are not yet received. The
// due-soon window is `due_within` days long and starts on `day` itself.
ReportStatus report_status(const Member& member, Day day, int due_within = default_due_within_days);

}  // namespace gnlc
