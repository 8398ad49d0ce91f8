// The shell completions, generated at build time from templates
// (completions/*.in) so that the commands, their formats and the country
// codes they offer come from the tables the programs use.
#pragma once

#include <string>
#include <string_view>
#include <variant>

namespace gnlc::cli {

struct TemplateError {
  int line = 0;
  std::string message;
};

// Expands a completion template:
//   @COMMANDS@        the commands of cmd/command-list.txt, in its order
//   @PROGRAMS@        the same as gnlc-NAME, the programs
//   @COUNTRIES@       the alpha-2 codes of the country table, in its order
//   @FORMATS:NAME@    the formats command NAME offers (--help lists them)
// and repeats every line holding @COMMAND@ once per command, with
// @COMMAND@ and @SUMMARY@ replaced; a line that also holds @FORMATS@ is
// repeated only for the commands with --format, @FORMATS@ replaced too.
// A summary is written as it stands: put it inside double quotes (the
// command list allows no quote, backslash, dollar or backquote in one).
std::variant<std::string, TemplateError> expand_completions(std::string_view text);

}  // namespace gnlc::cli
