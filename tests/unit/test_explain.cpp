// explain: the rule explanations (data/rules.toml) as `gnlc explain` and
// SARIF's help show them.
#include <doctest/doctest.h>
#include <gnlc/explain.hpp>
#include <gnlc/rules.hpp>

#include <string>

TEST_CASE("explanation_text") {
  const gnlc::RuleInfo* info = gnlc::find_rule("invalid-email");
  const gnlc::RuleExplanation* explanation = gnlc::find_explanation("invalid-email");
  REQUIRE(info != nullptr);
  REQUIRE(explanation != nullptr);
  const std::string text = gnlc::explanation_text(*info, *explanation, false);
  CHECK(text.starts_with("invalid-email (error): `contact.email` malformed\n\nWhat it checks\n    contact.email is "));
  CHECK(text.find("\n\nWhy\n    The application travels by e-mail") != std::string::npos);
  CHECK(text.find("\n\nAn example that fails\n    [contact]\n") != std::string::npos);
  CHECK(text.find("\n\nThe fix\n    [contact]\n    email = \"learning@sonderborg.dk\"\n") != std::string::npos);
  CHECK(text.ends_with("    fine.\n"));
  // Bold headings only with colour.
  const std::string bold = gnlc::explanation_text(*info, *explanation, true);
  CHECK(bold.find("\x1b[1mWhat it checks\x1b[0m\n") != std::string::npos);
  CHECK(text.find('\x1b') == std::string::npos);
  // endorsement-pending changes severity with the deadline.
  const gnlc::RuleInfo* pending = gnlc::find_rule("endorsement-pending");
  REQUIRE(pending != nullptr);
  CHECK(gnlc::explanation_text(*pending, *gnlc::find_explanation("endorsement-pending"), false)
            .starts_with("endorsement-pending (warning, then error): "));
}

TEST_CASE("explanation_markdown") {
  const gnlc::RuleInfo* info = gnlc::find_rule("invalid-email");
  const gnlc::RuleExplanation* explanation = gnlc::find_explanation("invalid-email");
  REQUIRE(info != nullptr);
  REQUIRE(explanation != nullptr);
  const std::string markdown = gnlc::explanation_markdown(*info, *explanation);
  CHECK(markdown.starts_with(
      "**invalid-email** (error): `contact.email` malformed\n\n## What it checks\n\ncontact.email is not exactly"));
  CHECK(markdown.find("addresses separated by ; or , fail.\n\n## Why\n\nThe application travels") != std::string::npos);
  CHECK(markdown.find("## An example that fails\n\n```\n[contact]\nemail = ") != std::string::npos);
  CHECK(markdown.find("## The fix\n\n```\n[contact]\n") != std::string::npos);
  CHECK(markdown.ends_with("fine.\n```\n"));
  // Every rule has both forms.
  for (const gnlc::RuleInfo& rule : gnlc::rule_catalogue()) {
    CAPTURE(rule.name);
    const gnlc::RuleExplanation* e = gnlc::find_explanation(rule.name);
    REQUIRE(e != nullptr);
    CHECK(gnlc::explanation_markdown(rule, *e).find("\n## Why\n\n") != std::string::npos);
  }
}
