// UTF-8 and the few Unicode properties gnlc needs. Knows nothing of the
// domain.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace gnlc::util {

// Where a byte sequence stops being valid UTF-8 (overlong forms,
// surrogates and code points above U+10FFFF are invalid), or nullopt.
std::optional<std::size_t> find_invalid_utf8(std::string_view bytes);

// True when every byte is below 0x80, as most of gnlc's text is: the
// callers' fast path past decoding.
bool is_ascii(std::string_view bytes);

// Decodes the code point at `offset` of valid UTF-8 and advances `offset`.
char32_t decode_utf8(std::string_view text, std::size_t& offset);
void append_utf8(std::string& out, char32_t code_point);

// 1-based line and column (in code points) of a byte offset, lines ending
// at LF.
struct LineColumn {
  std::uint32_t line;
  std::uint32_t column;
};
LineColumn line_column_at(std::string_view text, std::size_t offset);

// The White_Space property: ASCII spaces, NEL, NBSP, the U+2000 block
// spaces, line and paragraph separators, ideographic space and the rest.
bool is_white_space(char32_t code_point);

// Removes leading and trailing white space (Unicode White_Space).
std::string_view trim(std::string_view text);

// Words are maximal runs of characters that are not white space.
std::size_t count_words(std::string_view text);

// A key under which two names compare equal when they are canonically
// equivalent and differ only in case (Unicode's canonical caseless match,
// with full case folding: "Gießen" = "GIESSEN"), in invisible characters
// (default-ignorable code points: "Tam\u200bpere" = "Tampere") or in runs
// of white space: NFD(casefold(NFD(collapse(remove_ignorable(trim(s)))))).
std::string identity_key(std::string_view text);
// The same, appended to `out` (one allocation less for composite keys).
void append_identity_key(std::string& out, std::string_view text);

// Unicode's Default_Ignorable_Code_Point: zero width space, word joiner,
// soft hyphen, byte order mark, variation selectors, ...
bool is_default_ignorable(char32_t code_point);

// A key that sorts names as a reader expects: the identity key without
// its combining marks, so that an accent does not move a name out of its
// letter ("Évora" between "Espoo" and "Gijón"). Equal keys are then
// ordered by identity_key().
std::string sort_key(std::string_view text);

// Canonical decomposition with canonical ordering (NFD).
std::u32string nfd(std::u32string_view text);
// Appends the full case folding of a code point (one to three code points).
void case_fold(char32_t code_point, std::u32string& out);
std::uint8_t combining_class(char32_t code_point);

// Columns a terminal uses for the text: 2 for East Asian wide characters, 0
// for combining marks and format characters, 1 otherwise.
std::size_t display_width(std::string_view text);

}  // namespace gnlc::util
