// The calendar in words, for the text outputs.
#include <gnlc/calendar.hpp>

#include <fmt/format.h>

namespace gnlc {

std::string describe_phase(const PhaseOnDay& phase) {
  if (!phase.days_left) return std::string(phase_name(phase.phase));
  return fmt::format("{}, {} day{} left", phase_name(phase.phase), *phase.days_left, *phase.days_left == 1 ? "" : "s");
}

std::string describe_cohort(const ReportRound& round) {
  if (round.admitted_from && round.admitted_before)
    return fmt::format("admitted {} to {}", format_iso_day(*round.admitted_from),
                       format_iso_day(*round.admitted_before - date::days{1}));
  if (round.admitted_before) return fmt::format("admitted before {}", format_iso_day(*round.admitted_before));
  if (round.admitted_from) return fmt::format("admitted from {}", format_iso_day(*round.admitted_from));
  return "every member";
}

}  // namespace gnlc
