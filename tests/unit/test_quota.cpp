// quota: admissions per country under the cap of one call (cli.md, "gnlc
// quota").
#include <doctest/doctest.h>
#include <gnlc/quota.hpp>
#include <gnlc/rules.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <deque>
#include <optional>
#include <span>
#include <string>
#include <vector>

using gnlc::Candidate;
using gnlc::compute_quota;
using gnlc::CountryQuota;
using gnlc::make_day;
using gnlc::QuotaInput;
using gnlc::QuotaResult;
using gnlc::Ranking;

namespace {
using Names = std::vector<std::string>;

const gnlc::Country* country(std::string_view alpha2) { return gnlc::Countries::builtin().by_alpha2(alpha2); }

// What the candidates and results of these tests refer to, kept for the
// whole run: the texts, the paths by file index, the candidates.
gnlc::util::TextStore texts;
std::deque<std::string> paths;
std::deque<std::vector<Candidate>> kept;

std::string path_of(std::uint32_t file) { return paths.at(file); }

// An application of the 2025 call, as make_candidate makes it from a
// report; an empty `alpha2` is an unknown country.
Candidate candidate(const std::string& city, std::string_view alpha2,
                    std::optional<std::int64_t> priority = std::nullopt,
                    std::optional<gnlc::Day> endorsed_on = make_day(2025, 6, 20), std::string_view error = {}) {
  gnlc::FileReport report;
  report.path = city + ".toml";
  report.facts.city = city;
  report.facts.country = alpha2.empty() ? nullptr : country(alpha2);
  report.facts.country_text = std::string(alpha2);
  report.facts.call = 2025;
  report.facts.priority = priority;
  report.facts.endorsed_on = endorsed_on;
  if (!error.empty()) report.diagnostics.push_back(gnlc::make_diagnostic(error, {1, 1}, "error"));
  paths.push_back(report.path);
  return make_candidate(report, std::uint32_t(paths.size() - 1), texts);
}

// compute_quota on candidates kept alive, as its result refers to them.
QuotaResult quota(std::vector<Candidate> candidates, const QuotaInput& input) {
  kept.push_back(std::move(candidates));
  return compute_quota(kept.back(), input);
}

gnlc::Score score(std::string city, std::string_view alpha2, double value, std::uint32_t line) {
  return gnlc::Score{country(alpha2), std::move(city), value, {line, 1}};
}

QuotaInput cap(std::optional<int> cap_per_country) {
  return QuotaInput{2025, cap_per_country, nullptr, nullptr, path_of};
}

const CountryQuota& only(const QuotaResult& result) {
  REQUIRE(result.countries.size() == 1u);
  return result.countries.front();
}

Names names(CountryQuota::Rows rows) {
  Names out;
  for (const Candidate* c : rows) out.emplace_back(c->city());
  return out;
}

Names ineligible(const CountryQuota& quota) {
  Names out;
  for (const Candidate* c : quota.ineligible()) out.push_back(fmt::format("{} [{}]", c->city(), c->first_error()));
  return out;
}

// Everything a result says, one line per fact, to compare two results.
std::vector<std::string> describe(const QuotaResult& result) {
  std::vector<std::string> out;
  for (const CountryQuota& q : result.countries) {
    std::string line = q.country->alpha2 + " " + std::string(gnlc::ranking_name(q.ranking)) + " admitted:";
    for (const auto& n : names(q.admitted())) line += " " + n;
    line += " over:";
    for (const auto& n : names(q.over_quota())) line += " " + n;
    line += " undecided:";
    for (const auto& n : names(q.undecided())) line += " " + n;
    line += " ineligible:";
    for (const auto& n : ineligible(q)) line += " " + n;
    out.push_back(line);
  }
  return out;
}
}  // namespace

