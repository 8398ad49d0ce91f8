// application: the format as data, the structural checks of a file, and
// the content checks of contact fields (application.md).
#include "support.hpp"

#include <doctest/doctest.h>
#include <gnlc/application.hpp>
#include <gnlc/rules.hpp>

#include <fmt/format.h>

#include <array>
#include <map>
#include <set>
#include <string>
#include <vector>

using gnlc::is_valid_email;
using gnlc::is_valid_phone;
using gnlc::is_valid_url;
using gnlc::make_day;
using gnlc::parse_application;
using gnlc::Position;
using gnlc::ValueType;
using gnlc::test::Lines;
using gnlc::test::replaced;
using gnlc::test::valid_application;

namespace {
Lines problems(std::string_view text, const gnlc::Limits& limits = {}) {
  return gnlc::test::severity_rule_positions(parse_application(text, limits).diagnostics);
}

// The one diagnostic of a text; fails the test when there is not exactly one.
gnlc::Diagnostic only(std::string_view text) {
  auto parsed = parse_application(text);
  REQUIRE(parsed.diagnostics.size() == 1u);
  return parsed.diagnostics.front();
}

// A text of `n` words.
std::string words(std::size_t n) {
  std::string text;
  for (std::size_t i = 0; i < n; ++i) text += i == 0 ? "word" : " word";
  return text;
}

std::vector<std::string> keys_of(const gnlc::TableSpec& table, bool required_only = false) {
  std::vector<std::string> keys;
  for (const auto& field : table.fields)
    if (!required_only || field.required) keys.emplace_back(field.key);
  return keys;
}

const gnlc::TableSpec& table(std::string_view name) {
  for (const auto& t : gnlc::application_format())
    if (t.name == name) return t;
  throw std::logic_error(std::string("no table ").append(name));
}
}  // namespace

