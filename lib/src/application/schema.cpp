// The application format as a JSON Schema (draft 2020-12), generated from
// the same table the parser reads, so the two cannot drift apart.
#include <gnlc/application.hpp>

#include <gnlc/countries.hpp>
#include <gnlc/util/json.hpp>
#include <gnlc/util/output.hpp>
#include <gnlc/version.hpp>

#include "../toml_support.hpp"

#include <fmt/format.h>

#include <unordered_set>
#include <vector>

namespace gnlc {
namespace {

using detail::dotted;

// Patterns for what the checks test beyond the type, written to accept
// exactly what is_valid_email/url/phone, the word limit and the control
// character rule accept. gnlc trims values before judging them, so every
// pattern allows white space around the value.
constexpr std::string_view line_char = R"([^\x00-\x08\x0A-\x1F\x7F-\x9F])";
constexpr std::string_view label =
    R"((?:[A-Za-z0-9]|[^\x00-\x7F])(?:(?:[A-Za-z0-9-]|[^\x00-\x7F]){0,61}(?:[A-Za-z0-9]|[^\x00-\x7F]))?)";
constexpr std::string_view local_char = R"([^\s\x00-\x1F\x7F@,;<>()\[\]\\":.])";
constexpr std::string_view port =
    R"((?:6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3}))";
constexpr std::string_view phone_pattern = R"(^\s*\+(?=(?:[^0-9]*[0-9]){7,15}[^0-9]*$)[0-9](?:[0-9 .()-]*[0-9])?\s*$)";
constexpr std::string_view statement_pattern =
    R"(^(?![\s\S]*[\x00-\x08\x0E-\x1F\x7F-\x84\x86-\x9F])\s*(?:\S+\s+){0,199}\S+\s*$)";
constexpr std::string_view date_pattern =
    R"(^\d{4}-\d{2}-\d{2}(?:[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})?)?$)";
constexpr std::string_view date_description = "a TOML date (2025-05-20), local date-time or offset date-time";

std::string text_pattern(bool required) {
  if (!required) return fmt::format("^{}*$", line_char);
  return fmt::format(R"(^{0}*[^\s\x00-\x1F\x7F-\x9F]{0}*$)", line_char);
}

std::string email_pattern() {
  return fmt::format(R"(^\s*(?=[^@]{{1,64}}@){0}+(?:\.{0}+)*@{1}(?:\.{1})+\s*$)", local_char, label);
}

std::string url_pattern() {
  return fmt::format(
      R"(^\s*[hH][tT][tT][pP][sS]?://(?:{0}(?:\.{0})+\.?|\[[0-9A-Fa-f:.]{{2,}}\])(?::{1})?(?:[/?#][^\s\x00-\x1F\x7F-\x9F]*)?\s*$)",
      label, port);
}

// Every spelling of a country that the table holds (codes, names, variants),
// each once, in the table's order: what editors offer to complete. gnlc also
// reads them with another case, without accents or punctuation.
std::vector<std::string_view> country_spellings() {
  std::vector<std::string_view> spellings;
  std::unordered_set<std::string_view> seen;
  const auto add = [&](std::string_view text) {
    if (!text.empty() && seen.insert(text).second) spellings.push_back(text);
  };
  for (const Country& country : Countries::builtin().all()) {
    add(country.alpha2);
    add(country.alpha3);
    add(country.unesco_name);
    add(country.iso_name);
    for (const std::string& variant : country.variants) add(variant);
  }
  return spellings;
}

void write_enum(util::JsonWriter& json, std::span<const std::string_view> values) {
  json.key("enum").begin_array();
  for (std::string_view value : values) json.string(value);
  json.end_array();
}

void write_string_checks(util::JsonWriter& json, const FieldSpec& field) {
  if (!field.allowed.empty()) {
    write_enum(json, field.allowed);
    return;
  }
  if (field.is_country) {
    write_enum(json, country_spellings());
    return;
  }
  switch (field.check) {
    case TextCheck::email:
      json.key("pattern").string(email_pattern());
      break;
    case TextCheck::url:
      json.key("pattern").string(url_pattern());
      break;
    case TextCheck::phone:
      json.key("pattern").string(phone_pattern);
      break;
    case TextCheck::statement:
      json.key("pattern").string(statement_pattern);
      break;
    case TextCheck::none:
      json.key("pattern").string(text_pattern(field.required));
      break;
  }
}

