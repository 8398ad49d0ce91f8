#include <gnlc/explain.hpp>

#include "toml/document.hpp"

#include <gnlc/output/style.hpp>
#include <gnlc/rules.hpp>
#include <gnlc/util/strings.hpp>

#include <fmt/format.h>

#include <stdexcept>

namespace gnlc {
namespace embedded {
std::string_view rules_toml();
}

const std::vector<RuleExplanation>& rule_explanations() {
  // The project's own data, read by the fast reader: toml++ took five
  // times as long as the rest of `gnlc explain` for its 40 KB of text.
  static const std::vector<RuleExplanation> explanations = [] {
    using toml_document::Value;
    auto read = toml_document::read(embedded::rules_toml());
    if (const auto* error = std::get_if<Diagnostic>(&read))
      throw std::logic_error(fmt::format("data/rules.toml:{}: {}", error->position.line, error->message));
    const Value& root = std::get<toml_document::Document>(read).root;
    std::vector<RuleExplanation> list;
    for (const RuleInfo& info : rule_catalogue()) {
      const Value* entry = toml_document::find(root.entries, info.name);
      if (entry == nullptr || entry->kind != Value::Kind::table)
        throw std::logic_error(fmt::format("data/rules.toml has no entry for {}", info.name));
      const auto text = [&](std::string_view key) {
        const Value* value = toml_document::find(entry->entries, key);
        return value != nullptr && value->kind == Value::Kind::string ? std::string(value->text) : std::string();
      };
      list.push_back({std::string(info.name), text("checks"), text("why"), text("example"), text("fix")});
    }
    return list;
  }();
  return explanations;
}

namespace {

std::string indented(std::string_view text) {
  std::string out;
  for (std::string_view line : util::split(text, '\n')) out += line.empty() ? "\n" : fmt::format("    {}\n", line);
  while (out.ends_with("\n\n")) out.pop_back();
  return out;
}

std::string_view severity_text(const RuleInfo& info) {
  return info.name == "endorsement-pending"_rule ? "warning, then error" : severity_name(info.severity);
}

// The examples hold TOML and terminal output: verbatim, in a fence longer
// than any run of backticks inside.
std::string fenced(std::string_view text) {
  std::string fence = "```";
  while (text.find(fence) != std::string_view::npos) fence += '`';
  std::string body(text);
  while (body.ends_with('\n')) body.pop_back();
  return fmt::format("{}\n{}\n{}\n", fence, body, fence);
}

std::string paragraph(std::string_view text) {
  std::string body(text);
  while (body.ends_with('\n')) body.pop_back();
  return body + "\n";
}

}  // namespace

std::string explanation_text(const RuleInfo& info, const RuleExplanation& explanation, bool color) {
  const auto heading = [&](std::string_view text) { return output::styled(text, output::Style::bold, color) + "\n"; };
  std::string text = fmt::format("{} ({}): {}\n\n", output::styled(info.name, output::Style::bold, color),
                                 severity_text(info), info.summary);
  text += heading("What it checks") + indented(explanation.checks) + "\n";
  text += heading("Why") + indented(explanation.why) + "\n";
  if (!explanation.example.empty()) text += heading("An example that fails") + indented(explanation.example) + "\n";
  if (!explanation.fix.empty()) text += heading("The fix") + indented(explanation.fix);
  return text;
}

std::string explanation_markdown(const RuleInfo& info, const RuleExplanation& explanation) {
  std::string text = fmt::format("**{}** ({}): {}\n\n", info.name, severity_text(info), info.summary);
  text += "## What it checks\n\n" + paragraph(explanation.checks);
  text += "\n## Why\n\n" + paragraph(explanation.why);
  if (!explanation.example.empty()) text += "\n## An example that fails\n\n" + fenced(explanation.example);
  if (!explanation.fix.empty()) text += "\n## The fix\n\n" + fenced(explanation.fix);
  return text;
}

const RuleExplanation* find_explanation(std::string_view rule) {
  for (const RuleExplanation& explanation : rule_explanations())
    if (explanation.rule == rule) return &explanation;
  return nullptr;
}

}  // namespace gnlc
