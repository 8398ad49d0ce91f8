#include "document.hpp"

#include "../toml_support.hpp"

#include <gnlc/util/unicode.hpp>

#include <algorithm>
#include <charconv>

namespace gnlc::registry_document {
namespace {

Value from_node(const toml::node& node) {
  Value value;
  value.position = detail::position_of(node);
  value.type_name = detail::toml_type_name(node);
  if (const auto* text = node.as_string()) {
    value.kind = Value::Kind::string;
    value.text = text->get();
  } else if (const auto* integer = node.as_integer()) {
    value.kind = Value::Kind::integer;
    value.integer = integer->get();
  } else if (const auto day = detail::day_of(node)) {
    value.kind = Value::Kind::date;
    value.day = *day;
  } else if (const auto* array = node.as_array()) {
    value.kind = Value::Kind::array;
    value.elements.reserve(array->size());
    for (const toml::node& element : *array) value.elements.push_back(from_node(element));
  }
  return value;
}

// toml++ keeps keys sorted; the fast reader keeps them as written.
void sort_in_file_order(std::vector<Entry>& entries) {
  std::sort(entries.begin(), entries.end(),
            [](const Entry& a, const Entry& b) { return a.key_position < b.key_position; });
}

std::vector<Entry> entries_of(const toml::table& table) {
  std::vector<Entry> entries;
  entries.reserve(table.size());
  for (const auto& [key, node] : table)
    entries.push_back({std::string(key.str()), detail::position_of(key.source()), from_node(node)});
  sort_in_file_order(entries);
  return entries;
}

// ---- The fast reader: a line scanner for the registry's plain subset.

class Scanner {
 public:
  Scanner(std::string_view text, const std::function<void(Table&&)>& on_member)
      : text_(text), on_member_(on_member) {}

  std::optional<Document> read() {
    Document document;
    std::vector<std::string_view> keys;  // of the current table: a handful, searched linearly
    Table* table = nullptr;
    const auto hand_over = [&] {
      if (on_member_ && !document.members.empty()) {
        on_member_(std::move(document.members.back()));
        document.members.pop_back();
      }
    };
    while (next_line()) {
      skip_blanks();
      if (at_end_of_content()) {
        if (!comment_ok()) return std::nullopt;
        continue;
      }
      if (line_[i_] == '[') {
        if (line_.substr(i_, 10) != "[[member]]") return std::nullopt;
        const Position header = here();
        advance(10);
        skip_blanks();
        if (!at_end_of_content() || !comment_ok()) return std::nullopt;
        hand_over();
        document.members.push_back({header, {}});
        table = &document.members.back();
        keys.clear();
        continue;
      }
      Entry entry;
      entry.key_position = here();
      const std::size_t key_start = i_;
      while (i_ < line_.size() && is_bare_key_char(line_[i_])) ++i_;
      if (i_ == key_start) return std::nullopt;
      const std::string_view key = line_.substr(key_start, i_ - key_start);
      column_ += std::uint32_t(i_ - key_start);
      skip_blanks();
      if (i_ >= line_.size() || line_[i_] != '=') return std::nullopt;  // dotted or quoted keys, or junk
      advance(1);
      skip_blanks();
      auto value = read_value();
      if (!value) return std::nullopt;
      skip_blanks();
      if (!at_end_of_content() || !comment_ok()) return std::nullopt;
      if (std::find(keys.begin(), keys.end(), key) != keys.end()) return std::nullopt;  // toml++ reports it
      keys.push_back(key);
      if (table == nullptr && key == "member") return std::nullopt;
      entry.key = key;
      entry.value = std::move(*value);
      (table ? table->entries : document.top).push_back(std::move(entry));
    }
    hand_over();
    return document;
  }

 private:
  static bool is_bare_key_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
  }
  static bool is_digit(char c) { return c >= '0' && c <= '9'; }

  bool next_line() {
    if (offset_ > text_.size() || (offset_ == text_.size() && line_number_ > 0)) return false;
    const std::size_t end = text_.find('\n', offset_);
    line_ = text_.substr(offset_, end == std::string_view::npos ? std::string_view::npos : end - offset_);
    offset_ = end == std::string_view::npos ? text_.size() + 1 : end + 1;
    if (line_.ends_with('\r')) line_.remove_suffix(1);
    ++line_number_;
    i_ = 0;
    column_ = 1;
    if (line_number_ == 1 && line_.starts_with("\xEF\xBB\xBF")) {  // a BOM, which toml++ also skips
      line_.remove_prefix(3);
    }
    return true;
  }

  Position here() const { return {line_number_, column_}; }
  void advance(std::size_t bytes) {
    i_ += bytes;
    column_ += std::uint32_t(bytes);
  }
  void skip_blanks() {
    while (i_ < line_.size() && (line_[i_] == ' ' || line_[i_] == '\t')) advance(1);
  }
  bool at_end_of_content() const { return i_ >= line_.size() || line_[i_] == '#'; }
  // A comment may hold no control character but tab (TOML 1.0), nor a bare CR.
  bool comment_ok() const {
    for (std::size_t k = i_; k < line_.size(); ++k) {
      const auto c = static_cast<unsigned char>(line_[k]);
      if ((c < 0x20 && c != '\t') || c == 0x7F) return false;
    }
    return true;
  }

