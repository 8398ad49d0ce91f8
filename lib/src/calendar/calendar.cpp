#include <gnlc/calendar.hpp>

#include "../toml_support.hpp"

#include <gnlc/limits.hpp>
#include <gnlc/rules.hpp>
#include <gnlc/util/text_safety.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <stdexcept>

namespace gnlc {
namespace embedded {
std::string_view calls_toml();
}

std::string_view phase_name(Phase phase) {
  switch (phase) {
    case Phase::before_call:
      return "before-call";
    case Phase::call_open:
      return "call-open";
    case Phase::endorsement:
      return "endorsement";
    case Phase::closed:
      return "closed";
  }
  return "closed";
}

PhaseOnDay phase_on(const Call& call, Day day) {
  if (day < call.opens) return {Phase::before_call, days_between(day, call.opens - date::days{1})};
  if (day <= call.closes) return {Phase::call_open, days_between(day, call.closes)};
  if (day <= call.endorsement_deadline) return {Phase::endorsement, days_between(day, call.endorsement_deadline)};
  return {Phase::closed, std::nullopt};
}

bool Call::is_inferred(std::string_view key) const {
  return std::find(inferred.begin(), inferred.end(), key) != inferred.end();
}

Calendar::Calendar(std::vector<Call> calls, std::vector<ReportRound> rounds)
    : calls_(std::move(calls)), rounds_(std::move(rounds)) {
  std::sort(calls_.begin(), calls_.end(), [](const Call& a, const Call& b) { return a.year < b.year; });
  std::stable_sort(rounds_.begin(), rounds_.end(),
                   [](const ReportRound& a, const ReportRound& b) { return a.deadline < b.deadline; });
}

const Call* Calendar::call_admitting_on(Day admitted) const {
  const Call* latest = nullptr;
  for (const Call& call : calls_)
    if (call.endorsement_deadline < admitted &&
        (latest == nullptr || call.endorsement_deadline > latest->endorsement_deadline))
      latest = &call;
  return latest;
}

const Calendar& Calendar::builtin() {
  static const Calendar calendar = [] {
    CalendarParse parsed = parse_calendar(embedded::calls_toml());
    if (!parsed.calendar) throw std::logic_error("the built-in calendar is invalid");
    return std::move(*parsed.calendar);
  }();
  return calendar;
}

std::string_view Calendar::builtin_text() { return embedded::calls_toml(); }

const Call* Calendar::find(int year) const {
  for (const Call& call : calls_)
    if (call.year == year) return &call;
  return nullptr;
}

const Call* Calendar::call_open_on(Day day) const {
  for (const Call& call : calls_)
    if (call.window_holds(day)) return &call;
  return nullptr;
}

std::pair<const Call*, const Call*> Calendar::neighbours(int year) const {
  const Call* before = nullptr;
  const Call* after = nullptr;
  for (const Call& call : calls_) {
    if (call.year < year) before = &call;
    if (call.year > year && after == nullptr) after = &call;
  }
  return {before, after};
}

std::pair<const Call*, const Call*> Calendar::neighbours(Day day) const {
  const Call* before = nullptr;
  const Call* after = nullptr;
  for (const Call& call : calls_) {
    if (call.closes < day && (before == nullptr || call.closes > before->closes)) before = &call;
    if (call.opens > day && (after == nullptr || call.opens < after->opens)) after = &call;
  }
  return {before, after};
}

namespace {

constexpr std::array<std::string_view, 3> top_level_keys{"format", "call", "report_round"};
constexpr std::array<std::string_view, 11> call_keys{"year",
                                                     "opens",
                                                     "closes",
                                                     "endorsement_deadline",
                                                     "quota_per_country",
                                                     "submission_cap",
                                                     "original_closes",
                                                     "original_endorsement_deadline",
                                                     "inferred",
                                                     "source",
                                                     "sources"};
constexpr std::array<std::string_view, 4> round_keys{"deadline", "admitted_from", "admitted_before", "source"};
// The facts of a call that can be inferred rather than published.
constexpr std::array<std::string_view, 6> date_keys{
    "opens", "closes", "endorsement_deadline", "original_closes", "original_endorsement_deadline", "quota_per_country"};
constexpr std::array<std::string_view, 7> source_keys{
    "opens",          "closes",          "endorsement_deadline",         "quota_per_country",
    "submission_cap", "original_closes", "original_endorsement_deadline"};

using toml_document::find;
using toml_document::Value;

// A source text: one line of printable text, since it is printed as it is.
std::optional<std::string> read_text(const Value& value, std::string_view path, Diagnostics& out) {
  const auto text = detail::read_string(value, path, true, out);
  if (!text) return std::nullopt;
  if (const auto control = util::find_control_character(text->value, false)) {
    out.push_back(make_diagnostic("invalid-value"_rule, text->position,
                                  fmt::format("'{}' contains the control character U+{:04X}", path, unsigned(*control)),
                                  "remove it; a source is one line of printable text"));
    return std::nullopt;
  }
  return std::string(text->value);
}

std::optional<Call> read_call(const Value& call_table, Diagnostics& out) {
  const auto& table = call_table.entries;
  const Position at = call_table.position;
  const std::size_t start = out.size();
  detail::report_unknown_keys(table, "call", call_keys, out);
  Call call;
  call.position = at;
  const auto required_day = [&](std::string_view key) -> std::optional<detail::Read<Day>> {
    if (const Value* node = find(table, key)) return detail::read_day(*node, detail::dotted("call", key), out);
    detail::report_missing(detail::dotted("call", key), at, out);
    return std::nullopt;
  };
  const auto optional_day = [&](std::string_view key) -> std::optional<detail::Read<Day>> {
    if (const Value* node = find(table, key)) return detail::read_day(*node, detail::dotted("call", key), out);
    return std::nullopt;
  };
  std::optional<detail::Read<std::int64_t>> year;
  if (const Value* node = find(table, "year"))
    year = detail::read_integer(*node, "call.year", out);
  else
    detail::report_missing("call.year", at, out);
  if (year && (year->value < 1900 || year->value > 9999)) {
    out.push_back(make_diagnostic("invalid-value"_rule, year->position,
                                  fmt::format("call year {} is out of range (1900 to 9999)", year->value)));
    year.reset();
  }
  const auto opens = required_day("opens");
  const auto closes = required_day("closes");
  const auto deadline = optional_day("endorsement_deadline");
  const auto original_closes = optional_day("original_closes");
  const auto original_deadline = optional_day("original_endorsement_deadline");
  const auto read_cap = [&](std::string_view key) -> std::optional<int> {
    const Value* node = find(table, key);
    if (node == nullptr) return std::nullopt;
    const std::string path = detail::dotted("call", key);
    const auto cap = detail::read_integer(*node, path, out);
    if (!cap) return std::nullopt;
    if (cap->value >= 1 && cap->value <= 1000) return int(cap->value);
    out.push_back(make_diagnostic("invalid-value"_rule, cap->position,
                                  fmt::format("'{}' must be between 1 and 1000", path),
                                  "leave the key out for a call without a cap"));
    return std::nullopt;
  };
  call.quota_per_country = read_cap("quota_per_country");
  call.submission_cap = read_cap("submission_cap");
  if (const Value* node = find(table, "inferred")) {
    if (node->kind != Value::Kind::array) {
      out.push_back(make_diagnostic("wrong-type"_rule, node->position, "'call.inferred' must be an array of key names",
                                    "write inferred = [\"endorsement_deadline\"]"));
    } else {
      for (const Value& element : node->elements) {
        const auto key = detail::read_string(element, "call.inferred", true, out);
        if (!key) continue;
        if (std::find(date_keys.begin(), date_keys.end(), key->value) == date_keys.end())
          out.push_back(detail::unknown_key(key->value, key->position, "call.inferred", date_keys));
        else if (!call.is_inferred(key->value))
          call.inferred.emplace_back(key->value);
      }
    }
  }
  if (const Value* node = find(table, "source")) {
    if (const auto source = read_text(*node, "call.source", out)) call.source = *source;
  } else {
    detail::report_missing("call.source", at, out);
  }
  if (const Value* node = find(table, "sources")) {
    if (node->kind == Value::Kind::table) {
      detail::report_unknown_keys(node->entries, "call.sources", source_keys, out);
      for (const auto& [key, key_position, value] : node->entries) {
        if (std::find(source_keys.begin(), source_keys.end(), key) == source_keys.end()) continue;  // reported above
        if (const auto text = read_text(value, detail::dotted("call.sources", key), out))
          call.sources.emplace_back(key, *text);
      }
    } else {
      out.push_back(make_diagnostic("wrong-type"_rule, node->position, "'call.sources' must be a table"));
    }
  }
  if (has_errors_since(out, start) || !year || !opens || !closes) return std::nullopt;

  call.year = int(year->value);
  call.opens = opens->value;
  call.closes = closes->value;
  call.endorsement_deadline = deadline ? deadline->value : one_month_after(closes->value);
  // A deadline left out is the one-month rule's: inferred by definition.
  if (!deadline && !call.is_inferred("endorsement_deadline")) call.inferred.emplace_back("endorsement_deadline");
  if (original_closes) call.original_closes = original_closes->value;
  if (original_deadline) call.original_endorsement_deadline = original_deadline->value;

  const auto out_of_order = [&](Position position, std::string message) {
    out.push_back(make_diagnostic("invalid-call-dates"_rule, position, std::move(message)));
  };
  if (call.closes < call.opens)
    out_of_order(closes->position, fmt::format("call {} closes before it opens", call.year));
  else if (call.endorsement_deadline < call.closes)
    out_of_order(deadline ? deadline->position : closes->position,
                 fmt::format("call {}: the endorsement deadline is before the close", call.year));
  else if (original_closes && (original_closes->value < call.opens || original_closes->value > call.closes))
    out_of_order(original_closes->position,
                 fmt::format("call {}: the original close must fall inside the extended window", call.year));
  else if (original_deadline && original_deadline->value > call.endorsement_deadline)
    out_of_order(original_deadline->position,
                 fmt::format("call {}: the original endorsement deadline is after the extended one", call.year));
  else
    return call;
  return std::nullopt;
}

std::optional<ReportRound> read_round(const Value& round_table, Diagnostics& out) {
  const auto& table = round_table.entries;
  const std::size_t start = out.size();
  detail::report_unknown_keys(table, "report_round", round_keys, out);
  ReportRound round;
  round.position = round_table.position;
  const auto day = [&](std::string_view key) -> std::optional<detail::Read<Day>> {
    if (const Value* node = find(table, key)) return detail::read_day(*node, detail::dotted("report_round", key), out);
    return std::nullopt;
  };
  const auto deadline = day("deadline");
  if (!find(table, "deadline")) detail::report_missing("report_round.deadline", round.position, out);
  const auto from = day("admitted_from");
  const auto before = day("admitted_before");
  if (const Value* node = find(table, "source")) {
    if (const auto source = read_text(*node, "report_round.source", out)) round.source = *source;
  } else {
    detail::report_missing("report_round.source", round.position, out);
  }
  if (has_errors_since(out, start) || !deadline) return std::nullopt;
  round.deadline = deadline->value;
  if (from) round.admitted_from = from->value;
  if (before) round.admitted_before = before->value;
  if (from && before && before->value <= from->value) {
    out.push_back(make_diagnostic("invalid-call-dates"_rule, before->position,
                                  "'report_round.admitted_before' must be after 'admitted_from'"));
    return std::nullopt;
  }
  if (from && deadline->value <= from->value) {
    out.push_back(make_diagnostic("invalid-call-dates"_rule, deadline->position,
                                  "a round's deadline must be after the first admission it applies to"));
    return std::nullopt;
  }
  return round;
}

// An array of tables under `key`, each read by `read`; wrong-type otherwise.
template <class T, class Read>
std::vector<T> read_tables(const Value& root, std::string_view key, Read read, Diagnostics& out) {
  std::vector<T> items;
  const Value* node = find(root.entries, key);
  if (node == nullptr) return items;
  const bool tables = node->kind == Value::Kind::array &&
                      std::all_of(node->elements.begin(), node->elements.end(),
                                  [](const Value& element) { return element.kind == Value::Kind::table; });
  if (!tables) {
    out.push_back(make_diagnostic("wrong-type"_rule, node->position,
                                  fmt::format("'{0}' must be an array of tables: write each as [[{0}]]", key)));
    return items;
  }
  // Past the limit of diagnostics with an error among them, the calendar
  // cannot be used: the rest is not read.
  const std::size_t limit = Limits{}.max_diagnostics;
  bool failed = false;
  for (const Value& element : node->elements) {
    if (failed && out.size() >= limit) break;
    const std::size_t start = out.size();
    if (auto item = read(element, out)) items.push_back(std::move(*item));
    failed = failed || has_errors_since(out, start);
  }
  return items;
}

}  // namespace

CalendarParse parse_calendar(std::string_view text) {
  CalendarParse result;
  auto parsed = toml_document::read(text);
  if (auto* error = std::get_if<Diagnostic>(&parsed)) {
    result.diagnostics.push_back(std::move(*error));
    return result;
  }
  const Value& root = std::get<toml_document::Document>(parsed).root;
  Diagnostics& out = result.diagnostics;
  if (auto wrong = detail::wrong_kind(root, detail::FileKind::calendar)) {
    out.push_back(std::move(*wrong));
    return result;
  }
  if (auto wrong = detail::check_format_version(root, 1)) {
    out.push_back(std::move(*wrong));
    return result;
  }
  detail::report_unknown_keys(root.entries, "", top_level_keys, out);
  std::vector<Call> calls;
  std::vector<bool> seen(10000);  // by year: a file of many calls stays linear
  for (Call& call : read_tables<Call>(root, "call", read_call, out)) {
    if (seen[std::size_t(call.year)]) {
      out.push_back(
          make_diagnostic("duplicate-call"_rule, call.position, fmt::format("a second call for {}", call.year)));
      continue;
    }
    seen[std::size_t(call.year)] = true;
    calls.push_back(std::move(call));
  }
  std::vector<ReportRound> rounds = read_tables<ReportRound>(root, "report_round", read_round, out);
  sort_by_position(out);
  const bool failed = has_errors(out);
  cap_diagnostics(out, Limits{}.max_diagnostics);
  if (!failed) result.calendar = Calendar(std::move(calls), std::move(rounds));
  return result;
}

}  // namespace gnlc
