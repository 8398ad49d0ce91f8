#include <gnlc/util/text_safety.hpp>

#include <gnlc/util/unicode.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace gnlc::util {
namespace {

bool is_unsafe(char32_t cp) {
  return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0) ||
         // Bidirectional controls can reorder what a terminal shows
         // ("Trojan Source"); line separators break the one-line rule.
         (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F ||
         cp == 0x061C || cp == 0x2028 || cp == 0x2029;
}

// "\\x1b", "\\u202e": written by hand, so that this unit (and the small
// front command that uses it) does not need {fmt}.
void append_escape(std::string& out, char kind, char32_t value, int digits) {
  static constexpr char hex[] = "0123456789abcdef";
  out.push_back('\\');
  out.push_back(kind);
  for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4) out.push_back(hex[(value >> shift) & 0xF]);
}

}  // namespace

bool is_unsafe_code_point(char32_t cp) { return is_unsafe(cp); }

bool is_workflow_command(std::string_view line) {
  const std::size_t start = line.find_first_not_of(" \t");
  return start != std::string_view::npos && line.substr(start, 2) == "::";
}

std::string no_workflow_command(std::string line) {
  if (is_workflow_command(line)) line.replace(line.find_first_not_of(" \t"), 1, "\\x3a");
  return line;
}

bool is_printable_ascii(std::string_view text) {
  const auto printable_byte = [](char c) {
    const auto byte = static_cast<unsigned char>(c);
    return byte >= 0x20 && byte < 0x7F;
  };
  // Eight bytes at a time (the bit tricks of "Bit Twiddling Hacks"): a high
  // bit set, a byte below 0x20 or a byte above 0x7E sends the word to the
  // byte-by-byte test.
  constexpr std::uint64_t ones = 0x0101010101010101u, high_bits = 0x8080808080808080u;
  std::size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    std::uint64_t word;
    std::memcpy(&word, text.data() + i, sizeof word);
    const std::uint64_t below_space = (word - ones * 0x20) & ~word & high_bits;
    const std::uint64_t above_tilde = ((word + ones * (127 - 0x7E)) | word) & high_bits;
    if (below_space | above_tilde) break;
  }
  return std::all_of(text.begin() + static_cast<std::ptrdiff_t>(i), text.end(), printable_byte);
}

std::string printable(std::string_view text, LineBreaks line_breaks) {
  // Most text is printable ASCII and passes unchanged.
  if (is_printable_ascii(text)) return std::string(text);
  const bool keep = line_breaks == LineBreaks::keep;
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    const auto invalid = find_invalid_utf8(text.substr(i));
    const std::size_t valid_end = invalid ? i + *invalid : text.size();
    while (i < valid_end) {
      const std::size_t start = i;
      const char32_t cp = decode_utf8(text, i);
      if (!is_unsafe(cp) || (keep && (cp == '\n' || cp == '\t' || cp == '\r'))) {
        out.append(text.substr(start, i - start));
      } else if (cp == '\n') {
        out += "\\n";
      } else if (cp == '\t') {
        out += "\\t";
      } else if (cp == '\r') {
        out += "\\r";
      } else if (cp < 0x100) {
        append_escape(out, 'x', cp, 2);
      } else {
        append_escape(out, 'u', cp, 4);
      }
    }
    if (invalid) {
      append_escape(out, 'x', static_cast<unsigned char>(text[i]), 2);
      ++i;
    }
  }
  return out;
}

std::string spreadsheet_safe(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 1);
  if (!text.empty() &&
      (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@' || text[0] == '\t' || text[0] == '\r'))
    out.push_back('\'');
  out.append(text);
  return out;
}

std::optional<char32_t> find_control_character(std::string_view text, bool multi_line) {
  for (std::size_t i = 0; i < text.size();) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte >= 0x20 && byte < 0x7F) {  // printable ASCII, the common case
      ++i;
      continue;
    }
    const char32_t cp = decode_utf8(text, i);
    const bool allowed = cp == '\t' || (multi_line && is_white_space(cp));
    if ((cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) && !allowed) return cp;
  }
  return std::nullopt;
}

}  // namespace gnlc::util
