// Helpers shared by the parsers of gnlc's TOML inputs (applications,
// registries, calendars), on top of the plain documents of toml/. Internal
// to libgnlc. Nothing here sees toml++: toml/toml_reader.cpp is the one
// file that does, so a change of TOML library touches one file.
#pragma once

#include <gnlc/dates.hpp>
#include <gnlc/diagnostic.hpp>

#include "toml/document.hpp"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>

namespace gnlc::detail {

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

// format-version for a root table whose `format` is not the integer
// `supported`, in the same words for every kind of file; nullopt when it is.
std::optional<Diagnostic> check_format_version(const toml_document::Value& root, std::int64_t supported);

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
