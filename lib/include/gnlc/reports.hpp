// Biennial progress reports: due dates, the matching of received reports
// to them, and each member's status on a day (registry.md).
#pragma once

#include <gnlc/calendar.hpp>
#include <gnlc/registry.hpp>

#include <optional>
#include <string_view>
#include <vector>

namespace gnlc {

// The due dates of one member, in order (registry.md): the report rounds
// it owes, then every two years after the last of them; a member that owes
// no round reports every two years after its admission. Where a date plus
// 2k years does not exist (29 February), it is the last day of February.
class DueDates {
 public:
  DueDates(Day admitted, const std::vector<ReportRound>& rounds);
  // The k-th due date, k >= 1.
  Day at(int k) const;
  // The round whose deadline the k-th due date is; nullptr for the biennial rule.
  const ReportRound* round(int k) const;

 private:
  Day admitted_;
  std::vector<const ReportRound*> rounds_;  // the rounds owed, by deadline
};

enum class ReportState : std::uint8_t { overdue, due_soon, ok, inactive };
std::string_view report_state_name(ReportState state);  // overdue, due-soon, ok, inactive

struct ReportStatus {
  ReportState state = ReportState::ok;
  std::optional<Day> next_due;         // earliest unsettled due date; none when inactive
  const ReportRound* round = nullptr;  // the round whose deadline next_due is
  long days_overdue = 0;
  int missed = 0;
  std::optional<Day> last_report;  // the latest report received by the day
};

inline constexpr int default_due_within_days = 60;

// Status as of `day`. Reports dated after `day` are not yet received. The
// due-soon window is `due_within` days long and starts on `day` itself.
ReportStatus report_status(const Member& member, Day day, const std::vector<ReportRound>& rounds,
                           int due_within = default_due_within_days);

// The list of `gnlc reports`: the members a query selects, with their
// status, and the count of each state among the members filtered.
struct MemberReport {
  const Member* member = nullptr;
  ReportStatus status;
};

struct ReportCounts {
  int members = 0, overdue = 0, due_soon = 0, ok = 0, inactive = 0;
};

// The names --status accepts: overdue, due-soon, ok, inactive, all, and
// "default" (overdue and due-soon).
bool is_report_selection(std::string_view name);

struct ReportsQuery {
  Day day;
  int due_within = default_due_within_days;
  const Country* country = nullptr;  // only this country's members
  std::string_view region;           // only this region's members; empty: every region
  std::string_view selection = "default";
};

struct ReportsList {
  Day as_of;
  int due_within = default_due_within_days;
  std::vector<MemberReport> rows;  // most urgent first
  ReportCounts counts;
};

// Rows in order of state (overdue first), days overdue (most first),
// country code, then city (identity key, then as written).
ReportsList list_reports(const Registry& registry, const std::vector<ReportRound>& rounds, const ReportsQuery& query);

}  // namespace gnlc
