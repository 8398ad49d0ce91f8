#include <gnlc/check.hpp>

#include "application_rules.hpp"

#include <gnlc/rules.hpp>
#include <gnlc/util/unicode.hpp>

#include <fmt/format.h>

#include <limits>
#include <stdexcept>

namespace gnlc {

namespace rules {

std::optional<int> Subject::call_year() const {
  if (call != nullptr) return call->year;
  if (application.call) return int(application.call->value);
  return std::nullopt;
}

Subject make_subject(const Application& application, const CheckContext& context) {
  Subject subject{application, context};
  if (application.country) subject.country = context.countries.resolve(application.country->value);
  if (application.call)
    subject.call = context.calendar.find(int(application.call->value));
  else if (application.submitted_on)
    subject.call = context.calendar.call_open_on(application.submitted_on->value);
  return subject;
}

std::span<const Rule> content_rules() {
  static constexpr Rule all[] = {check_country,          check_call,        check_pledge,    check_profile,
                                 check_submission_dates, check_endorsement, check_membership};
  return all;
}

}  // namespace rules

namespace {

// The one projection of a checked application that the batch rules, the
// outputs and `gnlc quota` (through make_candidate) read.
ApplicationFacts facts_of(const rules::Subject& subject) {
  const Application& app = subject.application;
  ApplicationFacts facts;
  facts.call = subject.call_year();
  if (app.city_name) {
    facts.city = app.city_name->value;
    facts.city_position = app.city_name->position;
  }
  facts.country = subject.country;
  if (app.country) facts.country_text = app.country->value;
  if (app.priority) {
    facts.priority = app.priority->value;
    facts.priority_position = app.priority->position;
  }
  if (app.endorsed_on) facts.endorsed_on = app.endorsed_on->value;
  if (app.forwarded_on) facts.forwarded_on = app.forwarded_on->value;
  if (app.decision) {
    facts.endorsed = app.decision->value == "endorsed";
    facts.decision_position = app.decision->position;
  }
  if (subject.call) facts.submission_cap = subject.call->submission_cap;
  return facts;
}

}  // namespace

FileReport check_application(std::string path, std::string_view text, const CheckContext& context) {
  FileReport report;
  report.path = std::move(path);
  if (text.size() > context.limits.max_file_size) {
    report.diagnostics.push_back(
        make_diagnostic("file-too-large"_rule, {1, 1},
                        fmt::format("the file is larger than the limit of {} bytes", context.limits.max_file_size)));
    return report;
  }
  ApplicationParse parsed = parse_application(text, context.limits);
  report.diagnostics = std::move(parsed.diagnostics);
  if (parsed.application) {
    const rules::Subject subject = rules::make_subject(*parsed.application, context);
    for (const rules::Rule rule : rules::content_rules()) {
      Diagnostics found = rule(subject);
      report.diagnostics.insert(report.diagnostics.end(), std::make_move_iterator(found.begin()),
                                std::make_move_iterator(found.end()));
    }
    report.facts = facts_of(subject);
  }
  sort_by_position(report.diagnostics);
  cap_diagnostics(report.diagnostics, context.limits.max_diagnostics);
  return report;
}

FileReport unreadable_file(std::string path, std::string_view rule, std::string message) {
  FileReport report;
  report.path = std::move(path);
  report.diagnostics.push_back(
      make_diagnostic(rule, rule == "read-error"_rule ? Position{} : Position{1, 1}, std::move(message)));
  return report;
}

void BatchRules::apply_duplicates(FileReport& report, std::size_t file) {
  const ApplicationFacts& facts = report.facts;
  if (facts.country == nullptr || !facts.city) return;
  // A repository keeps every call's files: a city may apply to each call.
  std::string identity = city_identity(*facts.country, *facts.city);
  identity += '\t';
  identity += facts.call ? std::to_string(*facts.call) : std::string("?");
  const std::uint32_t first = first_by_identity_.try_add(util::digest(identity).low, std::uint32_t(file));
  const bool inserted = first == file;
  bool changed = false;
  if (!inserted) {
    report.diagnostics.push_back(make_diagnostic(
        "duplicate-application"_rule, facts.city_position,
        facts.call ? fmt::format("{} ({}) applies twice to the {} call in this batch", *facts.city,
                                 facts.country->alpha2, *facts.call)
                   : fmt::format("{} ({}) applies twice in this batch", *facts.city, facts.country->alpha2),
        fmt::format("the first application is {}", path_of_(first))));
    changed = true;
  }
  if (facts.priority && facts.call) {
    const std::string key = fmt::format("{}\t{}\t{}", facts.country->alpha2, *facts.call, *facts.priority);
    const std::uint32_t holder = first_by_priority_.try_add(util::digest(key).low, std::uint32_t(file));
    if (holder != file && inserted) {
      report.diagnostics.push_back(
          make_diagnostic("duplicate-priority"_rule, facts.priority_position,
                          fmt::format("priority {} is already given to another {} application in the {} call",
                                      *facts.priority, facts.country->alpha2, *facts.call),
                          fmt::format("the other application is {}", path_of_(holder))));
      changed = true;
    }
  }
  if (changed) sort_by_position(report.diagnostics);
}

void BatchRules::add(FileReport report, std::size_t file, const Emit& emit) {
  if (file >= std::numeric_limits<std::uint32_t>::max()) throw std::length_error("more files than a batch holds");
  apply_duplicates(report, file);
  const ApplicationFacts& facts = report.facts;
  const bool capped = facts.endorsed && facts.country && facts.call && facts.submission_cap;
  if (!capped && held_.empty()) {
    emit(report);
    return;
  }
  if (capped)
    capped_.push_back({held_.size(), fmt::format("{}\t{}", facts.country->alpha2, *facts.call), *facts.submission_cap,
                       facts.forwarded_on.value_or(Day::max()), facts.endorsed_on.value_or(Day::max())});
  held_.push_back(std::move(report));
}

void BatchRules::finish(const Emit& emit) {
  // Within each country and call, in order of forwarding, then decision,
  // then path: the applications after the first `cap` are beyond it.
  std::stable_sort(capped_.begin(), capped_.end(), [&](const Capped& a, const Capped& b) {
    return std::tie(a.group, a.forwarded, a.endorsed, held_[a.held].path) <
           std::tie(b.group, b.forwarded, b.endorsed, held_[b.held].path);
  });
  for (std::size_t first = 0; first < capped_.size();) {
    std::size_t end = first;
    while (end < capped_.size() && capped_[end].group == capped_[first].group) ++end;
    const int cap = capped_[first].cap;
    if (end - first > std::size_t(cap)) {
      std::string within;
      for (std::size_t k = first; k < first + std::size_t(cap); ++k)
        within += (within.empty() ? "" : ", ") + held_[capped_[k].held].path;
      for (std::size_t k = first + std::size_t(cap); k < end; ++k) {
        FileReport& report = held_[capped_[k].held];
        const ApplicationFacts& facts = report.facts;
        report.diagnostics.push_back(make_diagnostic(
            "submission-cap"_rule, facts.decision_position,
            fmt::format("{} endorsed applications of {} in the {} call; a National Commission sends at most {}",
                        end - first, facts.country->alpha2, *facts.call, cap),
            fmt::format("in order of forwarding, the {} within the cap: {}", cap, within)));
        sort_by_position(report.diagnostics);
      }
    }
    first = end;
  }
  for (FileReport& report : held_) emit(report);
  held_.clear();
  capped_.clear();
}

}  // namespace gnlc
