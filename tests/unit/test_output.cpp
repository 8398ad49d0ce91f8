// output: every format's escaping (JSON, CSV/TSV, iCalendar, XML, GitHub
// workflow commands, URIs) and the text table.
#include <doctest/doctest.h>
#include <gnlc/output/check_report.hpp>
#include <gnlc/output/delimited.hpp>
#include <gnlc/output/ics.hpp>
#include <gnlc/output/json.hpp>
#include <gnlc/output/style.hpp>
#include <gnlc/output/table.hpp>
#include <gnlc/output/text.hpp>
#include <gnlc/rules.hpp>
#include <gnlc/util/unicode.hpp>
#include <gnlc/version.hpp>

#include <limits>
#include <optional>
#include <string>
#include <vector>

using gnlc::output::DelimitedWriter;
using gnlc::output::github_escape_data;
using gnlc::output::github_escape_property;
using gnlc::output::ics_escape;
using gnlc::output::json_quote;
using gnlc::output::JsonWriter;
using gnlc::output::path_to_uri;
using gnlc::output::TextTable;
using gnlc::output::xml_escape;
using gnlc::util::StringWriter;

namespace {
std::vector<std::string> split_lines(const std::string& text, std::string_view separator) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  for (std::size_t end; (end = text.find(separator, start)) != std::string::npos; start = end + separator.size())
    lines.push_back(text.substr(start, end - start));
  lines.push_back(text.substr(start));
  return lines;
}

// The physical lines of an iCalendar text, and its content lines unfolded.
std::string unfold(const std::string& ics) {
  std::string out;
  for (std::size_t i = 0; i < ics.size(); ++i) {
    if (ics.compare(i, 3, "\r\n ") == 0) {
      i += 2;
      continue;
    }
    out.push_back(ics[i]);
  }
  return out;
}

std::string csv_row(DelimitedWriter::Kind kind, const std::vector<std::string>& cells) {
  StringWriter out;
  DelimitedWriter writer(out, kind);
  for (const auto& cell : cells) writer.text(cell);
  writer.end_row();
  return out.str();
}
}  // namespace

TEST_CASE("json_quote") {
  CHECK(json_quote("") == "\"\"");
  CHECK(json_quote("plain") == "\"plain\"");
  CHECK(json_quote("say \"hi\"") == "\"say \\\"hi\\\"\"");
  CHECK(json_quote("back\\slash") == "\"back\\\\slash\"");
  CHECK(json_quote("a/b") == "\"a/b\"");
  // Control characters.
  CHECK(json_quote("a\nb\rc\td") == "\"a\\nb\\rc\\td\"");
  CHECK(json_quote("\b\f") == "\"\\b\\f\"");
  CHECK(json_quote(std::string("\0", 1)) == "\"\\u0000\"");
  CHECK(json_quote("\x01\x1b\x1f") == "\"\\u0001\\u001b\\u001f\"");
  CHECK(json_quote("\x7f") == "\"\\u007f\"");
  // UTF-8 is kept as it is.
  CHECK(json_quote("S\u00F8nderborg \u6771\u4EAC \U0001F600") == "\"S\u00F8nderborg \u6771\u4EAC \U0001F600\"");
  // C1 and bidirectional controls are escaped: the same string for a
  // reader, nothing raw for a terminal that shows the document.
  CHECK(json_quote("\xC2\x85") == "\"\\u0085\"");
  CHECK(json_quote("a\u202Eb\u2066c\u200F") == "\"a\\u202eb\\u2066c\\u200f\"");
  // Invalid UTF-8: one U+FFFD escape per bad byte.
  CHECK(json_quote("\xFF") == "\"\\ufffd\"");
  CHECK(json_quote("a\xFF"
                   "b") == "\"a\\ufffdb\"");
  CHECK(json_quote("ok\xC3") == "\"ok\\ufffd\"");
  CHECK(json_quote("\xC0\xAF") == "\"\\ufffd\\ufffd\"");
  CHECK(json_quote("\xED\xA0\x80") == "\"\\ufffd\\ufffd\\ufffd\"");
  CHECK(json_quote("\xE2\x82"
                   "A") == "\"\\ufffd\\ufffdA\"");
  CHECK(json_quote("\x80") == "\"\\ufffd\"");
  // U+2028 and U+2029 are valid JSON but end a line in JavaScript.
  CHECK(json_quote("a\u2028b\u2029") == "\"a\\u2028b\\u2029\"");
}

