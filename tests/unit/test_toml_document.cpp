// The fast TOML reader against toml++: for every file the fast reader
// accepts, toml++ must accept it too and give the same document (values,
// kinds, positions); and the fast reader must decline what lies outside
// its subset.
#include "toml/document.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace gnlc::toml_document;

namespace {

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// True when the fast reader accepts the text and toml++ reads it to the
// same document; false when the fast reader declines, so that a test of
// agreement cannot pass by the fast reader stepping aside.
bool agrees(const std::string& text) {
  const auto fast = read_fast(text);
  if (!fast) return false;
  const auto full = read_toml(text);
  const auto* document = std::get_if<Document>(&full);
  return document != nullptr && *document == *fast;
}

bool accepted(const std::string& text) { return read_fast(text).has_value(); }

}  // namespace

TEST_CASE("read_fast") {
  SUBCASE("agrees with toml++ on every TOML file of the project") {
    const std::filesystem::path source(GNLC_SOURCE_DIR);
    int files = 0, accepted_files = 0;
    for (const char* dir : {"examples", "tests/data", "data"})
      for (const auto& entry : std::filesystem::recursive_directory_iterator(source / dir)) {
        if (entry.path().extension() != ".toml" || !entry.is_regular_file()) continue;
        CAPTURE(entry.path());
        const std::string text = read_file(entry.path());
        ++files;
        if (!accepted(text)) continue;
        ++accepted_files;
        CHECK(agrees(text));
      }
    CHECK(files > 900);
    // The built-in calendar and the examples are read at every start-up:
    // toml++ would cost a one-file check a third of its time.
    for (const char* file :
         {"data/calls.toml", "examples/applications/ke-kilifi-county.toml", "examples/registry.toml"}) {
      CAPTURE(file);
      CHECK(accepted(read_file(source / file)));
    }
    CHECK(accepted_files > 300);  // the subset covers what the project's files are written in
  }

  SUBCASE("agrees with toml++ on the subset's corners") {
    // The last five: quoted keys and white space in headers, each of which
    // once sent a whole registry to toml++.
    for (const char* text : {"",
                             "format = 1\n",
                             "\xEF\xBB\xBF# a BOM\r\nformat = 1\r\n",
                             "a=1 # comment\n\n  [t]  # header\nb = 2",
                             "s = \"tab\\there \\\"q\\\" \\\\ \\u00e9 \\U0001F600\"\n",
                             "l = 'C:\\path'\n",
                             "m = \"\"\"\nfirst\nsecond \\\n    joined\"\"\"\n",
                             "q = \"\"\"x \"y\" z\"\"\"\n",
                             "m = \"\"\"a\"\"\"\"\"\n",
                             "m = '''\nx'''''\n",
                             "m = '''\nC:\\path\\ 'one' ''two'' S\u00F8nderborg\n\tend'''\n",
                             "i = -0\nj = +42\nk = 9223372036854775807\n",
                             "f = 1.5\ng = -0.0\nh = 6.02e23\ne = 1E-3\n",
                             "b = true\nc = false\n",
                             "d = 2024-02-29\nt = 07:32:00\nu = 07:32:00.5\n",
                             "dt = 2025-06-15T23:30:00-05:00\nz = 2025-01-01T00:00:00Z\nl = 2025-01-01 10:00:00\n",
                             "a = [1, 'x', [2, 3], 2025-01-01,]\nb = [\n  # comment\n  \"x\",\n\n  \"y\" # more\n]\n",
                             "[[m]]\nk = 1\n[[m]]\nk = 2\n[t]\nx = \"Sønderborg — Ø\"\n",
                             "p = 1_520_000\nq = -12_540.0_5\nr = 1_0e1_0\ns = 6.0e-1_2\n",
                             "[[c]]\ny = 1\n[c.s]\nk = 'a'\n[c.t]\nk = 'b'\n[[c]]\ny = 2\n[c.s]\nk = 'c'\n[x]\n",
                             "\"a\" = 1\n'b c' = 2\n\"\" = 3\n\"d\\u00e9\\\"\" = 4\n'e.f' = 5\n",
                             "[\"t\"]\nx = 1\n[ 'u v' ]\ny = 2\n",
                             "[[ m ]]\n\"city name\" = 'A'\n[[\tm\t]]\n'city name' = 'B'\n",
                             "[[c]]\n[ c . \"s\" ]\nk = 1\n[c.'t u']\nk = 2\n",
                             "format = 1\n[[member]]\ncity = \"A\"\n\"x\" = 1 # quoted\n[[member]]\ncity = 'B'\n"}) {
      CAPTURE(text);
      CHECK(agrees(text));
    }
  }

  SUBCASE("declines what lies outside the subset") {
    for (const char* text : {"a.b = 1\n",
                             "\"a\".b = 1\n",
                             "\"\"\"a\"\"\" = 1\n",
                             "\047\047\047a\047\047\047 = 1\n",
                             "\"a\" = 1\na = 2\n",
                             "a = 1\n'a' = 2\n",
                             "\"a\\qb\" = 1\n",
                             "\"a\nb\" = 1\n",
                             "[\"t\"]\n[t]\n",
                             "[[m]]\n[ [m] ]\n",
                             "[[ m ] ]\n",
                             "a = {b = 1}\n",
                             "a = 1__000\n",
                             "a = 1_\n",
                             "a = 1_.5\n",
                             "a = 0_1\n",
                             "a = 1.5_\n",
                             "a = 1e_5\n",
                             "[[c]]\n[c.s]\n[c.s]\n",
                             "[[c]]\ns = 1\n[c.s]\n",
                             "[c]\n[c.s]\n",
                             "[[c]]\n[c.s.t]\n",
                             "[c.s]\n",
                             "a = 0x10\n",
                             "a = 007\n",
                             "a = inf\n",
                             "a = nan\n",
                             "a = 2025-02-30\n",
                             "a = 24:00:00\n",
                             "a = 10:00\n",
                             "[a.b]\n",
                             "a = 1\na = 2\n",
                             "[t]\n[t]\n",
                             "t = 1\n[t]\n",
                             "[t]\n[[t]]\n",
                             "a = \"x\" # bell \x07\n",
                             "a = \"\xC3\"\n",
                             "a = \"tab\x01\"\n",
                             "a = 1 b\n",
                             "a = \"\\x\"\n",
                             "a = \"\\uD800\"\n",
                             "a = \"line\nbreak\"\n",
                             "a = 1\rb = 2\n",
                             "m = \"\"\"a\r\nb\"\"\"\n",
                             "d = 2025-06-15T23:30\\00+01:00\n",
                             "a = [1, 2\n",
                             "a = \"unterminated\n"}) {
      CAPTURE(text);
      CHECK_FALSE(accepted(text));
    }
  }

  SUBCASE("leaves long numbers, long fractions of a second and crowded elements to toml++") {
    const std::string digits_100(100, '1'), digits_101(101, '1');
    CHECK(agrees("a = " + digits_100.substr(0, 18) + "\nf = 1." + digits_100.substr(2) + "\n"));  // 100 bytes
    CHECK_FALSE(accepted("f = 1." + digits_101.substr(2) + "\n"));                                // 101 bytes
    CHECK(agrees("t = 07:32:00.123456789\nd = 2025-01-01T07:32:00.123456789Z\n"));
    CHECK_FALSE(accepted("t = 07:32:00.1234567891\n"));
    CHECK_FALSE(accepted("d = 2025-01-01T07:32:00.1234567891Z\n"));
    // [a.kN] headers in one element: a scan of at most 64 entries each.
    const auto element = [](int subtables) {
      std::string text = "[[a]]\n";
      for (int n = 0; n < subtables; ++n) text += "[a.k" + std::to_string(n) + "]\n";
      return text;
    };
    CHECK(agrees(element(65)));
    CHECK_FALSE(accepted(element(66)));
  }

  SUBCASE("streams arrays of tables in both readers") {
    const std::string text = "format = 1\n[[member]]\ncity = \"A\"\n[[member]]\ncity = \"B\"\nreports = [2022-11-30]\n";
    std::vector<Value> fast_tables, full_tables;
    Streaming fast{[&](std::string_view array, const Value& table) {
                     CHECK(array == "member");
                     fast_tables.push_back(table);
                   },
                   nullptr};
    Streaming full{[&](std::string_view, const Value& table) { full_tables.push_back(table); }, nullptr};
    const auto fast_document = read_fast(text, &fast);
    REQUIRE(fast_document.has_value());
    const auto full_document = read_toml(text, &full);
    REQUIRE(std::holds_alternative<Document>(full_document));
    CHECK(fast_tables == full_tables);
    CHECK(fast_tables.size() == 2u);
    CHECK(*fast_document == std::get<Document>(full_document));  // neither keeps the streamed tables
    CHECK(fast_document->root.entries.size() == 1u);
  }

  SUBCASE("restarts with toml++ when the fast reader declines after streaming") {
    // Two members reach the consumer, then an inline table makes the fast
    // reader decline: the consumer is told to forget them, and toml++ hands
    // over every member again, so none is seen twice.
    const std::string text =
        "format = 1\n[[member]]\ncity = \"A\"\n[[member]]\ncity = \"B\"\n[[member]]\ncity = {name = \"C\"}\n";
    std::vector<std::string> cities;
    int restarts = 0;
    Streaming streaming{[&](std::string_view, const Value& table) {
                          const Value* city = find(table.entries, "city");
                          REQUIRE(city != nullptr);
                          cities.emplace_back(city->kind == Value::Kind::string ? city->text : "(table)");
                        },
                        [&] {
                          ++restarts;
                          cities.clear();
                        }};
    const auto document = read(text, &streaming);
    REQUIRE(std::holds_alternative<Document>(document));
    CHECK(restarts == 1);
    CHECK(cities == std::vector<std::string>{"A", "B", "(table)"});
    CHECK(std::get<Document>(document).root.entries.size() == 1u);
  }

  SUBCASE("restarts, then answers with toml++'s error, for invalid TOML after streamed tables") {
    const std::string text = "[[member]]\ncity = \"A\"\n[[member]]\ncity = \"B\"\ncity = \"C\"\n";
    int tables = 0, restarts = 0;
    Streaming streaming{[&](std::string_view, const Value&) { ++tables; },
                        [&] {
                          ++restarts;
                          tables = 0;
                        }};
    const auto document = read(text, &streaming);
    REQUIRE(std::holds_alternative<gnlc::Diagnostic>(document));
    CHECK(std::get<gnlc::Diagnostic>(document).rule == "toml-syntax");
    CHECK(std::get<gnlc::Diagnostic>(document).position == gnlc::Position{5, 1});
    CHECK(restarts == 1);
    CHECK(tables == 0);  // toml++ hands nothing over from a file it refuses
  }

  SUBCASE("does not restart a file it reads to the end") {
    const std::string text = "format = 1\n[[member]]\n\"city\" = \"A\"\n[[ member ]]\ncity = 'B'\n";
    int tables = 0, restarts = 0;
    Streaming streaming{[&](std::string_view, const Value&) { ++tables; }, [&] { ++restarts; }};
    REQUIRE(std::holds_alternative<Document>(read(text, &streaming)));
    CHECK(tables == 2);
    CHECK(restarts == 0);
  }

  SUBCASE("accepts nothing the structure guard refuses, so read() needs the guard only before toml++") {
    const auto nested = [](std::size_t depth) {
      return "a = " + std::string(depth, '[') + "1" + std::string(depth, ']') + "\n";
    };
    CHECK(agrees(nested(max_nesting)));
    CHECK_FALSE(check_structure(nested(max_nesting)).has_value());
    CHECK_FALSE(accepted(nested(max_nesting + 1)));
    const auto refused = read(nested(max_nesting + 1));
    REQUIRE(std::holds_alternative<gnlc::Diagnostic>(refused));
    CHECK(std::get<gnlc::Diagnostic>(refused).message == "arrays and inline tables nested more than 32 deep");
    CHECK(std::get<gnlc::Diagnostic>(refused).position == gnlc::Position{1, 37});
  }

  SUBCASE("a document holding nan equals itself read again") {
    // The streaming read and the whole read of `x = nan` (found by
    // fuzz_registry) are the same document; double's == alone says not.
    for (const std::string text : {"x = nan\n", "x = [-nan, 1.5]\n[t]\ny = +nan\n"}) {
      CAPTURE(text);
      Streaming streaming{[](std::string_view, const Value&) {}, [] {}};
      const auto streamed = read(text, &streaming);
      const auto whole = read_toml(text);
      REQUIRE(std::holds_alternative<Document>(streamed));
      REQUIRE(std::holds_alternative<Document>(whole));
      CHECK(std::get<Document>(streamed) == std::get<Document>(whole));
    }
    CHECK_FALSE(std::get<Document>(read_toml("x = nan\n")) == std::get<Document>(read_toml("x = 1.5\n")));
  }
}

