// The structure guard: one linear scan in front of every TOML parse.
// toml++ recurses once per dotted key part and once per nesting level, and
// its own nesting limit covers only arrays and inline tables, so a file of
// 30,000 key parts (60 KB) overflows the stack. Real gnlc files use a few
// parts and a few levels; the guard refuses anything deeper before any
// parser sees it.
#include "document.hpp"

#include <gnlc/rules.hpp>
#include <gnlc/util/unicode.hpp>

#include <fmt/format.h>

namespace gnlc::toml_document {
namespace {

Diagnostic refuse(std::string_view text, std::size_t offset, std::string message) {
  const auto at = util::line_column_at(text, offset);
  return make_diagnostic("toml-syntax"_rule, {at.line, at.column}, std::move(message),
                         "gnlc files need only a few levels; write the data flatter");
}

// The offset just past the string that starts at `i` (a quote), or the
// end of the line or text when it does not close: the parser reports that.
std::size_t skip_string(std::string_view text, std::size_t i) {
  const char quote = text[i];
  const bool basic = quote == '"';
  if (text.substr(i, 3) == std::string_view(quote == '"' ? "\"\"\"" : "'''")) {
    for (std::size_t j = i + 3; j < text.size(); ++j) {
      if (basic && text[j] == '\\') {
        ++j;
        continue;
      }
      if (text[j] == quote && text.substr(j, 3) == text.substr(i, 3)) {
        // Up to two more quotes may end the content ("""a""""").
        j += 3;
        for (int extra = 0; extra < 2 && j < text.size() && text[j] == quote; ++extra) ++j;
        return j;
      }
    }
    return text.size();
  }
  for (std::size_t j = i + 1; j < text.size(); ++j) {
    if (text[j] == '\n') return j;
    if (basic && text[j] == '\\') {
      ++j;
      continue;
    }
    if (text[j] == quote) return j + 1;
  }
  return text.size();
}

}  // namespace

std::optional<Diagnostic> check_structure(std::string_view text) {
  std::size_t depth = 0;      // arrays and inline tables open around the current position
  std::size_t key_parts = 1;  // parts of the key being read
  bool line_start = true;     // only blanks since the last newline, outside any value
  for (std::size_t i = 0; i < text.size();) {
    const char c = text[i];
    switch (c) {
      case '"':
      case '\'':
        i = skip_string(text, i);
        line_start = false;
        continue;
      case '#':
        while (i < text.size() && text[i] != '\n') ++i;
        continue;
      case '\n':
        key_parts = 1;
        line_start = depth == 0;
        break;
      case ' ':
      case '\t':
      case '\r':
        break;
      case '.':
        if (++key_parts > max_key_parts)
          return refuse(text, i, fmt::format("a key of more than {} dotted parts", max_key_parts));
        line_start = false;
        break;
      case '[':
      case '{':
        key_parts = 1;
        if (c == '[' && line_start) {  // a table header: [a.b] or [[a.b]]
          if (i + 1 < text.size() && text[i + 1] == '[') ++i;
        } else if (++depth > max_nesting) {
          return refuse(text, i, fmt::format("arrays and inline tables nested more than {} deep", max_nesting));
        }
        line_start = false;
        break;
      case ']':
      case '}':
        key_parts = 1;
        if (depth > 0) --depth;
        line_start = false;
        break;
      case '=':
      case ',':
        key_parts = 1;
        line_start = false;
        break;
      default:
        line_start = false;
    }
    ++i;
  }
  return std::nullopt;
}

}  // namespace gnlc::toml_document
