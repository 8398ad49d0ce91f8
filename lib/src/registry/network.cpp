#include <gnlc/network.hpp>

#include <gnlc/util/strings.hpp>
#include <gnlc/util/unicode.hpp>

#include <algorithm>
#include <array>
#include <set>
#include <tuple>

namespace gnlc {
namespace {

// Position of a region in UNESCO's order; a country outside them comes last.
std::size_t region_rank(std::string_view region) {
  return std::size_t(std::find(unesco_regions.begin(), unesco_regions.end(), region) - unesco_regions.begin());
}

std::string_view region_of(const Member& member) { return member.country->region; }

}  // namespace

std::optional<std::string_view> resolve_region(std::string_view text) {
  const std::string wanted = util::ascii_lower(util::trim(text));
  if (wanted.empty()) return std::nullopt;
  std::optional<std::string_view> found;
  for (std::string_view region : unesco_regions) {
    const std::string name = util::ascii_lower(region);
    if (name == wanted) return region;
    // A whole word of the name: "arab", "latin", "pacific".
    for (std::string_view word : util::split(name, ' ')) {
      if (word == wanted && word != "and" && word != "the") {
        if (found && *found != region) return std::nullopt;
        found = region;
      }
    }
  }
  return found;
}

bool MemberFilter::takes(const Member& member) const {
  if (country != nullptr && member.country != country) return false;
  return !region || region_of(member) == *region;
}

MemberView make_view(const std::vector<const Member*>& members) {
  struct Keyed {
    std::size_t region;
    std::string sort;
    std::string identity;
    const Member* member;
  };
  std::vector<Keyed> keyed;
  keyed.reserve(members.size());
  for (const Member* member : members)
    keyed.push_back(
        {region_rank(region_of(*member)), util::sort_key(member->city), util::identity_key(member->city), member});
  std::sort(keyed.begin(), keyed.end(), [](const Keyed& a, const Keyed& b) {
    return std::tie(a.region, a.sort, a.identity, a.member->city, a.member->country->alpha2, a.member->admitted) <
           std::tie(b.region, b.sort, b.identity, b.member->city, b.member->country->alpha2, b.member->admitted);
  });
  MemberView view;
  view.members.reserve(keyed.size());
  std::set<std::string_view> all_countries;
  std::set<std::string_view> region_countries;
  for (const Keyed& k : keyed) {
    const Member& member = *k.member;
    if (view.regions.empty() || view.regions.back().region != region_of(member)) {
      view.regions.push_back({region_of(member), {}});
      region_countries.clear();
    }
    Tally& tally = view.regions.back().tally;
    tally.members += 1;
    if (region_countries.insert(member.country->alpha2).second) tally.countries += 1;
    all_countries.insert(member.country->alpha2);
    view.members.push_back(&member);
  }
  view.total = {int(view.members.size()), int(all_countries.size())};
  return view;
}

MemberView network_on(const Registry& registry, Day day, const MemberFilter& filter) {
  std::vector<const Member*> members;
  for (const Member& member : registry.members())
    if (member.active_on(day) && filter.takes(member)) members.push_back(&member);
  return make_view(members);
}

Intake intake_of(const Registry& registry, int call, const MemberFilter& filter) {
  Intake intake;
  intake.call = call;
  std::vector<const Member*> members;
  for (const Member& member : registry.members()) {
    if (member.call != call || !filter.takes(member)) continue;
    members.push_back(&member);
    if (!intake.last_admission || member.admitted > *intake.last_admission) intake.last_admission = member.admitted;
  }
  intake.members = make_view(members);
  if (intake.last_admission) intake.network_after = network_on(registry, *intake.last_admission, filter);
  return intake;
}

}  // namespace gnlc