TEST_CASE("compute_quota") {
  SUBCASE("under the cap: every eligible application is admitted") {
    const auto result = quota({candidate("Nakuru", "KE"), candidate("Kisumu", "KE")}, cap(3));
    const auto& ke = only(result);
    CHECK(ke.country == country("KE"));
    CHECK(ke.applications == 2);
    CHECK(ke.eligible == 2);
    CHECK(names(ke.admitted()) == Names{"Kisumu", "Nakuru"});  // no ranking: by name
    CHECK(ke.over_quota().empty());
    CHECK(ke.undecided().empty());
    CHECK_FALSE(ke.over_subscribed);
    CHECK(ke.slots_left == 1);
    CHECK(ke.ranking == Ranking::none);
    CHECK(result.year == 2025);
    CHECK(result.cap == 3);
  }

  SUBCASE("at the cap") {
    const auto result =
        quota({candidate("Nakuru", "KE"), candidate("Kisumu", "KE"), candidate("Kilifi County", "KE")}, cap(3));
    const auto& ke = only(result);
    CHECK(names(ke.admitted()) == Names{"Kilifi County", "Kisumu", "Nakuru"});
    CHECK(ke.over_quota().empty());
    CHECK_FALSE(ke.over_subscribed);
    CHECK(ke.slots_left == 0);
    CHECK(result.summary.countries_over_subscribed == 0);
  }

  SUBCASE("over the cap, ranked by scores") {
    const std::vector<gnlc::Score> scores{score("Kisumu", "KE", 70, 2), score("Nakuru", "KE", 90, 3),
                                          score("Kilifi County", "KE", 80, 4), score("Machakos", "KE", 60, 5),
                                          score("Eldoret", "KE", 95, 6)};
    QuotaInput input = cap(3);
    input.scores = &scores;
    // Priorities are there too, but scores come first.
    const auto result =
        quota({candidate("Kisumu", "KE", 1), candidate("Nakuru", "KE", 2), candidate("Kilifi County", "KE", 3),
               candidate("Machakos", "KE", 4), candidate("Eldoret", "KE", 5)},
              input);
    const auto& ke = only(result);
    CHECK(ke.ranking == Ranking::scores);
    CHECK(ke.over_subscribed);
    CHECK(names(ke.admitted()) == Names{"Eldoret", "Nakuru", "Kilifi County"});
    CHECK(names(ke.over_quota()) == Names{"Kisumu", "Machakos"});
    CHECK(ke.slots_left == 0);
    CHECK(result.score_diagnostics.empty());
  }

  SUBCASE("over the cap, ranked by priority when the scores miss one application") {
    const std::vector<gnlc::Score> scores{score("Kisumu", "KE", 99, 2), score("Nakuru", "KE", 98, 3),
                                          score("Kilifi County", "KE", 97, 4)};
    QuotaInput input = cap(3);
    input.scores = &scores;
    const auto result = quota({candidate("Kisumu", "KE", 4), candidate("Nakuru", "KE", 2),
                               candidate("Kilifi County", "KE", 3), candidate("Machakos", "KE", 1)},
                              input);
    const auto& ke = only(result);
    CHECK(ke.ranking == Ranking::priority);
    CHECK(names(ke.admitted()) == Names{"Machakos", "Nakuru", "Kilifi County"});
    CHECK(names(ke.over_quota()) == Names{"Kisumu"});
  }

  SUBCASE("over the cap, with priorities only") {
    const auto result = quota({candidate("Kisumu", "KE", 3), candidate("Nakuru", "KE", 1),
                               candidate("Kilifi County", "KE", 4), candidate("Machakos", "KE", 2)},
                              cap(3));
    const auto& ke = only(result);
    CHECK(ke.ranking == Ranking::priority);
    CHECK(names(ke.admitted()) == Names{"Nakuru", "Machakos", "Kisumu"});
    CHECK(names(ke.over_quota()) == Names{"Kilifi County"});
    CHECK(ke.undecided().empty());
  }

  SUBCASE("over the cap, with neither: undecided, nothing admitted") {
    const auto result = quota({candidate("Nakuru", "KE"), candidate("Kisumu", "KE"), candidate("Machakos", "KE"),
                               candidate("Kilifi County", "KE")},
                              cap(3));
    const auto& ke = only(result);
    CHECK(ke.ranking == Ranking::none);
    CHECK(ke.over_subscribed);
    CHECK(ke.admitted().empty());
    CHECK(ke.over_quota().empty());
    CHECK(names(ke.undecided()) == Names{"Kilifi County", "Kisumu", "Machakos", "Nakuru"});
    CHECK(result.summary.undecided == 4);
    CHECK(result.summary.admitted == 0);
  }

  SUBCASE("priorities that are incomplete or repeated decide nothing") {
    const auto missing = quota({candidate("Nakuru", "KE", 1), candidate("Kisumu", "KE", 2),
                                candidate("Machakos", "KE", 3), candidate("Kilifi County", "KE")},
                               cap(3));
    CHECK(names(only(missing).undecided()) == Names{"Kilifi County", "Kisumu", "Machakos", "Nakuru"});
    const auto repeated = quota({candidate("Nakuru", "KE", 1), candidate("Kisumu", "KE", 2),
                                 candidate("Machakos", "KE", 3), candidate("Kilifi County", "KE", 3)},
                                cap(3));
    CHECK(names(only(repeated).undecided()) == Names{"Kilifi County", "Kisumu", "Machakos", "Nakuru"});
  }

  SUBCASE("equal scores: earlier endorsement first, then by name") {
    const std::vector<gnlc::Score> scores{score("Delta", "KE", 80, 2), score("Alpha", "KE", 80, 3),
                                          score("Charlie", "KE", 80, 4), score("Bravo", "KE", 80, 5),
                                          score("Echo", "KE", 90, 6)};
    QuotaInput input = cap(3);
    input.scores = &scores;
    const auto result = quota({candidate("Delta", "KE", std::nullopt, make_day(2025, 6, 1)),
                               candidate("Alpha", "KE", std::nullopt, make_day(2025, 6, 3)),
                               candidate("Charlie", "KE", std::nullopt, make_day(2025, 6, 2)),
                               candidate("Bravo", "KE", std::nullopt, make_day(2025, 6, 2)),
                               candidate("Echo", "KE", std::nullopt, make_day(2025, 7, 1))},
                              input);
    const auto& ke = only(result);
    CHECK(names(ke.admitted()) == Names{"Echo", "Delta", "Bravo"});
    CHECK(names(ke.over_quota()) == Names{"Charlie", "Alpha"});
  }

  SUBCASE("members already admitted through the call take slots") {
    gnlc::Member first, second, other_call;
    first.city = "Mombasa";
    first.country = country("KE");
    first.admitted = make_day(2025, 9, 1);
    first.call = 2025;
    second = first;
    second.city = "Nairobi";
    other_call = first;
    other_call.city = "Eldoret";
    other_call.call = 2023;
    const gnlc::Registry members({first, second, other_call});
    QuotaInput input = cap(3);
    input.members = &members;
    const auto result = quota({candidate("Kisumu", "KE", 2), candidate("Nakuru", "KE", 1),
                               candidate("Kilifi County", "KE", 3), candidate("Aarhus", "DK", 1)},
                              input);
    REQUIRE(result.countries.size() == 2u);
    const auto& dk = result.countries[0];
    const auto& ke = result.countries[1];
    CHECK(dk.already_admitted == 0);
    CHECK(dk.slots_left == 2);
    CHECK(ke.already_admitted == 2);
    CHECK(ke.over_subscribed);
    CHECK(names(ke.admitted()) == Names{"Nakuru"});
    CHECK(names(ke.over_quota()) == Names{"Kisumu", "Kilifi County"});
    CHECK(ke.slots_left == 0);
    // More members than the cap: no slot, never a negative one.
    QuotaInput tight = cap(1);
    tight.members = &members;
    const auto none_left = quota({candidate("Kisumu", "KE", 1)}, tight);
    CHECK(only(none_left).admitted().empty());
    CHECK(names(only(none_left).over_quota()) == Names{"Kisumu"});
    CHECK(only(none_left).slots_left == 0);
  }

  SUBCASE("no cap") {
    std::vector<Candidate> many;
    for (const char* city : {"E", "D", "C", "B", "A"}) many.push_back(candidate(city, "KE"));
    const auto result = quota(many, cap(std::nullopt));
    const auto& ke = only(result);
    CHECK(names(ke.admitted()) == Names{"A", "B", "C", "D", "E"});
    CHECK_FALSE(ke.over_subscribed);
    CHECK(ke.slots_left == std::nullopt);
    CHECK(result.cap == std::nullopt);
  }

  SUBCASE("ineligible applications are listed by name with their first error") {
    const auto result =
        quota({candidate("Nakuru", "KE", 1), candidate("Machakos", "KE", 2, make_day(2025, 6, 20), "not-endorsed"),
               candidate("Eldoret", "KE", 3, make_day(2025, 6, 20), "endorsement-late")},
              cap(3));
    const auto& ke = only(result);
    CHECK(ke.applications == 3);
    CHECK(ke.eligible == 1);
    CHECK(names(ke.admitted()) == Names{"Nakuru"});
    CHECK(ineligible(ke) == Names{"Eldoret [endorsement-late]", "Machakos [not-endorsed]"});
    CHECK(ke.slots_left == 2);
  }

  SUBCASE("countries sorted by code; applications without a country left out; the summary") {
    const Candidate nowhere = candidate("Atlantis", "");
    const auto result = quota({candidate("Kisumu", "KE"), candidate("Aarhus", "DK"), nowhere, candidate("Nakuru", "KE"),
                               candidate("Kilifi County", "KE"), candidate("Eldoret", "KE"),
                               candidate("Lyon", "FR", 1, make_day(2025, 6, 1), "not-endorsed")},
                              cap(3));
    REQUIRE(result.countries.size() == 3u);
    CHECK(result.countries[0].country == country("DK"));
    CHECK(result.countries[1].country == country("FR"));
    CHECK(result.countries[2].country == country("KE"));
    CHECK(result.summary.countries == 3);
    CHECK(result.summary.applications == 6);
    CHECK(result.summary.eligible == 5);
    CHECK(result.summary.admitted == 1);
    CHECK(result.summary.over_quota == 0);
    CHECK(result.summary.undecided == 4);
    CHECK(result.summary.countries_over_subscribed == 1);
  }

  SUBCASE("scores that match no application are warnings") {
    const std::vector<gnlc::Score> scores{score("Kisumu", "KE", 90, 2), score("Nowhere", "KE", 50, 3),
                                          gnlc::Score{nullptr, "Poseidonia", 40, {4, 1}}};
    QuotaInput input = cap(3);
    input.scores = &scores;
    const auto result = quota({candidate("KISUMU", "KE")}, input);
    CHECK(only(result).ranking == Ranking::scores);
    REQUIRE(result.score_diagnostics.size() == 2u);
    CHECK(result.score_diagnostics[0].rule == "unmatched-score");
    CHECK(result.score_diagnostics[0].severity == gnlc::Severity::warning);
    CHECK(result.score_diagnostics[0].position == gnlc::Position{3, 1});
    CHECK(result.score_diagnostics[0].message == "line 3: the score for Nowhere matches no application");
    CHECK(result.score_diagnostics[1].position == gnlc::Position{4, 1});
    CHECK(result.score_diagnostics[1].hint == "the country is not known");
  }

  SUBCASE("the result does not depend on the input order") {
    const std::vector<gnlc::Score> scores{score("Kisumu", "KE", 80, 2), score("Nakuru", "KE", 80, 3),
                                          score("Eldoret", "KE", 80, 4), score("Machakos", "KE", 70, 5)};
    std::vector<Candidate> candidates{candidate("Kisumu", "KE"),
                                      candidate("Nakuru", "KE"),
                                      candidate("Eldoret", "KE"),
                                      candidate("Machakos", "KE"),
                                      candidate("Aarhus", "DK", 2),
                                      candidate("Odense", "DK", 1),
                                      candidate("Vejle", "DK", 3),
                                      candidate("Aalborg", "DK", 4),
                                      candidate("Lyon", "FR"),
                                      candidate("Nantes", "FR"),
                                      candidate("Brest", "FR"),
                                      candidate("Lille", "FR"),
                                      candidate("Gent", "BE", 1, make_day(2025, 6, 1), "not-endorsed"),
                                      candidate("Brugge", "BE")};
    QuotaInput input = cap(3);
    input.scores = &scores;
    const auto expected = describe(quota(candidates, input));
    CHECK(expected == std::vector<std::string>{
                          "BE none admitted: Brugge over: undecided: ineligible: Gent [not-endorsed]",
                          "DK priority admitted: Odense Aarhus Vejle over: Aalborg undecided: ineligible:",
                          "FR none admitted: over: undecided: Brest Lille Lyon Nantes ineligible:",
                          "KE scores admitted: Eldoret Kisumu Nakuru over: Machakos undecided: ineligible:",
                      });
    std::reverse(candidates.begin(), candidates.end());
    CHECK(describe(quota(candidates, input)) == expected);
    std::rotate(candidates.begin(), candidates.begin() + 5, candidates.end());
    CHECK(describe(quota(candidates, input)) == expected);
  }
}

