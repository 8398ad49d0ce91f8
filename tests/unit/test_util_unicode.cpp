// util/unicode: UTF-8 validation, positions, white space, identity keys
// and display width.
#include <doctest/doctest.h>
#include <gnlc/util/unicode.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

using gnlc::util::count_words;
using gnlc::util::display_width;
using gnlc::util::find_invalid_utf8;
using gnlc::util::identity_key;
using gnlc::util::is_ascii;
using gnlc::util::is_white_space;
using gnlc::util::trim;

namespace {
constexpr std::optional<std::size_t> valid = std::nullopt;

std::pair<std::uint32_t, std::uint32_t> at(std::string_view text, std::size_t offset) {
  const auto position = gnlc::util::line_column_at(text, offset);
  return {position.line, position.column};
}

std::pair<std::uint32_t, std::uint32_t> line_col(std::uint32_t line, std::uint32_t column) { return {line, column}; }

std::string utf8(char32_t code_point) {
  std::string out;
  gnlc::util::append_utf8(out, code_point);
  return out;
}
}  // namespace

TEST_CASE("is_ascii") {
  for (int byte = 0; byte < 256; ++byte) {
    CAPTURE(byte);
    for (std::size_t at = 0; at < 19; ++at) {
      std::string text(19, 'x');
      text[at] = static_cast<char>(byte);
      CHECK(is_ascii(text) == (byte < 0x80));
    }
  }
  CHECK(is_ascii(""));
  CHECK_FALSE(is_ascii("\u6771"));
}

TEST_CASE("find_invalid_utf8") {
  // Valid text of every sequence length.
  CHECK(find_invalid_utf8("") == valid);
  CHECK(find_invalid_utf8("plain ASCII") == valid);
  CHECK(find_invalid_utf8("S\xC3\xB8nderborg") == valid);  // ø, 2 bytes
  CHECK(find_invalid_utf8("\xE2\x82\xAC") == valid);       // €, 3 bytes
  CHECK(find_invalid_utf8("\xF0\x9F\x98\x80") == valid);   // U+1F600, 4 bytes
  CHECK(find_invalid_utf8("\xC2\x80") == valid);           // U+0080, smallest 2-byte
  CHECK(find_invalid_utf8("\xE0\xA0\x80") == valid);       // U+0800, smallest 3-byte
  CHECK(find_invalid_utf8("\xF0\x90\x80\x80") == valid);   // U+10000, smallest 4-byte
  CHECK(find_invalid_utf8("\xED\x9F\xBF") == valid);       // U+D7FF, below the surrogates
  CHECK(find_invalid_utf8("\xEE\x80\x80") == valid);       // U+E000, above them
  CHECK(find_invalid_utf8("\xF4\x8F\xBF\xBF") == valid);   // U+10FFFF, the last code point

  // Bytes that never start a sequence.
  CHECK(find_invalid_utf8("\x80") == 0u);
  CHECK(find_invalid_utf8("ab\xBF") == 2u);
  CHECK(find_invalid_utf8("\xFF") == 0u);
  CHECK(find_invalid_utf8("\xFE") == 0u);
  CHECK(find_invalid_utf8("\xF8\x88\x80\x80\x80") == 0u);  // old 5-byte form

  // Overlong forms.
  CHECK(find_invalid_utf8("a\xC0\xAF") == 1u);  // '/' in 2 bytes
  CHECK(find_invalid_utf8("\xC1\xBF") == 0u);
  CHECK(find_invalid_utf8("\xE0\x80\xAF") == 0u);      // '/' in 3 bytes
  CHECK(find_invalid_utf8("\xE0\x9F\xBF") == 0u);      // U+07FF in 3 bytes
  CHECK(find_invalid_utf8("\xF0\x80\x80\xAF") == 0u);  // '/' in 4 bytes
  CHECK(find_invalid_utf8("\xF0\x8F\xBF\xBF") == 0u);  // U+FFFF in 4 bytes

  // Surrogates.
  CHECK(find_invalid_utf8("\xED\xA0\x80") == 0u);   // U+D800
  CHECK(find_invalid_utf8("x\xED\xBF\xBF") == 1u);  // U+DFFF

  // Above U+10FFFF.
  CHECK(find_invalid_utf8("\xF4\x90\x80\x80") == 0u);  // U+110000
  CHECK(find_invalid_utf8("\xF5\x80\x80\x80") == 0u);
  CHECK(find_invalid_utf8("\xF7\xBF\xBF\xBF") == 0u);

  // Truncated sequences, at the end and before another character.
  CHECK(find_invalid_utf8("ab\xC3") == 2u);
  CHECK(find_invalid_utf8("ab\xE2\x82") == 2u);
  CHECK(find_invalid_utf8("\xF0\x9F\x98") == 0u);
  CHECK(find_invalid_utf8("\xC3"
                          "A") == 0u);
  CHECK(find_invalid_utf8("\xE2\x82"
                          "A") == 0u);
  CHECK(find_invalid_utf8("\xF0\x9F\x98"
                          "A") == 0u);

  // The offset is found behind long ASCII runs (read eight bytes at a time).
  CHECK(find_invalid_utf8("abcdefghijklmnop\xFF"
                          "q") == 16u);
  CHECK(find_invalid_utf8("abcdefgh\xC3\xA9ijklmnop\x80") == 18u);
  CHECK(find_invalid_utf8("abcdefghijklmnopqrstuvwxyz0123456789") == valid);
}

