#include "toml_support.hpp"

#include <gnlc/rules.hpp>
#include <gnlc/util/strings.hpp>
#include <gnlc/util/unicode.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace gnlc::detail {
namespace {
// toml++ reports an impossible date (2025-02-30) after its last digit; the
// value's first character is where a reader looks.
Position start_of_value(std::string_view text, Position at) {
  std::size_t offset = 0;
  for (std::uint32_t line = 1; line < at.line && offset < text.size(); ++line) {
    const std::size_t newline = text.find('\n', offset);
    if (newline == std::string_view::npos) return at;
    offset = newline + 1;
  }
  const std::string_view line = text.substr(offset, text.find('\n', offset) - offset);
  // Columns count code points; the scan only crosses ASCII date characters.
  std::size_t byte = 0;
  for (std::uint32_t column = 1; column < at.column && byte < line.size(); ++byte)
    if ((static_cast<unsigned char>(line[byte]) & 0xC0) != 0x80) ++column;
  const auto in_date = [](char c) {
    return (c >= '0' && c <= '9') || c == '-' || c == ':' || c == '.' || c == '+' || c == 'T' || c == 't' ||
           c == 'Z' || c == 'z';
  };
  std::uint32_t column = at.column;
  while (byte > 0 && byte <= line.size() && in_date(line[byte - 1])) {
    --byte;
    --column;
  }
  return {at.line, column};
}

std::string_view article(std::string_view noun) {
  return (!noun.empty() && std::string_view("aeiou").find(noun[0]) != std::string_view::npos) ? "an" : "a";
}
}  // namespace

Position position_of(const toml::source_region& region) {
  return Position{region.begin.line, region.begin.column};
}

std::string_view toml_type_name(const toml::node& node) {
  switch (node.type()) {
    case toml::node_type::table: return "table";
    case toml::node_type::array: return "array";
    case toml::node_type::string: return "string";
    case toml::node_type::integer: return "integer";
    case toml::node_type::floating_point: return "float";
    case toml::node_type::boolean: return "boolean";
    case toml::node_type::date: return "date";
    case toml::node_type::time: return "time";
    case toml::node_type::date_time: {
      const auto& value = *node.as_date_time();
      return value->is_local() ? "local date-time" : "offset date-time";
    }
    case toml::node_type::none: break;
  }
  return "value";
}

std::variant<toml::table, Diagnostic> parse_toml(std::string_view text) {
  if (const auto bad = util::find_invalid_utf8(text)) {
    const auto at = util::line_column_at(text, *bad);
    return make_diagnostic(rule::toml_syntax, {at.line, at.column},
                           fmt::format("invalid UTF-8: byte 0x{:02x} cannot appear here",
                                       unsigned(static_cast<unsigned char>(text[*bad]))),
                           "save the file as UTF-8");
  }
  try {
    return toml::parse(text);
  } catch (const toml::parse_error& error) {
    std::string message(error.description());
    // toml++ says "Error while parsing X: y"; keep the substance, lower-case first word.
    if (message.starts_with("Error while parsing ")) message.erase(0, 20);
    Position position = position_of(error.source());
    if (!position.known()) position = {1, 1};
    if (message.starts_with("date")) position = start_of_value(text, position);
    return make_diagnostic(rule::toml_syntax, position, std::move(message));
  }
}

std::optional<Day> day_of(const toml::node& node) {
  if (const auto* value = node.as_date()) {
    const toml::date& d = value->get();
    return make_day(d.year, d.month, d.day);
  }
  if (const auto* value = node.as_date_time()) {
    const toml::date_time& dt = value->get();
    const Day local_day = make_day(dt.date.year, dt.date.month, dt.date.day);
    if (!dt.offset) return local_day;
    using namespace std::chrono;
    const sys_seconds local_instant = local_day + hours{dt.time.hour} + minutes{dt.time.minute} +
                                      seconds{dt.time.second};
    return coordination_day(local_instant - minutes{dt.offset->minutes});
  }
  return std::nullopt;
}

bool looks_like_date(std::string_view text) {
  text = util::trim(text);
  if (parse_iso_day(text.substr(0, 10)) && text.size() == 10) return true;
  if (text.size() < 19 || !parse_iso_day(text.substr(0, 10))) return false;
  try {
    (void)toml::parse(fmt::format("x = {}", text));
    return true;
  } catch (const toml::parse_error&) {
    return false;
  }
}