TEST_CASE("make_candidate") {
  gnlc::FileReport report;
  report.path = "apps/kisumu.toml";
  report.facts.city = "Kisumu";
  report.facts.country = country("KE");
  report.facts.country_text = "Kenya";
  report.facts.call = 2025;
  report.facts.priority = 2;
  report.facts.endorsed_on = make_day(2025, 6, 20);
  report.diagnostics.push_back(gnlc::make_diagnostic("stamp-missing", {20, 9}, "no stamp"));
  report.diagnostics.push_back(gnlc::make_diagnostic("endorsement-late", {53, 8}, "late"));
  report.diagnostics.push_back(gnlc::make_diagnostic("not-endorsed", {54, 12}, "no"));
  const Candidate c = make_candidate(report, 7, texts);
  report = {};  // the candidate keeps its own copies
  CHECK(c.file() == 7u);
  CHECK(c.city() == "Kisumu");
  CHECK(c.country() == country("KE"));
  CHECK(c.country_text() == "Kenya");
  CHECK(c.call() == 2025);
  CHECK(c.first_error() == "endorsement-late");  // the first error, not the warning before it
  CHECK_FALSE(c.eligible());
  CHECK(c.priority() == 2);
  CHECK(c.endorsed_on() == make_day(2025, 6, 20));
  CHECK(sizeof(Candidate) <= 48u);
  // Without a readable city, the path stands in for its name; without a
  // call, a priority or an endorsement, none.
  gnlc::FileReport unnamed;
  unnamed.path = "apps/broken.toml";
  const Candidate u = make_candidate(unnamed, 8, texts);
  CHECK(u.city() == "apps/broken.toml");
  CHECK(u.eligible());
  CHECK(u.first_error().empty());
  CHECK(u.country() == nullptr);
  CHECK(u.call() == std::nullopt);
  CHECK(u.priority() == std::nullopt);
  CHECK(u.endorsed_on() == std::nullopt);
  // The country as written is kept only where it is not the code itself.
  gnlc::FileReport coded;
  coded.path = "apps/nakuru.toml";
  coded.facts.city = "Nakuru";
  coded.facts.country = country("KE");
  coded.facts.country_text = "KE";
  coded.facts.priority = 0;
  CHECK(make_candidate(coded, 9, texts).country_text().empty());
  CHECK(make_candidate(coded, 9, texts).city() == "Nakuru");
  CHECK(make_candidate(coded, 9, texts).priority() == 0);
  coded.facts.country_text = "ke";
  CHECK(make_candidate(coded, 9, texts).country_text() == "ke");
  // Unknown: nothing to write it for.
  coded.facts.country = nullptr;
  coded.facts.country_text = "Atlantis";
  CHECK(make_candidate(coded, 9, texts).country_text().empty());
}

