#include "common.hpp"

#include <gnlc/exit_codes.hpp>
#include <gnlc/explain.hpp>
#include <gnlc/output/style.hpp>
#include <gnlc/rules.hpp>
#include <gnlc/util/strings.hpp>

#include <fmt/format.h>

namespace gnlc {
namespace {

std::string indented(std::string_view text) {
  std::string out;
  for (std::string_view line : util::split(text, '\n')) out += line.empty() ? "\n" : fmt::format("    {}\n", line);
  while (out.ends_with("\n\n")) out.pop_back();
  return out;
}

}  // namespace

int run_explain(const ExplainOptions& options, Console& console) {
  const bool color = console.color_out;
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
  const auto heading = [&](std::string_view text) { return output::styled(text, output::Style::bold, color) + "\n"; };
  std::string text = fmt::format(
      "{} ({}): {}\n\n", output::styled(info->name, output::Style::bold, color),
      info->name == rule::endorsement_pending ? "warning, then error" : severity_name(info->severity), info->summary);
  text += heading("What it checks") + indented(explanation->checks) + "\n";
  text += heading("Why") + indented(explanation->why) + "\n";
  if (!explanation->example.empty()) text += heading("An example that fails") + indented(explanation->example) + "\n";
  if (!explanation->fix.empty()) text += heading("The fix") + indented(explanation->fix);
  console.out << text;
  return exit_code::success;
}

}  // namespace gnlc
