#include "common.hpp"
#include "quota_decision.hpp"

#include "../rules/application_rules.hpp"

#include <gnlc/check.hpp>
#include <gnlc/exit_codes.hpp>
#include <gnlc/output/delimited.hpp>
#include <gnlc/output/json.hpp>
#include <gnlc/output/table.hpp>
#include <gnlc/quota.hpp>
#include <gnlc/rules.hpp>
#include <gnlc/util/files.hpp>
#include <gnlc/util/parallel.hpp>
#include <gnlc/util/text_safety.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

namespace gnlc {
namespace {

// Short region names keep the table within 80 columns.
std::string_view short_region(std::string_view region) {
  if (region == "Asia and the Pacific") return "Asia-Pacific";
  if (region == "Europe and North America") return "Europe/N.Am.";
  if (region == "Latin America and the Caribbean") return "Lat.Am./Car.";
  return region;
}

std::string_view ranking_words(const CountryQuota& quota) {
  switch (quota.ranking) {
    case Ranking::scores:
      return "ranked by jury scores";
    case Ranking::priority:
      return "ranked by the National Commission's priority";
    case Ranking::none:
      return quota.over_subscribed ? "undecided: neither complete scores nor priorities"
                                   : "not over-subscribed; listed by name";
  }
  return "";
}

// Lines of at most 80 columns: "  label       a, b, c" with continuation indent.
void write_list(util::Writer& out, std::string_view label, const std::vector<std::string>& names) {
  if (names.empty()) return;
  std::string line = fmt::format("  {:<11} ", label);
  const std::size_t indent = line.size();
  std::size_t width = indent;
  for (std::size_t i = 0; i < names.size(); ++i) {
    const std::string item = util::printable(names[i]) + (i + 1 < names.size() ? "," : "");
    if (width > indent && width + 1 + item.size() > 80) {
      out << line << "\n";
      line = std::string(indent, ' ');
      width = indent;
    } else if (width > indent) {
      line += ' ';
      ++width;
    }
    line += item;
    width += item.size();
  }
  out << line << "\n";
}

void write_table(util::Writer& out, const QuotaResult& result) {
  out << fmt::format("Call {}: {}\n\n", result.year,
                     result.cap
                         ? fmt::format("at most {} new member{} per country", *result.cap, *result.cap == 1 ? "" : "s")
                         : std::string("no cap on new members per country"));
  using Align = output::TextTable::Align;
  output::TextTable table({{"country", Align::left, 22},
                           {"region", Align::left, 12},
                           {"apps", Align::right},
                           {"elig", Align::right},
                           {"admitted", Align::right},
                           {"over", Align::right},
                           {"undec", Align::right},
                           {"slots", Align::right}});
  struct Totals {
    int applications = 0, eligible = 0, admitted = 0, over = 0, undecided = 0;
  };
  std::map<std::string, Totals> regions;
  const auto row = [](const Totals& t) {
    return std::vector<std::string>{std::to_string(t.applications), std::to_string(t.eligible),
                                    std::to_string(t.admitted), std::to_string(t.over), std::to_string(t.undecided)};
  };
  for (const CountryQuota& q : result.countries) {
    const Totals t{q.applications, q.eligible, int(q.admitted.size()), int(q.over_quota.size()),
                   int(q.undecided.size())};
    Totals& r = regions[q.country->region.empty() ? "other" : q.country->region];
    r.applications += t.applications;
    r.eligible += t.eligible;
    r.admitted += t.admitted;
    r.over += t.over;
    r.undecided += t.undecided;
    std::vector<std::string> cells{fmt::format("{} {}", q.country->alpha2, q.country->unesco_name),
                                   std::string(short_region(q.country->region))};
    for (std::string& cell : row(t)) cells.push_back(std::move(cell));
    cells.push_back(q.slots_left ? std::to_string(*q.slots_left) : "-");
    table.add_row(std::move(cells));
  }
  table.add_separator();
  Totals all;
  for (const auto& [region, t] : regions) {
    std::vector<std::string> cells{std::string(short_region(region)), ""};
    for (std::string& cell : row(t)) cells.push_back(std::move(cell));
    cells.emplace_back();
    table.add_row(std::move(cells));
    all.applications += t.applications;
    all.eligible += t.eligible;
    all.admitted += t.admitted;
    all.over += t.over;
    all.undecided += t.undecided;
  }
  std::vector<std::string> cells{
      fmt::format("all: {} countr{}", result.summary.countries, result.summary.countries == 1 ? "y" : "ies"), ""};
  for (std::string& cell : row(all)) cells.push_back(std::move(cell));
  cells.emplace_back();
  table.add_separator();
  table.add_row(std::move(cells));
  table.print(out);

  for (const CountryQuota& q : result.countries) {
    out << fmt::format("\n{} {}: {}\n", q.country->alpha2, util::printable(q.country->unesco_name), ranking_words(q));
    if (q.already_admitted > 0) out << fmt::format("  {:<11} {} through this call\n", "members", q.already_admitted);
    write_list(out, "admitted", q.admitted);
    write_list(out, "registered", q.registered);
    write_list(out, "over quota", q.over_quota);
    write_list(out, "undecided", q.undecided);
    write_list(out, "no score", q.unscored);
    std::vector<std::string> ineligible;
    for (const Ineligible& i : q.ineligible) ineligible.push_back(fmt::format("{} ({})", i.city, i.rule));
    write_list(out, "ineligible", ineligible);
  }
}

void write_json(util::Writer& out, const QuotaResult& result) {
  output::JsonWriter json(out);
  json.begin_object();
  json.key("year").number(result.year);
  json.key("cap").optional_number(result.cap);
  json.key("countries").begin_array();
  const auto names = [&](std::string_view key, const std::vector<std::string>& list) {
    json.key(key).begin_array();
    for (const std::string& name : list) json.string(name);
    json.end_array();
  };
  for (const CountryQuota& q : result.countries) {
    json.begin_object();
    json.key("country").string(q.country->alpha2);
    json.key("name").string(q.country->unesco_name);
    json.key("region").string(q.country->region);
    json.key("already_admitted").number(q.already_admitted);
    json.key("applications").number(q.applications);
    json.key("eligible").number(q.eligible);
    json.key("ranking").string(ranking_name(q.ranking));
    names("admitted", q.admitted);
    names("over_quota", q.over_quota);
    names("undecided", q.undecided);
    json.key("ineligible").begin_array();
    for (const Ineligible& i : q.ineligible) json.string(i.city);
    json.end_array();
    // The first error of each ineligible application, in the same order.
    json.key("ineligible_rules").begin_array();
    for (const Ineligible& i : q.ineligible) json.string(i.rule);
    json.end_array();
    json.key("slots_left").optional_number(q.slots_left);
    names("registered", q.registered);
    names("unscored", q.unscored);
    json.end_object();
  }
  json.end_array();
  const QuotaSummary& s = result.summary;
  json.key("summary").begin_object();
  json.key("countries").number(s.countries);
  json.key("applications").number(s.applications);
  json.key("eligible").number(s.eligible);
  json.key("admitted").number(s.admitted);
  json.key("over_quota").number(s.over_quota);
  json.key("undecided").number(s.undecided);
  json.key("countries_over_subscribed").number(s.countries_over_subscribed);
  json.key("countries_admitted").number(s.countries_admitted);
  json.end_object();
  json.end_object();
  json.finish();
}

// One row per application: the decision for each city, for scripts and
// spreadsheets. Columns are only ever added at the end: scripts read
// them by position.
void write_applications(output::RowWriter& rows, const QuotaResult& result) {
  rows.header({"year", "country", "country_name", "region", "city", "decision", "rank", "ranking", "rule", "path",
               "score", "priority"});
  for (const CountryQuota& q : result.countries) {
    for (const Decided& d : q.decided) {
      rows.number(result.year).raw(q.country->alpha2).text(q.country->unesco_name).text(q.country->region).text(d.city);
      rows.raw(decision_name(d.decision)).optional_number(d.rank).raw(ranking_name(q.ranking)).raw(d.rule);
      rows.text(d.path);
      d.score ? rows.decimal(*d.score) : rows.empty();
      rows.optional_number(d.priority);
      rows.end_row();
    }
  }
}

// The workbook: the applications, the countries and the summary, with
// the columns and names of the json output.
void write_workbook(output::XlsxWorkbook& book, const QuotaResult& result) {
  write_applications(book.add_sheet("applications"), result);
  output::RowWriter& countries = book.add_sheet("countries");
  countries.header({"country", "name", "region", "already_admitted", "applications", "eligible", "ranking",
                    "over_subscribed", "admitted", "over_quota", "undecided", "ineligible", "slots_left"});
  for (const CountryQuota& q : result.countries) {
    countries.raw(q.country->alpha2).text(q.country->unesco_name).text(q.country->region);
    countries.number(q.already_admitted).number(q.applications).number(q.eligible).raw(ranking_name(q.ranking));
    countries.boolean(q.over_subscribed).number(long(q.admitted.size())).number(long(q.over_quota.size()));
    countries.number(long(q.undecided.size())).number(long(q.ineligible.size())).optional_number(q.slots_left);
    countries.end_row();
  }
  output::RowWriter& summary = book.add_sheet("summary");
  summary.header({"year", "cap", "countries", "applications", "eligible", "admitted", "over_quota", "undecided",
                  "countries_over_subscribed", "countries_admitted"});
  const QuotaSummary& s = result.summary;
  summary.number(result.year).optional_number(result.cap).number(s.countries).number(s.applications);
  summary.number(s.eligible).number(s.admitted).number(s.over_quota).number(s.undecided);
  summary.number(s.countries_over_subscribed).number(s.countries_admitted);
  summary.end_row();
}

// Admissions are announced after the call, often in the next year: point a
// year of admissions at its call.
std::string no_call_for_quota(const Calendar& calendar, int year) {
  const Call* admitting = calendar.call_admitting_on(Day{date::year{year} / date::December / 31});
  if (admitting && admitting->year < year && year < calendar.calls().back().year)
    return fmt::format(
        "there was no call in {}; cities admitted in {} came from the {} call: use --year {} "
        "(or give the cap with --cap)",
        year, year, admitting->year, admitting->year);
  return fmt::format("{}; give the cap with --cap", rules::no_call_in(calendar, year));
}

}  // namespace

namespace commands {

int decide_quota(const QuotaOptions& options, Console& console, QuotaDecision& decision) {
  const auto as_of = commands::resolve_as_of(options.common, console);
  if (!as_of) return exit_code::usage_error;
  decision.as_of = *as_of;
  if (options.paths.empty()) {
    commands::print_error(console, "no applications: name files or directories, or - for standard input");
    return exit_code::usage_error;
  }
  // A caller may have loaded the calendar (and the registry) already.
  const Calendar* calendar = decision.calendar != nullptr
                                 ? decision.calendar
                                 : commands::load_calendar(options.calendar, decision.calendar_storage, console);
  if (calendar == nullptr) return exit_code::usage_error;
  decision.calendar = calendar;
  const Countries& countries = Countries::builtin();
  const auto country_option = commands::resolve_country_option(options.country, console);
  if (!country_option) return exit_code::usage_error;
  const Country* only_country = *country_option;
  std::optional<Registry>& members = decision.members;  // a caller may have loaded it
  if (options.members && !members) {
    members = commands::load_registry(*options.members, countries, *calendar, console);
    if (!members) return exit_code::usage_error;
  }
  std::optional<ScoresParse>& scores = decision.scores;
  if (options.scores) {
    auto input = util::read_input(*options.scores, max_scores_size);
    if (const auto* error = std::get_if<util::ReadError>(&input)) {
      commands::print_error(console, fmt::format("cannot read scores '{}': {}", *options.scores, error->message));
      return exit_code::usage_error;
    }
    if (std::holds_alternative<util::TooLarge>(input)) {
      commands::print_error(console,
                            fmt::format("scores '{}' is larger than {} bytes", *options.scores, max_scores_size));
      return exit_code::usage_error;
    }
    scores = parse_scores(std::get<std::string>(input), countries);
    commands::print_diagnostics(console, *options.scores, scores->diagnostics);
    if (has_errors(scores->diagnostics)) {
      commands::print_error(console, fmt::format("scores '{}' has errors", *options.scores));
      return exit_code::usage_error;
    }
    if (only_country) std::erase_if(scores->scores, [&](const Score& s) { return s.country != only_country; });
  }

  // Check the applications exactly as `gnlc check` does, in path order:
  // the batch rules then pick the same "later" file of a duplicate
  // whatever order the files were given in, so the result does not
  // depend on it.
  auto expanded = commands::expand_application_paths(options.paths, console);
  if (!expanded) return exit_code::usage_error;
  std::vector<util::InputEntry>& entries = *expanded;
  const auto by_path = [](const util::InputEntry& a, const util::InputEntry& b) { return a.path < b.path; };
  std::sort(entries.begin(), entries.end(), by_path);
  entries.erase(std::unique(entries.begin(), entries.end(),
                            [](const util::InputEntry& a, const util::InputEntry& b) { return a.path == b.path; }),
                entries.end());
  const CheckContext context{*calendar, countries, *as_of, members ? &*members : nullptr};
  std::vector<Candidate>& candidates = decision.candidates;
  bool unreadable = false;
  BatchRules batch;
  std::set<std::string> named;
  for (const util::InputEntry& entry : entries)
    if (!entry.found_in_directory) named.insert(entry.path);
  const BatchRules::Emit emit = [&](FileReport& report) {
    if (!report.diagnostics.empty() && report.diagnostics.front().rule == "read-error"_rule) {
      commands::print_error(console,
                            fmt::format("cannot read '{}': {}", report.path, report.diagnostics.front().message));
      unreadable = true;
      return;
    }
    // A registry named on the command line is a mistake; one found in a
    // directory of applications (the registry kept beside them) is not.
    const auto wrong = commands::wrong_kind_error(report.path, report.diagnostics);
    if (wrong && named.contains(report.path)) {
      commands::print_error(console, *wrong);
      unreadable = true;
      return;
    }
    candidates.push_back(make_candidate(report));
  };
  util::ordered_parallel<FileReport>(
      entries.size(), commands::job_count(options.jobs),
      [&](std::size_t i) -> FileReport {
        const util::InputEntry& entry = entries[i];
        auto input = commands::read_application(entry, context.limits);
        if (auto* report = std::get_if<FileReport>(&input)) return std::move(*report);
        return check_application(entry.path, std::get<std::string>(input), context);
      },
      [&](std::size_t i, FileReport report) { batch.add(std::move(report), entries[i].path, emit); });
  batch.finish(emit);
  if (unreadable) return exit_code::usage_error;

  std::set<int> calls;
  for (const Candidate& c : candidates)
    if (c.call) calls.insert(*c.call);
  int year = 0;
  if (options.year) {
    year = *options.year;
  } else if (calls.size() == 1) {
    year = *calls.begin();
  } else if (calls.empty()) {
    commands::print_error(console, "no application names a call; choose one with --year");
    return exit_code::usage_error;
  } else {
    std::string found;
    for (int call : calls) found += (found.empty() ? "" : ", ") + std::to_string(call);
    commands::print_error(console,
                          fmt::format("the applications belong to several calls ({}); choose one with --year", found));
    return exit_code::usage_error;
  }
  std::optional<int> cap = options.cap;
  if (!cap) {
    const Call* call = calendar->find(year);
    if (call == nullptr) {
      commands::print_error(console, no_call_for_quota(*calendar, year));
      return exit_code::usage_error;
    }
    cap = call->quota_per_country;
  }

  std::size_t other_calls = 0, without_country = 0;
  std::erase_if(candidates, [&](const Candidate& c) {
    if (!c.call || *c.call != year) return ++other_calls, true;
    if (c.country == nullptr) return ++without_country, true;
    return only_country != nullptr && c.country != only_country;
  });
  if (other_calls > 0)
    commands::print_warning(console, fmt::format("{} application{} of no call or another call left out", other_calls,
                                                 other_calls == 1 ? "" : "s"));
  if (without_country > 0)
    commands::print_warning(console, fmt::format("{} application{} without a known country left out", without_country,
                                                 without_country == 1 ? "" : "s"));

  decision.year = year;
  decision.result =
      compute_quota(candidates, {year, cap, members ? &*members : nullptr, scores ? &scores->scores : nullptr});
  commands::print_diagnostics(console, options.scores.value_or(""), decision.result.score_diagnostics);
  return exit_code::success;
}

}  // namespace commands

int run_quota(const QuotaOptions& options, Console& console) {
  const auto format =
      commands::resolve_format(options.common, {"table", "text", "csv", "tsv", "json", "xlsx"}, console);
  if (!format) return exit_code::usage_error;
  commands::QuotaDecision decision;
  if (const int status = commands::decide_quota(options, console, decision); status != exit_code::success)
    return status;
  const QuotaResult& result = decision.result;
  // --strict: any country with more eligible applications than slots,
  // ranked (over quota) or not (undecided), is a problem to act on.
  const int status =
      options.strict && result.summary.countries_over_subscribed > 0 ? exit_code::data_problems : exit_code::success;

  if (*format == "xlsx")
    return commands::with_workbook(options.common, decision.as_of, console, [&](output::XlsxWorkbook& book) {
      write_workbook(book, result);
      return status;
    });
  return commands::with_output(options.common, console, [&](util::Writer& out) {
    if (*format == "json") {
      write_json(out, result);
    } else if (*format == "csv" || *format == "tsv") {
      auto rows = commands::delimited_writer(out, options.common, *format);
      write_applications(rows, result);
    } else {
      write_table(out, result);
    }
    return status;
  });
}

}  // namespace gnlc
