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

}  // namespace gnlc