TEST_CASE("JsonWriter") {
  SUBCASE("a document") {
    StringWriter out;
    {
      JsonWriter json(out);
      json.begin_object();
      json.key("year").number(2025);
      json.key("cap").null();
      json.key("ok").boolean(true);
      json.key("score").number(87.5);
      json.key("nan").number(std::numeric_limits<double>::quiet_NaN());
      json.key("city").string("K\u00F8ge\n");
      json.key("empty").begin_array().end_array();
      json.key("none").begin_object().end_object();
      json.key("list").begin_array().number(1).string("two").end_array();
      json.key("maybe").optional_string(std::optional<std::string>{});
      json.key("some").optional_number(std::optional<int>{3});
      json.key("we\"ird").number(std::int64_t{-9007199254740993});
      json.end_object();
      json.finish();
    }
    CHECK(out.str() ==
          "{\n"
          "  \"year\": 2025,\n"
          "  \"cap\": null,\n"
          "  \"ok\": true,\n"
          "  \"score\": 87.5,\n"
          "  \"nan\": null,\n"
          "  \"city\": \"K\u00F8ge\\n\",\n"
          "  \"empty\": [],\n"
          "  \"none\": {},\n"
          "  \"list\": [\n"
          "    1,\n"
          "    \"two\"\n"
          "  ],\n"
          "  \"maybe\": null,\n"
          "  \"some\": 3,\n"
          "  \"we\\\"ird\": -9007199254740993\n"
          "}\n");
  }

  SUBCASE("a large document is written as it is produced") {
    StringWriter out;
    JsonWriter json(out);
    json.begin_array();
    for (int i = 0; i < 5000; ++i) json.begin_object().key("k").string("0123456789").end_object();
    CHECK_FALSE(out.str().empty());  // written before the document ends
    json.end_array();
    json.finish();
    CHECK(out.str().starts_with("[\n  {\n    \"k\": \"0123456789\"\n  },\n  {\n"));
    CHECK(out.str().ends_with("  {\n    \"k\": \"0123456789\"\n  }\n]\n"));
    CHECK(out.str().size() == 1 + 5000 * 31 - 1 + 3);
  }
}

