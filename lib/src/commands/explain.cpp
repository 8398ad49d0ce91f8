#include "common.hpp"

#include <gnlc/exit_codes.hpp>
#include <gnlc/explain.hpp>
#include <gnlc/rules.hpp>
#include <gnlc/util/strings.hpp>

#include <fmt/format.h>

namespace gnlc {

int run_explain(const ExplainOptions& options, Console& console) {
  if (!options.rule || options.list) {
    for (const RuleInfo& info : rule_catalogue())
      console.out << fmt::format("{:<30} {:<8} {}\n", info.name, severity_name(info.severity), info.summary);
    return exit_code::success;
  }
  const RuleInfo* info = find_rule(*options.rule);
  const RuleExplanation* explanation = find_explanation(*options.rule);
  if (info == nullptr || explanation == nullptr) {
    std::vector<std::string_view> names;
    for (const RuleInfo& rule : rule_catalogue()) names.push_back(rule.name);
    std::string message = fmt::format("no rule named '{}'", *options.rule);
    if (const auto near = util::closest_match(*options.rule, names))
      message += fmt::format("; did you mean '{}'?", *near);
    commands::print_error(console, message);
    return exit_code::usage_error;
  }
  console.out << explanation_text(*info, *explanation, console.color_out);
  return exit_code::success;
}

}  // namespace gnlc