void write_field(util::JsonWriter& json, std::string_view table, const FieldSpec& field) {
  json.key(field.key).begin_object();
  json.key("description")
      .string(field.type == ValueType::date ? fmt::format("{}: {}", field.meaning, date_description)
                                            : std::string(field.meaning));
  switch (field.type) {
    case ValueType::string:
      json.key("type").string("string");
      write_string_checks(json, field);
      break;
    case ValueType::integer:
    case ValueType::number:
      json.key("type").string(field.type == ValueType::integer ? "integer" : "number");
      if (field.minimum && field.maximum && *field.minimum == *field.maximum) {
        json.key("const").number(std::int64_t(*field.minimum));
        break;
      }
      if (field.minimum)
        json.key(field.exclusive_minimum ? "exclusiveMinimum" : "minimum").number(std::int64_t(*field.minimum));
      if (field.maximum) json.key("maximum").number(std::int64_t(*field.maximum));
      break;
    case ValueType::boolean:
      json.key("type").string("boolean");
      if (field.must_be_true) json.key("const").boolean(true);
      break;
    case ValueType::date:
      json.key("type").string("string");
      json.key("pattern").string(date_pattern);
      break;
    case ValueType::string_array:
      json.key("type").string("array");
      json.key("uniqueItems").boolean(true);
      json.key("items").begin_object();
      json.key("type").string("string");
      write_enum(json, field.allowed);
      json.end_object();
      break;
  }
  // Validators print a failed pattern as the regular expression itself;
  // ajv-errors (and editors built on it) print this instead.
  json.key("errorMessage").string(fmt::format("'{}': write {}", dotted(table, field.key), value_requirement(field)));
  json.end_object();
}

// The messages of a table's own keywords (ajv-errors' form by keyword): a
// missing key with its meaning, an unknown key with the keys there are.
void write_table_messages(util::JsonWriter& json, const TableSpec& table) {
  json.key("errorMessage").begin_object();
  json.key("required").begin_object();
  for (const FieldSpec& field : table.fields)
    if (field.required)
      json.key(field.key).string(fmt::format("'{}' is missing: {}", dotted(table.name, field.key), field.meaning));
  if (table.name.empty())
    for (const TableSpec& other : application_format())
      if (!other.name.empty() && other.required)
        json.key(other.name).string(fmt::format("the [{}] table is missing: {}", other.name, other.meaning));
  json.end_object();
  std::vector<std::string_view> keys;
  for (const FieldSpec& field : table.fields) keys.push_back(field.key);
  if (table.name.empty())
    for (const TableSpec& other : application_format())
      if (!other.name.empty()) keys.push_back(other.name);
  json.key("additionalProperties")
      .string(fmt::format("unknown key; {} may hold {}",
                          table.name.empty() ? "the top level" : fmt::format("[{}]", table.name),
                          allowed_values_text(keys)));
  if (table.min_fields > 0)
    json.key("not").string(
        fmt::format("[{}] needs at least one key: rate at least one of {}", table.name, allowed_values_text(keys)));
  json.end_object();
}

// At least one of the table's own keys, as gnlc counts them (minProperties
// would count an unknown key too): not every key is unknown. One keyword, so
// one error, where anyOf of required would add one per key. The format asks
// for at most one (min_fields).
void write_at_least_one(util::JsonWriter& json, const TableSpec& table) {
  json.key("not").begin_object().key("propertyNames").begin_object().key("not").begin_object();
  json.key("enum").begin_array();
  for (const FieldSpec& field : table.fields) json.string(field.key);
  json.end_array();
  json.end_object().end_object().end_object();
}

void write_required(util::JsonWriter& json, const TableSpec& table) {
  json.key("required").begin_array();
  for (const FieldSpec& field : table.fields)
    if (field.required) json.string(field.key);
  json.end_array();
}

}  // namespace

std::string application_json_schema() {
  util::StringWriter out;
  {
    util::JsonWriter json(out);
    json.begin_object();
    json.key("$schema").string("https://json-schema.org/draft/2020-12/schema");
    json.key("$id").string("urn:gnlc:schema:application:1");
    json.key("title").string("GNLC membership application, format 1");
    json.key("description")
        .string(fmt::format(
            "A membership application to the UNESCO Global Network of Learning Cities (gnlc-application(5)). "
            "Generated by gnlc {}; gnlc check also judges dates against the call calendar, countries and the rules "
            "this schema cannot express.",
            version()));
    json.key("type").string("object");
    json.key("additionalProperties").boolean(false);
    json.key("properties").begin_object();
    for (const TableSpec& table : application_format()) {
      if (table.name.empty()) {
        for (const FieldSpec& field : table.fields) write_field(json, table.name, field);
        continue;
      }
      json.key(table.name).begin_object();
      json.key("description").string(table.meaning);
      json.key("type").string("object");
      json.key("additionalProperties").boolean(false);
      if (table.min_fields > 0) write_at_least_one(json, table);
      json.key("properties").begin_object();
      for (const FieldSpec& field : table.fields) write_field(json, table.name, field);
      json.end_object();
      write_required(json, table);
      write_table_messages(json, table);
      json.end_object();
    }
    json.end_object();
    json.key("required").begin_array();
    for (const TableSpec& table : application_format()) {
      if (table.name.empty()) {
        for (const FieldSpec& field : table.fields)
          if (field.required) json.string(field.key);
      } else if (table.required) {
        json.string(table.name);
      }
    }
    json.end_array();
    write_table_messages(json, application_format().front());
    json.end_object();
    json.finish();
  }
  return out.str();
}

}  // namespace gnlc