TEST_CASE("decode_utf8") {
  std::size_t offset = 0;
  const std::string_view text = "a\xC3\xB8\xE2\x82\xAC\xF0\x9F\x98\x80";
  CHECK(gnlc::util::decode_utf8(text, offset) == U'a');
  CHECK(offset == 1u);
  CHECK(gnlc::util::decode_utf8(text, offset) == U'\u00F8');
  CHECK(offset == 3u);
  CHECK(gnlc::util::decode_utf8(text, offset) == U'\u20AC');
  CHECK(offset == 6u);
  CHECK(gnlc::util::decode_utf8(text, offset) == U'\U0001F600');
  CHECK(offset == 10u);
}

TEST_CASE("append_utf8") {
  CHECK(utf8(U'A') == "A");
  CHECK(utf8(U'\u00E9') == "\xC3\xA9");
  CHECK(utf8(U'\u07FF') == "\xDF\xBF");
  CHECK(utf8(U'\u0800') == "\xE0\xA0\x80");
  CHECK(utf8(U'\uFFFD') == "\xEF\xBF\xBD");
  CHECK(utf8(U'\U00010000') == "\xF0\x90\x80\x80");
  CHECK(utf8(U'\U0010FFFF') == "\xF4\x8F\xBF\xBF");
}

TEST_CASE("line_column_at") {
  CHECK(at("", 0) == line_col(1, 1));
  CHECK(at("abc", 0) == line_col(1, 1));
  CHECK(at("abc", 2) == line_col(1, 3));
  CHECK(at("abc", 3) == line_col(1, 4));
  CHECK(at("ab\ncd", 2) == line_col(1, 3));  // the newline itself ends line 1
  CHECK(at("ab\ncd", 3) == line_col(2, 1));
  CHECK(at("ab\ncd", 4) == line_col(2, 2));
  CHECK(at("a\n\n\nb", 4) == line_col(4, 1));
  CHECK(at("a\r\nb", 1) == line_col(1, 2));  // CR is a column, LF ends the line
  CHECK(at("a\r\nb", 3) == line_col(2, 1));
  // Columns count code points, not bytes.
  CHECK(at("S\xC3\xB8n", 3) == line_col(1, 3));                     // "Søn": 'n' is the third
  CHECK(at("\xE2\x82\xAC\xF0\x9F\x98\x80x", 7) == line_col(1, 3));  // "€😀x": 'x' is the third
  CHECK(at("\xC3\xA9\nx", 3) == line_col(2, 1));
  // An offset past the end stops at the end.
  CHECK(at("ab", 10) == line_col(1, 3));
}

TEST_CASE("is_white_space") {
  for (char32_t space : {U'\t', U'\n', U'\v', U'\f', U'\r', U' ', U'\u0085', U'\u00A0', U'\u1680', U'\u2000', U'\u2005',
                         U'\u200A', U'\u2028', U'\u2029', U'\u202F', U'\u205F', U'\u3000'}) {
    CAPTURE(static_cast<unsigned>(space));
    CHECK(is_white_space(space));
  }
  for (char32_t other : {U'\0', U'a', U'0', U'_', U'\x1F', U'\x7F', U'\u00AD', U'\u180E', U'\u200B', U'\u200C',
                         U'\u200D', U'\u2060', U'\uFEFF', U'\u3001'}) {
    CAPTURE(static_cast<unsigned>(other));
    CHECK_FALSE(is_white_space(other));
  }
}

