// Admissions per country under the cap of one call (cli.md, "gnlc quota").
#pragma once

#include <gnlc/check.hpp>
#include <gnlc/rules.hpp>
#include <gnlc/scores.hpp>
#include <gnlc/util/text_store.hpp>

#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace gnlc {

// One checked application, as the quota sees it, in 48 bytes: a million
// of them are a batch's largest part. Its texts are kept by the TextStore
// given to make_candidate, and its path by the batch's list of files.
class Candidate {
 public:
  std::string_view city() const { return {texts_, city_size_}; }
  const Country* country() const { return country_; }
  // As the application writes it, where that differs from the country's
  // code; empty otherwise (and for an application without a country).
  std::string_view country_text() const { return {texts_ + city_size_, country_text_size_}; }
  // Its index in the batch: QuotaInput::path gives its path.
  std::uint32_t file() const { return file_; }
  std::optional<int> call() const { return has_call_ ? std::optional<int>(call_) : std::nullopt; }
  std::string_view first_error() const {
    return first_error_ == 0 ? std::string_view() : catalogue_data::catalogue[first_error_ - 1].name;
  }
  std::optional<std::int64_t> priority() const {
    return has_priority_ ? std::optional<std::int64_t>(priority_) : std::nullopt;
  }
  std::optional<Day> endorsed_on() const {
    return endorsed_on_ == Day::max() ? std::nullopt : std::optional<Day>(endorsed_on_);
  }
  bool eligible() const { return first_error_ == 0; }

 private:
  friend Candidate make_candidate(const FileReport& report, std::uint32_t file, util::TextStore& texts);

  const char* texts_ = nullptr;  // the city, then the country as written
  std::uint32_t city_size_ = 0;
  std::uint32_t country_text_size_ = 0;
  const Country* country_ = nullptr;
  std::int64_t priority_ = 0;
  std::uint32_t file_ = 0;
  std::int32_t call_ = 0;
  Day endorsed_on_ = Day::max();  // none: no date is that late
  std::uint8_t first_error_ = 0;  // its place in the rule catalogue, plus one; 0 when eligible
  bool has_call_ = false;
  bool has_priority_ = false;
};

// `file` is the report's index in the batch.
Candidate make_candidate(const FileReport& report, std::uint32_t file, util::TextStore& texts);

// How a country's eligible applications were put in order.
enum class Ranking : std::uint8_t { scores, priority, none };
std::string_view ranking_name(Ranking ranking);

// What became of one application, for the outputs with a row per
// application (csv, tsv, xlsx).
enum class Decision : std::uint8_t { admitted, over_quota, undecided, ineligible };
std::string_view decision_name(Decision decision);

struct CountryQuota {
  using Rows = std::span<const Candidate* const>;

  const Country* country = nullptr;
  int already_admitted = 0;
  int applications = 0;
  int eligible = 0;
  Ranking ranking = Ranking::none;
  bool over_subscribed = false;
  // Every application of the country: admitted and over quota in ranking
  // order, then undecided and ineligible, each by name. The four parts
  // follow. The candidates given to compute_quota must outlive the result.
  std::vector<const Candidate*> decided;
  // The jury's score of each row of `decided`, used or not: empty without
  // --scores, null for a row without one.
  std::vector<const Score*> scores;
  std::uint32_t admitted_size = 0;
  std::uint32_t over_quota_size = 0;
  std::uint32_t undecided_size = 0;
  // Cities of `admitted` that the registry already holds as admitted
  // through this call (after `gnlc admit`): in ranking order.
  std::vector<std::string_view> registered;
  // Where scores cover only some eligible applications of an
  // over-subscribed country, the cities without one (by name).
  std::vector<std::string_view> unscored;
  std::optional<int> slots_left;  // none when the call has no cap

  Rows admitted() const { return part(0, admitted_size); }                                  // ranking order
  Rows over_quota() const { return part(admitted_size, over_quota_size); }                  // ranking order
  Rows undecided() const { return part(admitted_size + over_quota_size, undecided_size); }  // by name
  Rows ineligible() const {                                                                 // by name
    const std::size_t from = std::size_t(admitted_size) + over_quota_size + undecided_size;
    return Rows(decided).subspan(from);
  }
  // Of the row decided[row].
  Decision decision(std::size_t row) const;
  std::optional<int> rank(std::size_t row) const;  // admitted and over quota: 1 first
  const Score* score(std::size_t row) const { return scores.empty() ? nullptr : scores[row]; }

 private:
  Rows part(std::size_t from, std::size_t size) const { return Rows(decided).subspan(from, size); }
};

// A candidate's path, from its index in the batch (Candidate::file).
using PathOf = std::function<std::string(std::uint32_t)>;

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
  PathOf path;                    // QuotaInput::path
};

struct QuotaInput {
  int year = 0;
  std::optional<int> cap;  // none: no cap
  const Registry* members = nullptr;
  const std::vector<Score>* scores = nullptr;
  PathOf path;
};

// Applications without a country cannot be placed and are left out; the
// caller reports them. The result does not depend on the input order. It
// refers to `candidates` and `input.scores`, which must outlive it.
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
Admissions admissions_of(const QuotaResult& result, const Registry& registry);

}  // namespace gnlc
