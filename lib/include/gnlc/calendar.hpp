// The calls for applications. Calls are data (data/calls.toml, embedded;
// replaced with --calendar FILE), never code.
#pragma once

#include <gnlc/dates.hpp>
#include <gnlc/diagnostic.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gnlc {

struct Call {
  int year = 0;
  Day opens;
  Day closes;
  Day endorsement_deadline;
  std::optional<int> quota_per_country;  // none: no cap
  // The most applications one country's National Commission may send.
  std::optional<int> submission_cap;
  // The dates before an extension, so that a report can tell "on time only
  // thanks to the extension".
  std::optional<Day> original_closes;
  std::optional<Day> original_endorsement_deadline;
  std::string source;
  // Where each fact comes from: key ("opens", "closes", ...) and source.
  std::vector<std::pair<std::string, std::string>> sources;
  // The dates no source publishes ("opens", "endorsement_deadline", ...):
  // inferred from the regulations, and said so wherever they are used.
  std::vector<std::string> inferred;
  Position position;  // of the [[call]] header

  bool window_holds(Day day) const { return opens <= day && day <= closes; }
  bool is_inferred(std::string_view key) const;
};

// A round of progress reports: one deadline for the members admitted in a
// range of days (registry.md, "When a progress report is due").
struct ReportRound {
  Day deadline;
  std::optional<Day> admitted_from;    // on or after; none: open
  std::optional<Day> admitted_before;  // before; none: open
  std::string source;
  Position position;

  bool owed_by(Day admitted) const {
    return (!admitted_from || *admitted_from <= admitted) && (!admitted_before || admitted < *admitted_before) &&
           admitted < deadline;
  }
};

enum class Phase : std::uint8_t { before_call, call_open, endorsement, closed };
std::string_view phase_name(Phase phase);

struct PhaseOnDay {
  Phase phase;
  std::optional<long> days_left;  // last day of the phase minus the day; none when closed
};
PhaseOnDay phase_on(const Call& call, Day day);
// "call-open, 3 days left", for people.
std::string describe_phase(const PhaseOnDay& phase);
// The members a round is owed by: "admitted 2020-01-01 to 2021-12-31",
// "admitted before ...", "admitted from ...", or "every member".
std::string describe_cohort(const ReportRound& round);

class Calendar {
 public:
  Calendar() = default;
  explicit Calendar(std::vector<Call> calls, std::vector<ReportRound> rounds = {});  // sorts both

  static const Calendar& builtin();
  // The text of the built-in calendar file (data/calls.toml), to start a
  // --calendar file from: `gnlc calendar --format toml > calls.toml`.
  static std::string_view builtin_text();

  const Call* find(int year) const;
  // The call whose application window holds the day.
  const Call* call_open_on(Day day) const;
  // The nearest calls before and after a year without one.
  std::pair<const Call*, const Call*> neighbours(int year) const;
  // The calls whose windows closed last before a day and open first after it.
  std::pair<const Call*, const Call*> neighbours(Day day) const;
  // The call a city admitted on a day came through: the latest whose
  // endorsement deadline is before that day (registry.md). nullptr before
  // the first call.
  const Call* call_admitting_on(Day admitted) const;
  const std::vector<Call>& calls() const { return calls_; }
  const std::vector<ReportRound>& report_rounds() const { return rounds_; }  // by deadline

 private:
  std::vector<Call> calls_;
  std::vector<ReportRound> rounds_;
};

struct CalendarParse {
  std::optional<Calendar> calendar;
  Diagnostics diagnostics;
};
// Parses the calendar file format (gnlc-calendar(5)).
CalendarParse parse_calendar(std::string_view text);

}  // namespace gnlc
