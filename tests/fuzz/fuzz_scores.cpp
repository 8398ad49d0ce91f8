// libFuzzer target: the jury scores CSV parser.
#include <gnlc/scores.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const gnlc::Countries& countries = gnlc::Countries::builtin();
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  (void)gnlc::parse_scores(text, countries);
  return 0;
}