TEST_CASE("check_structure") {
  const auto refused_at = [](const std::string& text) -> std::optional<gnlc::Position> {
    const auto refused = check_structure(text);
    if (!refused) return std::nullopt;
    CHECK(refused->rule == "toml-syntax");
    return refused->position;
  };
  std::string parts;
  for (std::size_t i = 1; i < max_key_parts; ++i) parts += "a.";
  // 32 parts pass, 33 do not, wherever the key is.
  CHECK_FALSE(refused_at(parts + "b = 1\n"));
  CHECK(refused_at(parts + "a.b = 1\n") == gnlc::Position{1, 64});
  CHECK_FALSE(refused_at("[" + parts + "b]\n"));
  CHECK(refused_at("[" + parts + "a.b]\n"));
  CHECK(refused_at("x = 1\n[[" + parts + "a.b]]\n") == gnlc::Position{2, 66});
  CHECK(refused_at("x = { " + parts + "a.b = 1 }\n"));
  CHECK(refused_at("x = [{ " + parts + "a.b = 1 }]\n"));
  std::string quoted;
  for (std::size_t i = 0; i < max_key_parts; ++i) quoted += "\"a\".";
  CHECK(refused_at(quoted + "'b' = 1\n"));
  // Dots inside strings, comments and values are not key parts.
  CHECK_FALSE(refused_at("x = \"" + parts + parts + "\"\n"));
  CHECK_FALSE(refused_at("x = '" + parts + parts + "'\n"));
  CHECK_FALSE(refused_at("x = \"\"\"\n" + parts + parts + "\n\"\"\"\n"));
  CHECK_FALSE(refused_at("x = '''" + parts + "\n" + parts + "''''\n"));
  CHECK_FALSE(refused_at("x = \"\\\"" + parts + parts + "\"\n"));
  CHECK_FALSE(refused_at("# " + parts + parts + "\nx = 1\n"));
  CHECK_FALSE(refused_at("x = [" + std::string(200, ' ') + "1.5, 2.5, 1979-05-27T07:32:00.999]\n"));
  std::string floats = "x = [";
  for (int i = 0; i < 100; ++i) floats += "1.5,\n";
  CHECK_FALSE(refused_at(floats + "]\n"));
  // Nesting: 32 levels pass, 33 do not; headers do not nest.
  CHECK_FALSE(refused_at("x = " + std::string(32, '[') + std::string(32, ']') + "\n"));
  CHECK(refused_at("x = " + std::string(33, '[') + std::string(33, ']') + "\n") == gnlc::Position{1, 37});
  CHECK(refused_at("x = " + std::string(20, '[') + "{a = " + std::string(12, '[') + "{}" + "\n"));
  std::string headers;
  for (int i = 0; i < 100; ++i) headers += "[[a]]\nb = [[1], [2]]\n";
  CHECK_FALSE(refused_at(headers));
  // Every reader answers with the guard's diagnostic, never a crash.
  std::string deep;
  for (int i = 0; i < 30000; ++i) deep += "a.";
  deep += "b = 1\n";
  const auto read_result = read(deep);
  REQUIRE(std::holds_alternative<gnlc::Diagnostic>(read_result));
  CHECK(std::get<gnlc::Diagnostic>(read_result).message == "a key of more than 32 dotted parts");
  CHECK(std::holds_alternative<gnlc::Diagnostic>(read_toml("[" + deep + "]")));
}
