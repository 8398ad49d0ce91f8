// A streaming JSON writer: one document, written as it is produced, with
// every string escaped as RFC 8259 requires (and invalid UTF-8 replaced).
#pragma once

#include <gnlc/util/output.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace gnlc::util {

class JsonWriter {
 public:
  explicit JsonWriter(util::Writer& out) : out_(out) {}
  ~JsonWriter();
  JsonWriter(const JsonWriter&) = delete;
  JsonWriter& operator=(const JsonWriter&) = delete;

  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  JsonWriter& key(std::string_view name);

  JsonWriter& string(std::string_view text);
  JsonWriter& number(std::int64_t value);
  JsonWriter& number(int value) { return number(std::int64_t{value}); }
  // long long where int64_t is long (Linux), long where it is long long (WebAssembly).
  JsonWriter& number(std::conditional_t<std::is_same_v<std::int64_t, long>, long long, long> value) {
    return number(std::int64_t(value));
  }
  JsonWriter& number(std::size_t value) { return number(std::int64_t(value)); }
  JsonWriter& number(double value);
  JsonWriter& boolean(bool value);
  JsonWriter& null();
  template <class T>
  JsonWriter& optional_string(const std::optional<T>& text) {
    return text ? string(*text) : null();
  }
  template <class T>
  JsonWriter& optional_number(const std::optional<T>& value) {
    return value ? number(*value) : null();
  }

  // Ends the document with a newline and hands the bytes to the writer.
  void finish();

 private:
  void before_value();
  void newline();
  void flush_if_large();

  util::Writer& out_;
  std::string buffer_;
  // One entry per open container: true while it is still empty.
  std::vector<bool> empty_;
  bool after_key_ = false;
};

// The JSON string literal of a text, quotes included.
std::string json_quote(std::string_view text);

}  // namespace gnlc::util
