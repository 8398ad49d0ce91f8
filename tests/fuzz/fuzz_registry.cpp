// libFuzzer target: the members registry parser and the report statuses.
// It also checks the TOML readers against each other: whatever the fast
// reader accepts, toml++ must read to the same document; and the
// streaming read a registry uses (arrays of tables handed over one table
// at a time, by the fast reader or, after a restart, by toml++) must hand
// over the same tables and keep the same rest as toml++ reading the whole
// document.
#include "toml/document.hpp"

#include <gnlc/registry.hpp>
#include <gnlc/reports.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <utility>
#include <vector>

namespace {
using gnlc::toml_document::Document;
using gnlc::toml_document::Entry;
using gnlc::toml_document::Value;

struct Tables {
  std::vector<Entry> rest;                                   // root entries that are not streamed
  std::vector<std::pair<std::string_view, Value>> streamed;  // (array name, table), grouped by array
};

bool is_array_of_tables(const Value& value) {
  return value.kind == Value::Kind::array && !value.elements.empty() &&
         std::all_of(value.elements.begin(), value.elements.end(),
                     [](const Value& element) { return element.kind == Value::Kind::table; });
}

// One form for both reads: every non-empty array of tables at the root
// as (name, table) pairs, the rest as it is.
void normalise(Tables& tables) {
  std::vector<Entry> rest;
  for (Entry& entry : tables.rest) {
    if (is_array_of_tables(entry.value))
      for (Value& element : entry.value.elements) tables.streamed.emplace_back(entry.key, std::move(element));
    else
      rest.push_back(std::move(entry));
  }
  tables.rest = std::move(rest);
  std::stable_sort(tables.streamed.begin(), tables.streamed.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
}

void compare_streaming(std::string_view text) {
  Tables streamed;
  gnlc::toml_document::Streaming streaming{
      [&](std::string_view array, const Value& table) { streamed.streamed.emplace_back(array, table); },
      [&] { streamed.streamed.clear(); }};
  const auto read = gnlc::toml_document::read(text, &streaming);
  const auto whole = gnlc::toml_document::read_toml(text);
  const auto* streamed_document = std::get_if<Document>(&read);
  const auto* whole_document = std::get_if<Document>(&whole);
  // Both read it, or neither does. Where neither does, the positions may
  // differ: the structure guard stops at the first key part or bracket past
  // its limit, toml++ (behind the same guard only in read()) elsewhere.
  if ((streamed_document == nullptr) != (whole_document == nullptr)) std::abort();
  if (streamed_document == nullptr) return;
  streamed.rest = streamed_document->root.entries;
  Tables expected{whole_document->root.entries, {}};
  normalise(streamed);
  normalise(expected);
  if (streamed.rest != expected.rest || streamed.streamed != expected.streamed) std::abort();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const gnlc::Countries& countries = gnlc::Countries::builtin();
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  if (const auto fast = gnlc::toml_document::read_fast(text)) {
    const auto full = gnlc::toml_document::read_toml(text);
    const auto* document = std::get_if<Document>(&full);
    if (document == nullptr || !(*document == *fast)) std::abort();
  }
  compare_streaming(text);
  const gnlc::RegistryParse parsed = gnlc::parse_registry(text, countries, gnlc::Calendar::builtin());
  if (parsed.registry)
    for (const gnlc::Member& member : parsed.registry->members())
      (void)gnlc::report_status(member, gnlc::make_day(2026, 1, 1), gnlc::Calendar::builtin().report_rounds(), 60);
  return 0;
}
