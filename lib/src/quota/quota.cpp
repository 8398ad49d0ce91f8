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

Candidate make_candidate(const FileReport& report) {
  Candidate candidate;
  candidate.path = report.path;
  candidate.city = report.facts.city.value_or(report.path);
  candidate.country = report.facts.country;
  candidate.country_text = report.facts.country_text;
  candidate.call = report.facts.call;
  for (const Diagnostic& diagnostic : report.diagnostics) {
    if (diagnostic.severity == Severity::error) {
      candidate.first_error = diagnostic.rule;
      break;
    }
  }
  candidate.priority = report.facts.priority;
  candidate.endorsed_on = report.facts.endorsed_on;
  return candidate;
}

namespace {

struct Ranked {
  const Candidate* candidate;
  std::string name_key;
  std::optional<double> score;
};

bool by_name(const Ranked& a, const Ranked& b) {
  return std::tie(a.name_key, a.candidate->city) < std::tie(b.name_key, b.candidate->city);
}

// Earlier endorsement first (none last), then by name.
bool tie_break(const Ranked& a, const Ranked& b) {
  const auto endorsed = [](const Ranked& r) { return r.candidate->endorsed_on.value_or(Day::max()); };
  if (endorsed(a) != endorsed(b)) return endorsed(a) < endorsed(b);
  return by_name(a, b);
}

Ranking choose_ranking(const std::vector<Ranked>& eligible) {
  if (eligible.empty()) return Ranking::none;
  if (std::all_of(eligible.begin(), eligible.end(), [](const Ranked& r) { return r.score.has_value(); }))
    return Ranking::scores;
  // Scores for only some: they are not used (registry.md, jury scores).
  std::vector<std::int64_t> priorities;
  for (const Ranked& r : eligible) {
    if (!r.candidate->priority) return Ranking::none;
    priorities.push_back(*r.candidate->priority);
  }
  std::sort(priorities.begin(), priorities.end());
  if (std::adjacent_find(priorities.begin(), priorities.end()) != priorities.end()) return Ranking::none;
  return Ranking::priority;
}

void rank(std::vector<Ranked>& eligible, Ranking ranking) {
  switch (ranking) {
    case Ranking::scores:
      std::sort(eligible.begin(), eligible.end(), [](const Ranked& a, const Ranked& b) {
        if (*a.score != *b.score) return *a.score > *b.score;
        return tie_break(a, b);
      });
      break;
    case Ranking::priority:
      std::sort(eligible.begin(), eligible.end(), [](const Ranked& a, const Ranked& b) {
        if (*a.candidate->priority != *b.candidate->priority) return *a.candidate->priority < *b.candidate->priority;
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

  std::unordered_map<std::string, const Score*> scores;
  std::vector<bool> score_used;
  if (input.scores) {
    score_used.assign(input.scores->size(), false);
    for (const Score& score : *input.scores)
      if (score.country) scores.emplace(city_identity(*score.country, score.city), &score);
  }

  std::map<std::string, std::vector<const Candidate*>> by_country;  // sorted by alpha-2
  for (const Candidate& candidate : candidates)
    if (candidate.country) by_country[candidate.country->alpha2].push_back(&candidate);

  // Members admitted through this call take slots, unless they are one of
  // the batch's own applications (registered after `gnlc admit`).
  std::unordered_map<std::string, std::vector<std::string>> members_through;  // alpha-2 -> identities
  if (input.members)
    for (const Member& member : input.members->members())
      if (member.call == input.year)
        members_through[member.country->alpha2].push_back(city_identity(*member.country, member.city));

  for (const auto& [alpha2, members] : by_country) {
    CountryQuota quota;
    quota.country = members.front()->country;
    quota.applications = int(members.size());
    if (const auto it = members_through.find(alpha2); it != members_through.end()) {
      std::vector<std::string> applying;
      for (const Candidate* candidate : members)
        applying.push_back(city_identity(*candidate->country, candidate->city));
      std::sort(applying.begin(), applying.end());
      quota.already_admitted = int(std::count_if(it->second.begin(), it->second.end(), [&](const std::string& id) {
        return !std::binary_search(applying.begin(), applying.end(), id);
      }));
    }
    std::vector<Ranked> eligible;
    std::vector<Ranked> ineligible;
    for (const Candidate* candidate : members) {
      Ranked ranked{candidate, util::identity_key(candidate->city), std::nullopt};
      if (auto it = scores.find(city_identity(*candidate->country, candidate->city)); it != scores.end()) {
        score_used[std::size_t(it->second - input.scores->data())] = true;
        ranked.score = it->second->value;
      }
      (candidate->eligible() ? eligible : ineligible).push_back(std::move(ranked));
    }
    quota.eligible = int(eligible.size());
    std::sort(ineligible.begin(), ineligible.end(), by_name);
    for (const Ranked& r : ineligible) quota.ineligible.push_back({r.candidate->city, r.candidate->first_error});

    quota.ranking = choose_ranking(eligible);
    rank(eligible, quota.ranking);
    const int slots = input.cap ? std::max(0, *input.cap - quota.already_admitted) : int(eligible.size());
    quota.over_subscribed = int(eligible.size()) > slots;
    const auto scored =
        std::count_if(eligible.begin(), eligible.end(), [](const Ranked& r) { return r.score.has_value(); });
    if (quota.over_subscribed && scored > 0 && quota.ranking != Ranking::scores) {
      for (const Ranked& r : eligible)
        if (!r.score) quota.unscored.push_back(r.candidate->city);
      std::sort(quota.unscored.begin(), quota.unscored.end(), [](const std::string& a, const std::string& b) {
        return util::identity_key(a) < util::identity_key(b);
      });
      std::string names;
      for (const std::string& city : quota.unscored) names += (names.empty() ? "" : ", ") + city;
      result.score_diagnostics.push_back(make_diagnostic(
          "incomplete-scores"_rule, {},
          fmt::format("{}: the scores are not used, since {} of its {} eligible applications ha{} no score: {}", alpha2,
                      quota.unscored.size(), eligible.size(), quota.unscored.size() == 1 ? "s" : "ve", names),
          quota.ranking == Ranking::priority ? "ranked by the National Commission's priority instead"
                                             : "score every eligible application of the country"));
    }
    const auto decide = [&](const Ranked& r, Decision decision, std::optional<int> position) {
      const Candidate& c = *r.candidate;
      quota.decided.push_back({c.path, c.city, decision, position, c.first_error, r.score, c.priority});
    };
    if (quota.over_subscribed && quota.ranking == Ranking::none) {
      for (const Ranked& r : eligible) {
        quota.undecided.push_back(r.candidate->city);
        decide(r, Decision::undecided, std::nullopt);
      }
    } else {
      for (std::size_t i = 0; i < eligible.size(); ++i) {
        const bool admitted = int(i) < slots;
        (admitted ? quota.admitted : quota.over_quota).push_back(eligible[i].candidate->city);
        decide(eligible[i], admitted ? Decision::admitted : Decision::over_quota, int(i) + 1);
      }
    }
    for (const Ranked& r : ineligible) decide(r, Decision::ineligible, std::nullopt);
    if (input.cap) quota.slots_left = slots - int(quota.admitted.size());
    if (input.members)
      for (const std::string& city : quota.admitted)
        if (input.members->admitted_through(*quota.country, city, input.year)) quota.registered.push_back(city);

    QuotaSummary& s = result.summary;
    s.countries += 1;
    s.applications += quota.applications;
    s.eligible += quota.eligible;
    s.admitted += int(quota.admitted.size());
    s.over_quota += int(quota.over_quota.size());
    s.undecided += int(quota.undecided.size());
    s.countries_over_subscribed += quota.over_subscribed ? 1 : 0;
    s.countries_admitted += quota.admitted.empty() ? 0 : 1;
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
