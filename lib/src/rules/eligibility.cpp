#include "application_rules.hpp"

#include <gnlc/rules.hpp>

#include <fmt/format.h>

namespace gnlc::rules {

Diagnostics check_country(const Subject& subject) {
  Diagnostics out;
  const auto& country_field = subject.application.country;
  if (!country_field) return out;
  const Countries& countries = subject.context.countries;
  const Country* country = subject.country;
  if (country == nullptr) {
    std::string hint;
    if (const auto near = countries.suggest(country_field->value))
      hint = fmt::format("did you mean '{}'?", *near);
    else
      hint = "write the ISO 3166-1 code of the country, such as \"KE\" or \"KEN\"";
    out.push_back(make_diagnostic("unknown-country"_rule, country_field->position,
                                  fmt::format("unknown country \"{}\"", country_field->value), std::move(hint)));
    return out;
  }
  // Membership is judged on the submission date; without one, on the as-of date.
  const auto& submitted = subject.application.submitted_on;
  const Day day = submitted ? submitted->value : subject.context.as_of;
  if (country->is_member_on(day)) return out;
  std::string hint;
  if (!country->part_of.empty()) {
    // Only towards a state that could take the application on that day.
    if (const Country* parent = countries.by_alpha2(country->part_of); parent && parent->is_member_on(day))
      hint = fmt::format("cities in {} apply through {}: write country = \"{}\"", country->unesco_name,
                         parent->unesco_name, parent->alpha2);
  } else if (!country->periods.empty()) {
    hint = "membership of UNESCO is judged on the submission date";
  }
  out.push_back(make_diagnostic("not-member-state"_rule, country_field->position,
                                fmt::format("{} ({}) is not a UNESCO Member State or Associate Member on {}",
                                            country->unesco_name, country->alpha2, describe_day(day)),
                                std::move(hint)));
  return out;
}

Diagnostics check_pledge(const Subject& subject) {
  Diagnostics out;
  const Application& app = subject.application;
  if (app.beijing_declaration && !app.beijing_declaration->value)
    out.push_back(make_diagnostic("pledge-missing"_rule, app.beijing_declaration->position,
                                  "the city does not adopt the Beijing Declaration on Building Learning Cities",
                                  "adopting the network's guiding documents is a condition of membership"));
  if (app.key_features && !app.key_features->value)
    out.push_back(make_diagnostic("pledge-missing"_rule, app.key_features->position,
                                  "the city does not adopt the Key Features of Learning Cities",
                                  "adopting the network's guiding documents is a condition of membership"));
  // The stamp goes beside the signature: a pledge not signed yet (no
  // [pledge], or no `signed`) is already a missing-field error, and an
  // unfilled template (gnlc new) must give nothing else.
  if ((!app.stamp || !app.stamp->value) && app.signed_on) {
    const Position at = app.stamp ? app.stamp->position : app.pledge_table;
    if (at.known())
      out.push_back(make_diagnostic("stamp-missing"_rule, at, "the application carries no official stamp",
                                    "affix the city's official stamp and write: stamp = true"));
  }
  return out;
}

Diagnostics check_profile(const Subject& subject) {
  Diagnostics out;
  const Application& app = subject.application;
  if (app.population && app.population->value < small_city_population)
    out.push_back(
        make_diagnostic("small-city"_rule, app.population->position,
                        fmt::format("a population of {} is under {}", app.population->value, small_city_population),
                        "a learning city is understood as an administrative unit of at least 10,000 inhabitants"));
  const std::optional<std::int64_t> call_year = subject.call_year();
  if (!app.data_year || !call_year) return out;
  const std::int64_t data_year = app.data_year->value;
  if (data_year > *call_year)
    out.push_back(
        make_diagnostic("invalid-value"_rule, app.data_year->position,
                        fmt::format("'profile.data_year' {} is after the call year {}", data_year, *call_year),
                        "give the year the figures refer to"));
  else if (data_year < *call_year - stale_profile_years)
    out.push_back(make_diagnostic("stale-profile"_rule, app.data_year->position,
                                  fmt::format("the profile figures are from {}, more than {} years before the {} call",
                                              data_year, stale_profile_years, *call_year),
                                  fmt::format("give figures from {} or later", *call_year - stale_profile_years)));
  return out;
}

Diagnostics check_membership(const Subject& subject) {
  Diagnostics out;
  const Application& app = subject.application;
  const auto& name = app.city_name;
  if (subject.context.members == nullptr || subject.country == nullptr || !name) return out;
  // Membership is judged on the submission date; without one, on the as-of date.
  const Day day = app.submitted_on ? app.submitted_on->value : subject.context.as_of;
  const Member* member = subject.context.members->active_on(*subject.country, name->value, day);
  if (member == nullptr) return out;
  // An admission through this very call is this application's own result.
  const std::optional<int> call = subject.call_year();
  if (call && member->call == call) return out;
  out.push_back(make_diagnostic("already-member"_rule, name->position,
                                fmt::format("{} ({}) is already a member, admitted on {}", member->city,
                                            subject.country->alpha2, describe_day(member->admitted)),
                                "a member city does not apply again; a city whose membership ended may"));
  return out;
}

}  // namespace gnlc::rules