TEST_CASE("DelimitedWriter") {
  using Kind = DelimitedWriter::Kind;
  SUBCASE("CSV quoting") {
    CHECK(csv_row(Kind::csv, {"a", "b"}) == "a,b\n");
    CHECK(csv_row(Kind::csv, {"Nairobi, City County"}) == "\"Nairobi, City County\"\n");
    CHECK(csv_row(Kind::csv, {"say \"hi\""}) == "\"say \"\"hi\"\"\"\n");
    CHECK(csv_row(Kind::csv, {"two\nlines", "cr\r"}) == "\"two\nlines\",\"cr\r\"\n");
    CHECK(csv_row(Kind::csv, {"", "x", ""}) == ",x,\n");
    CHECK(csv_row(Kind::csv, {"S\u00F8nderborg"}) == "S\u00F8nderborg\n");
    CHECK(csv_row(Kind::csv, {"tab\tinside"}) == "tab\tinside\n");
  }

  SUBCASE("CSV formula neutralisation") {
    CHECK(csv_row(Kind::csv, {"=1+1"}) == "'=1+1\n");
    CHECK(csv_row(Kind::csv, {"+49 40 1234567"}) == "'+49 40 1234567\n");
    CHECK(csv_row(Kind::csv, {"-2+3"}) == "'-2+3\n");
    CHECK(csv_row(Kind::csv, {"@SUM(A1)"}) == "'@SUM(A1)\n");
    CHECK(csv_row(Kind::csv, {"\t=1"}) == "'\t=1\n");
    CHECK(csv_row(Kind::csv, {"\r=1"}) == "\"'\r=1\"\n");
    CHECK(csv_row(Kind::csv, {"=HYPERLINK(\"http://x\",\"y\")"}) == "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\n");
  }

  SUBCASE("numbers, raw cells and empty cells are written as they are") {
    StringWriter out;
    DelimitedWriter writer(out, Kind::csv);
    writer.number(-5).raw("-5").raw("2025-06-15").empty().raw("a,b");
    writer.end_row();
    writer.text("next");
    writer.end_row();
    CHECK(out.str() == "-5,-5,2025-06-15,,\"a,b\"\nnext\n");
  }

  SUBCASE("typed cells: decimals, dates and booleans") {
    StringWriter out;
    DelimitedWriter writer(out, Kind::csv);
    writer.decimal(88.5).decimal(92).decimal(0.1).date(gnlc::make_day(2025, 6, 15)).boolean(true).boolean(false);
    writer.optional_number(std::optional<int>{}).optional_number(std::optional<int>{3});
    writer.optional_date(std::nullopt).end_row();
    CHECK(out.str() == "88.5,92,0.1,2025-06-15,true,false,,3,\n");
  }

  SUBCASE("header") {
    StringWriter out;
    DelimitedWriter(out, Kind::tsv).header({"city", "country"});
    CHECK(out.str() == "city\tcountry\n");
  }

  SUBCASE("a byte order mark first, with bom only") {
    for (Kind kind : {Kind::csv, Kind::tsv}) {
      StringWriter with, without;
      DelimitedWriter(with, kind, true).text("Bouak\u00E9").end_row();
      DelimitedWriter(without, kind).text("Bouak\u00E9").end_row();
      CHECK(with.str() == "\xEF\xBB\xBF" + without.str());
      CHECK(without.str() == "Bouak\u00E9\n");
    }
    StringWriter empty;
    DelimitedWriter(empty, Kind::csv, true);
    CHECK(empty.str() == "\xEF\xBB\xBF");
  }

  SUBCASE("TSV escaping") {
    CHECK(csv_row(Kind::tsv, {"a", "b"}) == "a\tb\n");
    CHECK(csv_row(Kind::tsv, {"tab\tinside", "x"}) == "tab\\tinside\tx\n");
    CHECK(csv_row(Kind::tsv, {"two\nlines\r"}) == "two\\nlines\\r\n");
    CHECK(csv_row(Kind::tsv, {"back\\slash"}) == "back\\\\slash\n");
    CHECK(csv_row(Kind::tsv, {"a,b", "say \"hi\""}) == "a,b\tsay \"hi\"\n");  // no quoting in TSV
    CHECK(csv_row(Kind::tsv, {"=1", "\t=1"}) == "'=1\t'\\t=1\n");
    CHECK(csv_row(Kind::tsv, {"", ""}) == "\t\n");
  }
}

TEST_CASE("ics_escape") {
  CHECK(ics_escape("plain text") == "plain text");
  CHECK(ics_escape("a,b") == "a\\,b");
  CHECK(ics_escape("a;b") == "a\\;b");
  CHECK(ics_escape("a\\b") == "a\\\\b");
  CHECK(ics_escape("line 1\nline 2") == "line 1\\nline 2");
  CHECK(ics_escape("line 1\r\nline 2") == "line 1\\nline 2");
  CHECK(ics_escape("a:b") == "a:b");
  CHECK(ics_escape("\x1b[31m") == " [31m");  // control characters are not allowed
  CHECK(ics_escape("a\tb\x7f") == "a b ");
  CHECK(ics_escape("S\u00F8nderborg, DK") == "S\u00F8nderborg\\, DK");
}

