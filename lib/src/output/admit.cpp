#include <gnlc/output/admit.hpp>
#include <gnlc/util/strings.hpp>
#include <gnlc/util/text_safety.hpp>

#include <fmt/format.h>

namespace gnlc::output {
namespace {

std::string plural(std::size_t n, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

}  // namespace

std::string member_entry(const Candidate& candidate, std::string_view path, Day date, int call) {
  return fmt::format(
      "\n# admitted through the {} call: {}\n[[member]]\ncity = {}\ncountry = {}\nadmitted = {}\n"
      "call = {}\n",
      call, util::printable(path), util::toml_basic_string(candidate.city()),
      util::toml_basic_string(candidate.country_text().empty() ? std::string_view(candidate.country()->alpha2)
                                                               : candidate.country_text()),
      format_iso_day(date), call);
}

std::string admit_account(const AdmitAccount& a) {
  return fmt::format("admitted {} from {} through the {} call on {} ({}: {}{})", plural(a.cities, "city", "cities"),
                     plural(a.countries, "country", "countries"), a.call, format_iso_day(a.date),
                     util::printable(a.registry),
                     a.dry_run ? plural(a.entries, "entry would be added", "entries would be added")
                               : plural(a.entries, "entry added", "entries added"),
                     a.already > 0 ? fmt::format(", {} already registered", a.already) : std::string());
}

std::string undecided_country(const CountryQuota& q) {
  return fmt::format("{} ({}) is undecided: {} for {}, with neither complete jury scores nor priorities",
                     q.country->unesco_name, q.country->alpha2,
                     plural(q.undecided().size(), "eligible application", "eligible applications"),
                     plural(std::size_t(q.slots_left.value_or(0)), "place", "places"));
}

}  // namespace gnlc::output
