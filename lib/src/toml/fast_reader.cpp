// The fast reader: a hand-written scanner for the plain subset of TOML that
// gnlc's inputs are written in. It declines (returns nullopt) at the first
// sign of anything else, and toml++ then reads the file: dotted keys,
// dotted table headers other than [array.table], inline tables,
// numbers in hex, octal or binary, inf and nan, line breaks other than LF
// and CRLF, and every kind of invalid TOML.
#include "document.hpp"

#include <gnlc/util/strings.hpp>
#include <gnlc/util/unicode.hpp>

#include <algorithm>
#include <charconv>
#include <deque>
#include <iterator>
#include <unordered_map>
#include <unordered_set>

namespace gnlc::toml_document {
namespace {

using Kind = Value::Kind;

class Declined {};  // thrown inside the reader only; read_fast catches it

class FastReader {
 public:
  FastReader(std::string_view text, const Streaming* streaming) : text_(text), streaming_(streaming) {
    if (text_.starts_with("\xEF\xBB\xBF")) text_.remove_prefix(3);  // toml++ skips a BOM too
  }

  Document read() {
    Document document;
    document.root.kind = Kind::table;
    document.root.position = {1, 1};
    root_ = &document.root;
    while (skip_blank_lines()) {
      if (peek() == '[')
        read_header();
      else
        read_key_value();
    }
    hand_over_streamed();
    if (strings_) document.storage = strings_;
    return document;
  }

 private:
  // ---- the cursor

  bool at_end() const { return i_ >= text_.size(); }
  char peek(std::size_t ahead = 0) const { return i_ + ahead < text_.size() ? text_[i_ + ahead] : '\0'; }
  Position here() const { return {line_, column_}; }

  // Moves over one byte of a line (never a line break). The end of the
  // text where more was expected ends the reading.
  void step() {
    if (i_ >= text_.size()) throw Declined{};
    if ((static_cast<unsigned char>(text_[i_]) & 0xC0) != 0x80) ++column_;
    ++i_;
  }
  void step(std::size_t bytes) {
    for (std::size_t k = 0; k < bytes; ++k) step();
  }
  // A line break: LF or CRLF; a bare CR is not TOML.
  bool at_newline() const { return peek() == '\n' || (peek() == '\r' && peek(1) == '\n'); }
  void newline() {
    if (peek() == '\r') {
      if (peek(1) != '\n') throw Declined{};
      ++i_;
    }
    ++i_;
    ++line_;
    column_ = 1;
  }

  void skip_spaces() {
    while (peek() == ' ' || peek() == '\t') step();
  }
  // A comment runs to the end of its line and may hold no control
  // character but tab.
  void skip_comment() {
    if (peek() != '#') return;
    while (!at_end() && !at_newline()) {
      const auto byte = static_cast<unsigned char>(peek());
      if (is_control(byte)) throw Declined{};
      step();
    }
  }
  // The rest of a line after a header or a value: spaces, a comment, the break.
  void end_of_line() {
    skip_spaces();
    skip_comment();
    if (at_end()) return;
    if (!at_newline()) throw Declined{};
    newline();
  }
  // Skips empty and comment lines; false at the end of the text.
  bool skip_blank_lines() {
    for (;;) {
      skip_spaces();
      skip_comment();
      if (at_end()) return false;
      if (!at_newline()) return true;
      newline();
    }
  }

  static bool is_bare_key_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
  }
  static bool is_digit(char c) { return c >= '0' && c <= '9'; }

  std::string_view bare_key() {
    const std::size_t start = i_;
    while (is_bare_key_char(peek())) step();
    if (i_ == start) throw Declined{};
    return text_.substr(start, i_ - start);
  }

  // ---- tables

  std::vector<Entry>& current_entries() {
    if (streamed_) return streamed_table_.entries;
    if (current_ == nullptr) return root_->entries;
    return *current_;
  }

  void hand_over_streamed() {
    if (streamed_) streaming_->table(streamed_array_, streamed_table_);
  }

  Entry* root_entry(std::string_view key) {
    const auto it = root_index_.find(key);
    return it == root_index_.end() ? nullptr : &root_->entries[it->second];
  }
  void add_root_entry(Entry entry) {
    root_index_.emplace(entry.key, root_->entries.size());
    root_->entries.push_back(std::move(entry));
  }

  // A key as TOML writes it: bare, or quoted ("..." with escapes, '...'
  // without), which is what lets a registry hold a key with a space or an
  // accent without leaving the fast reader. Dotted keys are left to toml++.
  std::string_view key() {
    const char quote = peek();
    if (quote != '"' && quote != '\'') return bare_key();
    if (peek(1) == quote && peek(2) == quote) throw Declined{};  // a multi-line string is no key
    return quote == '"' ? basic_string() : literal_string();
  }

