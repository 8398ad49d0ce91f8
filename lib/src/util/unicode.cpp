#include <gnlc/util/unicode.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <span>

namespace gnlc::util {
namespace {
#include "unicode_tables.inc"

// Hangul syllables decompose algorithmically (Unicode 15, section 3.12).
constexpr char32_t hangul_base = 0xAC00, jamo_l = 0x1100, jamo_v = 0x1161, jamo_t = 0x11A7;
constexpr char32_t jamo_v_count = 21, jamo_t_count = 28, hangul_count = 11172;

bool in_ranges(std::span<const CodePointRange> ranges, char32_t cp) {
  auto it = std::upper_bound(ranges.begin(), ranges.end(), cp,
                             [](char32_t c, const CodePointRange& r) { return c < r.first; });
  return it != ranges.begin() && cp <= std::prev(it)->last;
}

// Default_Ignorable_Code_Point (DerivedCoreProperties.txt, Unicode 15):
// invisible characters that must not make two names differ.
constexpr CodePointRange default_ignorable_ranges[] = {
    {0x00AD, 0x00AD}, {0x034F, 0x034F}, {0x061C, 0x061C},   {0x115F, 0x1160},   {0x17B4, 0x17B5},  {0x180B, 0x180F},
    {0x200B, 0x200F}, {0x202A, 0x202E}, {0x2060, 0x206F},   {0x3164, 0x3164},   {0xFE00, 0xFE0F},  {0xFEFF, 0xFEFF},
    {0xFFA0, 0xFFA0}, {0xFFF0, 0xFFF8}, {0x1BCA0, 0x1BCA3}, {0x1D173, 0x1D17A}, {0xE0000, 0xE0FFF}};
}  // namespace

bool is_default_ignorable(char32_t code_point) { return in_ranges(default_ignorable_ranges, code_point); }

std::optional<std::size_t> find_invalid_utf8(std::string_view bytes) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const std::size_t n = bytes.size();
  std::size_t i = 0;
  while (i < n) {
    // Fast path over ASCII, eight bytes at a time.
    while (i + 8 <= n) {
      std::uint64_t chunk;
      std::copy_n(p + i, 8, reinterpret_cast<unsigned char*>(&chunk));
      if (chunk & 0x8080808080808080ULL) break;
      i += 8;
    }
    if (i >= n) break;
    const unsigned char c = p[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t length;
    unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
      length = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      length = 3;
      if (c == 0xE0) lo = 0xA0;  // overlong
      if (c == 0xED) hi = 0x9F;  // surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
      length = 4;
      if (c == 0xF0) lo = 0x90;  // overlong
      if (c == 0xF4) hi = 0x8F;  // above U+10FFFF
    } else {
      return i;
    }
    if (i + length > n) return i;
    if (p[i + 1] < lo || p[i + 1] > hi) return i;
    for (std::size_t k = 2; k < length; ++k)
      if ((p[i + k] & 0xC0) != 0x80) return i;
    i += length;
  }
  return std::nullopt;
}

