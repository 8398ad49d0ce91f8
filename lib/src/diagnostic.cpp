#include <gnlc/diagnostic.hpp>
#include <gnlc/rules.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>

namespace gnlc {

std::string_view severity_name(Severity severity) { return severity == Severity::error ? "error" : "warning"; }

bool has_errors_since(const Diagnostics& diagnostics, std::size_t start) {
  return std::any_of(diagnostics.begin() + std::ptrdiff_t(std::min(start, diagnostics.size())), diagnostics.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::error; });
}

bool has_errors(const Diagnostics& diagnostics) {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::error; });
}

std::size_t count(const Diagnostics& diagnostics, Severity severity) {
  return std::size_t(std::count_if(diagnostics.begin(), diagnostics.end(),
                                   [&](const Diagnostic& d) { return d.severity == severity; }));
}

void sort_by_position(Diagnostics& diagnostics) {
  std::stable_sort(diagnostics.begin(), diagnostics.end(),
                   [](const Diagnostic& a, const Diagnostic& b) { return a.position < b.position; });
}

void cap_diagnostics(Diagnostics& diagnostics, std::size_t limit) {
  if (diagnostics.size() <= limit) return;
  const Position last = limit > 0 ? diagnostics[limit - 1].position : Position{};
  diagnostics.resize(limit);
  diagnostics.push_back(make_diagnostic("input-too-complex"_rule, last,
                                        fmt::format("further problems are not shown; the limit is {} per file", limit),
                                        "fix the problems above first"));
}

void CappedDiagnostics::push_back(Diagnostic diagnostic) {
  if (kept_.size() < limit_)
    kept_.push_back(std::move(diagnostic));
  else
    ++dropped_;
}

Diagnostics CappedDiagnostics::finish() && {
  if (dropped_ > 0) {
    // One more than the limit, so that cap_diagnostics adds its note.
    kept_.push_back({});
    cap_diagnostics(kept_, limit_);
  }
  return std::move(kept_);
}

std::span<const RuleInfo> rule_catalogue() { return catalogue_data::catalogue; }

const RuleInfo* find_rule(std::string_view name) {
  for (const RuleInfo& info : catalogue_data::catalogue)
    if (info.name == name) return &info;
  return nullptr;
}

Diagnostic make_diagnostic(std::string_view rule, Position position, std::string message, std::string hint) {
  const RuleInfo* info = find_rule(rule);
  return Diagnostic{rule, info ? info->severity : Severity::error, position, std::move(message), std::move(hint)};
}

}  // namespace gnlc