std::string dotted(std::string_view table, std::string_view key) {
  return table.empty() ? std::string(key) : fmt::format("{}.{}", table, key);
}

Diagnostic wrong_type(Position position, std::string_view path, std::string_view expected, std::string_view actual,
                      std::optional<std::string_view> string_value) {
  std::string hint;
  if (string_value && expected == "date" && looks_like_date(*string_value))
    hint = fmt::format("write the date without quotes: {} = {}", path.substr(path.rfind('.') + 1),
                       util::trim(*string_value));
  return make_diagnostic(rule::wrong_type, position,
                         fmt::format("'{}' must be {} {}, not {} {}", path, article(expected), expected,
                                     article(actual), actual),
                         std::move(hint));
}

namespace {
void report_wrong_type(const toml::node& node, std::string_view path, std::string_view expected,
                       Diagnostics& out) {
  std::optional<std::string_view> text;
  if (const auto* value = node.as_string()) text = value->get();
  out.push_back(wrong_type(position_of(node), path, expected, toml_type_name(node), text));
}
}  // namespace

std::optional<Read<std::int64_t>> read_integer(const toml::node& node, std::string_view path,
                                               Diagnostics& out) {
  if (const auto* value = node.as_integer()) return Read<std::int64_t>{value->get(), position_of(node)};
  report_wrong_type(node, path, "integer", out);
  return std::nullopt;
}

std::optional<Read<double>> read_number(const toml::node& node, std::string_view path, Diagnostics& out) {
  if (const auto* value = node.as_floating_point()) return Read<double>{value->get(), position_of(node)};
  if (const auto* value = node.as_integer()) return Read<double>{double(value->get()), position_of(node)};
  report_wrong_type(node, path, "number", out);
  return std::nullopt;
}

std::optional<Read<bool>> read_bool(const toml::node& node, std::string_view path, Diagnostics& out) {
  if (const auto* value = node.as_boolean()) return Read<bool>{value->get(), position_of(node)};
  report_wrong_type(node, path, "boolean", out);
  return std::nullopt;
}

std::optional<Read<Day>> read_day(const toml::node& node, std::string_view path, Diagnostics& out) {
  if (const auto day = day_of(node)) return Read<Day>{*day, position_of(node)};
  report_wrong_type(node, path, "date", out);
  return std::nullopt;
}

std::optional<Read<std::string>> read_string(const toml::node& node, std::string_view path, bool required,
                                             Diagnostics& out) {
  const auto* value = node.as_string();
  if (value == nullptr) {
    report_wrong_type(node, path, "string", out);
    return std::nullopt;
  }
  const std::string_view trimmed = util::trim(value->get());
  if (trimmed.empty() && required) {
    out.push_back(make_diagnostic(rule::missing_field, position_of(node),
                                  fmt::format("'{}' is empty", path), "write the value between the quotes"));
    return std::nullopt;
  }
  return Read<std::string>{std::string(trimmed), position_of(node)};
}

void report_missing(std::string_view path, Position table_position, Diagnostics& out) {
  if (!table_position.known()) table_position = {1, 1};
  out.push_back(make_diagnostic(rule::missing_field, table_position, fmt::format("'{}' is missing", path),
                                fmt::format("add the required key '{}'", path)));
}

Diagnostic unknown_key(std::string_view key, Position position, std::string_view table_name,
                       std::span<const std::string_view> known) {
  std::string hint;
  if (const auto near = util::closest_match(key, known)) hint = fmt::format("did you mean '{}'?", *near);
  return make_diagnostic(rule::unknown_field, position, fmt::format("unknown key '{}'", dotted(table_name, key)),
                         std::move(hint));
}

void report_unknown_keys(const toml::table& table, std::string_view table_name,
                         std::span<const std::string_view> known, Diagnostics& out, std::size_t limit) {
  for (const auto& [key, node] : table) {
    if (out.size() > limit) return;
    const std::string_view name = key.str();
    if (std::find(known.begin(), known.end(), name) == known.end())
      out.push_back(unknown_key(name, position_of(key.source()), table_name, known));
  }
}

}  // namespace gnlc::detail
