#include <gnlc/util/json.hpp>

#include <gnlc/util/text_safety.hpp>
#include <gnlc/util/unicode.hpp>

#include <fmt/format.h>

#include <cmath>

namespace gnlc::util {
namespace {

void append_quoted(std::string& out, std::string_view text) {
  static constexpr char hex[] = "0123456789abcdef";
  out.push_back('"');
  std::size_t i = 0;
  while (i < text.size()) {
    // Runs of printable ASCII, most of any document, are copied whole.
    std::size_t plain = i;
    while (plain < text.size() && text[plain] >= 0x20 && text[plain] < 0x7F && text[plain] != '"' &&
           text[plain] != '\\')
      ++plain;
    if (plain > i) {
      out.append(text.substr(i, plain - i));
      i = plain;
      continue;
    }
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80) {
      const auto bad = util::find_invalid_utf8(text.substr(i, 4).substr(0, c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2));
      if (bad) {
        out += "\\ufffd";
        ++i;
        continue;
      }
      std::size_t next = i;
      const char32_t cp = util::decode_utf8(text, next);
      // C1 and bidirectional controls, and the separators that are valid
      // JSON but not JavaScript: escaped, so a reader gets the same string
      // and a terminal showing the document sees no raw control.
      if (util::is_unsafe_code_point(cp)) {
        out += "\\u";
        for (int shift = 12; shift >= 0; shift -= 4) out.push_back(hex[(cp >> shift) & 0xF]);
      } else
        out.append(text.substr(i, next - i));
      i = next;
      continue;
    }
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      default:
        if (c < 0x20 || c == 0x7F) {
          out += "\\u00";
          out.push_back(hex[c >> 4]);
          out.push_back(hex[c & 0xF]);
        } else {
          out.push_back(char(c));
        }
    }
    ++i;
  }
  out.push_back('"');
}

}  // namespace

std::string json_quote(std::string_view text) {
  std::string out;
  append_quoted(out, text);
  return out;
}

JsonWriter::~JsonWriter() {
  if (!buffer_.empty()) out_.write(buffer_);
}

void JsonWriter::newline() {
  buffer_.push_back('\n');
  buffer_.append(2 * empty_.size(), ' ');
}

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!empty_.empty()) {
    if (!empty_.back()) buffer_.push_back(',');
    empty_.back() = false;
    newline();
  }
}

void JsonWriter::flush_if_large() {
  if (buffer_.size() >= 32 * 1024) {
    out_.write(buffer_);
    buffer_.clear();
  }
}

JsonWriter& JsonWriter::begin_object() {
  before_value();
  buffer_.push_back('{');
  empty_.push_back(true);
  return *this;
}

JsonWriter& JsonWriter::end_object() {
  const bool was_empty = empty_.back();
  empty_.pop_back();
  if (!was_empty) newline();
  buffer_.push_back('}');
  flush_if_large();
  return *this;
}

JsonWriter& JsonWriter::begin_array() {
  before_value();
  buffer_.push_back('[');
  empty_.push_back(true);
  return *this;
}

JsonWriter& JsonWriter::end_array() {
  const bool was_empty = empty_.back();
  empty_.pop_back();
  if (!was_empty) newline();
  buffer_.push_back(']');
  flush_if_large();
  return *this;
}

JsonWriter& JsonWriter::key(std::string_view name) {
  before_value();
  append_quoted(buffer_, name);
  buffer_ += ": ";
  after_key_ = true;
  return *this;
}

JsonWriter& JsonWriter::string(std::string_view text) {
  before_value();
  append_quoted(buffer_, text);
  return *this;
}

JsonWriter& JsonWriter::number(std::int64_t value) {
  before_value();
  fmt::format_to(std::back_inserter(buffer_), "{}", value);
  return *this;
}

JsonWriter& JsonWriter::number(double value) {
  before_value();
  if (std::isfinite(value))
    fmt::format_to(std::back_inserter(buffer_), "{}", value);
  else
    buffer_ += "null";
  return *this;
}

JsonWriter& JsonWriter::boolean(bool value) {
  before_value();
  buffer_ += value ? "true" : "false";
  return *this;
}

JsonWriter& JsonWriter::null() {
  before_value();
  buffer_ += "null";
  return *this;
}

void JsonWriter::finish() {
  buffer_.push_back('\n');
  out_.write(buffer_);
  buffer_.clear();
}

}  // namespace gnlc::util
