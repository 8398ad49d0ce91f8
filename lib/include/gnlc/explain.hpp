// `gnlc explain RULE`: what a rule checks, why, an example that fails and
// its fix (data/rules.toml, embedded).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gnlc {

struct RuleExplanation {
  std::string rule;
  std::string checks;   // what the rule checks
  std::string why;      // why the network has the rule
  std::string example;  // a file fragment that fails
  std::string fix;      // the same fragment, fixed
};

// Every explanation, in catalogue order.
const std::vector<RuleExplanation>& rule_explanations();
const RuleExplanation* find_explanation(std::string_view rule);

struct RuleInfo;
// What `gnlc explain RULE` prints (headings in bold when `color`), and the
// same as Markdown: SARIF carries both, so that code scanning shows the
// explanation itself.
std::string explanation_text(const RuleInfo& info, const RuleExplanation& explanation, bool color);
std::string explanation_markdown(const RuleInfo& info, const RuleExplanation& explanation);

}  // namespace gnlc
