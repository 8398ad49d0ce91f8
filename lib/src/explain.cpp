#include <gnlc/explain.hpp>

#include <gnlc/rules.hpp>

#include <fmt/format.h>
#include <toml++/toml.h>

#include <stdexcept>

namespace gnlc {
namespace embedded {
std::string_view rules_toml();
}

const std::vector<RuleExplanation>& rule_explanations() {
  static const std::vector<RuleExplanation> explanations = [] {
    const toml::table table = toml::parse(embedded::rules_toml());
    std::vector<RuleExplanation> list;
    for (const RuleInfo& info : rule_catalogue()) {
      const toml::table* entry = table[info.name].as_table();
      if (entry == nullptr) throw std::logic_error(fmt::format("data/rules.toml has no entry for {}", info.name));
      const auto text = [&](std::string_view key) { return std::string((*entry)[key].value_or(std::string_view{})); };
      list.push_back({std::string(info.name), text("checks"), text("why"), text("example"), text("fix")});
    }
    return list;
  }();
  return explanations;
}

const RuleExplanation* find_explanation(std::string_view rule) {
  for (const RuleExplanation& explanation : rule_explanations())
    if (explanation.rule == rule) return &explanation;
  return nullptr;
}

}  // namespace gnlc
