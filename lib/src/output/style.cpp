#include <gnlc/output/style.hpp>

#include <gnlc/util/text_safety.hpp>
#include <gnlc/util/unicode.hpp>

namespace gnlc::output {

std::string styled(std::string_view text, Style style, bool enabled) {
  if (!enabled) return std::string(text);
  std::string_view code;
  switch (style) {
    case Style::bold:
      code = "\x1b[1m";
      break;
    case Style::red:
      code = "\x1b[1;31m";
      break;
    case Style::yellow:
      code = "\x1b[1;33m";
      break;
    case Style::green:
      code = "\x1b[32m";
      break;
    case Style::cyan:
      code = "\x1b[36m";
      break;
    case Style::dim:
      code = "\x1b[2m";
      break;
  }
  return std::string(code) + std::string(text) + "\x1b[0m";
}

std::string xml_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80) {
      const std::size_t length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
      if (util::find_invalid_utf8(text.substr(i, length))) {
        out += "\xEF\xBF\xBD";
        ++i;
        continue;
      }
      std::size_t next = i;
      const char32_t cp = util::decode_utf8(text, next);
      // Not allowed, or discouraged controls, or bidirectional controls.
      if (cp == 0xFFFE || cp == 0xFFFF || util::is_unsafe_code_point(cp))
        out += "\xEF\xBF\xBD";
      else
        out.append(text.substr(i, next - i));
      i = next;
      continue;
    }
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&apos;";
        break;
      case '\n':
        out += "&#10;";
        break;
      case '\t':
        out += "&#9;";
        break;
      case '\r':
        out += "&#13;";
        break;
      default:
        if (c < 0x20 || c == 0x7F)
          out += "\xEF\xBF\xBD";
        else
          out.push_back(char(c));
    }
    ++i;
  }
  return out;
}

}  // namespace gnlc::output