char32_t decode_utf8(std::string_view text, std::size_t& offset) {
  const auto byte = [&](std::size_t k) { return char32_t(static_cast<unsigned char>(text[offset + k])); };
  const char32_t c = byte(0);
  if (c < 0x80) {
    offset += 1;
    return c;
  }
  if (c < 0xE0 && offset + 1 < text.size()) {
    const char32_t cp = ((c & 0x1F) << 6) | (byte(1) & 0x3F);
    offset += 2;
    return cp;
  }
  if (c < 0xF0 && offset + 2 < text.size()) {
    const char32_t cp = ((c & 0x0F) << 12) | ((byte(1) & 0x3F) << 6) | (byte(2) & 0x3F);
    offset += 3;
    return cp;
  }
  if (offset + 3 < text.size()) {
    const char32_t cp = ((c & 0x07) << 18) | ((byte(1) & 0x3F) << 12) | ((byte(2) & 0x3F) << 6) | (byte(3) & 0x3F);
    offset += 4;
    return cp;
  }
  offset = text.size();  // truncated: callers pass valid UTF-8
  return 0xFFFD;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(char(cp));
  } else if (cp < 0x800) {
    out.push_back(char(0xC0 | (cp >> 6)));
    out.push_back(char(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(char(0xE0 | (cp >> 12)));
    out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(char(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(char(0xF0 | (cp >> 18)));
    out.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(char(0x80 | (cp & 0x3F)));
  }
}

LineColumn line_column_at(std::string_view text, std::size_t offset) {
  LineColumn at{1, 1};
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      ++at.line;
      at.column = 1;
    } else if ((c & 0xC0) != 0x80) {  // count lead bytes only: one per code point
      ++at.column;
    }
  }
  return at;
}

bool is_white_space(char32_t cp) {
  switch (cp) {
    case 0x09:
    case 0x0A:
    case 0x0B:
    case 0x0C:
    case 0x0D:
    case 0x20:
    case 0x85:
    case 0xA0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
      return true;
    default:
      return cp >= 0x2000 && cp <= 0x200A;
  }
}

std::string_view trim(std::string_view text) {
  const auto plain = [](char c) {  // printable ASCII other than space: no decoding needed
    const auto byte = static_cast<unsigned char>(c);
    return byte > 0x20 && byte < 0x7F;
  };
  if (text.empty() || (plain(text.front()) && plain(text.back()))) return text;
  std::size_t begin = 0;
  while (begin < text.size()) {
    std::size_t next = begin;
    if (!is_white_space(decode_utf8(text, next))) break;
    begin = next;
  }
  std::size_t end = text.size();
  while (end > begin) {
    std::size_t start = end - 1;
    while (start > begin && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
    std::size_t next = start;
    if (!is_white_space(decode_utf8(text, next))) break;
    end = start;
  }
  return text.substr(begin, end - begin);
}

std::size_t count_words(std::string_view text) {
  // Runs of ASCII are the common case: they are classified without decoding.
  const auto ascii_space = [](unsigned char byte) { return byte == ' ' || (byte >= 0x09 && byte <= 0x0D); };
  std::size_t words = 0;
  bool in_word = false;
  const std::size_t size = text.size();
  std::size_t i = 0;
  while (i < size) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {
      const bool space = ascii_space(byte);
      words += (!space && !in_word) ? 1 : 0;
      in_word = !space;
      ++i;
      continue;
    }
    const bool space = is_white_space(decode_utf8(text, i));
    words += (!space && !in_word) ? 1 : 0;
    in_word = !space;
  }
  return words;
}

std::uint8_t combining_class(char32_t cp) {
  auto it = std::lower_bound(std::begin(combining_classes), std::end(combining_classes), cp,
                             [](const CombiningClassEntry& e, char32_t c) { return e.code_point < c; });
  return it != std::end(combining_classes) && it->code_point == cp ? it->combining_class : 0;
}

void case_fold(char32_t cp, std::u32string& out) {
  if (cp < 0x80) {
    out.push_back((cp >= 'A' && cp <= 'Z') ? cp + 32 : cp);
    return;
  }
  auto it = std::lower_bound(std::begin(case_foldings), std::end(case_foldings), cp,
                             [](const CaseFoldingEntry& e, char32_t c) { return e.from < c; });
  if (it == std::end(case_foldings) || it->from != cp) {
    out.push_back(cp);
    return;
  }
  for (char32_t folded : it->to)
    if (folded != 0) out.push_back(folded);
}

std::u32string nfd(std::u32string_view text) {
  std::u32string out;
  out.reserve(text.size());
  for (char32_t cp : text) {
    if (cp >= hangul_base && cp < hangul_base + hangul_count) {
      const char32_t index = cp - hangul_base;
      out.push_back(jamo_l + index / (jamo_v_count * jamo_t_count));
      out.push_back(jamo_v + (index % (jamo_v_count * jamo_t_count)) / jamo_t_count);
      if (index % jamo_t_count != 0) out.push_back(jamo_t + index % jamo_t_count);
      continue;
    }
    auto it = std::lower_bound(std::begin(decompositions), std::end(decompositions), cp,
                               [](const DecompositionEntry& e, char32_t c) { return e.code_point < c; });
    if (it != std::end(decompositions) && it->code_point == cp)
      out.append(decomposition_data + it->offset, it->length);
    else
      out.push_back(cp);
  }
  // Canonical ordering: a stable sort of each run of non-starters by class.
  for (std::size_t i = 0; i < out.size();) {
    if (combining_class(out[i]) == 0) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < out.size() && combining_class(out[j]) != 0) ++j;
    std::stable_sort(out.begin() + std::ptrdiff_t(i), out.begin() + std::ptrdiff_t(j),
                     [](char32_t a, char32_t b) { return combining_class(a) < combining_class(b); });
    i = j;
  }
  return out;
}