TEST_CASE("IcsWriter") {
  SUBCASE("a calendar with one event") {
    StringWriter out;
    const std::string version(gnlc::version());
    gnlc::output::IcsWriter ics(out, "GNLC calls", gnlc::make_day(2025, 6, 1));
    ics.event({"call-2025-closes@gnlc", gnlc::make_day(2025, 6, 15), "2025 call closes", "Applications; by 15 June"});
    ics.event({"x@gnlc", gnlc::make_day(2025, 12, 31), "Year end", ""});
    ics.finish();
    CHECK(out.str() ==
          "BEGIN:VCALENDAR\r\n"
          "VERSION:2.0\r\n"
          "PRODID:-//gnlc//gnlc " +
              version +
              "//EN\r\n"
              "CALSCALE:GREGORIAN\r\n"
              "METHOD:PUBLISH\r\n"
              "X-WR-CALNAME:GNLC calls\r\n"
              "BEGIN:VEVENT\r\n"
              "UID:call-2025-closes@gnlc\r\n"
              "DTSTAMP:20250601T000000Z\r\n"
              "DTSTART;VALUE=DATE:20250615\r\n"
              "DTEND;VALUE=DATE:20250616\r\n"
              "SUMMARY:2025 call closes\r\n"
              "DESCRIPTION:Applications\\; by 15 June\r\n"
              "TRANSP:TRANSPARENT\r\n"
              "END:VEVENT\r\n"
              "BEGIN:VEVENT\r\n"
              "UID:x@gnlc\r\n"
              "DTSTAMP:20250601T000000Z\r\n"
              "DTSTART;VALUE=DATE:20251231\r\n"
              "DTEND;VALUE=DATE:20260101\r\n"
              "SUMMARY:Year end\r\n"
              "TRANSP:TRANSPARENT\r\n"
              "END:VEVENT\r\n"
              "END:VCALENDAR\r\n");
  }

  const auto summary_lines = [](const std::string& summary) {
    StringWriter out;
    gnlc::output::IcsWriter ics(out, "c", gnlc::make_day(2025, 6, 1));
    ics.event({"u", gnlc::make_day(2025, 6, 15), summary, ""});
    const std::string text = out.str();
    const std::size_t begin = text.find("SUMMARY:");
    const std::size_t end = text.find("\r\nTRANSP:");
    return split_lines(text.substr(begin, end - begin), "\r\n");
  };

  SUBCASE("lines of 75 octets are not folded") {
    const std::string exact(75 - 8, 'x');  // "SUMMARY:" is 8 octets
    CHECK(summary_lines(exact) == std::vector<std::string>{"SUMMARY:" + exact});
    CHECK(summary_lines(exact + "y") == std::vector<std::string>{"SUMMARY:" + exact, " y"});
  }

  SUBCASE("folding never splits a UTF-8 sequence") {
    // 66 + 8 = 74 octets, then a 2-octet character that would end at 76.
    const std::string before(66, 'x');
    CHECK(summary_lines(before + "\u00F8z") == std::vector<std::string>{"SUMMARY:" + before, " \u00F8z"});
    const std::string long_text = [] {
      std::string text;
      for (int i = 0; i < 60; ++i) text += "\u00F8\u6771\U0001F600";  // 2, 3 and 4 octets
      return text;
    }();
    const auto lines = summary_lines(long_text);
    CHECK(lines.size() > 1u);
    std::string joined;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      CAPTURE(i);
      CHECK(lines[i].size() <= 75u);
      CHECK(gnlc::util::find_invalid_utf8(lines[i]) == std::nullopt);
      if (i > 0) {
        CHECK(lines[i].starts_with(" "));
        std::size_t next = 1;  // each line is as full as the next character allows
        gnlc::util::decode_utf8(lines[i], next);
        CHECK(lines[i - 1].size() + (next - 1) > 75u);
      }
      joined += i == 0 ? lines[i] : lines[i].substr(1);
    }
    CHECK(joined == "SUMMARY:" + long_text);
  }

  SUBCASE("unfolding gives the content line back") {
    StringWriter out;
    gnlc::output::IcsWriter ics(out, std::string(200, 'n'), gnlc::make_day(2025, 6, 1));
    ics.finish();
    const std::string name(200, 'n');
    CHECK(unfold(out.str()).find("X-WR-CALNAME:" + name + "\r\n") != std::string::npos);
  }
}

