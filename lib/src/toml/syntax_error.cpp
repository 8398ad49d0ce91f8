// toml++ says where it stopped and what it expected there; a newcomer needs
// to know what went wrong in their own terms and how to fix it. Each case
// below starts from toml++'s error and looks at the text of its line.
#include "syntax_error.hpp"

#include <gnlc/dates.hpp>
#include <gnlc/rules.hpp>
#include <gnlc/util/strings.hpp>
#include <gnlc/util/unicode.hpp>

#include <fmt/format.h>

#include <array>

namespace gnlc::toml_document {
namespace {

constexpr std::size_t npos = std::string_view::npos;

// How far an unclosed string is followed to tell "forgot the closing quote"
// from "text over several lines".
constexpr std::size_t max_lines_ahead = 50;

bool is_blank(char c) { return c == ' ' || c == '\t'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_bare_key_char(char c) { return is_ascii_letter(c) || is_digit(c) || c == '_' || c == '-'; }

std::string_view trim_blanks(std::string_view text) {
  while (!text.empty() && (is_blank(text.front()) || text.front() == '\r')) text.remove_prefix(1);
  while (!text.empty() && (is_blank(text.back()) || text.back() == '\r')) text.remove_suffix(1);
  return text;
}

// The byte offset where line `line` (1-based) starts, or npos.
std::size_t line_begin(std::string_view text, std::uint32_t line) {
  std::size_t offset = 0;
  for (std::uint32_t n = 1; n < line; ++n) {
    offset = text.find('\n', offset);
    if (offset == npos) return npos;
    ++offset;
  }
  return offset;
}

std::string_view line_at(std::string_view text, std::size_t begin) {
  std::string_view line = text.substr(begin, text.find('\n', begin) - begin);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

// Columns count code points.
std::size_t byte_of_column(std::string_view line, std::uint32_t column) {
  std::size_t byte = 0;
  for (std::uint32_t c = 1; c < column && byte < line.size(); ++byte)
    if ((static_cast<unsigned char>(line[byte]) & 0xC0) != 0x80) ++c;
  while (byte < line.size() && (static_cast<unsigned char>(line[byte]) & 0xC0) == 0x80) ++byte;
  return byte;
}

std::uint32_t column_of_byte(std::string_view line, std::size_t byte) {
  std::uint32_t column = 1;
  for (std::size_t i = 0; i < byte && i < line.size(); ++i)
    if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++column;
  return column;
}

// The offset just past a string that opens at `i` on this line, or npos
// when it does not close on the line.
std::size_t string_end(std::string_view line, std::size_t i) {
  const char quote = line[i];
  const std::string_view triple = quote == '"' ? "\"\"\"" : "'''";
  if (line.substr(i, 3) == triple) {
    const std::size_t close = line.find(triple, i + 3);
    return close == npos ? npos : close + 3;
  }
  for (std::size_t j = i + 1; j < line.size(); ++j) {
    if (quote == '"' && line[j] == '\\') {
      ++j;
      continue;
    }
    if (line[j] == quote) return j + 1;
  }
  return npos;
}

// One pass over a line outside its strings and comment: the first '=', the
// last value delimiter before `limit`, and a string left open.
struct LineShape {
  std::size_t equals = npos;
  std::size_t delimiter = npos;  // the last '=', '[', '{' or ',' before `limit`
  std::size_t open_quote = npos;
};

LineShape shape_of(std::string_view line, std::size_t limit = npos) {
  LineShape shape;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (c == '#') break;
    if (c == '"' || c == '\'') {
      const std::size_t end = string_end(line, i);
      if (end == npos) {
        // A """ or ''' string may go on over the next lines: only a
        // one-line string is left open.
        if (line.substr(i, 3) != std::string_view(c == '"' ? "\"\"\"" : "'''")) shape.open_quote = i;
        break;
      }
      i = end - 1;
      continue;
    }
    if (c == '=' && shape.equals == npos) shape.equals = i;
    if (i < limit && (c == '=' || c == '[' || c == '{' || c == ',')) shape.delimiter = i;
  }
  return shape;
}

std::string_view key_of(std::string_view line, const LineShape& shape) {
  return shape.equals == npos ? std::string_view() : trim_blanks(line.substr(0, shape.equals));
}

std::size_t first_non_blank(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && is_blank(line[i])) ++i;
  return i;
}

// "signed = 2025-06-10", or the value alone when there is no key.
std::string assignment(std::string_view key, std::string_view value) {
  return key.empty() ? std::string(value) : fmt::format("{} = {}", clip(key), value);
}

// --- Dates written in other spellings --------------------------------------

constexpr std::array<std::string_view, 12> month_names = {"January",   "February", "March",    "April",
                                                          "May",       "June",     "July",     "August",
                                                          "September", "October",  "November", "December"};

bool exists(int year, unsigned month, unsigned day) {
  return date::year_month_day{date::year{year}, date::month{month}, date::day{day}}.ok();
}

std::string iso(int year, unsigned month, unsigned day) { return fmt::format("{:04}-{:02}-{:02}", year, month, day); }

// 1 to 12 for an English month name or an abbreviation of three letters or more.
unsigned month_of_name(std::string_view word) {
  if (word.size() < 3) return 0;
  for (unsigned m = 0; m < month_names.size(); ++m)
    if (word.size() <= month_names[m].size() && util::iequals_ascii(word, month_names[m].substr(0, word.size())))
      return m + 1;
  return 0;
}

struct DateSpelling {
  std::string_view written;
  std::string hint;
};

// Reads a run of digits (at most `max`) at `i`.
std::size_t digits_at(std::string_view text, std::size_t i, std::size_t max, unsigned& number) {
  std::size_t n = 0;
  number = 0;
  while (i + n < text.size() && is_digit(text[i + n]) && n < max + 1)
    number = number * 10 + unsigned(text[i + n++] - '0');
  return n > max ? 0 : n;
}

bool ends_value(std::string_view text, std::size_t i) {
  return i == text.size() || is_blank(text[i]) || text[i] == ',' || text[i] == ']' || text[i] == '}' ||
         text[i] == '#' || text[i] == '\r';
}

std::string date_hint(std::string_view key, int year, unsigned month, unsigned day) {
  if (!exists(year, month, day)) return "write the date as YYYY-MM-DD, a day that exists";
  return fmt::format("write the date as YYYY-MM-DD: {}", assignment(key, iso(year, month, day)));
}

std::string day_month_hint(std::string_view key, std::string_view written, int year, unsigned a, unsigned b) {
  if (a == 0 || b == 0) return date_hint(key, year, 0, 0);
  if (a > 12 || b > 12 || a == b) return a > 12 || a == b ? date_hint(key, year, b, a) : date_hint(key, year, a, b);
  return fmt::format("write the date as YYYY-MM-DD; '{}' is ambiguous: {} if it is {} {}, {} if it is {} {}", written,
                     iso(year, b, a), a, month_names[b - 1], iso(year, a, b), b, month_names[a - 1]);
}

std::optional<DateSpelling> numeric_date(std::string_view value, std::string_view key) {
  unsigned n1 = 0, n2 = 0, n3 = 0;
  const std::size_t l1 = digits_at(value, 0, 4, n1);
  if (l1 == 0 || l1 >= value.size()) return std::nullopt;
  const char separator = value[l1];
  if (separator != '/' && separator != '.' && separator != '-') return std::nullopt;
  const std::size_t l2 = digits_at(value, l1 + 1, 2, n2);
  if (l2 == 0 || l1 + 1 + l2 >= value.size() || value[l1 + 1 + l2] != separator) return std::nullopt;
  const std::size_t start3 = l1 + l2 + 2;
  const std::size_t l3 = digits_at(value, start3, 4, n3);
  if (l3 == 0 || !ends_value(value, start3 + l3)) return std::nullopt;
  const std::string_view written = value.substr(0, start3 + l3);
  if (l1 == 4 && l3 <= 2) {
    // 2025-02-30 is TOML's own spelling of a day that does not exist:
    // toml++'s message about the day says it better.
    if (separator == '-' && l2 == 2 && l3 == 2) return std::nullopt;
    return DateSpelling{written, date_hint(key, int(n1), n2, n3)};
  }
  if (l1 <= 2 && l3 == 4) return DateSpelling{written, day_month_hint(key, written, int(n3), n1, n2)};
  if (l1 <= 2 && l3 == 2) return DateSpelling{written, "write the date as YYYY-MM-DD, with the year in four digits"};
  return std::nullopt;
}

// "June 10, 2025", "Jun 10 2025", "10 June 2025", "10. June 2025".
std::optional<DateSpelling> named_date(std::string_view value, std::string_view key) {
  std::size_t i = 0;
  unsigned month = 0, day = 0, year = 0;
  const auto skip = [&](std::string_view characters) {
    while (i < value.size() && characters.find(value[i]) != npos) ++i;
  };
  const auto word = [&]() {
    const std::size_t start = i;
    while (i < value.size() && is_ascii_letter(value[i]) && i - start < 10) ++i;
    return month_of_name(value.substr(start, i - start));
  };
  if (value.empty()) return std::nullopt;
  if (is_digit(value[0])) {
    const std::size_t n = digits_at(value, 0, 2, day);
    if (n == 0) return std::nullopt;
    i = n;
    skip(".");
    if (i == value.size() || !is_blank(value[i])) return std::nullopt;
    skip(" \t");
    month = word();
  } else {
    month = word();
    if (month == 0 || i == value.size() || !is_blank(value[i])) return std::nullopt;
    skip(" \t");
    const std::size_t n = digits_at(value, i, 2, day);
    if (n == 0) return std::nullopt;
    i += n;
    skip(",");
  }
  if (month == 0 || i == value.size() || !is_blank(value[i])) return std::nullopt;
  skip(" \t");
  const std::size_t n = digits_at(value, i, 4, year);
  if (n != 4 || !ends_value(value, i + n)) return std::nullopt;
  return DateSpelling{value.substr(0, i + n), date_hint(key, int(year), month, day)};
}

// --- The cases ---------------------------------------------------------------

struct Context {
  std::string_view text;
  std::string_view scope;   // "key-value pair", "string", "table header", ...
  std::string_view detail;  // "expected '=', saw '2'"
  Position at;
  std::size_t line_start;
  std::string_view line;
  std::size_t byte;  // of the error in `line`
  LineShape shape;
  std::string_view key;
};

Diagnostic said(const Context& c, std::size_t byte, std::string message, std::string hint) {
  return make_diagnostic("toml-syntax"_rule, {c.at.line, column_of_byte(c.line, byte)}, std::move(message),
                         std::move(hint));
}

// The value that the error is in, from its first character.
std::size_t value_start(const Context& c) {
  const LineShape before = shape_of(c.line, c.byte);
  std::size_t start = before.delimiter == npos ? 0 : before.delimiter + 1;
  while (start < c.line.size() && is_blank(c.line[start])) ++start;
  return start;
}

// The key of the line when the value at `start` is its whole value (not
// an element of an array): the hints then show the whole line fixed.
std::string_view key_for_value(const Context& c, std::size_t start) {
  const std::string_view before = trim_blanks(c.line.substr(0, start));
  return before.size() == c.shape.equals + 1 ? c.key : std::string_view();
}

// The value as written to the end of the line, without a comment.
std::string_view rest_of_value(std::string_view line, std::size_t start) {
  std::string_view value = line.substr(start);
  value = value.substr(0, value.find('#'));
  return trim_blanks(value);
}

constexpr std::array<std::string_view, 7> typographic_quotes = {"\u201C", "\u201D", "\u201E", "\u2018",
                                                                "\u2019", "\u00AB", "\u00BB"};

std::optional<Diagnostic> smart_quote(const Context& c) {
  const std::size_t start = value_start(c);
  const std::string_view value = c.line.substr(start);
  for (std::string_view quote : typographic_quotes) {
    if (!value.starts_with(quote)) continue;
    const std::string_view written = rest_of_value(c.line, start);
    std::string straight;
    for (std::size_t i = 0; i < written.size();) {
      std::size_t matched = 0;
      for (std::string_view other : typographic_quotes)
        if (written.substr(i, other.size()) == other) matched = other.size();
      straight += matched > 0 ? '"' : written[i];
      i += matched > 0 ? matched : 1;
    }
    return said(c, start, fmt::format("{} is a typographic quote; TOML needs the straight quote \"", quote),
                fmt::format("replace the typographic quotes with straight ones: {}",
                            assignment(key_for_value(c, start), clip(straight))));
  }
  return std::nullopt;
}

// The next lines, up to a line that starts a key or a table: does one of
// them close the string? Then the text was meant to go over several lines.
bool closed_on_a_later_line(const Context& c, char quote) {
  std::size_t offset = c.text.find('\n', c.line_start);
  for (std::size_t n = 0; n < max_lines_ahead && offset != npos; ++n) {
    const std::string_view next = line_at(c.text, offset + 1);
    const std::size_t first = first_non_blank(next);
    if (first < next.size() && next[first] == '[') return false;
    std::size_t end = first;
    while (end < next.size() && is_bare_key_char(next[end])) ++end;
    const std::size_t after = end + first_non_blank(next.substr(end));
    if (end > first && after < next.size() && next[after] == '=') return false;
    for (std::size_t j = 0; j < next.size(); ++j) {
      if (quote == '"' && next[j] == '\\') {
        ++j;
        continue;
      }
      if (next[j] == quote) return true;
    }
    offset = c.text.find('\n', offset + 1);
  }
  return false;
}

std::optional<Diagnostic> string_left_open(const Context& c) {
  const bool cut = c.detail.find("control characters") != npos ||
                   (c.scope.ends_with("string") && c.detail == "encountered end-of-file");
  if (!cut || c.byte < c.line.size() || c.shape.open_quote == npos) return std::nullopt;
  const char quote = c.line[c.shape.open_quote];
  const std::string_view q = quote == '"' ? "\"" : "'";
  const std::string_view triple = quote == '"' ? "\"\"\"" : "'''";
  const bool is_value = !key_for_value(c, c.shape.open_quote).empty();
  if (closed_on_a_later_line(c, quote))
    return said(c, c.byte, fmt::format("a string in {}…{} cannot go over several lines", q, q),
                fmt::format("for text over several lines, write it between {}: {}", triple,
                            assignment(is_value ? c.key : "", fmt::format("{}…{}", triple, triple))));
  std::string hint = fmt::format("end the string with {} on the same line", q);
  if (is_value) {
    const std::string_view content = trim_blanks(c.line.substr(c.shape.open_quote + 1));
    hint += fmt::format(": {}", assignment(c.key, fmt::format("{}{}{}", q, clip(content), q)));
  }
  return said(c, c.byte, "the string has no closing quote", std::move(hint));
}

std::optional<Diagnostic> date_spelling(const Context& c) {
  const std::size_t start = value_start(c);
  if (start >= c.line.size() || (c.shape.equals == npos && first_non_blank(c.line) != start)) return std::nullopt;
  const std::string_view value = c.line.substr(start);
  auto spelling = numeric_date(value, key_for_value(c, start));
  if (!spelling) spelling = named_date(value, key_for_value(c, start));
  if (!spelling) return std::nullopt;
  return said(c, start, fmt::format("'{}' is not a date TOML understands", spelling->written),
              std::move(spelling->hint));
}

std::optional<Diagnostic> number_with_separators(const Context& c) {
  if (c.scope != "key-value pair" || !c.detail.starts_with("expected a comment or whitespace")) return std::nullopt;
  const std::size_t start = value_start(c);
  const std::string_view value = rest_of_value(c.line, start);
  if (value.empty() || !is_digit(value[0])) return std::nullopt;
  if (const auto digits = ungrouped_integer(value))
    return said(c, start, fmt::format("a number cannot contain spaces or commas: '{}'", clip(value)),
                fmt::format("write it without them: {}", assignment(key_for_value(c, start), *digits)));
  const std::size_t comma = value.find(',');
  if (comma == npos || value.find_first_not_of("0123456789,") != npos || value.find(',', comma + 1) != npos ||
      comma + 1 == value.size())
    return std::nullopt;
  std::string point(value);
  point[comma] = '.';
  return said(c, start, fmt::format("a number cannot contain a comma: '{}'", clip(value)),
              fmt::format("write the decimal point as '.': {}", assignment(key_for_value(c, start), point)));
}

std::optional<Diagnostic> text_after_value(const Context& c) {
  if (c.scope != "key-value pair" || !c.detail.starts_with("expected a comment or whitespace")) return std::nullopt;
  return said(c, c.byte, fmt::format("unexpected text after the value: '{}'", clip(rest_of_value(c.line, c.byte))),
              "start each key on a line of its own; a comment starts with '#'");
}

std::optional<Diagnostic> missing_equals(const Context& c) {
  // Only the key that starts the line: inside an inline table the line's
  // text is no guide to the key.
  if (c.scope != "key-value pair" || !c.detail.starts_with("expected '='") ||
      shape_of(c.line, c.byte).delimiter != npos)
    return std::nullopt;
  const std::size_t first = first_non_blank(c.line);
  if (c.byte < c.line.size() && c.line[c.byte] == ':') {
    const std::string_view key = trim_blanks(c.line.substr(first, c.byte - first));
    return said(c, c.byte, "a key and its value are joined with '=', not ':'",
                fmt::format("write {} = {}", clip(key), clip(rest_of_value(c.line, c.byte + 1))));
  }
  if (c.shape.equals != npos && c.shape.equals > c.byte) {
    const std::string_view key = c.key;
    std::string joined(key);
    for (char& ch : joined)
      if (is_blank(ch)) ch = '_';
    return said(c, first, fmt::format("a key cannot contain spaces: '{}'", clip(key)),
                fmt::format("join the words with '_' ({}), or put the key in quotes", clip(joined)));
  }
  const std::string_view key = trim_blanks(c.line.substr(first, c.byte - first));
  return said(c, c.byte, fmt::format("'=' is missing after the key '{}'", clip(key)),
              fmt::format("write the key, '=' and the value: {} = {}", clip(key), clip(rest_of_value(c.line, c.byte))));
}

std::optional<Diagnostic> header_left_open(const Context& c) {
  if (c.scope != "table header" || !c.detail.starts_with("expected ']'")) return std::nullopt;
  const std::string_view header = rest_of_value(c.line, first_non_blank(c.line));
  const bool array = header.starts_with("[[");
  std::string_view name = header.substr(array ? 2 : 1);
  while (!name.empty() && name.back() == ']') name.remove_suffix(1);
  const std::string fixed = fmt::format("{}{}{}", array ? "[[" : "[", clip(trim_blanks(name)), array ? "]]" : "]");
  return said(c, c.byte, fmt::format("the table header '{}' has no closing '{}'", clip(header), array ? "]]" : "]"),
              fmt::format("end it with '{}': {}", array ? "]]" : "]", fixed));
}

std::optional<Diagnostic> inline_table(const Context& c) {
  if (c.scope != "inline table") return std::nullopt;
  if (c.detail.find("dangling comma") != npos) {
    std::size_t comma = c.byte;
    while (comma > 0 && c.line[comma] != ',') --comma;
    return said(c, comma, "a comma after the last key of an inline table is not allowed", "remove the ',' before '}'");
  }
  if (c.byte >= c.line.size())
    return said(c, c.byte, "an inline table { … } must end with '}' on the same line",
                "close it with '}' on this line, or write a [table] section for a longer table");
  return std::nullopt;
}

std::optional<Diagnostic> bare_word(const Context& c) {
  if (c.detail != "could not determine value type" && c.scope != "boolean") return std::nullopt;
  const std::size_t start = value_start(c);
  if (start >= c.line.size()) return std::nullopt;
  const char first = c.line[start];
  if (is_digit(first) || std::string_view("+-.\"'[{").find(first) != npos) return std::nullopt;
  const std::string_view key = key_for_value(c, start);
  std::string_view word = rest_of_value(c.line, start);
  if (key.empty() || c.line.substr(0, start).find_first_of("[{") != npos)
    word = trim_blanks(word.substr(0, word.find_first_of(",]}")));
  const std::string lower = util::ascii_lower(word);
  if (lower == "true" || lower == "false")
    return said(c, start, fmt::format("'{}' is not a TOML boolean", word),
                fmt::format("write true and false in lower case: {}", assignment(key, lower)));
  const std::string quoted = util::toml_basic_string(clip(word));
  std::string hint = fmt::format("put text in quotes: {}", assignment(key, quoted));
  if (lower == "yes" || lower == "no" || lower == "on" || lower == "off")
    hint = fmt::format("write true or false, or put text in quotes: {}", assignment(key, quoted));
  return said(c, start, fmt::format("'{}' is not a value TOML understands", clip(word)), std::move(hint));
}

std::optional<Diagnostic> defined_twice(const Context& c) {
  // "cannot redefine existing integer 'a'": the key as written is quoted last.
  if (!c.detail.starts_with("cannot redefine existing ") || !c.detail.ends_with("'") || c.detail.find("' as ") != npos)
    return std::nullopt;
  const std::size_t open = c.detail.find('\'');
  const std::string_view name = c.detail.substr(open + 1, c.detail.size() - open - 2);
  const std::size_t first = first_non_blank(c.line);
  if (c.scope == "key-value pair")
    return said(c, first, fmt::format("the key '{}' is set twice in the same table", clip(name)),
                "keep one of the two and delete the other");
  if (c.scope == "table header")
    return said(c, first, fmt::format("the table [{}] appears twice", clip(name)),
                fmt::format("merge the two [{}] sections into one", clip(name)));
  return std::nullopt;
}

std::optional<Diagnostic> no_value(const Context& c) {
  if (c.scope != "key-value pair" || !c.detail.starts_with("expected value") || c.key.empty()) return std::nullopt;
  if (rest_of_value(c.line, c.byte).size() != 0) return std::nullopt;
  return said(c, c.byte, fmt::format("'{}' has no value", clip(c.key)),
              "write the value after '=', or delete the line");
}

}  // namespace

std::string clip(std::string_view text, std::size_t max_code_points) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (count++ == max_code_points) return fmt::format("{}…", text.substr(0, i));
  }
  return std::string(text);
}

