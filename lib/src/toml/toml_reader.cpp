// The general reader: toml++ parses, and its tree is turned into a Document.
#include "document.hpp"

#include "../toml_support.hpp"

#include <algorithm>

namespace gnlc::toml_document {
namespace {

using Kind = Value::Kind;

// toml++ keeps keys sorted; documents keep them as written.
void sort_in_file_order(std::vector<Entry>& entries) {
  std::sort(entries.begin(), entries.end(),
            [](const Entry& a, const Entry& b) { return a.key_position < b.key_position; });
}

Value convert(const toml::node& node) {
  Value value;
  value.position = detail::position_of(node);
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
      value.day = *detail::day_of(node);
      break;
    case toml::node_type::date_time:
      value.kind = node.as_date_time()->get().offset ? Kind::offset_date_time : Kind::local_date_time;
      value.day = *detail::day_of(node);
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
          value.entries.push_back({key.str(), detail::position_of(key.source()), convert(element)});
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
  auto parsed = detail::parse_toml(text);
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
    document.root.entries.push_back({key.str(), detail::position_of(key.source()), convert(node)});
  }
  sort_in_file_order(document.root.entries);
  return document;
}

std::variant<Document, Diagnostic> read(std::string_view text, const Streaming* streaming) {
  if (auto refused = check_structure(text)) return std::move(*refused);
  if (auto document = read_fast(text, streaming)) return std::move(*document);
  if (streaming != nullptr && streaming->restart) streaming->restart();
  return read_toml(text, streaming);
}

}  // namespace gnlc::toml_document