TEST_CASE("xml_escape") {
  CHECK(xml_escape("plain") == "plain");
  CHECK(xml_escape("a & b < c > d") == "a &amp; b &lt; c &gt; d");
  CHECK(xml_escape("\"quoted\" 'single'") == "&quot;quoted&quot; &apos;single&apos;");
  CHECK(xml_escape("a\nb\tc\rd") == "a&#10;b&#9;c&#13;d");
  CHECK(xml_escape("S\u00F8nderborg \u6771\u4EAC \U0001F600") == "S\u00F8nderborg \u6771\u4EAC \U0001F600");
  // Characters XML 1.0 does not allow become U+FFFD.
  CHECK(xml_escape("\x1b[31m") == "\uFFFD[31m");
  CHECK(xml_escape(std::string("a\0b", 3)) == "a\uFFFDb");
  CHECK(xml_escape("\x08\x0b\x0c") == "\uFFFD\uFFFD\uFFFD");
  CHECK(xml_escape("\x7f") == "\uFFFD");
  CHECK(xml_escape("\xC2\x85\xC2\x9F") == "\uFFFD\uFFFD");
  CHECK(xml_escape("\xEF\xBF\xBE\xEF\xBF\xBF") == "\uFFFD\uFFFD");  // U+FFFE, U+FFFF
  CHECK(xml_escape("\xC2\xA0") == "\xC2\xA0");
  // Invalid UTF-8.
  CHECK(xml_escape("a\xFF"
                   "b") == "a\uFFFDb");
  CHECK(xml_escape("ok\xC3") == "ok\uFFFD");
  CHECK(xml_escape("\xC0\xAF") == "\uFFFD\uFFFD");
}

TEST_CASE("styled") {
  CHECK(gnlc::output::styled("x", gnlc::output::Style::red, false) == "x");
  CHECK(gnlc::output::styled("x", gnlc::output::Style::red, true) == "\x1b[1;31mx\x1b[0m");
  CHECK(gnlc::output::styled("x", gnlc::output::Style::bold, true) == "\x1b[1mx\x1b[0m");
}

TEST_CASE("github_escape_data") {
  CHECK(github_escape_data("plain message") == "plain message");
  CHECK(github_escape_data("50% done") == "50%25 done");
  CHECK(github_escape_data("line 1\nline 2") == "line 1%0Aline 2");
  CHECK(github_escape_data("a\r\nb") == "a%0D%0Ab");
  CHECK(github_escape_data("a:b,c") == "a:b,c");
  CHECK(github_escape_data("%0A") == "%250A");  // no injected escape survives
  CHECK(github_escape_data("::error::x") == "::error::x");
}

TEST_CASE("github_escape_property") {
  CHECK(github_escape_property("apps/x.toml") == "apps/x.toml");
  CHECK(github_escape_property("a:b,c") == "a%3Ab%2Cc");
  CHECK(github_escape_property("50%") == "50%25");
  CHECK(github_escape_property("a\nb") == "a%0Ab");
  CHECK(github_escape_property("x.toml,line=1") == "x.toml%2Cline=1");
}