TEST_CASE("parse_application") {
  SUBCASE("a valid application and its typed model") {
    const auto parsed = parse_application(valid_application);
    CHECK(parsed.diagnostics.empty());
    REQUIRE(parsed.application);
    const gnlc::Application& app = *parsed.application;
    CHECK(app.call->value == 2025);
    CHECK(app.call->position == Position{2, 8});
    CHECK(app.city_name->value == "S\u00F8nderborg");
    CHECK(app.city_name->position == Position{5, 8});
    CHECK(app.country->value == "DK");
    CHECK(app.country->position == Position{6, 11});
    CHECK(app.beijing_declaration->value);
    CHECK(app.key_features->value);
    CHECK(app.signed_on->value == make_day(2025, 5, 19));
    CHECK(app.stamp->value);
    CHECK(app.pledge_table == Position{24, 1});
    CHECK(app.data_year->value == 2024);
    CHECK(app.population->value == 74000);
    CHECK(app.submitted_on->value == make_day(2025, 5, 20));
    CHECK(app.submitted_on->position == Position{48, 8});
    CHECK(app.has_endorsement);
    CHECK(app.endorsement_table == Position{50, 1});
    CHECK(app.decision->value == "endorsed");
    CHECK(app.endorsed_on->value == make_day(2025, 6, 20));
    CHECK(app.forwarded_on->value == make_day(2025, 6, 23));
    CHECK(app.priority->value == 1);
  }

  SUBCASE("values are trimmed; optional parts may be absent") {
    const auto parsed =
        parse_application(replaced(replaced(gnlc::test::without_endorsement(valid_application),
                                            "name = \"S\u00F8nderborg\"", "name = \"\u00A0 S\u00F8nderborg \""),
                                   "call = 2025\n", ""));
    CHECK(parsed.diagnostics.empty());
    REQUIRE(parsed.application);
    CHECK(parsed.application->city_name->value == "S\u00F8nderborg");
    CHECK_FALSE(parsed.application->call);
    CHECK_FALSE(parsed.application->has_endorsement);
    CHECK_FALSE(parsed.application->decision);
    CHECK(parsed.application->endorsement_table == Position{});
  }

  SUBCASE("dates: local dates, local and offset date-times") {
    const auto local =
        parse_application(replaced(valid_application, "signed = 2025-05-19", "signed = 2025-05-19T23:30:00"));
    CHECK(local.diagnostics.empty());
    CHECK(local.application->signed_on->value == make_day(2025, 5, 19));
    // 23:30 at UTC-5 is 06:30 the next day in Berlin.
    const auto offset =
        parse_application(replaced(valid_application, "signed = 2025-05-19", "signed = 2025-05-19T23:30:00-05:00"));
    CHECK(offset.diagnostics.empty());
    CHECK(offset.application->signed_on->value == make_day(2025, 5, 20));
    const auto utc =
        parse_application(replaced(valid_application, "signed = 2025-05-19", "signed = 2025-05-19T21:59:59Z"));
    CHECK(utc.application->signed_on->value == make_day(2025, 5, 19));
    const auto midnight =
        parse_application(replaced(valid_application, "signed = 2025-05-19", "signed = 2025-05-19T22:00:00Z"));
    CHECK(midnight.application->signed_on->value == make_day(2025, 5, 20));
  }

  SUBCASE("toml-syntax") {
    const auto bad_utf8 =
        parse_application(replaced(valid_application, "name = \"S\u00F8nderborg\"", "name = \"S\xF8nderborg\""));
    CHECK(gnlc::test::severity_rule_positions(bad_utf8.diagnostics) == Lines{"error toml-syntax 5:10"});
    CHECK(bad_utf8.diagnostics.at(0).message == "invalid UTF-8: byte 0xf8 cannot appear here");
    CHECK(bad_utf8.diagnostics.at(0).hint == "save the file as UTF-8");
    CHECK_FALSE(bad_utf8.application);
    // An impossible date is a syntax error, placed at the start of the value.
    CHECK(problems(replaced(valid_application, "signed = 2025-05-19", "signed = 2025-02-30")) ==
          Lines{"error toml-syntax 27:10"});
    CHECK(problems(replaced(valid_application, "signed = 2025-05-19", "signed = 2025-02-29")) ==
          Lines{"error toml-syntax 27:10"});
    CHECK(problems(replaced(valid_application, "signed = 2025-05-19", "signed = 2025-02-30T10:00:00")) ==
          Lines{"error toml-syntax 27:10"});
    CHECK(problems(replaced(valid_application, "signed = 2025-05-19", "signed = 2024-02-29")).empty());
    CHECK(problems(replaced(valid_application, "population = 74000", "population = ")) ==
          Lines{"error toml-syntax 32:14"});
    CHECK(problems(replaced(valid_application, "population = 74000", "population = 1\npopulation = 2")) ==
          Lines{"error toml-syntax 33:1"});
    CHECK_FALSE(parse_application("[city\n").application);
  }

  SUBCASE("format-version") {
    const auto missing = parse_application(replaced(valid_application, "format = 1\n", ""));
    CHECK(gnlc::test::severity_rule_positions(missing.diagnostics) == Lines{"error format-version 1:1"});
    CHECK(missing.diagnostics.at(0).message == "'format' is missing");
    CHECK_FALSE(missing.application);  // nothing else is judged
    const auto two = only(replaced(valid_application, "format = 1", "format = 2"));
    CHECK(two.rule == "format-version");
    CHECK(two.position == Position{1, 10});
    CHECK(two.message == "format 2 is not supported; gnlc reads format 1");
    const auto text = only(replaced(valid_application, "format = 1", "format = \"1\""));
    CHECK(text.position == Position{1, 10});
    CHECK(text.hint == "write: format = 1");
    CHECK(problems("") == Lines{"error format-version 1:1"});
  }

  SUBCASE("missing-field") {
    const auto key = only(replaced(valid_application, "website = \"https://www.sonderborg.dk\"\n", ""));
    CHECK(key.rule == "missing-field");
    CHECK(key.position == Position{4, 1});  // at the table's header
    CHECK(key.message == "'city.website' is missing");
    CHECK(key.hint == "add the required key 'city.website'");
    const auto empty =
        only(replaced(valid_application, "title = \"Mayor of S\u00F8nderborg Municipality\"", "title = \" \t\u3000\""));
    CHECK(empty.rule == "missing-field");
    CHECK(empty.position == Position{12, 9});
    CHECK(empty.message == "'mayor.title' is empty");
    const auto table = only(replaced(valid_application,
                                     "[mayor]\nsalutation = \"Mr\"\nname = \"Jensen, Erik\"\n"
                                     "title = \"Mayor of S\u00F8nderborg Municipality\"\n",
                                     ""));
    CHECK(table.rule == "missing-field");
    CHECK(table.position == Position{1, 1});
    CHECK(table.message == "the [mayor] table is missing");
    const auto challenges =
        only(replaced(valid_application, "literacy = 2\nhealth_and_well_being = 3\nentrepreneurship = 4\n", ""));
    CHECK(challenges.rule == "missing-field");
    CHECK(challenges.position == Position{39, 1});
    CHECK(challenges.message == "[challenges] needs at least one key");
    // An optional key may be left out, but not left empty where it is required.
    CHECK(problems(replaced(valid_application, "salutation = \"Mr\"\n", "")).empty());
    CHECK(problems(replaced(valid_application, "postcode = \"6400\"", "postcode = \"\"")).empty());
    CHECK(problems(replaced(valid_application, "decision = \"endorsed\"\n", "")) == Lines{"error missing-field 50:1"});
  }

  SUBCASE("wrong-type") {
    const auto number = only(replaced(valid_application, "population = 74000", "population = \"74000\""));
    CHECK(number.rule == "wrong-type");
    CHECK(number.position == Position{32, 14});
    CHECK(number.message == "'profile.population' must be an integer, not a string");
    CHECK(number.hint == "write the number without quotes: population = 74000");
    CHECK(only(replaced(valid_application, "population = 74000", "population = \" 74 000 \"")).hint ==
          "write the number without quotes and separators: population = 74000");
    CHECK(only(replaced(valid_application, "population = 74000", "population = \"74,000\"")).hint ==
          "write the number without quotes and separators: population = 74000");
    CHECK(only(replaced(valid_application, "population = 74000", "population = \"74000.5\"")).hint == "");
    CHECK(only(replaced(valid_application, "population = 74000", "population = \"74000 people\"")).hint == "");
    CHECK(only(replaced(valid_application, "area_km2 = 496.6", "area_km2 = \"496.6\"")).hint ==
          "write the number without quotes: area_km2 = 496.6");
    CHECK(only(replaced(valid_application, "area_km2 = 496.6", "area_km2 = \"nan\"")).hint == "");
    const auto quoted_bool = only(replaced(valid_application, "key_features = true", "key_features = \"true\""));
    CHECK(quoted_bool.message == "'pledge.key_features' must be a boolean, not a string");
    CHECK(quoted_bool.hint == "write the boolean without quotes: key_features = true");
    CHECK(only(replaced(valid_application, "stamp = true", "stamp = \"True\"")).hint == "");
    CHECK(only(replaced(valid_application, "stamp = true", "stamp = \"false # no\"")).hint == "");
    const auto quoted_date = only(replaced(valid_application, "signed = 2025-05-19", "signed = \"2025-05-19\""));
    CHECK(quoted_date.rule == "wrong-type");
    CHECK(quoted_date.position == Position{27, 10});
    CHECK(quoted_date.message == "'pledge.signed' must be a date, not a string");
    CHECK(quoted_date.hint == "write the date without quotes: signed = 2025-05-19");
    CHECK(only(replaced(valid_application, "signed = 2025-05-19", "signed = \"19 May 2025\"")).hint == "");
    CHECK(only(replaced(valid_application, "signed = 2025-05-19", "signed = 10:30:00")).message ==
          "'pledge.signed' must be a date, not a time");
    CHECK(problems(replaced(valid_application, "stamp = true", "stamp = \"yes\"")) == Lines{"error wrong-type 28:9"});
    CHECK(problems(replaced(valid_application, "name = \"S\u00F8nderborg\"", "name = 42")) ==
          Lines{"error wrong-type 5:8"});
    CHECK(problems(replaced(valid_application, "clusters = [\"entrepreneurship\", \"health_and_well_being\"]",
                            "clusters = \"literacy\"")) == Lines{"error wrong-type 45:12"});
    CHECK(problems(replaced(valid_application, "clusters = [\"entrepreneurship\", \"health_and_well_being\"]",
                            "clusters = [\"literacy\", 3]")) == Lines{"error wrong-type 45:25"});
    CHECK(problems(replaced(replaced(valid_application,
                                     "[interests]\nclusters = [\"entrepreneurship\", \"health_and_well_being\"]\n", ""),
                            "call = 2025\n", "call = 2025\ninterests = 1\n")) == Lines{"error wrong-type 3:13"});
    // An integer is accepted where a float is asked, not the other way round.
    CHECK(problems(replaced(valid_application, "area_km2 = 496.6", "area_km2 = 497")).empty());
    CHECK(problems(replaced(valid_application, "population = 74000", "population = 74000.0")) ==
          Lines{"error wrong-type 32:14"});
  }

  SUBCASE("invalid-value") {
    const auto language = only(replaced(valid_application, "language = \"English\"", "language = \"Englsh\""));
    CHECK(language.rule == "invalid-value");
    CHECK(language.position == Position{22, 12});
    CHECK(language.message == "'contact.language' cannot be \"Englsh\"");
    CHECK(language.hint == "did you mean 'English'?");
    CHECK(only(replaced(valid_application, "language = \"English\"", "language = \"German\"")).hint ==
          "write 'English' or 'French'");
    CHECK(problems(replaced(valid_application, "language = \"English\"", "language = \"english\"")) ==
          Lines{"error invalid-value 22:12"});
    const auto range = only(replaced(valid_application, "literacy = 2", "literacy = 6"));
    CHECK(range.position == Position{40, 12});
    CHECK(range.message == "'challenges.literacy' is 6; it must be between 1 and 5");
    CHECK(problems(replaced(valid_application, "literacy = 2", "literacy = 0")) == Lines{"error invalid-value 40:12"});
    CHECK(problems(replaced(valid_application, "literacy = 2", "literacy = 5")).empty());
    CHECK(only(replaced(valid_application, "population = 74000", "population = 0")).message ==
          "'profile.population' is 0; it must be greater than 0");
    CHECK(only(replaced(valid_application, "area_km2 = 496.6", "area_km2 = -1.5")).message ==
          "'profile.area_km2' is -1.5; it must be greater than 0");
    CHECK(problems(replaced(valid_application, "area_km2 = 496.6", "area_km2 = nan")) ==
          Lines{"error invalid-value 33:12"});
    CHECK(problems(replaced(valid_application, "area_km2 = 496.6", "area_km2 = inf")) ==
          Lines{"error invalid-value 33:12"});
    CHECK(problems(replaced(valid_application, "area_km2 = 496.6", "area_km2 = 496.6\nschooling_years_men = 25.5")) ==
          Lines{"error invalid-value 34:23"});
    CHECK(problems(replaced(valid_application, "area_km2 = 496.6", "area_km2 = 496.6\nschooling_years_women = 0"))
              .empty());
    CHECK(problems(replaced(valid_application, "priority = 1", "priority = 0")) == Lines{"error invalid-value 55:12"});
    CHECK(problems(replaced(valid_application, "call = 2025", "call = 1800")) == Lines{"error invalid-value 2:8"});
    CHECK(problems(replaced(valid_application, "decision = \"endorsed\"", "decision = \"yes\"")) ==
          Lines{"error invalid-value 54:12"});
    // Clusters: known names only, each once.
    const auto repeated =
        only(replaced(valid_application, "clusters = [\"entrepreneurship\", \"health_and_well_being\"]",
                      "clusters = [\"literacy\", \"literacy\"]"));
    CHECK(repeated.rule == "invalid-value");
    CHECK(repeated.position == Position{45, 25});
    CHECK(repeated.message == "'interests.clusters' lists \"literacy\" twice");
    CHECK(problems(replaced(valid_application, "clusters = [\"entrepreneurship\", \"health_and_well_being\"]",
                            "clusters = [\"literacy\", \"sports\"]")) == Lines{"error invalid-value 45:25"});
    CHECK(problems(replaced(valid_application, "clusters = [\"entrepreneurship\", \"health_and_well_being\"]",
                            "clusters = []"))
              .empty());
  }

  SUBCASE("unknown-field") {
    const auto typo = only(replaced(valid_application, "postcode = \"6400\"", "postcod = \"6400\""));
    CHECK(typo.rule == "unknown-field");
    CHECK(typo.severity == gnlc::Severity::warning);
    CHECK(typo.position == Position{19, 1});
    CHECK(typo.message == "unknown key 'contact.postcod'");
    CHECK(typo.hint == "did you mean 'postcode'?");
    const auto top = only(replaced(valid_application, "call = 2025", "call = 2025\nyear = 2025"));
    CHECK(top.position == Position{3, 1});
    CHECK(top.message == "unknown key 'year'");
    CHECK(top.hint == "");
    CHECK(problems(std::string(valid_application) + std::string("\n[notes]\ntext = \"x\"\n")) ==
          Lines{"warning unknown-field 58:2"});
    // An unknown key does not make the file unusable.
    CHECK(parse_application(replaced(valid_application, "postcode = \"6400\"", "postcod = \"6400\"")).application);
  }

  SUBCASE("contact checks") {
    const auto email =
        only(replaced(valid_application, "email = \"learning@sonderborg.dk\"", "email = \"learning at sonderborg\""));
    CHECK(email.rule == "invalid-email");
    CHECK(email.position == Position{21, 9});
    CHECK(email.message == "'contact.email' is not a valid e-mail address: \"learning at sonderborg\"");
    const auto url =
        only(replaced(valid_application, "website = \"https://www.sonderborg.dk\"", "website = \"www.sonderborg.dk\""));
    CHECK(url.rule == "invalid-url");
    CHECK(url.position == Position{7, 11});
    CHECK(url.hint == "write the full address: \"https://www.sonderborg.dk\"");
    CHECK(only(replaced(valid_application, "website = \"https://www.sonderborg.dk\"",
                        "website = \"ftp://sonderborg.dk\""))
              .hint == "write an http:// or https:// address with a host name");
    const auto phone = only(replaced(valid_application, "phone = \"+45 88 72 00 00\"", "phone = \"88 72 00 00\""));
    CHECK(phone.rule == "invalid-phone");
    CHECK(phone.position == Position{20, 9});
    CHECK(problems(replaced(valid_application, "phone = \"+45 88 72 00 00\"",
                            "phone = \"+45 88 72 00 00\"\nfax = \"fax\"")) == Lines{"error invalid-phone 21:7"});
    CHECK(problems(replaced(valid_application, "phone = \"+45 88 72 00 00\"",
                            "phone = \"+45 88 72 00 00\"\nfax = \"+45 88 72 00 01\""))
              .empty());
    // Checked after trimming.
    CHECK(problems(
              replaced(valid_application, "email = \"learning@sonderborg.dk\"", "email = \" learning@sonderborg.dk \""))
              .empty());
  }

  SUBCASE("word-limit") {
    CHECK(
        problems(replaced(valid_application, "Sønderborg wants every resident to keep learning.", words(200))).empty());
    const auto over =
        only(replaced(valid_application, "Sønderborg wants every resident to keep learning.", words(201)));
    CHECK(over.rule == "word-limit");
    CHECK(over.position == Position{36, 14});
    CHECK(over.message == "'statement.motivation' has 201 words; the limit is 200");
    CHECK(over.hint == "shorten it by 1 word");
    CHECK(only(replaced(valid_application, "Our learning partnership: https://example.org/plan", words(203))).hint ==
          "shorten it by 3 words");
    // Unicode white space separates words too.
    std::string ideographic = words(201);
    for (std::size_t at = ideographic.find(' '); at != std::string::npos; at = ideographic.find(' ', at))
      ideographic.replace(at, 1, "\u3000");
    CHECK(problems(replaced(valid_application, "Sønderborg wants every resident to keep learning.", ideographic)) ==
          Lines{"error word-limit 36:14"});
    CHECK(problems(replaced(valid_application, "Sønderborg wants every resident to keep learning.", "\u3000 ")) ==
          Lines{"error missing-field 36:14"});
  }

  SUBCASE("input-too-complex") {
    gnlc::Limits limits;
    limits.max_string_bytes = 50;  // both statements are 50 bytes long
    CHECK(problems(valid_application, limits).empty());
    limits.max_string_bytes = 49;
    CHECK(problems(valid_application, limits) ==
          Lines{"error input-too-complex 36:14", "error input-too-complex 37:18"});
    limits = {};
    limits.max_array_length = 1;
    CHECK(problems(valid_application, limits) == Lines{"error input-too-complex 45:12"});
  }

  SUBCASE("several problems, sorted by position") {
    const std::string text =
        replaced(replaced(replaced(valid_application, "email = \"learning@sonderborg.dk\"", "email = \"x\""),
                          "literacy = 2", "literacy = 9"),
                 "country = \"DK\"\n", "");
    CHECK(problems(text) == Lines{"error missing-field 4:1", "error invalid-email 20:9", "error invalid-value 39:12"});
  }
}

