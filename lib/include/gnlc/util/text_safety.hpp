// Making text from untrusted data safe for the place it is printed to.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace gnlc::util {

// For terminals and plain text: C0 and C1 control characters, DEL and the
// bidirectional overrides become visible escapes (\x1b, \u202e, ...), so no
// escape sequence from an input reaches a terminal raw. Invalid UTF-8
// bytes become \xNN as well. Tabs and newlines are escaped too: one
// diagnostic is one line.
// With LineBreaks::keep, tab, LF and CR stay as they are (for formats that
// quote or escape them themselves, such as CSV and TSV).
enum class LineBreaks { escape, keep };
std::string printable(std::string_view text, LineBreaks line_breaks = LineBreaks::escape);
// The code points printable() escapes: C0 and C1 controls, DEL, the
// bidirectional controls and the line and paragraph separators. Every
// output format neutralises them, each in its own way.
bool is_unsafe_code_point(char32_t cp);

// A line of text output that would begin (after blanks) with "::" is a
// GitHub Actions workflow command in a CI log (::error, ::add-mask,
// ::stop-commands): its first colon becomes \x3a. For the start of every
// text line that begins with data (a file name, a table's first cell).
std::string no_workflow_command(std::string line);
bool is_workflow_command(std::string_view line);
// True when printable() would return the text unchanged because it is all
// printable ASCII: callers holding a string can then keep it as it is.
bool is_printable_ascii(std::string_view text);

// The first control character (C0, DEL, C1) of a field's text, if any. Tab
// is allowed; a multi-line field may also hold line breaks and the other
// white-space controls.
std::optional<char32_t> find_control_character(std::string_view text, bool multi_line);

// For a CSV or TSV cell: a value a spreadsheet would run as a formula
// (leading =, +, -, @, tab or carriage return) gets a leading apostrophe,
// per the OWASP rule. Numbers written by gnlc itself are not passed here.
std::string spreadsheet_safe(std::string_view text);

}  // namespace gnlc::util
