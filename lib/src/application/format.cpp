// The application format (format 1) as data: application.md's tables,
// one FieldSpec per key. The parser, `gnlc schema` and the man page test
// all read this table, so the format is written down once.
#include <gnlc/application.hpp>

#include <fmt/format.h>

#include <array>
#include <type_traits>

namespace gnlc {
namespace {

using enum ValueType;
constexpr TextCheck none = TextCheck::none;

constexpr std::array<std::string_view, 2> salutations{"Ms", "Mr"};
constexpr std::array<std::string_view, 2> languages{"English", "French"};
constexpr std::array<std::string_view, 2> decisions{"endorsed", "not-endorsed"};
constexpr std::array<std::string_view, 7> clusters{
    "literacy",
    "health_and_well_being",
    "education_for_sustainable_development",
    "equity_and_inclusion",
    "entrepreneurship",
    "education_for_global_citizenship",
    "educational_planning_monitoring_and_evaluation",
};

// The value type a member of Application holds.
template <class T>
constexpr ValueType value_type_of() {
  if constexpr (std::is_same_v<T, std::int64_t>) return integer;
  if constexpr (std::is_same_v<T, double>) return number;
  if constexpr (std::is_same_v<T, bool>) return boolean;
  if constexpr (std::is_same_v<T, Day>) return date;
  if constexpr (std::is_same_v<T, std::string>) return string;
  if constexpr (std::is_same_v<T, std::vector<std::string>>) return string_array;
}

// `field`, filling `member`. Evaluated at compile time: a member of another
// type than the field's is a compile error, not a value dropped at run time.
template <class T>
constexpr FieldSpec bound(ApplicationSlot<T> member, const FieldSpec& field) {
  if (value_type_of<T>() != field.type) throw "the member's type is not the field's";
  // A copy rather than an assignment to `target`: emscripten's libc++ has
  // no constexpr assignment of a variant.
  return FieldSpec{field.key,     field.type,    field.required,          field.meaning,
                   field.allowed, field.minimum, field.exclusive_minimum, field.maximum,
                   field.check,   field.example, field.must_be_true,      field.is_country,
                   member};
}

constexpr std::array top_fields{
    bound(&Application::format,
          FieldSpec{"format", integer, true, "format version; 1 is the only one", {}, 1, false, 1}),
    bound(&Application::call,
          FieldSpec{"call",
                    integer,
                    false,
                    "the year of the call applied to; where absent, the call whose window holds submission.date",
                    {},
                    1900,
                    false,
                    2999}),
};

constexpr std::array city_fields{
    bound(&Application::city_name,
          FieldSpec{"name", string, true, "name of the city (or municipality, county, consortium)"}),
    bound(&Application::country,
          FieldSpec{.key = "country",
                    .type = string,
                    .required = true,
                    .meaning = "ISO 3166-1 alpha-2 or alpha-3 code, or a UNESCO country name or a known variant",
                    .is_country = true}),
    bound(&Application::city_website, FieldSpec{"website",
                                                string,
                                                true,
                                                "official city website, an http:// or https:// URL with a host",
                                                {},
                                                {},
                                                false,
                                                {},
                                                TextCheck::url}),
};

constexpr std::array mayor_fields{
    bound(&Application::mayor_salutation, FieldSpec{"salutation", string, false, "Ms or Mr", salutations}),
    bound(&Application::mayor_name, FieldSpec{"name", string, true, "full name, \"Surname, First name\""}),
    bound(&Application::mayor_title, FieldSpec{"title", string, true, "exact official title"}),
};

constexpr std::array contact_fields{
    bound(&Application::contact_salutation, FieldSpec{"salutation", string, false, "Ms or Mr", salutations}),
    bound(&Application::contact_name, FieldSpec{"name", string, true, "full name"}),
    bound(&Application::contact_title, FieldSpec{"title", string, true, "exact official title"}),
    bound(&Application::contact_organization,
          FieldSpec{"organization", string, false, "if other than the municipality"}),
    bound(&Application::contact_address, FieldSpec{"address", string, true, "postal address"}),
    bound(&Application::contact_postcode, FieldSpec{"postcode", string, false, "postal code"}),
    bound(
        &Application::contact_phone,
        FieldSpec{"phone", string, true, "with country code: + then 7-15 digits", {}, {}, false, {}, TextCheck::phone}),
    bound(&Application::contact_fax,
          FieldSpec{"fax", string, false, "same form as phone", {}, {}, false, {}, TextCheck::phone}),
    bound(&Application::contact_email,
          FieldSpec{"email", string, true, "one e-mail address", {}, {}, false, {}, TextCheck::email}),
    bound(&Application::contact_language,
          FieldSpec{"language", string, true, "language of communication: English or French", languages}),
};

constexpr std::array pledge_fields{
    bound(&Application::beijing_declaration,
          FieldSpec{.key = "beijing_declaration",
                    .type = boolean,
                    .required = true,
                    .meaning = "adopts the Beijing Declaration on Building Learning Cities; must be true",
                    .example = "true",
                    .must_be_true = true}),
    bound(&Application::key_features, FieldSpec{.key = "key_features",
                                                .type = boolean,
                                                .required = true,
                                                .meaning = "adopts the Key Features of Learning Cities; must be true",
                                                .example = "true",
                                                .must_be_true = true}),
    bound(&Application::signed_on,
          FieldSpec{"signed", date, true, "date of the mayor's signature; on or before submission.date"}),
    bound(&Application::stamp, FieldSpec{"stamp",
                                         boolean,
                                         false,
                                         "official stamp affixed (default false; false is a warning)",
                                         {},
                                         {},
                                         false,
                                         {},
                                         none,
                                         "true"}),
};

constexpr std::array profile_fields{
    bound(&Application::data_year, FieldSpec{"data_year",
                                             integer,
                                             true,
                                             "year the figures refer to; not after the call year",
                                             {},
                                             1900,
                                             false,
                                             2999,
                                             none,
                                             "2024"}),
    bound(&Application::population,
          FieldSpec{"population", integer, true, "number of inhabitants, > 0", {}, 0, true, {}, none, "250_000"}),
    bound(&Application::area_km2,
          FieldSpec{"area_km2", number, true, "area in square kilometres, > 0", {}, 0, true, {}, none, "120.5"}),
    bound(&Application::gdp_per_capita_city_usd, FieldSpec{"gdp_per_capita_city_usd",
                                                           number,
                                                           false,
                                                           "GDP per capita of the city in US dollars, > 0",
                                                           {},
                                                           0,
                                                           true,
                                                           {},
                                                           none,
                                                           "12_500.0"}),
    bound(&Application::gdp_per_capita_country_usd, FieldSpec{"gdp_per_capita_country_usd",
                                                              number,
                                                              false,
                                                              "GDP per capita of the country in US dollars, > 0",
                                                              {},
                                                              0,
                                                              true,
                                                              {},
                                                              none,
                                                              "9_800.0"}),
    bound(&Application::schooling_years_men, FieldSpec{"schooling_years_men",
                                                       number,
                                                       false,
                                                       "mean years of schooling of men, 0-25",
                                                       {},
                                                       0,
                                                       false,
                                                       25,
                                                       none,
                                                       "11.2"}),
    bound(&Application::schooling_years_women, FieldSpec{"schooling_years_women",
                                                         number,
                                                         false,
                                                         "mean years of schooling of women, 0-25",
                                                         {},
                                                         0,
                                                         false,
                                                         25,
                                                         none,
                                                         "11.6"}),
};

constexpr std::array statement_fields{
    bound(&Application::motivation,
          FieldSpec{"motivation",
                    string,
                    true,
                    "social context and motivation for becoming a learning city; at most 200 words",
                    {},
                    {},
                    false,
                    {},
                    TextCheck::statement}),
    bound(&Application::implementation,
          FieldSpec{"implementation",
                    string,
                    true,
                    "how the city implements or plans to implement the concept, with links; at most 200 words",
                    {},
                    {},
                    false,
                    {},
                    TextCheck::statement}),
};

constexpr FieldSpec challenge(std::string_view key, ApplicationSlot<std::int64_t> member) {
  return bound(
      member,
      FieldSpec{key, integer, false, "degree of the challenge, 1 (low) to 5 (high)", {}, 1, false, 5, none, "3"});
}
constexpr std::array challenge_fields{
    challenge(clusters[0], &Application::challenge_literacy),
    challenge(clusters[1], &Application::challenge_health_and_well_being),
    challenge(clusters[2], &Application::challenge_education_for_sustainable_development),
    challenge(clusters[3], &Application::challenge_equity_and_inclusion),
    challenge(clusters[4], &Application::challenge_entrepreneurship),
    challenge(clusters[5], &Application::challenge_education_for_global_citizenship),
    challenge(clusters[6], &Application::challenge_educational_planning_monitoring_and_evaluation),
};

constexpr std::array interest_fields{
    bound(&Application::clusters, FieldSpec{"clusters",
                                            string_array,
                                            false,
                                            "clusters the city wants to join, no repeats",
                                            clusters,
                                            {},
                                            false,
                                            {},
                                            none,
                                            R"(["literacy", "health_and_well_being"])"}),
};

constexpr std::array submission_fields{
    bound(&Application::submitted_on,
          FieldSpec{"date", date, true,
                    "when the city sent the signed application to its National Commission; inside the call's window"}),
};

constexpr std::array endorsement_fields{
    bound(&Application::commission,
          FieldSpec{"commission", string, true, "name of the National Commission for UNESCO"}),
    bound(&Application::signatory, FieldSpec{"signatory", string, true, "name of the person who signed"}),
    bound(&Application::endorsed_on,
          FieldSpec{"date", date, true,
                    "date of the decision; on or after submission.date, by the endorsement deadline"}),
    bound(&Application::decision, FieldSpec{"decision", string, true, "endorsed or not-endorsed", decisions}),
    bound(&Application::priority,
          FieldSpec{"priority",
                    integer,
                    false,
                    "the Commission's ranking of this city among its country's applications in the call, 1 = first",
                    {},
                    1,
                    false,
                    {},
                    none,
                    "1"}),
    bound(&Application::forwarded_on,
          FieldSpec{"forwarded", date, false,
                    "when the endorsed application reached the GNLC Coordination Team; by the endorsement deadline"}),
};

constexpr std::array tables{
    TableSpec{"", true, "top level", top_fields},
    TableSpec{"city", true, "the applicant city", city_fields},
    TableSpec{"mayor", true, "the mayor, who signs the application", mayor_fields},
    TableSpec{"contact", true, "the city's contact person for the GNLC", contact_fields},
    TableSpec{"pledge", true, "the city's commitment, signed by the mayor", pledge_fields, 0,
              &Application::pledge_table},
    TableSpec{"profile", true, "figures shown on the GNLC website once admitted", profile_fields},
    TableSpec{"statement", true, "the city's statements", statement_fields},
    TableSpec{"challenges", true, "degree of each challenge, 1 (low) to 5 (high); at least one", challenge_fields, 1},
    TableSpec{"interests", false, "clusters the city wants to join", interest_fields},
    TableSpec{"submission", true, "when the application was sent", submission_fields},
    TableSpec{"endorsement", false, "Part 2, filled in by the National Commission for UNESCO", endorsement_fields, 0,
              &Application::endorsement_table, &Application::has_endorsement},
};

}  // namespace

std::span<const TableSpec> application_format() { return tables; }
std::span<const std::string_view> cluster_names() { return clusters; }

std::string allowed_values_text(std::span<const std::string_view> allowed) {
  std::string text;
  for (std::size_t i = 0; i < allowed.size(); ++i) {
    if (i > 0) text += i + 1 == allowed.size() ? " or " : ", ";
    text += fmt::format("'{}'", allowed[i]);
  }
  return text;
}

std::string range_text(const FieldSpec& field) {
  if (field.minimum && field.maximum) return fmt::format("between {} and {}", *field.minimum, *field.maximum);
  if (field.minimum) return fmt::format("{} {}", field.exclusive_minimum ? "greater than" : "at least", *field.minimum);
  if (field.maximum) return fmt::format("at most {}", *field.maximum);
  return {};
}

std::string value_requirement(const FieldSpec& field) {
  const auto with_range = [&](std::string_view kind) {
    if (field.minimum && field.maximum && *field.minimum == *field.maximum) return fmt::format("{}", *field.minimum);
    const std::string range = range_text(field);
    return range.empty() ? std::string(kind) : fmt::format("{} {}", kind, range);
  };
  switch (field.type) {
    case string:
      if (!field.allowed.empty()) return allowed_values_text(field.allowed);
      if (field.is_country)
        return "a UNESCO Member State or Associate Member: its ISO 3166-1 code or its name, such as DK, DNK or "
               "Denmark";
      switch (field.check) {
        case TextCheck::email:
          return "one e-mail address: a local part, @ and a domain with at least one dot, no spaces, such as "
                 "learning@city.example.org";
        case TextCheck::url:
          return "an http:// or https:// address with a host name, such as https://www.city.example.org";
        case TextCheck::phone:
          return "+ and the country code, then 7 to 15 digits in all (spaces, hyphens, dots and parentheses may "
                 "separate them), such as \"+49 40 4480410\"";
        case TextCheck::statement:
          return fmt::format("a text of at most {} words; line breaks and tabs are its only control characters",
                             statement_word_limit);
        case TextCheck::none:
          break;
      }
      return field.required ? "a text on one line, not empty, without control characters"
                            : "a text on one line, without control characters";
    case integer:
      return with_range("an integer");
    case number:
      return with_range("a number");
    case boolean:
      return field.must_be_true ? "true (adopting the network's guiding documents is a condition of membership)"
                                : "true or false";
    case date:
      return "a date without quotes, such as 2025-05-20";
    case string_array:
      return fmt::format("a list without repeats, each one of {}", allowed_values_text(field.allowed));
  }
  return {};
}

std::string_view value_type_name(ValueType type) {
  switch (type) {
    case string:
      return "string";
    case integer:
      return "integer";
    case number:
      return "float";
    case boolean:
      return "bool";
    case date:
      return "date";
    case string_array:
      return "array of strings";
  }
  return "value";
}

}  // namespace gnlc