TEST_CASE("application_format") {
  const auto format = gnlc::application_format();
  std::vector<std::string> names;
  std::vector<std::string> required_tables;
  for (const auto& t : format) {
    names.emplace_back(t.name);
    if (t.required) required_tables.emplace_back(t.name);
    CAPTURE(t.name);
    CHECK_FALSE(t.fields.empty());  // every table has fields
    CHECK_FALSE(t.meaning.empty());
    std::set<std::string_view> keys;
    for (const auto& field : t.fields) {
      CAPTURE(field.key);
      CHECK(keys.insert(field.key).second);  // keys unique within the table
      CHECK_FALSE(field.meaning.empty());
      // Constraints fit the type.
      if (!field.allowed.empty()) CHECK((field.type == ValueType::string || field.type == ValueType::string_array));
      if (field.minimum || field.maximum) CHECK((field.type == ValueType::integer || field.type == ValueType::number));
      if (field.check != gnlc::TextCheck::none) CHECK(field.type == ValueType::string);
      if (field.minimum && field.maximum) CHECK(*field.minimum <= *field.maximum);
    }
    CHECK(t.min_fields <= t.fields.size());
  }
  CHECK(names == std::vector<std::string>{"", "city", "mayor", "contact", "pledge", "profile", "statement",
                                          "challenges", "interests", "submission", "endorsement"});
  CHECK(required_tables == std::vector<std::string>{"", "city", "mayor", "contact", "pledge", "profile", "statement",
                                                    "challenges", "submission"});
  // The keys of application.md, table by table; `req` as it says.
  using Keys = std::vector<std::string>;
  CHECK(keys_of(table("")) == Keys{"format", "call"});
  CHECK(keys_of(table(""), true) == Keys{"format"});
  CHECK(keys_of(table("city")) == Keys{"name", "country", "website"});
  CHECK(keys_of(table("city"), true) == Keys{"name", "country", "website"});
  CHECK(keys_of(table("mayor")) == Keys{"salutation", "name", "title"});
  CHECK(keys_of(table("mayor"), true) == Keys{"name", "title"});
  CHECK(keys_of(table("contact")) == Keys{"salutation", "name", "title", "organization", "address", "postcode", "phone",
                                          "fax", "email", "language"});
  CHECK(keys_of(table("contact"), true) == Keys{"name", "title", "address", "phone", "email", "language"});
  CHECK(keys_of(table("pledge")) == Keys{"beijing_declaration", "key_features", "signed", "stamp"});
  CHECK(keys_of(table("pledge"), true) == Keys{"beijing_declaration", "key_features", "signed"});
  CHECK(keys_of(table("profile")) == Keys{"data_year", "population", "area_km2", "gdp_per_capita_city_usd",
                                          "gdp_per_capita_country_usd", "schooling_years_men",
                                          "schooling_years_women"});
  CHECK(keys_of(table("profile"), true) == Keys{"data_year", "population", "area_km2"});
  CHECK(keys_of(table("statement"), true) == Keys{"motivation", "implementation"});
  CHECK(keys_of(table("interests")) == Keys{"clusters"});
  CHECK(keys_of(table("interests"), true).empty());
  CHECK(keys_of(table("submission"), true) == Keys{"date"});
  CHECK(keys_of(table("endorsement")) == Keys{"commission", "signatory", "date", "decision", "priority", "forwarded"});
  CHECK(keys_of(table("endorsement"), true) == Keys{"commission", "signatory", "date", "decision"});
  // [challenges]: the seven clusters, each optional, at least one present.
  Keys clusters;
  for (std::string_view c : gnlc::cluster_names()) clusters.emplace_back(c);
  CHECK(clusters == Keys{"literacy", "health_and_well_being", "education_for_sustainable_development",
                         "equity_and_inclusion", "entrepreneurship", "education_for_global_citizenship",
                         "educational_planning_monitoring_and_evaluation"});
  CHECK(keys_of(table("challenges")) == clusters);
  CHECK(keys_of(table("challenges"), true).empty());
  CHECK(table("challenges").min_fields == 1u);
  // Types of a few keys.
  CHECK(table("pledge").fields[2].type == ValueType::date);
  CHECK(table("profile").fields[2].type == ValueType::number);
  CHECK(table("interests").fields[0].type == ValueType::string_array);
}