  // [name], [[name]] or [name.sub], with the white space TOML allows around
  // each part: a name, and a second one after a dot.
  struct HeaderName {
    Position key_position;
    std::string_view name;
    std::optional<std::string_view> sub;
  };
  HeaderName header_name(bool array) {
    skip_spaces();
    HeaderName header{here(), key(), std::nullopt};
    skip_spaces();
    if (!array && peek() == '.') {
      step();
      skip_spaces();
      header.key_position = here();
      header.sub = key();
      skip_spaces();
    }
    if (peek() != ']' || (array && peek(1) != ']')) throw Declined{};
    step(array ? 2 : 1);
    end_of_line();
    return header;
  }

  void read_header() {
    const Position bracket = here();
    const bool array = peek(1) == '[';
    step(array ? 2 : 1);
    const HeaderName header = header_name(array);
    if (header.sub) {
      read_subtable_header(bracket, header.name, header.key_position, *header.sub);
      return;
    }
    const std::string_view name = header.name;
    const Position key_position = header.key_position;

    hand_over_streamed();
    streamed_ = false;
    if (!array && streamed_names_.contains(name)) throw Declined{};
    if (!array) {
      if (root_entry(name) != nullptr) throw Declined{};  // defined twice, or already a key
      keys_.clear();
      add_root_entry({name, key_position, Value{}});
      Value& table = root_->entries.back().value;
      table.kind = Kind::table;
      table.position = bracket;
      current_ = &table.entries;
      return;
    }
    if (streaming_ != nullptr && streaming_->table) {
      if (root_entry(name) != nullptr) throw Declined{};
      streamed_names_.insert(name);
      streamed_ = true;
      streamed_array_ = name;
      streamed_table_.kind = Kind::table;
      streamed_table_.position = bracket;
      streamed_table_.entries.clear();  // keeps its capacity for the next table
      keys_.clear();
      return;
    }
    Entry* entry = root_entry(name);
    if (entry == nullptr) {
      add_root_entry({name, key_position, Value{}});
      entry = &root_->entries.back();
      entry->value.kind = Kind::array;
      entry->value.position = bracket;
      array_of_tables_.insert(name);
    } else if (!array_of_tables_.contains(name)) {
      throw Declined{};  // a key or a table of that name exists
    }
    keys_.clear();
    entry->value.elements.push_back(Value{});
    Value& table = entry->value.elements.back();
    table.kind = Kind::table;
    table.position = bracket;
    current_ = &table.entries;
  }

  // [call.sources] after [[call]]: a table in the array's last table, the
  // one dotted header the calendar uses. Longer paths, a table under a
  // plain table or a streamed array, and a name already taken: toml++.
  void read_subtable_header(Position bracket, std::string_view array_name, Position key_position,
                            std::string_view name) {
    if (!array_of_tables_.contains(array_name)) throw Declined{};
    std::vector<Entry>& parent = root_entry(array_name)->value.elements.back().entries;
    // A scan of the element, kept short: an element with more entries than
    // any real calendar's is left to toml++, so the scan stays linear.
    if (parent.size() > max_element_entries || find(parent, name) != nullptr) throw Declined{};
    keys_.clear();
    parent.push_back({name, key_position, Value{}});
    Value& table = parent.back().value;
    table.kind = Kind::table;
    table.position = bracket;
    current_ = &table.entries;
  }

  // A scan of a small table, which is most of them; a set once a table
  // grows, so that a file of many thousand keys costs only linear time.
  bool is_new_key(std::string_view key) {
    constexpr std::size_t small_table = 16;
    const std::vector<Entry>& entries = current_entries();
    if (entries.size() < small_table)
      return std::none_of(entries.begin(), entries.end(), [&](const Entry& entry) { return entry.key == key; });
    if (keys_.empty())
      for (const Entry& entry : entries) keys_.insert(entry.key);
    return keys_.insert(key).second;
  }

  void read_key_value() {
    Entry entry;
    entry.key_position = here();
    entry.key = key();
    skip_spaces();
    if (peek() != '=') throw Declined{};  // dotted keys: toml++
    step();
    skip_spaces();
    entry.value = read_value();
    end_of_line();
    if (!is_new_key(entry.key)) throw Declined{};
    if (current_ == nullptr && !streamed_)
      add_root_entry(std::move(entry));
    else
      current_entries().push_back(std::move(entry));
  }