std::optional<std::string> ungrouped_integer(std::string_view text) {
  text = trim_blanks(text);
  if (text.size() > 32 || text.empty()) return std::nullopt;
  std::size_t group = 0;
  while (group < text.size() && is_digit(text[group])) ++group;
  if (group == 0 || group > 3 || group == text.size()) return std::nullopt;
  const char separator = text[group];
  if (separator != ' ' && separator != ',') return std::nullopt;
  std::string digits(text.substr(0, group));
  for (std::size_t i = group; i < text.size(); i += 4) {
    if (text[i] != separator || i + 4 > text.size()) return std::nullopt;
    for (std::size_t j = i + 1; j < i + 4; ++j) {
      if (!is_digit(text[j])) return std::nullopt;
      digits += text[j];
    }
  }
  return digits;
}

Diagnostic describe_syntax_error(std::string_view text, std::string_view description, Position at) {
  std::string_view rest = description;
  if (rest.starts_with("Error while parsing ")) rest.remove_prefix(20);
  Context c{text, rest, rest, at, 0, {}, 0, {}, {}};
  if (const std::size_t colon = rest.find(": "); colon != npos) {
    c.scope = rest.substr(0, colon);
    c.detail = rest.substr(colon + 2);
  }
  c.line_start = line_begin(text, at.line);
  if (c.line_start != npos) {
    c.line = line_at(text, c.line_start);
    c.byte = byte_of_column(c.line, at.column);
    c.shape = shape_of(c.line);
    c.key = key_of(c.line, c.shape);
    for (auto* describe : {smart_quote, string_left_open, date_spelling, number_with_separators, missing_equals,
                           header_left_open, inline_table, bare_word, defined_twice, no_value, text_after_value})
      if (auto diagnostic = describe(c)) return std::move(*diagnostic);
  }
  return make_diagnostic("toml-syntax"_rule, at, std::string(rest));
}

}  // namespace gnlc::toml_document
