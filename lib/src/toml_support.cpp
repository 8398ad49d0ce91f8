#include "toml_support.hpp"

#include "toml/syntax_error.hpp"

#include <gnlc/rules.hpp>
#include <gnlc/util/strings.hpp>
#include <gnlc/util/unicode.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace gnlc::detail {
namespace {
constexpr std::size_t max_date_time_length = 64;

std::string_view article(std::string_view noun) {
  return (!noun.empty() && std::string_view("aeiou").find(noun[0]) != std::string_view::npos) ? "an" : "a";
}

using Kind = toml_document::Value::Kind;

// The kind of the value `x = TEXT` holds, read as any TOML (through the
// same guard as every parse: the text is the user's); nullopt when that is
// not TOML or not one key.
std::optional<Kind> kind_as_toml(std::string_view text) {
  const auto parsed = toml_document::read_toml(fmt::format("x = {}", text));
  const auto* document = std::get_if<toml_document::Document>(&parsed);
  if (document == nullptr || document->root.entries.size() != 1 || document->root.entries[0].key != "x")
    return std::nullopt;
  return document->root.entries[0].value.kind;
}

// The kind a short string would have as a TOML value without its quotes:
// "125000" an integer, "true" a boolean. Only numbers and booleans, which
// need no guard; dates go through looks_like_date.
std::optional<Kind> unquoted_scalar(std::string_view text) {
  text = util::trim(text);
  if (text.empty() || text.size() > max_date_time_length ||
      text.find_first_not_of("0123456789+-._eEtrufalsxob") != std::string_view::npos)
    return std::nullopt;
  return kind_as_toml(text);
}

// The hint of a wrong-type error on a string that is a value of the
// expected type in quotes; empty when it is not.
std::string unquote_hint(std::string_view key, std::string_view expected, std::string_view value) {
  const std::string_view trimmed = util::trim(value);
  if (expected == "date") {
    if (looks_like_date(value)) return fmt::format("write the date without quotes: {} = {}", key, trimmed);
    return {};
  }
  if (expected == "integer" || expected == "number") {
    if (const auto digits = toml_document::ungrouped_integer(trimmed))
      return fmt::format("write the number without quotes and separators: {} = {}", key, *digits);
  }
  const auto kind = unquoted_scalar(trimmed);
  if (!kind) return {};
  const bool fits = (expected == "integer" && *kind == Kind::integer) ||
                    (expected == "number" && (*kind == Kind::integer || *kind == Kind::floating)) ||
                    (expected == "boolean" && *kind == Kind::boolean);
  if (!fits) return {};
  return fmt::format("write the {} without quotes: {} = {}", expected == "boolean" ? "boolean" : "number", key,
                     trimmed);
}
}  // namespace

bool looks_like_date(std::string_view text) {
  text = util::trim(text);
  if (parse_iso_day(text.substr(0, 10)) && text.size() == 10) return true;
  // The longest date-time anyone writes (nanoseconds and an offset) is 35
  // characters: a longer string is not a date, and the hint, which quotes
  // the value, stays short.
  if (text.size() < 19 || text.size() > max_date_time_length || !parse_iso_day(text.substr(0, 10))) return false;
  return !toml_document::toml_error(fmt::format("x = {}", text));
}

std::string dotted(std::string_view table, std::string_view key) {
  return table.empty() ? std::string(key) : fmt::format("{}.{}", table, key);
}

Diagnostic wrong_type(Position position, std::string_view path, std::string_view expected, std::string_view actual,
                      std::optional<std::string_view> string_value) {
  std::string hint;
  if (string_value) hint = unquote_hint(path.substr(path.rfind('.') + 1), expected, *string_value);
  return make_diagnostic(
      "wrong-type"_rule, position,
      fmt::format("'{}' must be {} {}, not {} {}", path, article(expected), expected, article(actual), actual),
      std::move(hint));
}

using toml_document::Value;

void report_wrong_type(const Value& value, std::string_view path, std::string_view expected, Diagnostics& out) {
  std::optional<std::string_view> text;
  if (value.kind == Value::Kind::string) text = value.text;
  out.push_back(wrong_type(value.position, path, expected, toml_document::type_name(value.kind), text));
}

std::optional<Read<std::int64_t>> read_integer(const Value& value, std::string_view path, Diagnostics& out) {
  if (value.kind == Value::Kind::integer) return Read<std::int64_t>{value.integer, value.position};
  report_wrong_type(value, path, "integer", out);
  return std::nullopt;
}

std::optional<Read<double>> read_number(const Value& value, std::string_view path, Diagnostics& out) {
  if (value.kind == Value::Kind::floating) return Read<double>{value.number, value.position};
  if (value.kind == Value::Kind::integer) return Read<double>{double(value.integer), value.position};
  report_wrong_type(value, path, "number", out);
  return std::nullopt;
}

std::optional<Read<bool>> read_bool(const Value& value, std::string_view path, Diagnostics& out) {
  if (value.kind == Value::Kind::boolean) return Read<bool>{value.boolean, value.position};
  report_wrong_type(value, path, "boolean", out);
  return std::nullopt;
}