TEST_CASE("path_to_uri") {
  CHECK(path_to_uri("apps/x.toml") == "apps/x.toml");
  CHECK(path_to_uri("apps/my file.toml") == "apps/my%20file.toml");
  CHECK(path_to_uri("/srv/apps/x.toml") == "file:///srv/apps/x.toml");
  CHECK(path_to_uri("S\u00F8nderborg.toml") == "S%C3%B8nderborg.toml");
  CHECK(path_to_uri("a#b?c%d") == "a%23b%3Fc%25d");
  CHECK(path_to_uri("-_.~") == "-_.~");
  CHECK(path_to_uri("a:b") == "a%3Ab");
}

TEST_CASE("fit_width") {
  using gnlc::output::fit_width;
  CHECK(fit_width("abc", 3) == "abc");
  CHECK(fit_width("abcd", 3) == "ab\u2026");
  CHECK(fit_width("S\u00F8nderborg", 5) == "S\u00F8nd\u2026");
  CHECK(fit_width("\u6771\u4EAC\u90FD\u5E81", 5) == "\u6771\u4EAC\u2026");  // 東京都庁
  CHECK(fit_width("\u6771\u4EAC\u90FD", 4) == "\u6771\u2026");              // no half character
  CHECK(fit_width("Que\u0301bec City", 5) == "Que\u0301b\u2026");
}

TEST_CASE("TextTable") {
  SUBCASE("alignment by display width") {
    TextTable table({{"City", TextTable::Align::left, 0},
                     {"Score", TextTable::Align::right, 0},
                     {"Note", TextTable::Align::left, 0}});
    table.add_row({"S\u00F8nderborg", "87", "ok"});
    table.add_row({"\u6771\u4EAC", "9", ""});
    table.add_separator();
    table.add_row({"Que\u0301bec", "100", "x"});
    StringWriter out;
    table.print(out);
    CHECK(out.str() ==
          "City        Score  Note\n"
          "-----------------------\n"
          "S\u00F8nderborg     87  ok\n"
          "\u6771\u4EAC            9\n"
          "-----------------------\n"
          "Que\u0301bec        100  x\n");
  }

  SUBCASE("cells are made printable and cut to the column's width") {
    TextTable table({{"Name", TextTable::Align::left, 6}, {"Why", TextTable::Align::left, 0}});
    table.add_row({"Kilifi County", "\x1b[31mred\nline"});
    table.add_row({"short"});  // missing cells are empty
    StringWriter out;
    table.print(out);
    CHECK(out.str() ==
          "Name    Why\n"
          "-------------------------\n"
          "Kilif\u2026  \\x1b[31mred\\nline\n"
          "short\n");
  }
}

TEST_CASE("diagnostic_lines") {
  const auto d = gnlc::make_diagnostic("invalid-email", {21, 9}, "'contact.email' is not valid: \"a\x1b[2Jb\"",
                                       "write one address");
  CHECK(gnlc::output::diagnostic_lines("apps/x.toml", d, false) ==
        "apps/x.toml:21:9: error: 'contact.email' is not valid: \"a\\x1b[2Jb\" [invalid-email]\n"
        "    hint: write one address\n");
  const auto w = gnlc::make_diagnostic("stamp-missing", {28, 9}, "no stamp");
  CHECK(gnlc::output::diagnostic_lines("a\nb.toml", w, false) ==
        "a\\nb.toml:28:9: warning: no stamp [stamp-missing]\n");
  const auto r = gnlc::make_diagnostic("read-error", {}, "no such file or directory");
  CHECK(gnlc::output::diagnostic_lines("gone.toml", r, false) ==
        "gone.toml: error: no such file or directory [read-error]\n");
  CHECK(gnlc::output::diagnostic_lines("x.toml", w, true) ==
        "\x1b[1mx.toml:28:9:\x1b[0m \x1b[1;33mwarning:\x1b[0m no stamp \x1b[2m[stamp-missing]\x1b[0m\n");
}