std::string identity_key(std::string_view text) {
  std::string key;
  append_identity_key(key, text);
  return key;
}

void append_identity_key(std::string& out, std::string_view text) {
  const std::string_view trimmed = trim(text);
  // Most names are ASCII: folding is then lower-casing, NFD is the identity
  // and nothing is invisible; only runs of white space need collapsing.
  // A registry's report computes a key per member: written in place.
  if (is_ascii(trimmed)) {
    const std::size_t start = out.size();
    out.resize(start + trimmed.size());  // collapsing only shortens
    char* write = out.data() + start;
    bool space = false;
    for (char c : trimmed) {
      if ((c >= '\t' && c <= '\r') || c == ' ') {  // the ASCII white space of is_white_space()
        space = true;
        continue;
      }
      if (space) *write++ = ' ';
      space = false;
      *write++ = c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
    }
    out.resize(std::size_t(write - out.data()));
    return;
  }
  std::u32string code_points;
  code_points.reserve(trimmed.size());
  bool space = false;
  for (std::size_t i = 0; i < trimmed.size();) {
    const char32_t cp = decode_utf8(trimmed, i);
    if (is_default_ignorable(cp)) continue;
    if (is_white_space(cp)) {
      space = true;
      continue;
    }
    if (space && !code_points.empty()) code_points.push_back(' ');
    space = false;
    code_points.push_back(cp);
  }
  std::u32string folded;
  for (char32_t cp : nfd(code_points)) case_fold(cp, folded);
  for (char32_t cp : nfd(folded)) append_utf8(out, cp);
}

std::string sort_key(std::string_view text) {
  std::string key = identity_key(text);
  if (is_ascii(key)) return key;
  std::string out;
  out.reserve(key.size());
  for (std::size_t i = 0; i < key.size();) {
    const char32_t cp = decode_utf8(key, i);
    if (combining_class(cp) == 0) append_utf8(out, cp);
  }
  return out;
}

bool is_ascii(std::string_view bytes) {
  // Eight bytes at a time: the high bit of any of them marks non-ASCII.
  constexpr std::uint64_t high_bits = 0x8080808080808080u;
  std::size_t i = 0;
  for (; i + 8 <= bytes.size(); i += 8) {
    std::uint64_t word;
    std::memcpy(&word, bytes.data() + i, sizeof word);
    if (word & high_bits) return false;
  }
  for (; i < bytes.size(); ++i)
    if (static_cast<unsigned char>(bytes[i]) >= 0x80) return false;
  return true;
}

std::size_t display_width(std::string_view text) {
  if (is_ascii(text)) return text.size();
  std::size_t width = 0;
  for (std::size_t i = 0; i < text.size();) {
    const char32_t cp = decode_utf8(text, i);
    if (cp < 0x300) {
      width += 1;
    } else if (in_ranges(zero_width_ranges, cp)) {
      continue;
    } else if (in_ranges(wide_ranges, cp)) {
      width += 2;
    } else {
      width += 1;
    }
  }
  return width;
}

}  // namespace gnlc::util