TEST_CASE("allowed_values_text") {
  CHECK(gnlc::allowed_values_text({}) == "");
  const std::array<std::string_view, 1> one{"Ms"};
  CHECK(gnlc::allowed_values_text(one) == "'Ms'");
  const std::array<std::string_view, 3> three{"a", "b", "c"};
  CHECK(gnlc::allowed_values_text(three) == "'a', 'b' or 'c'");
}

TEST_CASE("range_text") {
  CHECK(gnlc::range_text(table("challenges").fields[0]) == "between 1 and 5");
  CHECK(gnlc::range_text(table("profile").fields[1]) == "greater than 0");  // population
  CHECK(gnlc::range_text(table("endorsement").fields[4]) == "at least 1");  // priority
  CHECK(gnlc::range_text(table("contact").fields[0]) == "");                // salutation: no limits
}

TEST_CASE("value_requirement") {
  CHECK(gnlc::value_requirement(table("").fields[0]) == "1");  // format
  CHECK(gnlc::value_requirement(table("challenges").fields[0]) == "an integer between 1 and 5");
  CHECK(gnlc::value_requirement(table("profile").fields[2]) == "a number greater than 0");  // area_km2
  CHECK(gnlc::value_requirement(table("contact").fields[9]) == "'English' or 'French'");
  CHECK(gnlc::value_requirement(table("endorsement").fields[3]) == "'endorsed' or 'not-endorsed'");
  CHECK(gnlc::value_requirement(table("pledge").fields[1]) ==
        "true (adopting the network's guiding documents is a condition of membership)");
  CHECK(gnlc::value_requirement(table("pledge").fields[3]) == "true or false");  // stamp
  CHECK(gnlc::value_requirement(table("pledge").fields[2]) == "a date without quotes, such as 2025-05-20");
  CHECK(gnlc::value_requirement(table("city").fields[1]).starts_with("a UNESCO Member State or Associate Member"));
  CHECK(gnlc::value_requirement(table("city").fields[0]) ==
        "a text on one line, not empty, without control characters");
  CHECK(gnlc::value_requirement(table("contact").fields[3]) == "a text on one line, without control characters");
  CHECK(gnlc::value_requirement(table("statement").fields[0]) ==
        "a text of at most 200 words; line breaks and tabs are its only control characters");
  CHECK(gnlc::value_requirement(table("interests").fields[0])
            .starts_with("a list without repeats, each one of 'literacy', 'health_and_well_being', "));
  // Every key has one: the schema's errorMessage.
  for (const auto& t : gnlc::application_format())
    for (const auto& field : t.fields) {
      CAPTURE(field.key);
      CHECK_FALSE(gnlc::value_requirement(field).empty());
    }
}

