// util/strings: edit distance, "did you mean", splitting and integers.
#include <doctest/doctest.h>
#include <gnlc/util/strings.hpp>

#include <array>
#include <cmath>
#include <limits>
#include <optional>
#include <string_view>
#include <vector>

using gnlc::util::closest_match;
using gnlc::util::edit_distance;
using gnlc::util::parse_double;
using gnlc::util::parse_integer;
using gnlc::util::split;
using gnlc::util::split_into;
using namespace std::string_view_literals;

namespace {
using Parts = std::vector<std::string_view>;
constexpr std::optional<long long> none = std::nullopt;

std::optional<std::string_view> nearest(std::string_view word, std::initializer_list<std::string_view> candidates) {
  const std::vector<std::string_view> list(candidates);
  return closest_match(word, list);
}
}  // namespace

TEST_CASE("edit_distance") {
  CHECK(edit_distance("", "", 0) == 0u);
  CHECK(edit_distance("abc", "abc", 0) == 0u);
  CHECK(edit_distance("", "abc", 5) == 3u);
  CHECK(edit_distance("abc", "", 5) == 3u);
  CHECK(edit_distance("kitten", "sitting", 10) == 3u);
  CHECK(edit_distance("sitting", "kitten", 10) == 3u);
  CHECK(edit_distance("flaw", "lawn", 10) == 2u);
  CHECK(edit_distance("website", "websit", 5) == 1u);  // deletion
  // Transposing two neighbours is one edit ("emial" for "email").
  CHECK(edit_distance("webiste", "website", 5) == 1u);
  CHECK(edit_distance("emial", "email", 5) == 1u);
  CHECK(edit_distance("ab", "ba", 5) == 1u);
  CHECK(edit_distance("abc", "ca", 5) == 3u);       // each substring is edited once at most
  CHECK(edit_distance("Kenya", "kenya", 5) == 1u);  // case counts: callers fold first
  // The cut-off: limit + 1 as soon as the distance is known to exceed it.
  CHECK(edit_distance("kitten", "sitting", 3) == 3u);
  CHECK(edit_distance("kitten", "sitting", 2) == 3u);
  CHECK(edit_distance("kitten", "sitting", 1) == 2u);
  CHECK(edit_distance("kitten", "sitting", 0) == 1u);
  CHECK(edit_distance("a", "abcdef", 2) == 3u);  // the length gap alone exceeds the limit
  CHECK(edit_distance("abcdef", "uvwxyz", 2) == 3u);
  CHECK(edit_distance("abcdef", "uvwxyz", 6) == 6u);
}

TEST_CASE("closest_match") {
  CHECK(nearest("websit", {"name", "country", "website"}) == "website"sv);
  CHECK(nearest("postcod", {"postcode", "phone"}) == "postcode"sv);
  CHECK(nearest("staus", {"stamp", "status"}) == "status"sv);
  CHECK(nearest("WEBSIT", {"website"}) == "website"sv);  // case-insensitive
  CHECK(nearest("Mrs", {"Ms", "Mr"}) == "Ms"sv);         // a tie goes to the first candidate
  CHECK(nearest("endorsd", {"endorsed", "not-endorsed"}) == "endorsed"sv);
  // Nothing near enough: more than a third of the longer word.
  CHECK(nearest("xyz", {"website", "name"}) == std::nullopt);
  CHECK(nearest("mail", {"email", "fax"}) == "email"sv);
  CHECK(nearest("emial", {"email", "fax"}) == "email"sv);
  CHECK(nearest("address", {"adr"}) == std::nullopt);
  // An exact match is no typo.
  CHECK(nearest("status", {"status"}) == std::nullopt);
  CHECK(nearest("STATUS", {"status"}) == std::nullopt);
  CHECK(nearest("anything", {}) == std::nullopt);
}

TEST_CASE("split") {
  CHECK(split("a,b,c", ',') == Parts{"a", "b", "c"});
  CHECK(split("a,b,,c", ',') == Parts{"a", "b", "", "c"});
  CHECK(split("", ',') == Parts{""});
  CHECK(split(",", ',') == Parts{"", ""});
  CHECK(split("abc", ',') == Parts{"abc"});
  CHECK(split("a,", ',') == Parts{"a", ""});
  CHECK(split("\tx\t", '\t') == Parts{"", "x", ""});
}

TEST_CASE("split_into") {
  std::array<std::string_view, 3> parts;
  CHECK(split_into("a\t\tc", '\t', parts) == 3u);
  CHECK(parts == std::array<std::string_view, 3>{"a", "", "c"});
  CHECK(split_into("x,y", ',', parts) == 2u);
  CHECK(parts[0] == "x");
  CHECK(parts[1] == "y");
  CHECK(split_into("1,2,3,4,5", ',', parts) == 5u);  // counted, only three kept
  CHECK(parts == std::array<std::string_view, 3>{"1", "2", "3"});
  CHECK(split_into("", ',', parts) == 1u);
  CHECK(parts[0].empty());
}

TEST_CASE("parse_integer") {
  CHECK(parse_integer("0") == 0);
  CHECK(parse_integer("42") == 42);
  CHECK(parse_integer("-7") == -7);
  CHECK(parse_integer("007") == 7);
  CHECK(parse_integer("9223372036854775807") == std::numeric_limits<long long>::max());
  CHECK(parse_integer("-9223372036854775808") == std::numeric_limits<long long>::min());
  CHECK(parse_integer("9223372036854775808") == none);  // overflow
  CHECK(parse_integer("") == none);
  CHECK(parse_integer("-") == none);
  CHECK(parse_integer(" 1") == none);
  CHECK(parse_integer("1 ") == none);
  CHECK(parse_integer("1x") == none);
  CHECK(parse_integer("0x10") == none);
  CHECK(parse_integer("1.5") == none);
  CHECK(parse_integer("1e3") == none);
  CHECK(parse_integer("abc") == none);
}

TEST_CASE("parse_double") {
  constexpr std::optional<double> no_number = std::nullopt;
  CHECK(parse_double("0") == 0.0);
  CHECK(parse_double("496.6") == 496.6);
  CHECK(parse_double("-0.5") == -0.5);
  CHECK(parse_double("1e3") == 1000.0);
  CHECK(parse_double("6.02E23") == 6.02e23);
  CHECK(parse_double("0.1") == 0.1);          // correctly rounded
  CHECK(parse_double("1e400") == no_number);  // out of range
  CHECK(parse_double("") == no_number);
  CHECK(parse_double(" 1") == no_number);
  CHECK(parse_double("1 ") == no_number);
  CHECK(parse_double("1.5x") == no_number);
  CHECK(parse_double("0x10") == no_number);
  CHECK(std::isinf(parse_double("inf").value_or(0)));  // as from_chars: callers that refuse it say so
  CHECK(std::isnan(parse_double("nan").value_or(0)));
  CHECK(parse_double("+1") == no_number);
}

TEST_CASE("fill_words") {
  using gnlc::util::fill_words;
  CHECK(fill_words("", 10, 0) == "");
  CHECK(fill_words("aa bb cc", 80, 0) == "aa bb cc");
  CHECK(fill_words("  aa   bb  ", 80, 0) == "aa bb");
  CHECK(fill_words("aa bb cc", 5, 0) == "aa bb\ncc");
  CHECK(fill_words("aa bb cc", 6, 0) == "aa bb\ncc");
  CHECK(fill_words("aa bb cc", 7, 2) == "aa bb\n  cc");
  // A word longer than the line stands alone rather than being cut.
  CHECK(fill_words("a verylongword b", 6, 0) == "a\nverylongword\nb");
}