  // ---- values

  Value read_value() {
    Value value;
    value.position = here();
    const char c = peek();
    if (c == '"' || c == '\'') {
      value.kind = Kind::string;
      value.text = c == '"' ? basic_string() : literal_string();
    } else if (c == '[') {
      value.kind = Kind::array;
      read_array(value);
    } else if (c == 't' && text_.substr(i_, 4) == "true") {
      value.kind = Kind::boolean;
      value.boolean = true;
      step(4);
    } else if (c == 'f' && text_.substr(i_, 5) == "false") {
      value.kind = Kind::boolean;
      step(5);
    } else if (is_digit(c) || c == '+' || c == '-') {
      read_number_or_date(value);
    } else {
      throw Declined{};  // inline tables, inf, nan, ...
    }
    const char after = peek();
    if (!(at_end() || after == ' ' || after == '\t' || after == '#' || after == ',' || after == ']' || after == '\n' ||
          after == '\r'))
      throw Declined{};
    return value;
  }

  void read_array(Value& array) {
    // Deep nesting is left to toml++, which stops it with a clear error.
    if (++depth_ > max_depth) throw Declined{};
    step();  // [
    for (;;) {
      skip_array_space();
      if (peek() == ']') {
        step();
        --depth_;
        return;
      }
      array.elements.push_back(read_value());
      skip_array_space();
      if (peek() == ',') {
        step();
      } else if (peek() != ']') {
        throw Declined{};
      }
    }
  }
  // Inside an array: spaces, comments and line breaks.
  void skip_array_space() {
    for (;;) {
      skip_spaces();
      skip_comment();
      if (at_end()) throw Declined{};
      if (!at_newline()) return;
      newline();
    }
  }

  // Keeps a string that differs from its source text (escapes, or a
  // multi-line string's breaks), so that views into it stay valid.
  std::string_view keep(std::string text) {
    if (!strings_) strings_ = std::make_shared<std::deque<std::string>>();
    strings_->push_back(std::move(text));
    return strings_->back();
  }

  static bool is_control(unsigned char byte) { return (byte < 0x20 && byte != '\t') || byte == 0x7F; }

  std::string_view basic_string() {
    if (text_.substr(i_, 3) == "\"\"\"") return multi_line_string('"');
    step();
    const std::size_t start = i_;
    bool escaped = false;
    while (peek() != '"') {
      if (at_end() || is_control(static_cast<unsigned char>(peek()))) throw Declined{};
      if (peek() == '\\') {
        escaped = true;
        step();
      }
      step();
    }
    const std::string_view raw = text_.substr(start, i_ - start);
    step();
    return escaped ? keep(unescape(raw)) : raw;
  }

  // """...""" (basic: with escapes) or '''...''' (literal: without).
  std::string_view multi_line_string(char quote) {
    const bool basic = quote == '"';
    const std::string_view delimiter = basic ? "\"\"\"" : "'''";
    step(3);
    if (at_newline()) newline();  // a break right after the opening quotes is not content
    std::string content;
    for (;;) {
      if (at_end()) throw Declined{};
      const char c = peek();
      if (c == quote && text_.substr(i_, 3) == delimiter) {
        std::size_t quotes = 0;
        while (peek(quotes) == quote) ++quotes;
        if (quotes > 5) throw Declined{};
        content.append(quotes - 3, quote);
        step(quotes);
        return keep(std::move(content));
      }
      if (c == '\r') throw Declined{};  // CRLF inside a string: toml++ decides
      if (c == '\n') {
        content.push_back('\n');
        newline();
        continue;
      }
      if (is_control(static_cast<unsigned char>(c))) throw Declined{};
      if (basic && c == '\\') {
        // A backslash at the end of a line joins it to the next, with the
        // white space around the break.
        std::size_t k = 1;
        while (peek(k) == ' ' || peek(k) == '\t') ++k;
        if (peek(k) == '\n') {
          step(k);
          while (peek() == ' ' || peek() == '\t' || peek() == '\n') {
            if (peek() == '\n')
              newline();
            else
              step();
          }
          if (peek() == '\r') throw Declined{};
          continue;
        }
        const std::size_t start = i_;
        const char kind = peek(1);
        const std::size_t length = kind == 'u' ? 6 : kind == 'U' ? 10 : 2;
        for (std::size_t n = 0; n < length; ++n) {
          if (at_end() || at_newline()) throw Declined{};
          step();
        }
        content += unescape(text_.substr(start, length));
        continue;
      }
      // This character (ordinary, or a quote that does not close), then the
      // ordinary ones up to the next special one, in one piece.
      const std::size_t start = i_;
      step();
      while (i_ < text_.size()) {
        const auto byte = static_cast<unsigned char>(text_[i_]);
        if (byte == quote || (basic && byte == '\\') || byte == '\n' || byte == '\r' || is_control(byte)) break;
        if ((byte & 0xC0) != 0x80) ++column_;
        ++i_;
      }
      content.append(text_.substr(start, i_ - start));
    }
  }

