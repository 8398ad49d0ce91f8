// libFuzzer target: the application parser and every single-file rule.
#include <gnlc/check.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const gnlc::Calendar& calendar = gnlc::Calendar::builtin();
  static const gnlc::Countries& countries = gnlc::Countries::builtin();
  const gnlc::CheckContext context{calendar, countries, gnlc::make_day(2025, 8, 1)};
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  gnlc::FileReport report = gnlc::check_application("fuzz.toml", text, context);
  gnlc::BatchRules batch;
  batch.apply(report);
  return 0;
}