TEST_CASE("trim") {
  CHECK(trim("") == "");
  CHECK(trim("x") == "x");
  CHECK(trim("  a b  ") == "a b");
  CHECK(trim("\t\r\n") == "");
  CHECK(trim("\n name \t") == "name");
  CHECK(trim("\u00A0x\u3000") == "x");                      // NBSP, ideographic space
  CHECK(trim("\u2003Qu\u00E9bec\u2029") == "Qu\u00E9bec");  // em space, paragraph separator
  CHECK(trim("\u0085\u202F\u205F") == "");                  // NEL, narrow NBSP, math space
  CHECK(trim("\u00E9 ") == "\u00E9");                       // a multi-byte last character stays
  CHECK(trim(" \u00E9") == "\u00E9");
  CHECK(trim("a\u200B") == "a\u200B");  // zero width space is not white space
  CHECK(trim("\uFEFFa") == "\uFEFFa");  // nor is the BOM
  CHECK(trim("a  b") == "a  b");        // inner space stays
}

TEST_CASE("count_words") {
  CHECK(count_words("") == 0u);
  CHECK(count_words("   ") == 0u);
  CHECK(count_words("one") == 1u);
  CHECK(count_words("one two  three") == 3u);
  CHECK(count_words(" lead and trail ") == 3u);
  CHECK(count_words("line\nbreak\ttab\r\nend") == 4u);
  CHECK(count_words("a\u00A0b") == 2u);         // no-break space separates words
  CHECK(count_words("a\u3000b\u2003c") == 3u);  // ideographic space, em space
  CHECK(count_words("a\u2028b\u0085c") == 3u);  // line separator, NEL
  CHECK(count_words("\u3000\u3000") == 0u);
  CHECK(count_words("a\u200Bb") == 1u);  // zero width space joins
  CHECK(count_words("S\u00F8nderborg wants") == 2u);
  CHECK(count_words("well-being, e.g. this") == 3u);  // punctuation is part of a word
}

TEST_CASE("identity_key") {
  // Case.
  CHECK(identity_key("PARIS") == "paris");
  CHECK(identity_key("Paris") == identity_key("pArIs"));
  CHECK(identity_key("QU\u00C9BEC") == identity_key("qu\u00E9bec"));
  CHECK(identity_key("\u00C5LAND") == identity_key("\u00E5land"));
  CHECK(identity_key("\u0391\u0398\u0397\u039D\u0391") == identity_key("\u03B1\u03B8\u03B7\u03BD\u03B1"));

  // Canonical equivalence: precomposed and decomposed forms are one key.
  CHECK(identity_key("Qu\u00E9bec") == identity_key("Que\u0301bec"));
  CHECK(identity_key("Qu\u00E9bec") == "que\u0301bec");  // the key is NFD
  CHECK(identity_key("QUE\u0301BEC") == identity_key("qu\u00E9bec"));
  CHECK(identity_key("S\u00F8nderborg") == "s\u00F8nderborg");  // ø has no decomposition
  // Combining marks in either order (canonical ordering).
  CHECK(identity_key("a\u0323\u0307") == identity_key("a\u0307\u0323"));
  CHECK(identity_key("\u1EA1\u0307") == identity_key("a\u0307\u0323"));
  // Singletons: the Angstrom and Kelvin signs are canonically Å and K.
  CHECK(identity_key("\u212Bland") == identity_key("\u00C5land"));
  CHECK(identity_key("\u212Aiel") == identity_key("Kiel"));
  // Final sigma folds like sigma.
  CHECK(identity_key("\u039F\u0394\u039F\u03A3") == identity_key("\u03BF\u03B4\u03BF\u03C2"));
  // Compatibility forms are not canonically equivalent: fullwidth letters stay apart.
  CHECK(identity_key("\uFF34\uFF4F\uFF4B\uFF59\uFF4F") != identity_key("Tokyo"));

  // Hangul: syllables decompose algorithmically into jamo.
  CHECK(identity_key("\uC11C\uC6B8") == identity_key("\u1109\u1165\u110B\u116E\u11AF"));  // 서울
  CHECK(identity_key("\uC11C\uC6B8") == "\u1109\u1165\u110B\u116E\u11AF");
  CHECK(identity_key("\uAC00") == "\u1100\u1161");  // 가: no final consonant

  // Trimming, including Unicode white space.
  CHECK(identity_key("  Paris ") == "paris");
  CHECK(identity_key("\u00A0Qu\u00E9bec\u3000") == identity_key("Que\u0301bec"));
  // Runs of white space are one space; a space between words is kept.
  CHECK(identity_key("New  York") == "new york");
  CHECK(identity_key("New\t\u00A0York") == "new york");
  CHECK(identity_key("New\u3000York") == "new york");
  CHECK(identity_key("NewYork") != identity_key("New York"));

  // Default-ignorable code points are removed.
  CHECK(identity_key("Tam\u200Bpere") == "tampere");
  CHECK(identity_key("Tam\u2060pere") == "tampere");
  CHECK(identity_key("\uFEFFTampere") == "tampere");
  CHECK(identity_key("Tam\u00ADpere") == "tampere");
  CHECK(identity_key("Tampere\u200B \u200B") == "tampere");
  CHECK(identity_key("\u200B") == "");
  CHECK(gnlc::util::is_default_ignorable(0x200B));
  CHECK(gnlc::util::is_default_ignorable(0xE0001));
  CHECK_FALSE(gnlc::util::is_default_ignorable(0x200A));  // hair space: white space, not ignorable
  CHECK_FALSE(gnlc::util::is_default_ignorable('a'));

  // Different names stay different.
  CHECK(identity_key("Qu\u00E9bec") != identity_key("Quebec"));
  CHECK(identity_key("Berlin") != identity_key("Bern"));
  CHECK(identity_key("") == "");
}

