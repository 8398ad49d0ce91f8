// util/text_safety: untrusted text made safe for terminals and
// spreadsheets.
#include <doctest/doctest.h>
#include <gnlc/util/text_safety.hpp>

#include <cstddef>
#include <string>

using gnlc::util::is_printable_ascii;
using gnlc::util::printable;
using gnlc::util::spreadsheet_safe;

TEST_CASE("is_printable_ascii") {
  // Every byte value, alone and at each place of a 23-byte text, so that it
  // falls in the first, second or last eight-byte word or in the tail.
  for (int byte = 0; byte < 256; ++byte) {
    const bool printable_byte = byte >= 0x20 && byte < 0x7F;
    CAPTURE(byte);
    for (std::size_t at = 0; at < 23; ++at) {
      std::string text(23, 'a');
      text[at] = static_cast<char>(byte);
      CHECK(is_printable_ascii(text) == printable_byte);
    }
  }
  CHECK(is_printable_ascii(""));
  CHECK(is_printable_ascii(" ~ ~ ~ ~ ~ ~ ~ ~"));
  CHECK_FALSE(is_printable_ascii("S\u00F8nderborg"));
}

TEST_CASE("printable") {
  // Ordinary text, in any script, is unchanged.
  CHECK(printable("") == "");
  CHECK(printable("Aabenraa, DK") == "Aabenraa, DK");
  CHECK(printable("S\u00F8nderborg \u6771\u4EAC \u0645\u0631\u0627\u0643\u0634") ==
        "S\u00F8nderborg \u6771\u4EAC \u0645\u0631\u0627\u0643\u0634");
  CHECK(printable("100% \"quoted\" \\ back") == "100% \"quoted\" \\ back");

  // C0 controls, ESC first of all: no escape sequence reaches a terminal.
  CHECK(printable("\x1b[31mred\x1b[0m") == "\\x1b[31mred\\x1b[0m");
  CHECK(printable(std::string("a\0b", 3)) == "a\\x00b");
  CHECK(printable("\x07") == "\\x07");
  CHECK(printable("\x08") == "\\x08");
  CHECK(printable("\x1f") == "\\x1f");
  // Newline, tab and carriage return: one diagnostic stays one line.
  CHECK(printable("line 1\nline 2") == "line 1\\nline 2");
  CHECK(printable("a\tb") == "a\\tb");
  CHECK(printable("a\rb") == "a\\rb");
  // DEL and the C1 controls (CSI U+009B opens a sequence on some terminals).
  CHECK(printable("\x7f") == "\\x7f");
  CHECK(printable("\xC2\x9B"
                  "31m") == "\\x9b31m");
  CHECK(printable("\xC2\x85") == "\\x85");
  CHECK(printable("\xC2\x80") == "\\x80");
  CHECK(printable("\xC2\x9F") == "\\x9f");
  CHECK(printable("\xC2\xA0") == "\xC2\xA0");  // U+00A0 is printable
  // Bidirectional controls ("Trojan Source") and line separators.
  CHECK(printable("abc\u202Edef") == "abc\\u202edef");
  CHECK(printable("\u202A\u202B\u202C\u202D") == "\\u202a\\u202b\\u202c\\u202d");
  CHECK(printable("\u2066x\u2069") == "\\u2066x\\u2069");
  CHECK(printable("\u200E\u200F\u061C") == "\\u200e\\u200f\\u061c");
  CHECK(printable("a\u2028b\u2029") == "a\\u2028b\\u2029");
  // Invalid UTF-8: each bad byte becomes \xNN, the rest is kept.
  CHECK(printable("\xFF") == "\\xff");
  CHECK(printable("a\xFF"
                  "b") == "a\\xffb");
  CHECK(printable("\xC0\xAF") == "\\xc0\\xaf");
  CHECK(printable("ok\xC3") == "ok\\xc3");
  CHECK(printable("\xED\xA0\x80") == "\\xed\\xa0\\x80");
  CHECK(printable("\xC3\xA9\xFF\xC3\xA9") == "\xC3\xA9\\xff\xC3\xA9");
}

TEST_CASE("spreadsheet_safe") {
  CHECK(spreadsheet_safe("=1+1") == "'=1+1");
  CHECK(spreadsheet_safe("=HYPERLINK(\"http://x\")") == "'=HYPERLINK(\"http://x\")");
  CHECK(spreadsheet_safe("+49 40 1234567") == "'+49 40 1234567");
  CHECK(spreadsheet_safe("-2+3") == "'-2+3");
  CHECK(spreadsheet_safe("@SUM(A1)") == "'@SUM(A1)");
  CHECK(spreadsheet_safe("\t=1") == "'\t=1");
  CHECK(spreadsheet_safe("\r=1") == "'\r=1");
  // Anything else is unchanged.
  CHECK(spreadsheet_safe("") == "");
  CHECK(spreadsheet_safe("Kilifi County") == "Kilifi County");
  CHECK(spreadsheet_safe("a=1") == "a=1");
  CHECK(spreadsheet_safe("2025-06-15") == "2025-06-15");
  CHECK(spreadsheet_safe("'quoted") == "'quoted");
  CHECK(spreadsheet_safe("\xC3\x89vora") == "\xC3\x89vora");
}

TEST_CASE("printable with LineBreaks::keep") {
  using gnlc::util::LineBreaks;
  CHECK(printable("a\tb\nc\r\n", LineBreaks::keep) == "a\tb\nc\r\n");
  CHECK(printable("a\x1b[2J\x07", LineBreaks::keep) == "a\\x1b[2J\\x07");
  CHECK(printable(std::string("\0", 1), LineBreaks::keep) == "\\x00");
  CHECK(printable("x\u202Ey\n", LineBreaks::keep) == "x\\u202ey\n");
  CHECK(printable("\xC2\x85", LineBreaks::keep) == "\\x85");
}

TEST_CASE("is_unsafe_code_point") {
  using gnlc::util::is_unsafe_code_point;
  for (char32_t cp : {0x00u, 0x07u, 0x1Bu, 0x7Fu, 0x85u, 0x9Fu, 0x202Au, 0x202Eu, 0x2066u, 0x2069u, 0x200Eu, 0x200Fu,
                      0x061Cu, 0x2028u, 0x2029u})
    CHECK(is_unsafe_code_point(cp));
  for (char32_t cp : {0x20u, 0x41u, 0x7Eu, 0xA0u, 0xF8u, 0x200Du, 0x2030u, 0x1F600u})
    CHECK_FALSE(is_unsafe_code_point(cp));
}

TEST_CASE("no_workflow_command") {
  using gnlc::util::no_workflow_command;
  CHECK(no_workflow_command("::error title=x::y.toml:1:1:") == "\\x3a:error title=x::y.toml:1:1:");
  CHECK(no_workflow_command("  \t::add-mask::x") == "  \t\\x3a:add-mask::x");
  CHECK(no_workflow_command(":x") == ":x");
  CHECK(no_workflow_command("a::b") == "a::b");
  CHECK(no_workflow_command("") == "");
  CHECK(no_workflow_command("   ") == "   ");
}