  std::string_view literal_string() {
    if (text_.substr(i_, 3) == "'''") return multi_line_string('\'');
    step();
    const std::size_t start = i_;
    while (peek() != '\'') {
      if (at_end() || is_control(static_cast<unsigned char>(peek()))) throw Declined{};
      step();
    }
    const std::string_view raw = text_.substr(start, i_ - start);
    step();
    return raw;
  }

  // The escapes of a basic string (TOML 1.0); anything else declines.
  static std::string unescape(std::string_view raw) {
    std::string out;
    out.reserve(raw.size());
    for (std::size_t k = 0; k < raw.size(); ++k) {
      if (raw[k] != '\\') {
        out.push_back(raw[k]);
        continue;
      }
      if (++k >= raw.size()) throw Declined{};
      switch (raw[k]) {
        case 'b':
          out.push_back('\b');
          break;
        case 't':
          out.push_back('\t');
          break;
        case 'n':
          out.push_back('\n');
          break;
        case 'f':
          out.push_back('\f');
          break;
        case 'r':
          out.push_back('\r');
          break;
        case '"':
          out.push_back('"');
          break;
        case '\\':
          out.push_back('\\');
          break;
        case 'u':
        case 'U': {
          const std::size_t digits = raw[k] == 'u' ? 4 : 8;
          if (k + digits >= raw.size()) throw Declined{};
          std::uint32_t code_point = 0;
          const auto [end, error] = std::from_chars(raw.data() + k + 1, raw.data() + k + 1 + digits, code_point, 16);
          if (error != std::errc{} || end != raw.data() + k + 1 + digits) throw Declined{};
          if (code_point > 0x10FFFF || (code_point >= 0xD800 && code_point <= 0xDFFF)) throw Declined{};
          util::append_utf8(out, char32_t(code_point));
          k += digits;
          break;
        }
        default:
          throw Declined{};
      }
    }
    return out;
  }

  // ---- numbers, dates and times

  unsigned digits(std::size_t count) {
    unsigned value = 0;
    for (std::size_t n = 0; n < count; ++n) {
      if (!is_digit(peek())) throw Declined{};
      value = value * 10 + unsigned(peek() - '0');
      step();
    }
    return value;
  }

  // Digits, at least one, where an underscore may stand between two of
  // them (TOML's 1_000); true when one did.
  bool digit_run() {
    if (!is_digit(peek())) throw Declined{};
    bool grouped = false;
    for (;;) {
      while (is_digit(peek())) step();
      if (peek() != '_') return grouped;
      if (!is_digit(peek(1))) throw Declined{};
      step();
      grouped = true;
    }
  }

  bool looks_like(std::string_view shape) const {  // 'd' a digit, anything else itself
    for (std::size_t n = 0; n < shape.size(); ++n) {
      const char c = peek(n);
      if (shape[n] == 'd' ? !is_digit(c) : c != shape[n]) return false;
    }
    return true;
  }

  struct Clock {
    unsigned hour, minute, second;
  };
  Clock read_time() {
    if (!looks_like("dd:dd:dd")) throw Declined{};  // seconds are required in TOML 1.0
    Clock time{digits(2), 0, 0};
    step();  // :
    time.minute = digits(2);
    step();  // :
    time.second = digits(2);
    if (peek() == '.') {
      step();
      const std::size_t start = i_;
      if (!is_digit(peek())) throw Declined{};
      while (is_digit(peek())) step();  // toml++ keeps nanoseconds; the day does not need them
      if (i_ - start > max_fraction_digits) throw Declined{};
    }
    if (time.hour > 23 || time.minute > 59 || time.second > 59) throw Declined{};
    return time;
  }

