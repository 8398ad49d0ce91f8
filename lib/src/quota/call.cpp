// Which call and which cap `gnlc quota` decides: policy of the quota, not
// of the command line.
#include <gnlc/quota.hpp>

#include "../rules/application_rules.hpp"

#include <fmt/format.h>

#include <set>
#include <unordered_set>

namespace gnlc {
namespace {

// Admissions are announced after the call, often in the next year: point a
// year of admissions at its call.
std::string no_call_for_quota(const Calendar& calendar, int year) {
  const Call* admitting = calendar.call_admitting_on(Day{date::year{year} / date::December / 31});
  if (admitting && admitting->year < year && year < calendar.calls().back().year)
    return fmt::format(
        "there was no call in {}; cities admitted in {} came from the {} call: use --year {} "
        "(or give the cap with --cap)",
        year, year, admitting->year, admitting->year);
  return fmt::format("{}; give the cap with --cap", rules::no_call_in(calendar, year));
}

}  // namespace

QuotaCall choose_quota_call(const std::vector<Candidate>& candidates, const Calendar& calendar, std::optional<int> year,
                            std::optional<int> cap) {
  QuotaCall chosen;
  if (year) {
    chosen.year = *year;
  } else {
    std::set<int> calls;
    for (const Candidate& c : candidates)
      if (c.call()) calls.insert(*c.call());
    if (calls.empty()) return {0, std::nullopt, "no application names a call; choose one with --year"};
    if (calls.size() > 1) {
      std::string found;
      for (int call : calls) found += (found.empty() ? "" : ", ") + std::to_string(call);
      return {0, std::nullopt,
              fmt::format("the applications belong to several calls ({}); choose one with --year", found)};
    }
    chosen.year = *calls.begin();
  }
  chosen.cap = cap;
  if (!cap) {
    const Call* call = calendar.find(chosen.year);
    if (call == nullptr) return {chosen.year, std::nullopt, no_call_for_quota(calendar, chosen.year)};
    chosen.cap = call->quota_per_country;
  }
  return chosen;
}

LeftOut keep_call(std::vector<Candidate>& candidates, int year, const Country* only) {
  LeftOut left_out;
  std::erase_if(candidates, [&](const Candidate& c) {
    if (c.call() != year) return ++left_out.other_calls, true;
    if (c.country() == nullptr) return ++left_out.without_country, true;
    return only != nullptr && c.country() != only;
  });
  return left_out;
}

Admissions admissions_of(const QuotaResult& result, const Registry& registry) {
  std::unordered_set<std::string> registered;
  for (const Member& member : registry.members())
    if (member.call == result.year) registered.insert(city_identity(*member.country, member.city));
  Admissions admissions;
  for (const CountryQuota& q : result.countries) {
    if (q.admitted().empty()) continue;
    ++admissions.countries;
    for (const Candidate* c : q.admitted())
      admissions.cities.push_back({c, registered.contains(city_identity(*q.country, c->city()))});
  }
  return admissions;
}

}  // namespace gnlc
