#include <gnlc/quota.hpp>

#include <gnlc/rules.hpp>
#include <gnlc/util/unicode.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <unordered_map>

namespace gnlc {

std::string_view ranking_name(Ranking ranking) {
  switch (ranking) {
    case Ranking::scores:
      return "scores";
    case Ranking::priority:
      return "priority";
    case Ranking::none:
      return "none";
  }
  return "none";
}

std::string_view decision_name(Decision decision) {
  switch (decision) {
    case Decision::admitted:
      return "admitted";
    case Decision::over_quota:
      return "over-quota";
    case Decision::undecided:
      return "undecided";
    case Decision::ineligible:
      return "ineligible";
  }
  return "ineligible";
}

Candidate make_candidate(const FileReport& report, std::uint32_t file, util::TextStore& texts) {
  const ApplicationFacts& facts = report.facts;
  Candidate candidate;
  const std::string_view city = facts.city ? std::string_view(*facts.city) : std::string_view(report.path);
  // The country as written is only needed where it differs from the code
  // `gnlc admit` would write for it.
  const std::string_view country_text =
      facts.country && facts.country_text != facts.country->alpha2 ? std::string_view(facts.country_text) : "";
  candidate.texts_ = texts.keep(city, country_text).data();
  candidate.city_size_ = std::uint32_t(city.size());
  candidate.country_text_size_ = std::uint32_t(country_text.size());
  candidate.country_ = facts.country;
  candidate.file_ = file;
  if (facts.call) {
    candidate.has_call_ = true;
    candidate.call_ = *facts.call;
  }
  for (const Diagnostic& diagnostic : report.diagnostics) {
    if (diagnostic.severity == Severity::error) {
      // Every diagnostic names a rule of the catalogue ("name"_rule).
      static_assert(catalogue_data::catalogue.size() < 255);
      if (const RuleInfo* rule = find_rule(diagnostic.rule))
        candidate.first_error_ = std::uint8_t(rule - catalogue_data::catalogue.data() + 1);
      break;
    }
  }
  if (facts.priority) {
    candidate.has_priority_ = true;
    candidate.priority_ = *facts.priority;
  }
  if (facts.endorsed_on) candidate.endorsed_on_ = *facts.endorsed_on;
  return candidate;
}

Decision CountryQuota::decision(std::size_t row) const {
  if (row < admitted_size) return Decision::admitted;
  if (row < std::size_t(admitted_size) + over_quota_size) return Decision::over_quota;
  if (row < std::size_t(admitted_size) + over_quota_size + undecided_size) return Decision::undecided;
  return Decision::ineligible;
}

std::optional<int> CountryQuota::rank(std::size_t row) const {
  if (row < std::size_t(admitted_size) + over_quota_size) return int(row) + 1;
  return std::nullopt;
}

namespace {

struct Ranked {
  const Candidate* candidate;
  std::string name_key;
  const Score* score;
};

bool by_name(const Ranked& a, const Ranked& b) {
  if (a.name_key != b.name_key) return a.name_key < b.name_key;
  return a.candidate->city() < b.candidate->city();
}

// Earlier endorsement first (none last), then by name.
bool tie_break(const Ranked& a, const Ranked& b) {
  const auto endorsed = [](const Ranked& r) { return r.candidate->endorsed_on().value_or(Day::max()); };
  if (endorsed(a) != endorsed(b)) return endorsed(a) < endorsed(b);
  return by_name(a, b);
}

Ranking choose_ranking(const std::vector<Ranked>& eligible) {
  if (eligible.empty()) return Ranking::none;
  if (std::all_of(eligible.begin(), eligible.end(), [](const Ranked& r) { return r.score != nullptr; }))
    return Ranking::scores;
  // Scores for only some: they are not used (registry.md, jury scores).
  std::vector<std::int64_t> priorities;
  for (const Ranked& r : eligible) {
    if (!r.candidate->priority()) return Ranking::none;
    priorities.push_back(*r.candidate->priority());
  }
  std::sort(priorities.begin(), priorities.end());
  if (std::adjacent_find(priorities.begin(), priorities.end()) != priorities.end()) return Ranking::none;
  return Ranking::priority;
}

void rank(std::vector<Ranked>& eligible, Ranking ranking) {
  switch (ranking) {
    case Ranking::scores:
      std::sort(eligible.begin(), eligible.end(), [](const Ranked& a, const Ranked& b) {
        if (a.score->value != b.score->value) return a.score->value > b.score->value;
        return tie_break(a, b);
      });
      break;
    case Ranking::priority:
      std::sort(eligible.begin(), eligible.end(), [](const Ranked& a, const Ranked& b) {
        if (*a.candidate->priority() != *b.candidate->priority())
          return *a.candidate->priority() < *b.candidate->priority();
        return tie_break(a, b);
      });
      break;
    case Ranking::none:
      std::sort(eligible.begin(), eligible.end(), by_name);
      break;
  }
}

}  // namespace

QuotaResult compute_quota(const std::vector<Candidate>& candidates, const QuotaInput& input) {
  QuotaResult result;
  result.year = input.year;
  result.cap = input.cap;
  result.path = input.path;

  std::unordered_map<std::string, const Score*> scores;
  std::vector<bool> score_used;
  if (input.scores) {
    score_used.assign(input.scores->size(), false);
    for (const Score& score : *input.scores)
      if (score.country) scores.emplace(city_identity(*score.country, score.city), &score);
  }

  // Each country's rows are counted first and reserved at their size: no
  // vector of every candidate beside them, and none that doubles.
  std::map<std::string_view, CountryQuota> by_country;  // sorted by alpha-2
  for (const Candidate& candidate : candidates)
    if (candidate.country()) ++by_country[candidate.country()->alpha2].applications;
  for (auto& [alpha2, quota] : by_country) quota.decided.reserve(std::size_t(quota.applications));
  for (const Candidate& candidate : candidates)
    if (candidate.country()) by_country[candidate.country()->alpha2].decided.push_back(&candidate);

  // Members admitted through this call take slots, unless they are one of
  // the batch's own applications (registered after `gnlc admit`).
  std::unordered_map<std::string, std::vector<std::string>> members_through;  // alpha-2 -> identities
  if (input.members)
    for (const Member& member : input.members->members())
      if (member.call == input.year)
        members_through[member.country->alpha2].push_back(city_identity(*member.country, member.city));

  result.countries.reserve(by_country.size());
  for (auto& [alpha2, quota] : by_country) {
    quota.country = quota.decided.front()->country();
    if (const auto it = members_through.find(std::string(alpha2)); it != members_through.end()) {
      std::vector<std::string> applying;
      for (const Candidate* c : quota.decided) applying.push_back(city_identity(*quota.country, c->city()));
      std::sort(applying.begin(), applying.end());
      quota.already_admitted = int(std::count_if(it->second.begin(), it->second.end(), [&](const std::string& id) {
        return !std::binary_search(applying.begin(), applying.end(), id);
      }));
    }
    std::vector<Ranked> eligible;
    std::vector<Ranked> ineligible;
    for (const Candidate* candidate : quota.decided) {
      Ranked ranked{candidate, util::identity_key(candidate->city()), nullptr};
      if (auto it = scores.find(city_identity(*quota.country, candidate->city())); it != scores.end()) {
        score_used[std::size_t(it->second - input.scores->data())] = true;
        ranked.score = it->second;
      }
      (candidate->eligible() ? eligible : ineligible).push_back(std::move(ranked));
    }
    quota.eligible = int(eligible.size());
    std::sort(ineligible.begin(), ineligible.end(), by_name);

    quota.ranking = choose_ranking(eligible);
    rank(eligible, quota.ranking);
    const int slots = input.cap ? std::max(0, *input.cap - quota.already_admitted) : int(eligible.size());
    quota.over_subscribed = int(eligible.size()) > slots;
    const auto scored = std::count_if(eligible.begin(), eligible.end(), [](const Ranked& r) { return r.score; });
    if (quota.over_subscribed && scored > 0 && quota.ranking != Ranking::scores) {
      for (const Ranked& r : eligible)
        if (!r.score) quota.unscored.push_back(r.candidate->city());
      std::sort(quota.unscored.begin(), quota.unscored.end(),
                [](std::string_view a, std::string_view b) { return util::identity_key(a) < util::identity_key(b); });
      std::string names;
      for (const std::string_view city : quota.unscored) {
        if (!names.empty()) names += ", ";
        names += city;
      }
      result.score_diagnostics.push_back(make_diagnostic(
          "incomplete-scores"_rule, {},
          fmt::format("{}: the scores are not used, since {} of its {} eligible applications ha{} no score: {}", alpha2,
                      quota.unscored.size(), eligible.size(), quota.unscored.size() == 1 ? "s" : "ve", names),
          quota.ranking == Ranking::priority ? "ranked by the National Commission's priority instead"
                                             : "score every eligible application of the country"));
    }
    // Scores take a row's room only when there are scores.
    if (input.scores) quota.scores.reserve(quota.decided.size());
    quota.decided.clear();
    for (const std::vector<Ranked>* part : {&eligible, &ineligible}) {
      for (const Ranked& r : *part) {
        quota.decided.push_back(r.candidate);
        if (input.scores) quota.scores.push_back(r.score);
      }
    }
    if (quota.over_subscribed && quota.ranking == Ranking::none) {
      quota.undecided_size = std::uint32_t(eligible.size());
    } else {
      quota.admitted_size = std::uint32_t(std::min<std::size_t>(std::size_t(slots), eligible.size()));
      quota.over_quota_size = std::uint32_t(eligible.size()) - quota.admitted_size;
    }
    if (input.cap) quota.slots_left = slots - int(quota.admitted_size);
    if (input.members)
      for (const Candidate* c : quota.admitted())
        if (input.members->admitted_through(*quota.country, c->city(), input.year))
          quota.registered.push_back(c->city());

    QuotaSummary& s = result.summary;
    s.countries += 1;
    s.applications += quota.applications;
    s.eligible += quota.eligible;
    s.admitted += int(quota.admitted_size);
    s.over_quota += int(quota.over_quota_size);
    s.undecided += int(quota.undecided_size);
    s.countries_over_subscribed += quota.over_subscribed ? 1 : 0;
    s.countries_admitted += quota.admitted_size == 0 ? 0 : 1;
    result.countries.push_back(std::move(quota));
  }

  if (input.scores) {
    for (std::size_t i = 0; i < input.scores->size(); ++i) {
      if (score_used[i]) continue;
      const Score& score = (*input.scores)[i];
      result.score_diagnostics.push_back(make_diagnostic(
          "unmatched-score"_rule, score.position,
          fmt::format("line {}: the score for {} matches no application", score.position.line, score.city),
          score.country ? "check the city's name against its application" : "the country is not known"));
    }
  }
  return result;
}

}  // namespace gnlc
