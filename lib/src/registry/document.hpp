// A registry file read into plain values: the form the registry's rules
// judge. Two readers produce it: a fast one for the plain TOML subset that
// registries are written in (one key = value per line; strings, integers,
// dates, one-line arrays of dates), and toml++ for everything else. The
// fast reader declines anything outside its subset, so both always agree.
#pragma once

#include <gnlc/dates.hpp>
#include <gnlc/diagnostic.hpp>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace gnlc::registry_document {

struct Value {
  enum class Kind : std::uint8_t { string, integer, date, array, other };
  Kind kind = Kind::other;
  std::string_view type_name;  // as TOML names it: "string", "float", "local date-time", ...
  Position position;
  std::string text;       // string
  std::int64_t integer = 0;
  Day day{};              // date kinds (the Europe/Berlin day of a date-time)
  std::vector<Value> elements;  // array

  friend bool operator==(const Value&, const Value&) = default;
};

struct Entry {
  std::string key;
  Position key_position;
  Value value;

  friend bool operator==(const Entry&, const Entry&) = default;
};

struct Table {
  Position header;
  std::vector<Entry> entries;

  friend bool operator==(const Table&, const Table&) = default;
};

struct Document {
  std::vector<Entry> top;  // top-level keys other than `member`
  std::optional<Position> member_not_tables;  // `member` is not an array of tables
  std::vector<Table> members;

  friend bool operator==(const Document&, const Document&) = default;
};

// nullopt when the text leaves the subset; the caller then uses read_toml.
// With `on_member`, each [[member]] table is handed over as soon as it is
// read instead of being kept in the document, so that a registry of any
// size is read in little memory; the caller must drop what it made of
// them if the reader then declines.
std::optional<Document> read_fast(std::string_view text,
                                  const std::function<void(Table&&)>& on_member = nullptr);
// Any TOML; a toml-syntax diagnostic when it is not TOML.
std::variant<Document, Diagnostic> read_toml(std::string_view text);

}  // namespace gnlc::registry_document
