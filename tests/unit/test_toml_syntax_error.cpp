// TOML syntax errors in plain words: each hand-editing mistake through the
// reader every parser uses, with its position, message and hint.
#include "toml/document.hpp"
#include "toml/syntax_error.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <string>

using namespace gnlc::toml_document;

namespace {

// "LINE:COLUMN message | hint" of the file's toml-syntax error.
std::string said(const std::string& text) {
  const auto result = read(text);
  const auto* diagnostic = std::get_if<gnlc::Diagnostic>(&result);
  if (diagnostic == nullptr) return "no error";
  CHECK(diagnostic->rule == "toml-syntax");
  return fmt::format("{}:{} {} | {}", diagnostic->position.line, diagnostic->position.column, diagnostic->message,
                     diagnostic->hint);
}

}  // namespace

TEST_CASE("describe_syntax_error") {
  SUBCASE("an unclosed string") {
    CHECK(said("format = 1\nname = \"Kuopio\ncountry = \"FI\"\n") ==
          "2:15 the string has no closing quote | end the string with \" on the same line: name = \"Kuopio\"");
    CHECK(said("format = 1\nname = \"Kuopio  \n") ==
          "2:17 the string has no closing quote | end the string with \" on the same line: name = \"Kuopio\"");
    CHECK(said("name = 'Kuopio\n[city]\n") ==
          "1:15 the string has no closing quote | end the string with ' on the same line: name = 'Kuopio'");
    CHECK(said("[city]\nname = \"Kuopio") ==
          "2:15 the string has no closing quote | end the string with \" on "
          "the same line: name = \"Kuopio\"");
    // In an array: no example, the fix is the same.
    CHECK(said("clusters = [\"literacy\", \"health\n") ==
          "1:32 the string has no closing quote | end the string with \" on the same line");
    // A long value is shortened in the hint.
    CHECK(said("name = \"" + std::string(100, 'x') + "\n") ==
          "1:109 the string has no closing quote | end the string with \" on the same line: name = \"" +
              std::string(40, 'x') + "…\"");
  }

  SUBCASE("text over several lines in a basic or literal string") {
    CHECK(said("format = 1\nmotivation = \"first line\nsecond line\"\n") ==
          "2:25 a string in \"…\" cannot go over several lines | for text over several lines, write it between "
          "\"\"\": motivation = \"\"\"…\"\"\"");
    CHECK(said("motivation = 'one\ntwo\nthree'\nx = 1\n") ==
          "1:18 a string in '…' cannot go over several lines | for text over several lines, write it between "
          "''': motivation = '''…'''");
    // A statement pasted with a quotation inside: the quote on a later line
    // still tells text from a forgotten quote.
    CHECK(said("motivation = \"We say \\\"learn\\\" and\nmean it\"\n")
              .starts_with("1:35 a string in \"…\" cannot go over several lines"));
    // Any other control character is toml++'s message.
    CHECK(said("a = \"tab\x01\"\n") ==
          "1:9 string: unescaped control characters other than TAB (U+0009) are explicitly prohibited | ");
  }

  SUBCASE("dates TOML does not understand") {
    const auto date = [](const std::string& value) { return said("format = 1\nsigned = " + value + "\n"); };
    CHECK(date("10/06/2025") ==
          "2:10 '10/06/2025' is not a date TOML understands | write the date as YYYY-MM-DD; '10/06/2025' is "
          "ambiguous: 2025-06-10 if it is 10 June, 2025-10-06 if it is 6 October");
    CHECK(date("10.06.2025") ==
          "2:10 '10.06.2025' is not a date TOML understands | write the date as YYYY-MM-DD; '10.06.2025' is "
          "ambiguous: 2025-06-10 if it is 10 June, 2025-10-06 if it is 6 October");
    CHECK(date("10-06-2025") ==
          "2:10 '10-06-2025' is not a date TOML understands | write the date as YYYY-MM-DD; '10-06-2025' is "
          "ambiguous: 2025-06-10 if it is 10 June, 2025-10-06 if it is 6 October");
    CHECK(date("13/06/2025") ==
          "2:10 '13/06/2025' is not a date TOML understands | write the date as YYYY-MM-DD: signed = 2025-06-13");
    CHECK(date("06/13/2025") ==
          "2:10 '06/13/2025' is not a date TOML understands | write the date as YYYY-MM-DD: signed = 2025-06-13");
    CHECK(date("6/6/2025") ==
          "2:10 '6/6/2025' is not a date TOML understands | write the date as YYYY-MM-DD: signed = 2025-06-06");
    CHECK(date("2025/06/10") ==
          "2:10 '2025/06/10' is not a date TOML understands | write the date as YYYY-MM-DD: signed = 2025-06-10");
    CHECK(date("2025.06.10") ==
          "2:10 '2025.06.10' is not a date TOML understands | write the date as YYYY-MM-DD: signed = 2025-06-10");
    CHECK(date("2025-6-10") ==
          "2:10 '2025-6-10' is not a date TOML understands | write the date as YYYY-MM-DD: signed = 2025-06-10");
    CHECK(date("2025-06-1") ==
          "2:10 '2025-06-1' is not a date TOML understands | write the date as YYYY-MM-DD: signed = 2025-06-01");
    CHECK(date("June 10, 2025") ==
          "2:10 'June 10, 2025' is not a date TOML understands | write the date as YYYY-MM-DD: signed = 2025-06-10");
    CHECK(date("Jun 10 2025 # signed") ==
          "2:10 'Jun 10 2025' is not a date TOML understands | write the date as YYYY-MM-DD: signed = 2025-06-10");
    CHECK(date("10 june 2025") ==
          "2:10 '10 june 2025' is not a date TOML understands | write the date as YYYY-MM-DD: signed = 2025-06-10");
    CHECK(date("10. June 2025") ==
          "2:10 '10. June 2025' is not a date TOML understands | write the date as YYYY-MM-DD: signed = 2025-06-10");
    CHECK(date("31/02/2025") ==
          "2:10 '31/02/2025' is not a date TOML understands | write the date as YYYY-MM-DD, a day that exists");
    CHECK(date("00/06/2025") ==
          "2:10 '00/06/2025' is not a date TOML understands | write the date as YYYY-MM-DD, a day that exists");
    CHECK(date("10/06/25") ==
          "2:10 '10/06/25' is not a date TOML understands | write the date as YYYY-MM-DD, with the year in four "
          "digits");
    // In an array of dates, the element that is wrong.
    CHECK(said("reports = [2024-11-30, 30/11/2025]\n") ==
          "1:24 '30/11/2025' is not a date TOML understands | write the date as YYYY-MM-DD: 2025-11-30");
    CHECK(said("reports = [\n  2024-11-30,\n  30/11/2025,\n]\n") ==
          "3:3 '30/11/2025' is not a date TOML understands | write the date as YYYY-MM-DD: 2025-11-30");
    // A day that does not exist, in TOML's own spelling, keeps toml++'s words.
    CHECK(date("2025-02-30") == "2:10 date: expected day between 1 and 28 (inclusive), saw 30 | ");
    // Not dates: a fraction, a version.
    CHECK(date("1/2") == "2:11 decimal integer: expected digit, saw '/' | ");
    CHECK(date("1.2.3") == "2:13 floating-point: expected decimal digit or exponent, saw '.' | ");
  }

  SUBCASE("a word without quotes") {
    CHECK(said("decision = admitted\n") ==
          "1:12 'admitted' is not a value TOML understands | put text in quotes: decision = \"admitted\"");
    CHECK(said("name = Kuopio City # the city\n") ==
          "1:8 'Kuopio City' is not a value TOML understands | put text in quotes: name = \"Kuopio City\"");
    CHECK(said("clusters = [literacy, \"health\"]\n") ==
          "1:13 'literacy' is not a value TOML understands | put text in quotes: \"literacy\"");
    CHECK(said("c = { name = value }\n") ==
          "1:14 'value' is not a value TOML understands | put text in quotes: \"value\"");
    CHECK(said("stamp = True\n") ==
          "1:9 'True' is not a TOML boolean | write true and false in lower case: stamp = true");
    CHECK(said("stamp = FALSE\n") ==
          "1:9 'FALSE' is not a TOML boolean | write true and false in lower case: stamp = false");
    CHECK(said("stamp = yes\n") ==
          "1:9 'yes' is not a value TOML understands | write true or false, or put text in quotes: stamp = \"yes\"");
    CHECK(said("name = S\u00F8nderborg \"old\"\n") ==
          "1:8 'S\u00F8nderborg \"old\"' is not a value TOML understands | put text in quotes: name = "
          "\"S\u00F8nderborg \\\"old\\\"\"");
  }

  SUBCASE("typographic quotes") {
    CHECK(said("name = \u201CKuopio\u201D\n") ==
          "1:8 \u201C is a typographic quote; TOML needs the straight quote \" | replace the typographic quotes with "
          "straight ones: name = \"Kuopio\"");
    CHECK(said("name = \u2018Kuopio\u2019\n") ==
          "1:8 \u2018 is a typographic quote; TOML needs the straight quote \" | replace the typographic quotes with "
          "straight ones: name = \"Kuopio\"");
    CHECK(said("n = \u201EK\u00F8ge\u201C\n") ==
          "1:5 \u201E is a typographic quote; TOML needs the straight quote \" | replace the typographic quotes with "
          "straight ones: n = \"K\u00F8ge\"");
  }

  SUBCASE("keys") {
    CHECK(said("format = 1\ncall 2025\n") ==
          "2:6 '=' is missing after the key 'call' | write the key, '=' and the value: call = 2025");
    CHECK(said("name: \"Kuopio\"\n") ==
          "1:5 a key and its value are joined with '=', not ':' | write name = \"Kuopio\"");
    CHECK(said("[pledge]\nkey features = true\n") ==
          "2:1 a key cannot contain spaces: 'key features' | join the words with '_' (key_features), or put the "
          "key in quotes");
    CHECK(said("format = 1\nformat = 1\n") ==
          "2:1 the key 'format' is set twice in the same table | keep one of the two and delete the other");
    CHECK(said("[city]\nname = \"a\"\n  name = \"b\"\n") ==
          "3:3 the key 'name' is set twice in the same table | keep one of the two and delete the other");
    CHECK(said("population =\n") == "1:13 'population' has no value | write the value after '=', or delete the line");
    CHECK(said("population = # later\n") ==
          "1:14 'population' has no value | write the value after '=', or delete the line");
  }

  SUBCASE("tables") {
    CHECK(said("format = 1\n[city\nname = \"x\"\n") ==
          "2:6 the table header '[city' has no closing ']' | end it with ']': [city]");
    CHECK(said("format = 1\n[[member]\n") ==
          "2:10 the table header '[[member]' has no closing ']]' | end it with ']]': [[member]]");
    CHECK(said("[city]\nname = \"x\"\n[city]\n") ==
          "3:1 the table [city] appears twice | merge the two [city] sections into one");
    CHECK(said("c = { a = 1, }\n") ==
          "1:12 a comma after the last key of an inline table is not allowed | remove the ',' before '}'");
    CHECK(said("c = { a = 1,\n  b = 2 }\n") ==
          "1:13 an inline table { … } must end with '}' on the same line | close it with '}' on this line, or write "
          "a [table] section for a longer table");
  }

  SUBCASE("numbers") {
    CHECK(said("population = 125 000\n") ==
          "1:14 a number cannot contain spaces or commas: '125 000' | write it without them: population = 125000");
    CHECK(said("population = 1,520,000\n") ==
          "1:14 a number cannot contain spaces or commas: '1,520,000' | write it without them: population = "
          "1520000");
    CHECK(said("area_km2 = 496,6\n") ==
          "1:12 a number cannot contain a comma: '496,6' | write the decimal point as '.': area_km2 = 496.6");
    CHECK(said("name = \"Kuopio\" city\n") ==
          "1:17 unexpected text after the value: 'city' | start each key on a line of its own; a comment starts "
          "with '#'");
  }

  SUBCASE("what it does not recognise keeps toml++'s words") {
    CHECK(said("= 1\n") == "1:1 root table: expected keys, tables, whitespace or comments, saw '=' | ");
    CHECK(said("a = [1, { b c = 2 }]\n") == "1:13 key-value pair: expected '=', saw 'c' | ");
    CHECK(said("a = [1, 2\n") == "1:11 array: encountered end-of-file | ");
  }

  SUBCASE("costs one look at the line, however long") {
    const std::string long_line = "name = \"" + std::string(1'000'000, 'x') + "\n" + std::string(100'000, '\n');
    CHECK(said(long_line).starts_with("1:1000009 the string has no closing quote"));
    const std::string many_lines = "m = \"a\n" + std::string(100'000, 'b') + std::string(100'000, '\n') + "\"\n";
    CHECK(said(many_lines).starts_with("1:7 the string has no closing quote"));
  }
}

TEST_CASE("ungrouped_integer") {
  CHECK(ungrouped_integer("125 000") == "125000");
  CHECK(ungrouped_integer("1,520,000") == "1520000");
  CHECK(ungrouped_integer(" 74 000 ") == "74000");
  CHECK_FALSE(ungrouped_integer("125000"));
  CHECK_FALSE(ungrouped_integer("1 520,000"));
  CHECK_FALSE(ungrouped_integer("1234 000"));
  CHECK_FALSE(ungrouped_integer("12 00"));
  CHECK_FALSE(ungrouped_integer("12 000 people"));
  CHECK_FALSE(ungrouped_integer("496,6"));
  CHECK_FALSE(ungrouped_integer(""));
}

TEST_CASE("clip") {
  CHECK(clip("Kuopio") == "Kuopio");
  CHECK(clip(std::string(40, 'x')) == std::string(40, 'x'));
  CHECK(clip(std::string(41, 'x')) == std::string(40, 'x') + "…");
  CHECK(clip("S\u00F8nderborg", 2) == "S\u00F8…");
}
