// Admissions per country under the cap of one call (cli.md, "gnlc quota").
#pragma once

#include <gnlc/check.hpp>
#include <gnlc/scores.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gnlc {

// One checked application, as the quota sees it.
struct Candidate {
  std::string path;
  std::string city;
  const Country* country = nullptr;
  std::string country_text;  // as the application writes it
  std::optional<int> call;
  std::string_view first_error;  // empty when eligible
  std::optional<std::int64_t> priority;
  std::optional<Day> endorsed_on;

  bool eligible() const { return first_error.empty(); }
};

Candidate make_candidate(const FileReport& report);

// How a country's eligible applications were put in order.
enum class Ranking : std::uint8_t { scores, priority, none };
std::string_view ranking_name(Ranking ranking);

struct Ineligible {
  std::string city;
  std::string_view rule;  // the first error
};

// What became of one application, for the outputs with a row per
// application (csv, tsv, xlsx).
enum class Decision : std::uint8_t { admitted, over_quota, undecided, ineligible };
std::string_view decision_name(Decision decision);

struct Decided {
  std::string path;
  std::string city;
  Decision decision = Decision::ineligible;
  std::optional<int> rank;               // admitted and over quota: 1 first
  std::string_view rule;                 // ineligible: the first error
  std::optional<double> score;           // the jury's, where --scores has one, used or not
  std::optional<std::int64_t> priority;  // the National Commission's
};

struct CountryQuota {
  const Country* country = nullptr;
  int already_admitted = 0;
  int applications = 0;
  int eligible = 0;
  Ranking ranking = Ranking::none;
  bool over_subscribed = false;
  std::vector<std::string> admitted;    // ranking order
  std::vector<std::string> over_quota;  // ranking order
  std::vector<std::string> undecided;   // by name
  std::vector<Ineligible> ineligible;   // by name
  // Cities of `admitted` that the registry already holds as admitted
  // through this call (after `gnlc admit`): in ranking order.
  std::vector<std::string> registered;
  // Where scores cover only some eligible applications of an
  // over-subscribed country, the cities without one (by name).
  std::vector<std::string> unscored;
  std::optional<int> slots_left;  // none when the call has no cap
  // Every application of the country: admitted and over quota in ranking
  // order, then undecided and ineligible, each by name.
  std::vector<Decided> decided;
};

struct QuotaSummary {
  int countries = 0, applications = 0, eligible = 0, admitted = 0, over_quota = 0, undecided = 0,
      countries_over_subscribed = 0, countries_admitted = 0;
};

struct QuotaResult {
  int year = 0;
  std::optional<int> cap;
  std::vector<CountryQuota> countries;  // by alpha-2 code
  QuotaSummary summary;
  Diagnostics score_diagnostics;  // unmatched-score and incomplete-scores warnings
};

struct QuotaInput {
  int year = 0;
  std::optional<int> cap;  // none: no cap
  const Registry* members = nullptr;
  const std::vector<Score>* scores = nullptr;
};

// Applications without a country cannot be placed and are left out; the
// caller reports them. The result does not depend on the input order.
QuotaResult compute_quota(const std::vector<Candidate>& candidates, const QuotaInput& input);

// The call a quota is decided for, and its cap: --year, or else the one
// call the applications name; --cap, or else the call's quota in the
// calendar. `error` says why none can be chosen (several calls, none, a
// year without a call); the command suggests the option to give.
struct QuotaCall {
  int year = 0;
  std::optional<int> cap;
  std::string error;
};
QuotaCall choose_quota_call(const std::vector<Candidate>& candidates, const Calendar& calendar, std::optional<int> year,
                            std::optional<int> cap);

// Keeps the candidates the quota of `year` decides: of that call, with a
// known country, and of `only` when it is given. Returns how many were
// left out for another call (or none) and for want of a country; the
// caller warns of them.
struct LeftOut {
  std::size_t other_calls = 0;
  std::size_t without_country = 0;
};
LeftOut keep_call(std::vector<Candidate>& candidates, int year, const Country* only);

// The admitted cities of a decided quota, with their applications, and
// whether the registry holds them through this call already (so that a
// second `gnlc admit` adds nothing). A city admitted only because the
// registry holds it, without an application in the batch, is not one.
struct Admission {
  const Candidate* candidate = nullptr;
  bool registered = false;
};
struct Admissions {
  std::vector<Admission> cities;
  std::size_t countries = 0;  // with at least one city admitted
};
Admissions admissions_of(const QuotaResult& result, const std::vector<Candidate>& candidates, const Registry& registry);

}  // namespace gnlc