// Names compare under Unicode's canonical caseless match (D145), which
// uses the full case folding (CaseFolding.txt statuses C and F).
TEST_CASE("identity_key full case folding") {
  CHECK(identity_key("Gie\u00DFen") == identity_key("GIESSEN"));
  CHECK(identity_key("Gie\u00DFen") == "giessen");
  CHECK(identity_key("Stra\u00DFburg") == identity_key("STRASSBURG"));
}

TEST_CASE("nfd") {
  CHECK(gnlc::util::nfd(U"\u00E9") == U"e\u0301");
  CHECK(gnlc::util::nfd(U"\u00C5") == U"A\u030A");
  CHECK(gnlc::util::nfd(U"\u212B") == U"A\u030A");  // ANGSTROM SIGN
  CHECK(gnlc::util::nfd(U"a\u0307\u0323") == U"a\u0323\u0307");
  CHECK(gnlc::util::nfd(U"\uD55C") == U"\u1112\u1161\u11AB");  // 한
  CHECK(gnlc::util::nfd(U"abc") == U"abc");
}

TEST_CASE("case_fold") {
  const auto fold = [](char32_t cp) {
    std::u32string out;
    gnlc::util::case_fold(cp, out);
    return out;
  };
  CHECK(fold(U'A') == U"a");
  CHECK(fold(U'a') == U"a");
  CHECK(fold(U'\u00C9') == U"\u00E9");
  CHECK(fold(U'\u03A3') == U"\u03C3");
  CHECK(fold(U'\u0416') == U"\u0436");
  CHECK(fold(U'1') == U"1");
  CHECK(fold(U'\u00DF') == U"ss");       // full folding: sharp s
  CHECK(fold(U'\u0130') == U"i\u0307");  // capital I with dot above
  CHECK(fold(U'\uFB03') == U"ffi");      // ligature
}

TEST_CASE("combining_class") {
  CHECK(gnlc::util::combining_class(U'a') == 0);
  CHECK(gnlc::util::combining_class(U'\u0301') == 230);
  CHECK(gnlc::util::combining_class(U'\u0323') == 220);
  CHECK(gnlc::util::combining_class(U'\u0338') == 1);
}

TEST_CASE("display_width") {
  CHECK(display_width("") == 0u);
  CHECK(display_width("abc") == 3u);
  CHECK(display_width("S\u00F8nderborg") == 10u);
  CHECK(display_width("e\u0301") == 1u);  // a combining mark takes no column
  CHECK(display_width("Que\u0301bec") == 6u);
  CHECK(display_width("\u6F22\u5B57") == 4u);   // 漢字
  CHECK(display_width("\uC11C\uC6B8") == 4u);   // 서울
  CHECK(display_width("\u6771\u4EACx") == 5u);  // 東京x
  CHECK(display_width("\uFF21") == 2u);         // fullwidth A
  CHECK(display_width("\U0001F600") == 2u);
  CHECK(display_width("a\u200Bb") == 2u);                              // zero width space
  CHECK(display_width("a\u200Db") == 2u);                              // zero width joiner
  CHECK(display_width("\u041C\u043E\u0441\u043A\u0432\u0430") == 6u);  // Москва
}

TEST_CASE("sort_key") {
  CHECK(gnlc::util::sort_key("\u00C9vora") == "evora");
  CHECK(gnlc::util::sort_key("  Gij\u00F3n ") == "gijon");
  CHECK(gnlc::util::sort_key("Espoo") == "espoo");
  CHECK(gnlc::util::sort_key("T\u00E9touan") < gnlc::util::sort_key("Tyre"));
  CHECK(gnlc::util::sort_key("Sousse") < gnlc::util::sort_key("T\u00E9touan"));
}
