// Generic string helpers that know nothing of the domain.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace gnlc::util {

std::string ascii_lower(std::string_view text);
bool iequals_ascii(std::string_view a, std::string_view b);
bool starts_with_ascii_ci(std::string_view text, std::string_view prefix);

// Edit distance in bytes (optimal string alignment: a swap of neighbours
// is one edit), with a cut-off: returns limit + 1 as soon
// as the distance is known to exceed `limit`.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit);

// The candidate nearest to `word`, if one is near enough to be a plausible
// typo (distance at most a third of the longer word, and at least 1 edit).
std::optional<std::string_view> closest_match(std::string_view word, std::span<const std::string_view> candidates);

std::vector<std::string_view> split(std::string_view text, char separator);
// The words of `text` (separated by spaces) filled into lines of at most
// `width` columns, counted in bytes; the first line is taken to start at
// column `indent`, the others start with `indent` spaces. No final newline.
std::string fill_words(std::string_view text, std::size_t width, std::size_t indent);
// split() into a caller's array, without allocating: returns how many parts
// the text has; only the first parts.size() of them are stored.
std::size_t split_into(std::string_view text, char separator, std::span<std::string_view> parts);

// Parses a whole decimal integer; nullopt on anything else.
std::optional<long long> parse_integer(std::string_view text);

// A TOML basic string, quotes included: quotes, backslashes and control
// characters escaped, everything else (valid UTF-8) as it is.
std::string toml_basic_string(std::string_view text);

// Parses a whole floating-point number in from_chars' general format;
// nullopt on anything else and on a value out of range. (The WebAssembly
// build's C++ library has no from_chars for double: there it is strtod,
// which rounds the same, correctly.)
std::optional<double> parse_double(std::string_view text);

}  // namespace gnlc::util