std::optional<Read<Day>> read_day(const Value& value, std::string_view path, Diagnostics& out) {
  if (value.is_date()) return Read<Day>{value.day, value.position};
  report_wrong_type(value, path, "date", out);
  return std::nullopt;
}

std::optional<Read<std::string_view>> read_string(const Value& value, std::string_view path, bool required,
                                                  Diagnostics& out) {
  if (value.kind != Value::Kind::string) {
    report_wrong_type(value, path, "string", out);
    return std::nullopt;
  }
  const std::string_view trimmed = util::trim(value.text);
  if (trimmed.empty() && required) {
    out.push_back(make_diagnostic("missing-field"_rule, value.position, fmt::format("'{}' is empty", path),
                                  "write the value between the quotes"));
    return std::nullopt;
  }
  return Read<std::string_view>{trimmed, value.position};
}

void report_missing(std::string_view path, Position table_position, Diagnostics& out) {
  if (!table_position.known()) table_position = {1, 1};
  out.push_back(make_diagnostic("missing-field"_rule, table_position, fmt::format("'{}' is missing", path),
                                fmt::format("add the required key '{}'", path)));
}

Diagnostic unknown_key(std::string_view key, Position position, std::string_view table_name,
                       std::span<const std::string_view> known) {
  std::string hint;
  if (const auto near = util::closest_match(key, known)) hint = fmt::format("did you mean '{}'?", *near);
  return make_diagnostic("unknown-field"_rule, position, fmt::format("unknown key '{}'", dotted(table_name, key)),
                         std::move(hint));
}

void report_unknown_keys(const std::vector<toml_document::Entry>& entries, std::string_view table_name,
                         std::span<const std::string_view> known, Diagnostics& out, std::size_t limit) {
  for (const toml_document::Entry& entry : entries) {
    if (out.size() > limit) return;
    if (std::find(known.begin(), known.end(), entry.key) == known.end())
      out.push_back(unknown_key(entry.key, entry.key_position, table_name, known));
  }
}

std::optional<Diagnostic> check_format_version(const Value& root, std::int64_t supported) {
  const Value* node = toml_document::find(root.entries, "format");
  if (node == nullptr)
    return make_diagnostic("format-version"_rule, {1, 1}, "'format' is missing",
                           fmt::format("start the file with the line: format = {}", supported));
  const bool is_integer = node->kind == Value::Kind::integer;
  if (is_integer && node->integer == supported) return std::nullopt;
  const std::string shown =
      is_integer ? std::to_string(node->integer) : std::string(toml_document::type_name(node->kind));
  // Only a later version can come from a newer gnlc; anything else is a typo.
  const bool newer = is_integer && node->integer > supported;
  return make_diagnostic("format-version"_rule, node->position,
                         fmt::format("format {} is not supported; gnlc reads format {}", shown, supported),
                         newer ? "check that gnlc is up to date" : fmt::format("write: format = {}", supported));
}

namespace {
constexpr std::string_view kind_names[] = {"an application (gnlc-application(5))",
                                           "a members registry (gnlc-registry(5))", "a calendar (gnlc-calendar(5))"};
constexpr std::string_view kind_commands[] = {"gnlc check FILE", "gnlc reports FILE", "gnlc calendar --calendar FILE"};

bool has_table(const toml_document::Value& root, std::string_view key) {
  const toml_document::Value* node = toml_document::find(root.entries, key);
  return node != nullptr && node->kind == toml_document::Value::Kind::table;
}

bool has_array_of_tables(const toml_document::Value& root, std::string_view key,
                         std::span<const std::string_view> streamed) {
  if (std::find(streamed.begin(), streamed.end(), key) != streamed.end()) return true;
  const toml_document::Value* node = toml_document::find(root.entries, key);
  return node != nullptr && node->kind == toml_document::Value::Kind::array && !node->elements.empty() &&
         node->elements.front().kind == toml_document::Value::Kind::table;
}
}  // namespace

std::optional<Diagnostic> wrong_kind(const toml_document::Value& root, FileKind expected,
                                     std::span<const std::string_view> streamed) {
  const bool application = has_table(root, "city") || has_table(root, "mayor") || has_table(root, "pledge");
  const bool registry = has_array_of_tables(root, "member", streamed);
  const bool calendar =
      has_array_of_tables(root, "call", streamed) || has_array_of_tables(root, "report_round", streamed);
  const bool is[] = {application, registry, calendar};
  if (is[std::size_t(expected)]) return std::nullopt;
  for (std::size_t kind = 0; kind < 3; ++kind) {
    if (!is[kind]) continue;
    return make_diagnostic("format-version"_rule, {1, 1},
                           fmt::format("this file is {}, not {}", kind_names[kind], kind_names[std::size_t(expected)]),
                           fmt::format("read it with: {}", kind_commands[kind]));
  }
  return std::nullopt;
}

}  // namespace gnlc::detail
