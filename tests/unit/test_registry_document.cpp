// The registry's fast reader against toml++: for every registry the fast
// reader accepts, the two must produce the same document; and it must
// decline what lies outside its subset.
#include "registry/document.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace gnlc::registry_document;

namespace {

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

bool same_as_toml(const std::string& text) {
  const auto fast = read_fast(text);
  REQUIRE(fast.has_value());
  const auto full = read_toml(text);
  const auto* document = std::get_if<Document>(&full);
  return document != nullptr && *document == *fast;
}

}  // namespace

TEST_CASE("read_fast") {
  SUBCASE("agrees with toml++ on the project's registries") {
    const std::filesystem::path source(GNLC_SOURCE_DIR);
    std::vector<std::filesystem::path> files{source / "examples" / "registry.toml"};
    for (const char* dir : {"tests/data/registry", "tests/data/registries"})
      for (const auto& entry : std::filesystem::directory_iterator(source / dir))
        if (entry.path().extension() == ".toml") files.push_back(entry.path());
    int accepted = 0;
    for (const auto& file : files) {
      CAPTURE(file);
      const std::string text = read_file(file);
      if (!read_fast(text)) continue;
      ++accepted;
      CHECK(same_as_toml(text));
    }
    CHECK(accepted >= 5);
  }

  SUBCASE("agrees with toml++ on the subset's corners") {
    CHECK(same_as_toml(""));
    CHECK(same_as_toml("format = 1\n"));
    CHECK(same_as_toml("\xEF\xBB\xBF# a BOM\r\nformat = 1\r\n"));
    CHECK(same_as_toml("format=1 # comment\n\n[[member]]  # one\ncity=\"Sønderborg — Ø\"\t\ncountry = \"DK\"\n"
                       "admitted = 2020-02-29\nreports = [ 2022-02-28 ,2024-02-29, ]\ncall = -0\n"));
    CHECK(same_as_toml("[[member]]\nreports = []\nx-y_z = +42\n[[member]]\n"));
  }

  SUBCASE("declines what lies outside the subset") {
    for (const char* text : {"a = 'literal'\n", "a = \"\"\"multi\"\"\"\n", "a = \"esc\\\"aped\"\n", "a = 1.5\n",
                             "a = true\n", "a = 1_000\n", "a = 007\n", "a = 2025-02-30\n", "a = 2025-01-01T10:00:00\n",
                             "a = 2025-01-01 10:00:00\n", "a.b = 1\n", "\"a\" = 1\n", "[member]\n", "[[other]]\n",
                             "a = [\n2025-01-01]\n", "a = [1]\n", "a = {b = 1}\n", "a = 1\na = 2\n", "member = 1\n",
                             "a = \"x\" # bell \x07\n", "a = \"\xC3\"\n", "a = \"tab\x01\"\n", "a = 1 b\n"}) {
      CAPTURE(text);
      CHECK_FALSE(read_fast(text).has_value());
    }
  }
}
