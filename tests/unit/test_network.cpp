// network: the memberships active on a day, the intake of a call, and
// their counts by UNESCO region (cli.md, "gnlc members").
#include <doctest/doctest.h>
#include <gnlc/calendar.hpp>
#include <gnlc/network.hpp>

#include <string>
#include <vector>

using gnlc::Countries;
using gnlc::make_day;

namespace {

gnlc::Registry registry(std::string_view text) {
  auto parsed = gnlc::parse_registry(text, Countries::builtin(), gnlc::Calendar::builtin());
  REQUIRE(parsed.registry.has_value());
  return std::move(*parsed.registry);
}

std::vector<std::string> cities(const gnlc::MemberView& view) {
  std::vector<std::string> out;
  for (const gnlc::Member* member : view.members) out.push_back(member->city);
  return out;
}

constexpr std::string_view text = R"(format = 1
[[member]]
city = "Tyre"
country = "LB"
admitted = 2023-12-15
call = 2023
[[member]]
city = "Tétouan"
country = "MA"
admitted = 2023-12-15
call = 2023
[[member]]
city = "Sousse"
country = "TN"
admitted = 2024-01-10
call = 2023
[[member]]
city = "Évora"
country = "PT"
admitted = 2019-09-02
call = 2019
[[member]]
city = "espoo"
country = "FI"
admitted = 2019-09-02
call = 2019
[[member]]
city = "Gijón"
country = "ES"
admitted = 2016-09-19
status = "withdrawn"
[[member]]
city = "Kisumu"
country = "KE"
admitted = 2019-09-02
call = 2019
)";

}  // namespace

TEST_CASE("resolve_region") {
  CHECK(gnlc::resolve_region("Africa") == "Africa");
  CHECK(gnlc::resolve_region("arab states") == "Arab States");
  CHECK(gnlc::resolve_region("latin") == "Latin America and the Caribbean");
  CHECK(gnlc::resolve_region("PACIFIC") == "Asia and the Pacific");
  CHECK(gnlc::resolve_region("and") == std::nullopt);
  CHECK(gnlc::resolve_region("") == std::nullopt);
  CHECK(gnlc::resolve_region("Atlantis") == std::nullopt);
}

TEST_CASE("network_on") {
  const gnlc::Registry r = registry(text);
  const gnlc::MemberView view = gnlc::network_on(r, make_day(2024, 1, 1));
  // UNESCO's order of regions; in a region, case and accents do not move a
  // name out of its letter; withdrawn and later members are left out.
  CHECK(cities(view) == std::vector<std::string>{"Kisumu", "Tétouan", "Tyre", "espoo", "Évora"});
  REQUIRE(view.regions.size() == 3);
  CHECK(view.regions[0].region == "Africa");
  CHECK(view.regions[1].region == "Arab States");
  CHECK(view.regions[1].tally.members == 2);
  CHECK(view.regions[1].tally.countries == 2);
  CHECK(view.regions[2].region == "Europe and North America");
  CHECK(view.total.members == 5);
  CHECK(view.total.countries == 5);
  CHECK(gnlc::network_on(r, make_day(2019, 9, 1)).members.empty());

  gnlc::MemberFilter only_europe;
  only_europe.region = "Europe and North America";
  CHECK(cities(gnlc::network_on(r, make_day(2024, 1, 1), only_europe)) == std::vector<std::string>{"espoo", "Évora"});
  gnlc::MemberFilter only_kenya;
  only_kenya.country = Countries::builtin().by_alpha2("KE");
  CHECK(gnlc::network_on(r, make_day(2024, 1, 1), only_kenya).total.members == 1);
}

TEST_CASE("intake_of") {
  const gnlc::Registry r = registry(text);
  const gnlc::Intake intake = gnlc::intake_of(r, 2023);
  CHECK(cities(intake.members) == std::vector<std::string>{"Sousse", "Tétouan", "Tyre"});
  CHECK(intake.members.total.countries == 3);
  REQUIRE(intake.last_admission.has_value());
  CHECK(*intake.last_admission == make_day(2024, 1, 10));
  REQUIRE(intake.network_after.has_value());
  CHECK(intake.network_after->total.members == 6);

  const gnlc::Intake empty = gnlc::intake_of(r, 2025);
  CHECK(empty.members.members.empty());
  CHECK_FALSE(empty.network_after.has_value());
}