TEST_CASE("application_json_schema") {
  const std::string schema = gnlc::application_json_schema();
  const auto count = [&](std::string_view what) {
    std::size_t n = 0;
    for (auto at = schema.find(what); at != std::string::npos; at = schema.find(what, at + 1)) ++n;
    return n;
  };
  // The pledges must be true; the format must be 1.
  CHECK(count(R"("const": true)") == 2);
  CHECK(count(R"("const": 1)") == 1);
  CHECK(schema.find(R"("type": "boolean",
          "const": true,
          "errorMessage": "'pledge.key_features': write true (adopting)") != std::string::npos);
  // Closed sets as enums: salutation twice, language, decision, clusters, country.
  CHECK(count(R"("enum": [)") == 7);  // and the keys of [challenges]
  CHECK(schema.find(R"("enum": [
            "English",
            "French"
          ],
          "errorMessage": "'contact.language': write 'English' or 'French'")") != std::string::npos);
  // Every spelling of the country table, the variants too.
  for (std::string_view spelling :
       {R"("DK")", R"("DNK")", R"("Denmark")", R"("Kingdom of Denmark")", R"("Türkiye")", R"("Turkey")"})
    CHECK(schema.find(fmt::format("            {},\n", spelling)) != std::string::npos);
  // One errorMessage for every key, and one for every table and the top level.
  std::size_t keys = 0, tables = 0;
  for (const auto& t : gnlc::application_format()) {
    keys += t.fields.size();
    tables += 1;
  }
  CHECK(count(R"("errorMessage": ")") == keys);
  CHECK(count(R"("errorMessage": {)") == tables);
  CHECK(schema.find(R"("not": "[challenges] needs at least one key: rate at least one of 'literacy', )") !=
        std::string::npos);
  CHECK(schema.find("minProperties") == std::string::npos);
}

TEST_CASE("value_type_name") {
  CHECK(gnlc::value_type_name(ValueType::string) == "string");
  CHECK(gnlc::value_type_name(ValueType::integer) == "integer");
  CHECK(gnlc::value_type_name(ValueType::number) == "float");
  CHECK(gnlc::value_type_name(ValueType::boolean) == "bool");
  CHECK(gnlc::value_type_name(ValueType::date) == "date");
  CHECK(gnlc::value_type_name(ValueType::string_array) == "array of strings");
}

TEST_CASE("is_valid_email") {
  CHECK(is_valid_email("learning@sonderborg.dk"));
  CHECK(is_valid_email("first.last+gnlc@city.example.org"));
  CHECK(is_valid_email("a@b.co"));
  CHECK(is_valid_email("lifelong-learning@xn--mnchen-3ya.de"));
  CHECK(is_valid_email("bildung@m\u00FCnchen.de"));
  CHECK(is_valid_email("o'neill@city.ie"));
  CHECK_FALSE(is_valid_email(""));
  CHECK_FALSE(is_valid_email("learning at sonderborg"));
  CHECK_FALSE(is_valid_email("learning@sonderborg"));  // the domain needs a dot
  CHECK_FALSE(is_valid_email("@sonderborg.dk"));
  CHECK_FALSE(is_valid_email("learning@"));
  CHECK_FALSE(is_valid_email("learning@@sonderborg.dk"));
  CHECK_FALSE(is_valid_email("a@b@sonderborg.dk"));
  CHECK_FALSE(is_valid_email("a@b.dk, c@d.dk"));  // one address only
  CHECK_FALSE(is_valid_email("a@b.dk;c@d.dk"));
  CHECK_FALSE(is_valid_email("learning @sonderborg.dk"));
  CHECK_FALSE(is_valid_email("learning@sonder borg.dk"));
  CHECK_FALSE(is_valid_email("learning\u00A0@sonderborg.dk"));
  CHECK_FALSE(is_valid_email("learning\t@sonderborg.dk"));
  CHECK_FALSE(is_valid_email("<learning@sonderborg.dk>"));
  CHECK_FALSE(is_valid_email("Anne Holm <learning@sonderborg.dk>"));
  CHECK_FALSE(is_valid_email(".learning@sonderborg.dk"));
  CHECK_FALSE(is_valid_email("learning.@sonderborg.dk"));
  CHECK_FALSE(is_valid_email("life..long@sonderborg.dk"));
  CHECK_FALSE(is_valid_email("learning@-sonderborg.dk"));
  CHECK_FALSE(is_valid_email("learning@sonderborg-.dk"));
  CHECK_FALSE(is_valid_email("learning@sonderborg..dk"));
  CHECK_FALSE(is_valid_email("learning@.sonderborg.dk"));
  CHECK_FALSE(is_valid_email("learning@sonderborg_city.dk"));
  CHECK_FALSE(is_valid_email(std::string(65, 'a') + "@sonderborg.dk"));
  CHECK(is_valid_email(std::string(64, 'a') + "@sonderborg.dk"));
}

TEST_CASE("is_valid_url") {
  CHECK(is_valid_url("https://www.sonderborg.dk"));
  CHECK(is_valid_url("http://example.org"));
  CHECK(is_valid_url("HTTPS://WWW.EXAMPLE.ORG"));
  CHECK(is_valid_url("https://example.org/learning-city?lang=en#top"));
  CHECK(is_valid_url("https://example.org:8080/"));
  CHECK(is_valid_url("https://example.org."));
  CHECK(is_valid_url("https://192.168.1.10/"));
  CHECK(is_valid_url("https://[2001:db8::1]/"));
  CHECK(is_valid_url("https://[2001:db8::1]:8443/x"));
  CHECK(is_valid_url("https://m\u00FCnchen.de"));
  CHECK_FALSE(is_valid_url(""));
  CHECK_FALSE(is_valid_url("www.sonderborg.dk"));
  CHECK_FALSE(is_valid_url("ftp://example.org"));
  CHECK_FALSE(is_valid_url("javascript:alert(1)"));
  CHECK_FALSE(is_valid_url("https//example.org"));
  CHECK_FALSE(is_valid_url("https://"));
  CHECK_FALSE(is_valid_url("https:///path"));
  CHECK_FALSE(is_valid_url("https://exa mple.org"));
  CHECK_FALSE(is_valid_url("https://example.org/a b"));
  CHECK_FALSE(is_valid_url("https://example.org\n"));
  CHECK_FALSE(is_valid_url("https://user:secret@example.org"));
  CHECK_FALSE(is_valid_url("https://example.org@evil.example"));
  CHECK_FALSE(is_valid_url("https://example.org:0/"));
  CHECK_FALSE(is_valid_url("https://example.org:65536/"));
  CHECK_FALSE(is_valid_url("https://example.org:http/"));
  CHECK_FALSE(is_valid_url("https://example.org:/"));
  CHECK_FALSE(is_valid_url("https://-example.org"));
  CHECK_FALSE(is_valid_url("https://example..org"));
  CHECK_FALSE(is_valid_url("https://exam_ple.org"));
  CHECK_FALSE(is_valid_url("https://[zz::1]/"));
  CHECK_FALSE(is_valid_url("https://[2001:db8::1/"));
  CHECK_FALSE(is_valid_url("https://[2001:db8::1]x/"));
}

TEST_CASE("is_valid_phone") {
  CHECK(is_valid_phone("+45 88 72 00 00"));
  CHECK(is_valid_phone("+49 40 4480410"));
  CHECK(is_valid_phone("+1-202-555-0143"));
  CHECK(is_valid_phone("+44 (0)20 7946 0958"));
  CHECK(is_valid_phone("+33.1.23.45.67.89"));
  CHECK(is_valid_phone("+1234567"));          // 7 digits, the fewest
  CHECK(is_valid_phone("+123456789012345"));  // 15 digits, the most
  CHECK(is_valid_phone("+1 234 567 890 123 45"));
  CHECK_FALSE(is_valid_phone(""));
  CHECK_FALSE(is_valid_phone("+"));
  CHECK_FALSE(is_valid_phone("45 88 72 00 00"));  // no country code
  CHECK_FALSE(is_valid_phone("0045 88 72 00 00"));
  CHECK_FALSE(is_valid_phone("+123456"));            // 6 digits
  CHECK_FALSE(is_valid_phone("+1234567890123456"));  // 16 digits
  CHECK_FALSE(is_valid_phone("+ 45 88 72 00 00"));   // separators only between digits
  CHECK_FALSE(is_valid_phone("+45 88 72 00 00 "));
  CHECK_FALSE(is_valid_phone("+45 88 72 00 00-"));
  CHECK_FALSE(is_valid_phone("++45 88 72 00 00"));
  CHECK_FALSE(is_valid_phone("+45/88 72 00 00"));
  CHECK_FALSE(is_valid_phone("+45 88 72 00 0x"));
  CHECK_FALSE(is_valid_phone("+45 88 72 00 00 ext 12"));
  CHECK_FALSE(is_valid_phone("+45\u00A088720000"));
  CHECK_FALSE(is_valid_phone("+\u0664\u0665 88 72 00 00"));  // Arabic-Indic digits
}

TEST_CASE("parse_application: the wrong kind of file") {
  const auto registry = gnlc::parse_application("format = 1\n[[member]]\ncity = \"Espoo\"\ncountry = \"FI\"\n", {});
  REQUIRE(registry.diagnostics.size() == 1u);
  CHECK(registry.diagnostics[0].rule == "format-version");
  CHECK(registry.diagnostics[0].message ==
        "this file is a members registry (gnlc-registry(5)), not an application (gnlc-application(5))");
  CHECK(registry.diagnostics[0].hint == "read it with: gnlc reports FILE");
  CHECK_FALSE(registry.application);
  const auto calendar = gnlc::parse_application("format = 1\n[[call]]\nyear = 2025\n", {});
  CHECK(calendar.diagnostics.at(0).hint == "read it with: gnlc calendar --calendar FILE");
}

namespace {
// A valid TOML value of the field, from the format's own description.
std::string valid_value(const gnlc::FieldSpec& field) {
  switch (field.type) {
    case ValueType::string:
      if (!field.allowed.empty()) return fmt::format("\"{}\"", field.allowed.front());
      if (field.is_country) return "\"DK\"";
      switch (field.check) {
        case gnlc::TextCheck::email:
          return "\"learning@city.example.org\"";
        case gnlc::TextCheck::url:
          return "\"https://www.city.example.org\"";
        case gnlc::TextCheck::phone:
          return "\"+49 40 4480410\"";
        default:
          return "\"some words\"";
      }
    case ValueType::integer:
      return field.example.empty() ? fmt::format("{}", *field.minimum) : std::string(field.example);
    case ValueType::date:
      return "2025-05-20";
    default:
      return std::string(field.example);
  }
}

bool present(const auto& member) { return member.has_value(); }
bool present(Position position) { return position.known(); }
bool present(bool flag) { return flag; }
}  // namespace

TEST_CASE("Application: every key of the format fills its own member, and every member is filled by a key") {
  // A file with every key of the format, each on its own line.
  std::string text;
  std::uint32_t line = 0;
  std::vector<std::pair<const gnlc::FieldSpec*, std::uint32_t>> lines;
  std::map<std::string_view, std::uint32_t> headers;
  for (const gnlc::TableSpec& table : gnlc::application_format()) {
    if (!table.name.empty()) {
      text += fmt::format("[{}]\n", table.name);
      headers[table.name] = ++line;
    }
    for (const gnlc::FieldSpec& field : table.fields) {
      text += fmt::format("{} = {}\n", field.key, valid_value(field));
      lines.emplace_back(&field, ++line);
    }
  }
  CAPTURE(text);
  const auto parsed = parse_application(text);
  CHECK(parsed.diagnostics.empty());
  REQUIRE(parsed.application);
  const gnlc::Application& app = *parsed.application;

  // Each key's value lands in the member bound to it, and no two keys
  // share a member.
  std::set<const void*> targets;
  for (const auto& [field, at] : lines) {
    CAPTURE(field->key);
    std::visit(
        [&](auto member) {
          REQUIRE(member != nullptr);
          REQUIRE((app.*member).has_value());
          CHECK((app.*member)->position.line == at);
          targets.insert(&(app.*member));
        },
        field->target);
  }
  CHECK(targets.size() == lines.size());

  // Every member of Application is filled by the format. The structured
  // binding names each member: a member added to Application without a
  // name here does not compile, and one no key fills fails below.
  const auto& [format, call, city_name, country, city_website, mayor_salutation, mayor_name, mayor_title,
               contact_salutation, contact_name, contact_title, contact_organization, contact_address, contact_postcode,
               contact_phone, contact_fax, contact_email, contact_language, pledge_table, beijing_declaration,
               key_features, signed_on, stamp, data_year, population, area_km2, gdp_per_capita_city_usd,
               gdp_per_capita_country_usd, schooling_years_men, schooling_years_women, motivation, implementation,
               challenge_literacy, challenge_health_and_well_being, challenge_education_for_sustainable_development,
               challenge_equity_and_inclusion, challenge_entrepreneurship, challenge_education_for_global_citizenship,
               challenge_educational_planning_monitoring_and_evaluation, clusters, submitted_on, has_endorsement,
               endorsement_table, commission, signatory, endorsed_on, decision, priority, forwarded_on] = app;
  const std::vector<bool> filled{present(format),
                                 present(call),
                                 present(city_name),
                                 present(country),
                                 present(city_website),
                                 present(mayor_salutation),
                                 present(mayor_name),
                                 present(mayor_title),
                                 present(contact_salutation),
                                 present(contact_name),
                                 present(contact_title),
                                 present(contact_organization),
                                 present(contact_address),
                                 present(contact_postcode),
                                 present(contact_phone),
                                 present(contact_fax),
                                 present(contact_email),
                                 present(contact_language),
                                 present(pledge_table),
                                 present(beijing_declaration),
                                 present(key_features),
                                 present(signed_on),
                                 present(stamp),
                                 present(data_year),
                                 present(population),
                                 present(area_km2),
                                 present(gdp_per_capita_city_usd),
                                 present(gdp_per_capita_country_usd),
                                 present(schooling_years_men),
                                 present(schooling_years_women),
                                 present(motivation),
                                 present(implementation),
                                 present(challenge_literacy),
                                 present(challenge_health_and_well_being),
                                 present(challenge_education_for_sustainable_development),
                                 present(challenge_equity_and_inclusion),
                                 present(challenge_entrepreneurship),
                                 present(challenge_education_for_global_citizenship),
                                 present(challenge_educational_planning_monitoring_and_evaluation),
                                 present(clusters),
                                 present(submitted_on),
                                 present(has_endorsement),
                                 present(endorsement_table),
                                 present(commission),
                                 present(signatory),
                                 present(endorsed_on),
                                 present(decision),
                                 present(priority),
                                 present(forwarded_on)};
  for (std::size_t i = 0; i < filled.size(); ++i) {
    CAPTURE(i);
    CHECK(filled[i]);
  }
  // The three members that hold tables rather than keys.
  CHECK(filled.size() == lines.size() + 3);
  CHECK(pledge_table == Position{headers["pledge"], 1});
  CHECK(endorsement_table == Position{headers["endorsement"], 1});
}
