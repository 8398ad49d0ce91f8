// The application file format (format 1): its description as data, and the
// typed model the rules read. ../shared/spec/application.md is the contract.
#pragma once

#include <gnlc/dates.hpp>
#include <gnlc/diagnostic.hpp>
#include <gnlc/limits.hpp>

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace gnlc {

// ---- The typed model: only values that passed their structural checks.
// Each member is filled by the key of application_format() bound to it
// (FieldSpec::target), so a key without a member, or a member no key
// fills, is a test failure rather than a field silently left empty.

template <class T>
struct Located {
  T value;
  Position position;
};

struct Application {
  std::optional<Located<std::int64_t>> format;
  std::optional<Located<std::int64_t>> call;
  // [city]
  std::optional<Located<std::string>> city_name;
  std::optional<Located<std::string>> country;
  std::optional<Located<std::string>> city_website;
  // [mayor]
  std::optional<Located<std::string>> mayor_salutation;
  std::optional<Located<std::string>> mayor_name;
  std::optional<Located<std::string>> mayor_title;
  // [contact]
  std::optional<Located<std::string>> contact_salutation;
  std::optional<Located<std::string>> contact_name;
  std::optional<Located<std::string>> contact_title;
  std::optional<Located<std::string>> contact_organization;
  std::optional<Located<std::string>> contact_address;
  std::optional<Located<std::string>> contact_postcode;
  std::optional<Located<std::string>> contact_phone;
  std::optional<Located<std::string>> contact_fax;
  std::optional<Located<std::string>> contact_email;
  std::optional<Located<std::string>> contact_language;
  // [pledge]
  Position pledge_table;
  std::optional<Located<bool>> beijing_declaration;
  std::optional<Located<bool>> key_features;
  std::optional<Located<Day>> signed_on;
  std::optional<Located<bool>> stamp;
  // [profile]
  std::optional<Located<std::int64_t>> data_year;
  std::optional<Located<std::int64_t>> population;
  std::optional<Located<double>> area_km2;
  std::optional<Located<double>> gdp_per_capita_city_usd;
  std::optional<Located<double>> gdp_per_capita_country_usd;
  std::optional<Located<double>> schooling_years_men;
  std::optional<Located<double>> schooling_years_women;
  // [statement]
  std::optional<Located<std::string>> motivation;
  std::optional<Located<std::string>> implementation;
  // [challenges], one member per cluster
  std::optional<Located<std::int64_t>> challenge_literacy;
  std::optional<Located<std::int64_t>> challenge_health_and_well_being;
  std::optional<Located<std::int64_t>> challenge_education_for_sustainable_development;
  std::optional<Located<std::int64_t>> challenge_equity_and_inclusion;
  std::optional<Located<std::int64_t>> challenge_entrepreneurship;
  std::optional<Located<std::int64_t>> challenge_education_for_global_citizenship;
  std::optional<Located<std::int64_t>> challenge_educational_planning_monitoring_and_evaluation;
  // [interests]
  std::optional<Located<std::vector<std::string>>> clusters;
  // [submission]
  std::optional<Located<Day>> submitted_on;
  // [endorsement]: present even when it is not a table (then wrong-type)
  bool has_endorsement = false;
  Position endorsement_table;
  std::optional<Located<std::string>> commission;
  std::optional<Located<std::string>> signatory;
  std::optional<Located<Day>> endorsed_on;
  std::optional<Located<std::string>> decision;
  std::optional<Located<std::int64_t>> priority;
  std::optional<Located<Day>> forwarded_on;
};

// The member a key of the format fills, by the type of its value.
template <class T>
using ApplicationSlot = std::optional<Located<T>> Application::*;
using FieldTarget =
    std::variant<ApplicationSlot<std::int64_t>, ApplicationSlot<double>, ApplicationSlot<bool>, ApplicationSlot<Day>,
                 ApplicationSlot<std::string>, ApplicationSlot<std::vector<std::string>>>;

// ---- The format, as data: the parser, `gnlc schema` and the tests read it.

enum class ValueType : std::uint8_t { string, integer, number, boolean, date, string_array };
std::string_view value_type_name(ValueType type);

// Checks on a string's content beyond its type.
enum class TextCheck : std::uint8_t { none, email, url, phone, statement };

struct FieldSpec {
  std::string_view key;
  ValueType type;
  bool required;
  std::string_view meaning;
  std::span<const std::string_view> allowed = {};  // strings and string arrays
  std::optional<double> minimum = {};
  bool exclusive_minimum = false;
  std::optional<double> maximum = {};
  TextCheck check = TextCheck::none;
  // A value as TOML text, shown commented out in `gnlc new`'s template for
  // keys that are not strings; dates take the call's own dates instead.
  std::string_view example = {};
  // A pledge: false is pledge-missing (a content rule, but one a schema can
  // state).
  bool must_be_true = false;
  // A country of data/countries.tsv (unknown-country otherwise); too long a
  // list to hold in `allowed`, and read with case and accents folded.
  bool is_country = false;
  // The member of Application the value fills once it passes its checks;
  // its type matches `type` (format.cpp's bound() holds it to that).
  FieldTarget target = {};
};

struct TableSpec {
  std::string_view name;  // empty for the top level
  bool required;
  std::string_view meaning;
  std::span<const FieldSpec> fields;
  std::size_t min_fields = 0;  // [challenges] needs at least one key
  // Where Application keeps the table's header, and whether the key is
  // there at all (a table or not); null where the rules need neither.
  Position Application::*position = nullptr;
  bool Application::*present = nullptr;
};

inline constexpr std::int64_t supported_format = 1;
inline constexpr std::size_t statement_word_limit = 200;
inline constexpr std::int64_t small_city_population = 10000;
inline constexpr int stale_profile_years = 5;

std::span<const TableSpec> application_format();
std::span<const std::string_view> cluster_names();

// The same words in the parser's messages and the schema's: "'Ms' or 'Mr'",
// "between 1 and 5", "greater than 0" (empty when the field has no limits).
std::string allowed_values_text(std::span<const std::string_view> allowed);
std::string range_text(const FieldSpec& field);
// What a valid value of the field is, as advice: "an integer between 1 and
// 5", "'English' or 'French'".
std::string value_requirement(const FieldSpec& field);

struct ApplicationParse {
  // Absent when the file is not TOML or not format 1: nothing else can be
  // judged then.
  std::optional<Application> application;
  Diagnostics diagnostics;
};

// toml-syntax (including UTF-8), format-version, and every structural
// rule: missing-field, wrong-type, invalid-value, unknown-field,
// invalid-email, invalid-url, invalid-phone, word-limit, input-too-complex.
// The size limit is the caller's (it decides whether to read at all).
ApplicationParse parse_application(std::string_view text, const Limits& limits = {});

// A JSON Schema (draft 2020-12) of format 1, generated from
// application_format(), for editors that validate TOML with JSON Schemas.
// TOML dates appear as strings with format "date" or "date-time", as TOML
// tools convert them.
std::string application_json_schema();

// What `gnlc new` fills in: the call's year and dates, and the city and
// country when given.
struct TemplateInput {
  int call = 0;
  Day opens;
  Day closes;
  Day endorsement_deadline;
  std::optional<std::string> city;
  std::optional<std::string> country;
};

// A commented application template of format 1, generated from
// application_format(): every table and key in the order of the official
// form, each with its meaning, type and limits. Required strings are "",
// other required values are commented out with an example, optional keys
// are commented out. `gnlc check` on it reports missing-field errors only.
std::string application_template(const TemplateInput& input);

// Content checks, exposed for the tests and for `gnlc explain`.
bool is_valid_email(std::string_view text);
bool is_valid_url(std::string_view text);
bool is_valid_phone(std::string_view text);

}  // namespace gnlc
