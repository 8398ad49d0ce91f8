#include <gnlc/check.hpp>

#include "rules.hpp"

#include <gnlc/rules.hpp>
#include <gnlc/util/unicode.hpp>

#include <fmt/format.h>

namespace gnlc {

FileReport check_application(std::string path, std::string_view text, const CheckContext& context) {
  FileReport report;
  report.path = std::move(path);
  if (text.size() > context.limits.max_file_size) {
    report.diagnostics.push_back(make_diagnostic(
        rule::file_too_large, {1, 1},
        fmt::format("the file is larger than the limit of {} bytes", context.limits.max_file_size)));
    return report;
  }
  ApplicationParse parsed = parse_application(text, context.limits);
  report.diagnostics = std::move(parsed.diagnostics);
  if (parsed.application) {
    const Application& app = *parsed.application;
    rules::Subject subject{app, context};
    rules::check_country(subject, report.diagnostics);
    rules::find_call(subject, report.diagnostics);
    rules::check_pledge(subject, report.diagnostics);
    rules::check_profile(subject, report.diagnostics);
    rules::check_submission_dates(subject, report.diagnostics);
    rules::check_endorsement(subject, report.diagnostics);
    rules::check_membership(subject, report.diagnostics);

    ApplicationFacts& facts = report.facts;
    if (subject.call)
      facts.call = subject.call->year;
    else if (app.call)
      facts.call = int(app.call->value);
    if (app.city_name) {
      facts.city = app.city_name->value;
      facts.city_position = app.city_name->position;
    }
    facts.country = subject.country;
    if (app.priority) {
      facts.priority = app.priority->value;
      facts.priority_position = app.priority->position;
    }
    if (app.endorsed_on) facts.endorsed_on = app.endorsed_on->value;
  }
  sort_by_position(report.diagnostics);
  cap_diagnostics(report.diagnostics, context.limits.max_diagnostics);
  return report;
}

FileReport unreadable_file(std::string path, std::string_view rule, std::string message) {
  FileReport report;
  report.path = std::move(path);
  report.diagnostics.push_back(make_diagnostic(rule, rule == rule::read_error ? Position{} : Position{1, 1},
                                               std::move(message)));
  return report;
}

void BatchRules::apply(FileReport& report, std::string_view path) {
  const ApplicationFacts& facts = report.facts;
  if (facts.country == nullptr || !facts.city) return;
  const std::string identity = city_identity(*facts.country, *facts.city);
  const auto [first, inserted] = first_by_identity_.try_emplace(identity, path);
  bool changed = false;
  if (!inserted) {
    report.diagnostics.push_back(make_diagnostic(
        rule::duplicate_application, facts.city_position,
        fmt::format("{} ({}) applies twice in this batch", *facts.city, facts.country->alpha2),
        fmt::format("the first application is {}", first->second)));
    changed = true;
  }
  if (facts.priority && facts.call) {
    const std::string key = fmt::format("{}\t{}\t{}", facts.country->alpha2, *facts.call, *facts.priority);
    const auto [holder, fresh] = first_by_priority_.try_emplace(key, path);
    if (!fresh && inserted) {
      report.diagnostics.push_back(make_diagnostic(
          rule::duplicate_priority, facts.priority_position,
          fmt::format("priority {} is already given to another {} application in the {} call", *facts.priority,
                      facts.country->alpha2, *facts.call),
          fmt::format("the other application is {}", holder->second)));
      changed = true;
    }
  }
  if (changed) sort_by_position(report.diagnostics);
}

}  // namespace gnlc