TEST_CASE("ranking_name") {
  CHECK(gnlc::ranking_name(Ranking::scores) == "scores");
  CHECK(gnlc::ranking_name(Ranking::priority) == "priority");
  CHECK(gnlc::ranking_name(Ranking::none) == "none");
}

TEST_CASE("decision_name") {
  CHECK(gnlc::decision_name(gnlc::Decision::admitted) == "admitted");
  CHECK(gnlc::decision_name(gnlc::Decision::over_quota) == "over-quota");
  CHECK(gnlc::decision_name(gnlc::Decision::undecided) == "undecided");
  CHECK(gnlc::decision_name(gnlc::Decision::ineligible) == "ineligible");
}

TEST_CASE("compute_quota: decided") {
  // One line per application: what the csv, tsv and xlsx rows are made of.
  const auto rows = [](const QuotaResult& result) {
    const CountryQuota& q = only(result);
    std::vector<std::string> out;
    for (std::size_t i = 0; i < q.decided.size(); ++i) {
      const Candidate& c = *q.decided[i];
      const gnlc::Score* score = q.score(i);
      out.push_back(fmt::format("{} {} {} {} rank={} score={} priority={} [{}]", result.path(c.file()), c.city(),
                                gnlc::decision_name(q.decision(i)), c.first_error(),
                                q.rank(i) ? std::to_string(*q.rank(i)) : "-",
                                score ? fmt::format("{}", score->value) : "-",
                                c.priority() ? std::to_string(*c.priority()) : "-", q.country->alpha2));
    }
    return out;
  };

  SUBCASE("ranked: admitted and over quota in ranking order, then the ineligible by name") {
    // Scores for some only are not used, but each row still shows its own.
    const std::vector<gnlc::Score> scores{score("Kisumu", "KE", 88.5, 2)};
    QuotaInput input = cap(2);
    input.scores = &scores;
    const auto result =
        quota({candidate("Nakuru", "KE", 2), candidate("Kisumu", "KE", 3), candidate("Eldoret", "KE", 1),
               candidate("Machakos", "KE", std::nullopt, std::nullopt, "not-endorsed"),
               candidate("Athi River", "KE", 9, std::nullopt, "pledge-missing")},
              input);
    CHECK(rows(result) == std::vector<std::string>{
                              "Eldoret.toml Eldoret admitted  rank=1 score=- priority=1 [KE]",
                              "Nakuru.toml Nakuru admitted  rank=2 score=- priority=2 [KE]",
                              "Kisumu.toml Kisumu over-quota  rank=3 score=88.5 priority=3 [KE]",
                              "Athi River.toml Athi River ineligible pledge-missing rank=- score=- priority=9 [KE]",
                              "Machakos.toml Machakos ineligible not-endorsed rank=- score=- priority=- [KE]",
                          });
  }

  SUBCASE("undecided: by name, without a rank") {
    const auto result =
        quota({candidate("Tetouan", "MA"), candidate("Ifrane", "MA", 1), candidate("Benguerir", "MA")}, cap(2));
    CHECK(rows(result) == std::vector<std::string>{
                              "Benguerir.toml Benguerir undecided  rank=- score=- priority=- [MA]",
                              "Ifrane.toml Ifrane undecided  rank=- score=- priority=1 [MA]",
                              "Tetouan.toml Tetouan undecided  rank=- score=- priority=- [MA]",
                          });
  }
}
