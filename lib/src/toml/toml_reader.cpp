// The general reader: toml++ parses, and its tree is turned into a Document.
// The one file of libgnlc that includes toml++ (a CTest holds it to that):
// every other reader of TOML sees only Documents, so toml++'s large header
// is compiled once, and another TOML library would replace this file only.
#include "document.hpp"

#include "syntax_error.hpp"

#include <gnlc/rules.hpp>
#include <gnlc/util/unicode.hpp>

#include <fmt/format.h>
#include <toml++/toml.h>

#include <algorithm>

namespace gnlc::toml_document {
namespace {

using Kind = Value::Kind;

Position position_of(const toml::source_region& region) { return Position{region.begin.line, region.begin.column}; }
Position position_of(const toml::node& node) { return position_of(node.source()); }

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
    return (c >= '0' && c <= '9') || c == '-' || c == ':' || c == '.' || c == '+' || c == 'T' || c == 't' || c == 'Z' ||
           c == 'z';
  };
  std::uint32_t column = at.column;
  while (byte > 0 && byte <= line.size() && in_date(line[byte - 1])) {
    --byte;
    --column;
  }
  return {at.line, column};
}

// UTF-8 check, the structure guard, then toml++; a toml-syntax diagnostic
// on failure.
std::variant<toml::table, Diagnostic> parse_toml(std::string_view text) {
  if (const auto bad = util::find_invalid_utf8(text)) {
    const auto at = util::line_column_at(text, *bad);
    return make_diagnostic("toml-syntax"_rule, {at.line, at.column},
                           fmt::format("invalid UTF-8: byte 0x{:02x} cannot appear here",
                                       unsigned(static_cast<unsigned char>(text[*bad]))),
                           "save the file as UTF-8");
  }
  if (auto refused = check_structure(text)) return std::move(*refused);
  try {
    return toml::parse(text);
  } catch (const toml::parse_error& error) {
    Position position = position_of(error.source());
    if (!position.known()) position = {1, 1};
    Diagnostic diagnostic = describe_syntax_error(text, error.description(), position);
    if (diagnostic.message.starts_with("date")) diagnostic.position = start_of_value(text, diagnostic.position);
    return diagnostic;
  }
}

Day day_of_date(const toml::date& d) { return make_day(d.year, d.month, d.day); }

Day day_of_date_time(const toml::date_time& dt) {
  std::optional<int> offset;
  if (dt.offset) offset = dt.offset->minutes;
  return day_from_parts(dt.date.year, dt.date.month, dt.date.day, dt.time.hour, dt.time.minute, dt.time.second, offset);
}

// toml++ keeps keys sorted; documents keep them as written.
void sort_in_file_order(std::vector<Entry>& entries) {
  std::sort(entries.begin(), entries.end(),
            [](const Entry& a, const Entry& b) { return a.key_position < b.key_position; });
}

Value convert(const toml::node& node) {
  Value value;
  value.position = position_of(node);
  switch (node.type()) {
    case toml::node_type::string:
      value.kind = Kind::string;
      value.text = node.as_string()->get();
      break;
    case toml::node_type::integer:
      value.kind = Kind::integer;
      value.integer = node.as_integer()->get();
      break;
    case toml::node_type::floating_point:
      value.kind = Kind::floating;
      value.number = node.as_floating_point()->get();
      break;
    case toml::node_type::boolean:
      value.kind = Kind::boolean;
      value.boolean = node.as_boolean()->get();
      break;
    case toml::node_type::date:
      value.kind = Kind::date;
      value.day = day_of_date(node.as_date()->get());
      break;
    case toml::node_type::date_time:
      value.kind = node.as_date_time()->get().offset ? Kind::offset_date_time : Kind::local_date_time;
      value.day = day_of_date_time(node.as_date_time()->get());
      break;
    case toml::node_type::time:
      value.kind = Kind::time;
      break;
    case toml::node_type::array:
      value.kind = Kind::array;
      value.elements.reserve(node.as_array()->size());
      for (const toml::node& element : *node.as_array()) value.elements.push_back(convert(element));
      break;
    case toml::node_type::table:
    case toml::node_type::none:
      value.kind = Kind::table;
      if (const toml::table* table = node.as_table()) {
        value.entries.reserve(table->size());
        for (const auto& [key, element] : *table)
          value.entries.push_back({key.str(), position_of(key.source()), convert(element)});
        sort_in_file_order(value.entries);
      }
      break;
  }
  return value;
}

}  // namespace

std::string_view type_name(Value::Kind kind) {
  switch (kind) {
    case Kind::string:
      return "string";
    case Kind::integer:
      return "integer";
    case Kind::floating:
      return "float";
    case Kind::boolean:
      return "boolean";
    case Kind::date:
      return "date";
    case Kind::local_date_time:
      return "local date-time";
    case Kind::offset_date_time:
      return "offset date-time";
    case Kind::time:
      return "time";
    case Kind::array:
      return "array";
    case Kind::table:
      return "table";
  }
  return "value";
}

const Value* find(const std::vector<Entry>& entries, std::string_view key) {
  for (const Entry& entry : entries)
    if (entry.key == key) return &entry.value;
  return nullptr;
}

std::variant<Document, Diagnostic> read_toml(std::string_view text, const Streaming* streaming) {
  auto parsed = parse_toml(text);
  if (auto* error = std::get_if<Diagnostic>(&parsed)) return std::move(*error);
  auto tree = std::make_shared<const toml::table>(std::move(std::get<toml::table>(parsed)));
  Document document;
  document.storage = tree;
  document.root.kind = Kind::table;
  document.root.position = {1, 1};
  for (const auto& [key, node] : *tree) {
    const toml::array* array = node.as_array();
    if (streaming != nullptr && streaming->table && array != nullptr && array->is_array_of_tables() &&
        !array->empty()) {
      for (const toml::node& element : *array) streaming->table(key.str(), convert(element));
      continue;
    }
    document.root.entries.push_back({key.str(), position_of(key.source()), convert(node)});
  }
  sort_in_file_order(document.root.entries);
  return document;
}

std::optional<Diagnostic> toml_error(std::string_view text) {
  auto parsed = parse_toml(text);
  if (auto* error = std::get_if<Diagnostic>(&parsed)) return std::move(*error);
  return std::nullopt;
}

std::variant<Document, Diagnostic> read(std::string_view text, const Streaming* streaming) {
  // The structure guard stands in front of toml++ only (parse_toml): the
  // fast reader reads keys of at most two parts and declines nesting past
  // max_nesting, so whatever it accepts, the guard would have let through.
  if (auto document = read_fast(text, streaming)) return std::move(*document);
  if (streaming != nullptr && streaming->restart) streaming->restart();
  return read_toml(text, streaming);
}

}  // namespace gnlc::toml_document
