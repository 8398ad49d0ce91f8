// libFuzzer target: the members registry parser and the report statuses.
// It also checks the fast TOML reader against toml++: whatever the fast
// reader accepts, toml++ must read to the same document.
#include "toml/document.hpp"

#include <gnlc/registry.hpp>
#include <gnlc/reports.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const gnlc::Countries& countries = gnlc::Countries::builtin();
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  if (const auto fast = gnlc::toml_document::read_fast(text)) {
    const auto full = gnlc::toml_document::read_toml(text);
    const auto* document = std::get_if<gnlc::toml_document::Document>(&full);
    if (document == nullptr || !(*document == *fast)) std::abort();
  }
  const gnlc::RegistryParse parsed = gnlc::parse_registry(text, countries, gnlc::Calendar::builtin());
  if (parsed.registry)
    for (const gnlc::Member& member : parsed.registry->members())
      (void)gnlc::report_status(member, gnlc::make_day(2026, 1, 1), gnlc::Calendar::builtin().report_rounds(), 60);
  return 0;
}
