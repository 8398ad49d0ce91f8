// The network in figures (cli.md, "gnlc members"): the memberships active
// on a day, the intake of a call, and their counts by UNESCO region, as
// UIL announces them ("77 new members from 44 countries").
#pragma once

#include <gnlc/registry.hpp>

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace gnlc {

// A region by its name, any case, or by a word of it ("arab", "latin");
// nullopt when none or several match.
std::optional<std::string_view> resolve_region(std::string_view text);

// Which members a view takes; empty means every one.
struct MemberFilter {
  const Country* country = nullptr;
  std::optional<std::string_view> region;
  bool takes(const Member& member) const;
};

struct Tally {
  int members = 0;
  int countries = 0;
};

struct RegionTally {
  std::string_view region;  // "" for a country outside the five regions
  Tally tally;
};

// Members in announcement order, with their counts.
struct MemberView {
  std::vector<const Member*> members;  // by region (UNESCO's order), then city as a reader sorts
  std::vector<RegionTally> regions;    // the regions that have members, in UNESCO's order
  Tally total;
};

// Sorts and counts a set of members.
MemberView make_view(const std::vector<const Member*>& members);

// The memberships active on a day (registry.md, "active on a day").
MemberView network_on(const Registry& registry, Day day, const MemberFilter& filter = {});

// The members admitted through a call, and the network right after them:
// the memberships active on the intake's last admission day (none when
// the call admitted nobody).
struct Intake {
  int call = 0;
  MemberView members;
  std::optional<Day> last_admission;
  std::optional<MemberView> network_after;
};
Intake intake_of(const Registry& registry, int call, const MemberFilter& filter = {});

}  // namespace gnlc
