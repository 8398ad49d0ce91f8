// cli/completions: the templates of the shell completions, expanded from
// the command list, the format tables and the country table.
#include <doctest/doctest.h>
#include <gnlc/cli/completions.hpp>

#include <string>
#include <variant>

using gnlc::cli::expand_completions;
using gnlc::cli::TemplateError;

namespace {

std::string expanded(std::string_view text) {
  auto result = expand_completions(text);
  REQUIRE(std::holds_alternative<std::string>(result));
  return std::get<std::string>(result);
}

}  // namespace

TEST_CASE("the command list and the programs, in the list's order") {
  CHECK(expanded("x=\"@COMMANDS@ help\"\n") ==
        "x=\"new check calendar quota admit members reports explain schema help\"\n");
  CHECK(expanded("#compdef gnlc @PROGRAMS@") ==
        "#compdef gnlc gnlc-new gnlc-check gnlc-calendar gnlc-quota gnlc-admit gnlc-members gnlc-reports "
        "gnlc-explain gnlc-schema");
}

TEST_CASE("a command's formats are the listed names of its table, aliases left out") {
  CHECK(expanded("(@FORMATS:check@)\n") == "(text json github sarif junit)\n");
  CHECK(expanded("@FORMATS:quota@") == "table csv tsv json xlsx");  // "text" is an alias of table
}

TEST_CASE("a line with @COMMAND@ is repeated per command, with @FORMATS@ only for those with --format") {
  CHECK(expanded("  @COMMAND@) echo \"@FORMATS@\" ;;\nend\n") ==
        "  check) echo \"text json github sarif junit\" ;;\n"
        "  calendar) echo \"text json ics toml\" ;;\n"
        "  quota) echo \"table csv tsv json xlsx\" ;;\n"
        "  members) echo \"table csv tsv json markdown html xlsx\" ;;\n"
        "  reports) echo \"table csv tsv json ics xlsx\" ;;\n"
        "end\n");
  const std::string described = expanded("\"@COMMAND@:@SUMMARY@\"\n");
  CHECK(
      described.starts_with("\"new:print a commented application template to fill in\"\n"
                            "\"check:validate application files\"\n"));
  CHECK(described.ends_with("\"schema:print the JSON Schema of the application format, for editors\"\n"));
}

TEST_CASE("the country codes, in the table's order") {
  const std::string codes = expanded("@COUNTRIES@");
  CHECK(codes.starts_with("AD AE AF AG "));
  CHECK(codes.find(" KE ") != std::string::npos);
  CHECK(codes.ends_with(" ZA ZM ZW"));
}

TEST_CASE("an @ that opens no placeholder is text") {
  CHECK(expanded("for w in \"${words[@]}\"; do echo \"${x[@]}\"; done\n") ==
        "for w in \"${words[@]}\"; do echo \"${x[@]}\"; done\n");
  CHECK(expanded("a@b.c and @@ and @lower@\n") == "a@b.c and @@ and @lower@\n");
}

TEST_CASE("an unknown placeholder is an error with its line") {
  auto result = expand_completions("ok\nstill ok\n x @NOPE@\n");
  REQUIRE(std::holds_alternative<TemplateError>(result));
  CHECK(std::get<TemplateError>(result).line == 3);
  CHECK(std::get<TemplateError>(result).message == "unknown placeholder @NOPE@");
  // A command without --format, and @SUMMARY@ outside a repeated line.
  CHECK(std::get<TemplateError>(expand_completions("@FORMATS:new@")).message == "unknown placeholder @FORMATS:new@");
  CHECK(std::get<TemplateError>(expand_completions("@SUMMARY@")).line == 1);
}
