// A TOML file read into plain values: the form every parser of gnlc's
// inputs (applications, registries, calendars) judges. Two readers produce
// it: a fast one for the plain subset of TOML that these files are written
// in, and toml++ for everything else. The fast reader declines anything
// outside its subset (and anything invalid), so the two always agree; a
// unit test and a fuzz target hold them to that.
#pragma once

#include <gnlc/dates.hpp>
#include <gnlc/diagnostic.hpp>

#include <cmath>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace gnlc::toml_document {

struct Entry;

struct Value {
  enum class Kind : std::uint8_t {
    string,
    integer,
    floating,
    boolean,
    date,
    local_date_time,
    offset_date_time,
    time,
    array,
    table
  };
  Kind kind = Kind::table;
  Position position;
  std::string_view text;  // string: a view into the file's text or the document's storage
  std::int64_t integer = 0;
  double number = 0;
  bool boolean = false;
  Day day{};                    // date kinds: the calendar day in Europe/Berlin
  std::vector<Value> elements;  // array
  std::vector<Entry> entries;   // table, in file order

  bool is_date() const { return kind == Kind::date || kind == Kind::local_date_time || kind == Kind::offset_date_time; }
  // The same document read twice must compare equal, so a NaN equals a
  // NaN here (`nan = nan` is valid TOML), unlike under double's ==.
  friend bool operator==(const Value& a, const Value& b);
};

struct Entry {
  std::string_view key;
  Position key_position;
  Value value;

  friend bool operator==(const Entry&, const Entry&) = default;
};

inline bool operator==(const Value& a, const Value& b) {
  const bool same_number = a.number == b.number || (std::isnan(a.number) && std::isnan(b.number));
  return a.kind == b.kind && a.position == b.position && a.text == b.text && a.integer == b.integer && same_number &&
         a.boolean == b.boolean && a.day == b.day && a.elements == b.elements && a.entries == b.entries;
}

// The calendar day (Europe/Berlin) of a date or date-time: a local
// date-time is already Berlin time, an offset one is converted
// (`offset_minutes` is absent for a local one). Both readers use it.
Day day_from_parts(int year, unsigned month, unsigned day, unsigned hour, unsigned minute, unsigned second,
                   std::optional<int> offset_minutes);

// "string", "integer", "float", "boolean", "date", "local date-time", ...
std::string_view type_name(Value::Kind kind);

// The value of `key` among a table's entries, or nullptr.
const Value* find(const std::vector<Entry>& entries, std::string_view key);

struct Document {
  Value root;  // a table
  // What the views point into, besides the text: toml++'s tree, or strings
  // the fast reader had to unescape.
  std::shared_ptr<const void> storage;

  friend bool operator==(const Document& a, const Document& b) { return a.root == b.root; }
};

// Arrays of tables ([[member]]) can be handed over one table at a time
// instead of being kept, so that a registry of any size is read in little
// memory. If the fast reader declines the file after handing some over,
// `restart` is called and toml++ reads it all again from the start. The
// table itself lives only during the call, but the text its strings view
// stays valid as long as the Document read returns (until a restart).
struct Streaming {
  std::function<void(std::string_view array, const Value& table)> table;
  std::function<void()> restart;
};

// The structure guard in front of every parse: a toml-syntax diagnostic at
// the first key of more than `max_key_parts` dotted parts (a.b.c, [a.b.c],
// [[a.b.c]], quoted or not, in inline tables too) or the first array or
// inline table nested more than `max_nesting` deep. toml++ recurses on
// both, so without it a 60 KB file overflows the stack. Linear in the text.
inline constexpr std::size_t max_key_parts = 32;
inline constexpr std::size_t max_nesting = 32;
std::optional<Diagnostic> check_structure(std::string_view text);

// nullopt when the text leaves the fast reader's subset.
std::optional<Document> read_fast(std::string_view text, const Streaming* streaming = nullptr);
// Any TOML; a toml-syntax diagnostic when the text is not TOML (or not UTF-8).
std::variant<Document, Diagnostic> read_toml(std::string_view text, const Streaming* streaming = nullptr);
// nullopt when the text is TOML (any TOML), else read_toml's diagnostic;
// cheaper than read_toml, as it builds no document.
std::optional<Diagnostic> toml_error(std::string_view text);
// The fast reader, else toml++.
std::variant<Document, Diagnostic> read(std::string_view text, const Streaming* streaming = nullptr);

}  // namespace gnlc::toml_document