  std::optional<Value> read_value() {
    if (i_ >= line_.size()) return std::nullopt;
    const char c = line_[i_];
    if (c == '"') return read_string();
    if (c == '[') return read_array();
    if (is_digit(c) || c == '+' || c == '-') return read_number_or_date();
    return std::nullopt;  // booleans, literal strings, inline tables, floats...: toml++
  }

  std::optional<Value> read_string() {
    Value value;
    value.kind = Value::Kind::string;
    value.type_name = "string";
    value.position = here();
    if (line_.substr(i_, 3) == "\"\"\"") return std::nullopt;
    std::size_t k = i_ + 1;
    std::uint32_t code_points = 1;
    while (k < line_.size() && line_[k] != '"') {
      const auto byte = static_cast<unsigned char>(line_[k]);
      if (byte == '\\' || (byte < 0x20 && byte != '\t') || byte == 0x7F) return std::nullopt;  // escapes: toml++
      if ((byte & 0xC0) != 0x80) ++code_points;
      ++k;
    }
    if (k >= line_.size()) return std::nullopt;
    value.text = line_.substr(i_ + 1, k - i_ - 1);
    i_ = k + 1;
    column_ += code_points + 1;
    return value;
  }

  // A local date (YYYY-MM-DD, not followed by a time) or a plain decimal integer.
  std::optional<Value> read_number_or_date() {
    Value value;
    value.position = here();
    std::size_t k = i_;
    while (k < line_.size() && (is_digit(line_[k]) || line_[k] == '-' || line_[k] == '+')) ++k;
    const std::string_view token = line_.substr(i_, k - i_);
    if (k < line_.size() && !(line_[k] == ' ' || line_[k] == '\t' || line_[k] == '#' || line_[k] == ',' ||
                              line_[k] == ']'))
      return std::nullopt;  // a time, a float, underscores...
    if (token.size() == 10 && token[4] == '-' && token[7] == '-') {
      const auto day = parse_iso_day(token);
      if (!day) return std::nullopt;  // toml++ reports the impossible date
      if (k + 1 < line_.size() && line_[k] == ' ' && is_digit(line_[k + 1])) return std::nullopt;  // date time
      value.kind = Value::Kind::date;
      value.type_name = "date";
      value.day = *day;
    } else {
      std::string_view digits = token;
      if (digits.starts_with('+') || digits.starts_with('-')) digits.remove_prefix(1);
      if (digits.empty() || (digits.size() > 1 && digits[0] == '0')) return std::nullopt;
      for (char d : digits)
        if (!is_digit(d)) return std::nullopt;
      std::int64_t number = 0;
      const char* begin = token.data() + (token.starts_with('+') ? 1 : 0);
      const auto [end, error] = std::from_chars(begin, token.data() + token.size(), number);
      if (error != std::errc{} || end != token.data() + token.size()) return std::nullopt;
      value.kind = Value::Kind::integer;
      value.type_name = "integer";
      value.integer = number;
    }
    advance(token.size());
    return value;
  }

  // A one-line array of dates, possibly empty, with an optional trailing comma.
  std::optional<Value> read_array() {
    Value value;
    value.kind = Value::Kind::array;
    value.type_name = "array";
    value.position = here();
    advance(1);
    skip_blanks();
    while (i_ < line_.size() && line_[i_] != ']') {
      auto element = read_number_or_date();
      if (!element || element->kind != Value::Kind::date) return std::nullopt;
      value.elements.push_back(std::move(*element));
      skip_blanks();
      if (i_ < line_.size() && line_[i_] == ',') {
        advance(1);
        skip_blanks();
      } else if (i_ >= line_.size() || line_[i_] != ']') {
        return std::nullopt;
      }
    }
    if (i_ >= line_.size()) return std::nullopt;  // arrays over several lines: toml++
    advance(1);
    return value;
  }

  std::string_view text_;
  const std::function<void(Table&&)>& on_member_;
  std::size_t offset_ = 0;
  std::string_view line_;
  std::uint32_t line_number_ = 0;
  std::size_t i_ = 0;
  std::uint32_t column_ = 1;
};

}  // namespace

std::optional<Document> read_fast(std::string_view text, const std::function<void(Table&&)>& on_member) {
  if (util::find_invalid_utf8(text)) return std::nullopt;
  return Scanner(text, on_member).read();
}

std::variant<Document, Diagnostic> read_toml(std::string_view text) {
  auto parsed = detail::parse_toml(text);
  if (auto* error = std::get_if<Diagnostic>(&parsed)) return std::move(*error);
  const toml::table& root = std::get<toml::table>(parsed);
  Document document;
  for (const auto& [key, node] : root) {
    if (key.str() != "member") {
      document.top.push_back({std::string(key.str()), detail::position_of(key.source()), from_node(node)});
      continue;
    }
    const toml::array* array = node.as_array();
    if (array == nullptr || !array->is_array_of_tables()) {
      document.member_not_tables = detail::position_of(node);
      continue;
    }
    document.members.reserve(array->size());
    for (const toml::node& element : *array)
      document.members.push_back({detail::position_of(element), entries_of(*element.as_table())});
  }
  sort_in_file_order(document.top);
  return document;
}

}  // namespace gnlc::registry_document
