// Helpers shared by the parsers of gnlc's TOML inputs (applications,
// registries, calendars). Internal to libgnlc.
#pragma once

#include <gnlc/dates.hpp>
#include <gnlc/diagnostic.hpp>

#include "toml/document.hpp"

#include <toml++/toml.h>

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>

namespace gnlc::detail {

Position position_of(const toml::source_region& region);
inline Position position_of(const toml::node& node) { return position_of(node.source()); }

// UTF-8 check, then toml++; a toml-syntax diagnostic on failure.
std::variant<toml::table, Diagnostic> parse_toml(std::string_view text);

// The calendar day (Europe/Berlin) of a date field: a local date, a local
// date-time (already Berlin time), or an offset date-time (converted).
// nullopt for other types.
std::optional<Day> day_of(const toml::node& node);
// The same from the parts of a date-time; `offset_minutes` is absent for a
// local date-time.
Day day_from_parts(int year, unsigned month, unsigned day, unsigned hour, unsigned minute, unsigned second,
                   std::optional<int> offset_minutes);

// For a string that would have been a valid date without its quotes.
bool looks_like_date(std::string_view text);

// Key path for messages: "contact.email".
std::string dotted(std::string_view table, std::string_view key);

template <class T>
struct Read {
  T value;
  Position position;
};

// Typed readers of one value. Each reports wrong-type (with a hint to drop
// the quotes from a quoted date, number or boolean) and returns nullopt on a mismatch. `path`
// is the dotted key used in messages.
std::optional<Read<std::int64_t>> read_integer(const toml_document::Value& value, std::string_view path,
                                               Diagnostics& out);
std::optional<Read<double>> read_number(const toml_document::Value& value, std::string_view path, Diagnostics& out);
std::optional<Read<bool>> read_bool(const toml_document::Value& value, std::string_view path, Diagnostics& out);
std::optional<Read<Day>> read_day(const toml_document::Value& value, std::string_view path, Diagnostics& out);
// Trimmed. An empty string is missing-field when `required`.
std::optional<Read<std::string_view>> read_string(const toml_document::Value& value, std::string_view path,
                                                  bool required, Diagnostics& out);
void report_wrong_type(const toml_document::Value& value, std::string_view path, std::string_view expected,
                       Diagnostics& out);

// The wrong-type diagnostic: `actual` is the TOML type name found; a
// string value that would be of the `expected` type without its quotes
// ("2025-06-10", "125000", "125 000", "true") gets a hint to drop them.
Diagnostic wrong_type(Position position, std::string_view path, std::string_view expected, std::string_view actual,
                      std::optional<std::string_view> string_value = std::nullopt);

// unknown-field for one key, with the nearest known key as hint.
Diagnostic unknown_key(std::string_view key, Position position, std::string_view table_name,
                       std::span<const std::string_view> known);

// missing-field for an absent required key, at the table's header.
void report_missing(std::string_view path, Position table_position, Diagnostics& out);

// unknown-field warnings for the keys of `table` not in `known`, with the
// nearest known key as hint. Stops once `out` holds `limit` diagnostics: a
// file of many thousand stray keys costs no more than one of a hundred.
void report_unknown_keys(const std::vector<toml_document::Entry>& entries, std::string_view table_name,
                         std::span<const std::string_view> known, Diagnostics& out,
                         std::size_t limit = std::size_t(-1));

// The three kinds of gnlc file, told apart by their top-level tables, so
// that a file given to the wrong command gets one error that says what it
// is rather than a wall of unknown keys.
enum class FileKind : std::uint8_t { application, registry, calendar };
// Returns the wrong-kind error when `root` plainly is another kind of file
// than `expected` (and none of `expected`'s own tables is there).
// `streamed` names the arrays of tables a streaming reader took away.
std::optional<Diagnostic> wrong_kind(const toml_document::Value& root, FileKind expected,
                                     std::span<const std::string_view> streamed = {});

}  // namespace gnlc::detail
