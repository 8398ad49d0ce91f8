// libFuzzer target: the application parser and every single-file rule;
// and the fast TOML reader against toml++: whatever the fast reader
// accepts, toml++ must read to the same document.
#include "toml/document.hpp"

#include <gnlc/check.hpp>

#include <cstdlib>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const gnlc::Calendar& calendar = gnlc::Calendar::builtin();
  static const gnlc::Countries& countries = gnlc::Countries::builtin();
  const gnlc::CheckContext context{calendar, countries, gnlc::make_day(2025, 8, 1)};
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  if (const auto fast = gnlc::toml_document::read_fast(text)) {
    const auto full = gnlc::toml_document::read_toml(text);
    const auto* document = std::get_if<gnlc::toml_document::Document>(&full);
    if (document == nullptr || !(*document == *fast)) std::abort();
  }
  // The same file twice in one batch: the batch rules judge the second
  // against the first, and the submission cap holds both back till finish().
  static const std::string path = "fuzz.toml";
  gnlc::BatchRules batch([](std::size_t) { return path; });
  std::size_t emitted = 0;
  const gnlc::BatchRules::Emit emit = [&](gnlc::FileReport&) { ++emitted; };
  batch.add(gnlc::check_application(path, text, context), 0, emit);
  batch.add(gnlc::check_application(path, text, context), 1, emit);
  batch.finish(emit);
  if (emitted != 2) std::abort();
  return 0;
}