  void read_number_or_date(Value& value) {
    if (looks_like("dddd-dd-dd")) {
      const unsigned year = digits(4);
      step();
      const unsigned month = digits(2);
      step();
      const unsigned day = digits(2);
      const date::year_month_day ymd{date::year{int(year)}, date::month{month}, date::day{day}};
      if (!ymd.ok()) throw Declined{};
      value.kind = Kind::date;
      value.day = Day{ymd};
      const bool time_follows =
          (peek() == 'T' || peek() == 't' || peek() == ' ') && is_digit(peek(1)) && is_digit(peek(2)) && peek(3) == ':';
      if (!time_follows) return;
      step();
      const Clock time = read_time();
      std::optional<int> offset_minutes;
      if (peek() == 'Z' || peek() == 'z') {
        step();
        offset_minutes = 0;
      } else if (peek() == '+' || peek() == '-') {
        const int sign = peek() == '-' ? -1 : 1;
        step();
        const unsigned hours = digits(2);
        if (peek() != ':') throw Declined{};
        step();
        const unsigned minutes = digits(2);
        if (hours > 23 || minutes > 59) throw Declined{};
        offset_minutes = sign * int(hours * 60 + minutes);
      }
      value.kind = offset_minutes ? Kind::offset_date_time : Kind::local_date_time;
      value.day = day_from_parts(int(year), month, day, time.hour, time.minute, time.second, offset_minutes);
      return;
    }
    if (looks_like("dd:dd:dd")) {
      read_time();
      value.kind = Kind::time;
      return;
    }
    const std::size_t start = i_;
    if (peek() == '+' || peek() == '-') step();
    if (!is_digit(peek())) throw Declined{};                                       // +inf, -nan
    if (peek() == '0' && (is_digit(peek(1)) || peek(1) == '_')) throw Declined{};  // leading zeros
    bool grouped = digit_run();
    bool is_float = false;
    if (peek() == '.') {
      is_float = true;
      step();
      grouped |= digit_run();
    }
    if (peek() == 'e' || peek() == 'E') {
      is_float = true;
      step();
      if (peek() == '+' || peek() == '-') step();
      grouped |= digit_run();
    }
    if (i_ - start > max_number_length) throw Declined{};
    std::string_view token = text_.substr(start, i_ - start);
    if (token.starts_with('+')) token.remove_prefix(1);
    std::string ungrouped;  // 1_520_000: from_chars knows no underscores
    if (grouped) {
      std::copy_if(token.begin(), token.end(), std::back_inserter(ungrouped), [](char c) { return c != '_'; });
      token = ungrouped;
    }
    if (is_float) {
      const auto number = util::parse_double(token);
      if (!number) throw Declined{};
      value.number = *number;
      value.kind = Kind::floating;
    } else {
      const auto [end, error] = std::from_chars(token.data(), token.data() + token.size(), value.integer);
      if (error != std::errc{} || end != token.data() + token.size()) throw Declined{};
      value.kind = Kind::integer;
    }
  }

  std::string_view text_;
  const Streaming* streaming_;
  std::size_t i_ = 0;
  std::uint32_t line_ = 1;
  std::uint32_t column_ = 1;
  Value* root_ = nullptr;
  std::vector<Entry>* current_ = nullptr;  // null: the root table
  std::unordered_set<std::string_view> array_of_tables_;
  std::unordered_set<std::string_view> streamed_names_;
  bool streamed_ = false;
  std::string_view streamed_array_;
  Value streamed_table_;
  std::shared_ptr<std::deque<std::string>> strings_;
  std::unordered_set<std::string_view> keys_;                     // of the current table
  std::unordered_map<std::string_view, std::size_t> root_index_;  // keys and tables of the root, by name
  // No deeper than the structure guard allows: read() relies on it.
  static constexpr int max_depth = int(max_nesting);
  static constexpr std::size_t max_element_entries = 64;
  // toml++ refuses longer numbers ("exceeds length limit"), and more than
  // nine digits of a second mean nothing to a calendar day: both are left
  // to toml++, so that the two readers agree.
  static constexpr std::size_t max_number_length = 100;
  static constexpr std::size_t max_fraction_digits = 9;
  int depth_ = 0;
};

}  // namespace

Day day_from_parts(int year, unsigned month, unsigned day, unsigned hour, unsigned minute, unsigned second,
                   std::optional<int> offset_minutes) {
  const Day local_day = make_day(year, month, day);
  if (!offset_minutes) return local_day;
  using namespace std::chrono;
  const sys_seconds local_instant = local_day + hours{hour} + minutes{minute} + seconds{second};
  return coordination_day(local_instant - minutes{*offset_minutes});
}

std::optional<Document> read_fast(std::string_view text, const Streaming* streaming) {
  if (util::find_invalid_utf8(text)) return std::nullopt;
  try {
    return FastReader(text, streaming).read();
  } catch (const Declined&) {
    return std::nullopt;
  }
}

}  // namespace gnlc::toml_document
