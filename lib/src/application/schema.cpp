// The application format as a JSON Schema (draft 2020-12), generated from
// the same table the parser reads, so the two cannot drift apart.
#include <gnlc/application.hpp>

#include <gnlc/output/json.hpp>
#include <gnlc/util/output.hpp>
#include <gnlc/version.hpp>

#include <fmt/format.h>

namespace gnlc {
namespace {

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

std::string one_of_pattern(std::span<const std::string_view> allowed) {
  std::string alternatives;
  for (std::string_view value : allowed) {
    if (!alternatives.empty()) alternatives += '|';
    alternatives += value;
  }
  return fmt::format(R"(^\s*(?:{})\s*$)", alternatives);
}

void write_field(output::JsonWriter& json, const FieldSpec& field) {
  json.key(field.key).begin_object();
  json.key("description")
      .string(field.type == ValueType::date ? fmt::format("{}: {}", field.meaning, date_description)
                                            : std::string(field.meaning));
  switch (field.type) {
    case ValueType::string:
      json.key("type").string("string");
      if (!field.allowed.empty()) {
        json.key("pattern").string(one_of_pattern(field.allowed));
        break;
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
      break;
    case ValueType::integer:
    case ValueType::number:
      json.key("type").string(field.type == ValueType::integer ? "integer" : "number");
      if (field.minimum)
        json.key(field.exclusive_minimum ? "exclusiveMinimum" : "minimum").number(std::int64_t(*field.minimum));
      if (field.maximum) json.key("maximum").number(std::int64_t(*field.maximum));
      break;
    case ValueType::boolean:
      json.key("type").string("boolean");
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
      json.key("pattern").string(one_of_pattern(field.allowed));
      json.end_object();
      break;
  }
  json.end_object();
}

void write_required(output::JsonWriter& json, const TableSpec& table) {
  json.key("required").begin_array();
  for (const FieldSpec& field : table.fields)
    if (field.required) json.string(field.key);
  json.end_array();
}

}  // namespace

std::string application_json_schema() {
  util::StringWriter out;
  {
    output::JsonWriter json(out);
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
        for (const FieldSpec& field : table.fields) write_field(json, field);
        continue;
      }
      json.key(table.name).begin_object();
      json.key("description").string(table.meaning);
      json.key("type").string("object");
      json.key("additionalProperties").boolean(false);
      if (table.min_fields > 0) json.key("minProperties").number(std::int64_t(table.min_fields));
      json.key("properties").begin_object();
      for (const FieldSpec& field : table.fields) write_field(json, field);
      json.end_object();
      write_required(json, table);
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
    json.end_object();
    json.finish();
  }
  return out.str();
}

}  // namespace gnlc
