#include <gnlc/output/quota.hpp>

#include <gnlc/output/json.hpp>
#include <gnlc/output/table.hpp>
#include <gnlc/util/text_safety.hpp>

#include <fmt/format.h>

#include <array>
#include <map>
#include <span>

namespace gnlc::output {
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

std::vector<std::string_view> cities(CountryQuota::Rows rows) {
  std::vector<std::string_view> names;
  names.reserve(rows.size());
  for (const Candidate* c : rows) names.push_back(c->city());
  return names;
}

// Lines of at most 80 columns: "  label       a, b, c" with continuation indent.
void write_list(util::Writer& out, std::string_view label, std::span<const std::string_view> names) {
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

void write_table(const Sink& sink, const QuotaResult& result) {
  util::Writer& out = *sink.out;
  out << fmt::format("Call {}: {}\n\n", result.year,
                     result.cap
                         ? fmt::format("at most {} new member{} per country", *result.cap, *result.cap == 1 ? "" : "s")
                         : std::string("no cap on new members per country"));
  using Align = TextTable::Align;
  TextTable table({{"country", Align::left, 22},
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
    const Totals t{q.applications, q.eligible, int(q.admitted_size), int(q.over_quota_size), int(q.undecided_size)};
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
    write_list(out, "admitted", cities(q.admitted()));
    write_list(out, "registered", q.registered);
    write_list(out, "over quota", cities(q.over_quota()));
    write_list(out, "undecided", cities(q.undecided()));
    write_list(out, "no score", q.unscored);
    std::vector<std::string> ineligible;
    for (const Candidate* c : q.ineligible()) ineligible.push_back(fmt::format("{} ({})", c->city(), c->first_error()));
    write_list(out, "ineligible", std::vector<std::string_view>(ineligible.begin(), ineligible.end()));
  }
}

void write_json(const Sink& sink, const QuotaResult& result) {
  JsonWriter json(*sink.out);
  json.begin_object();
  json.key("year").number(result.year);
  json.key("cap").optional_number(result.cap);
  json.key("countries").begin_array();
  const auto names = [&](std::string_view key, std::span<const std::string_view> list) {
    json.key(key).begin_array();
    for (const std::string_view name : list) json.string(name);
    json.end_array();
  };
  const auto cities = [&](std::string_view key, CountryQuota::Rows rows) {
    json.key(key).begin_array();
    for (const Candidate* c : rows) json.string(c->city());
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
    cities("admitted", q.admitted());
    cities("over_quota", q.over_quota());
    cities("undecided", q.undecided());
    cities("ineligible", q.ineligible());
    // The first error of each ineligible application, in the same order.
    json.key("ineligible_rules").begin_array();
    for (const Candidate* c : q.ineligible()) json.string(c->first_error());
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
void write_applications(RowWriter& rows, const QuotaResult& result) {
  rows.header({"year", "country", "country_name", "region", "city", "decision", "rank", "ranking", "rule", "path",
               "score", "priority"});
  for (const CountryQuota& q : result.countries) {
    for (std::size_t i = 0; i < q.decided.size(); ++i) {
      const Candidate& c = *q.decided[i];
      const Score* score = q.score(i);
      rows.number(result.year)
          .raw(q.country->alpha2)
          .text(q.country->unesco_name)
          .text(q.country->region)
          .text(c.city());
      rows.raw(decision_name(q.decision(i))).optional_number(q.rank(i)).raw(ranking_name(q.ranking));
      rows.raw(c.first_error());
      rows.text(result.path(c.file()));
      score ? rows.decimal(score->value) : rows.empty();
      rows.optional_number(c.priority());
      rows.end_row();
    }
  }
}

// The workbook: the applications, the countries and the summary, with
// the columns and names of the json output.
void write_workbook(const Sink& sink, const QuotaResult& result) {
  XlsxWorkbook& book = *sink.book;
  write_applications(book.add_sheet("applications"), result);
  RowWriter& countries = book.add_sheet("countries");
  countries.header({"country", "name", "region", "already_admitted", "applications", "eligible", "ranking",
                    "over_subscribed", "admitted", "over_quota", "undecided", "ineligible", "slots_left"});
  for (const CountryQuota& q : result.countries) {
    countries.raw(q.country->alpha2).text(q.country->unesco_name).text(q.country->region);
    countries.number(q.already_admitted).number(q.applications).number(q.eligible).raw(ranking_name(q.ranking));
    countries.boolean(q.over_subscribed).number(long(q.admitted_size)).number(long(q.over_quota_size));
    countries.number(long(q.undecided_size)).number(long(q.ineligible().size())).optional_number(q.slots_left);
    countries.end_row();
  }
  RowWriter& summary = book.add_sheet("summary");
  summary.header({"year", "cap", "countries", "applications", "eligible", "admitted", "over_quota", "undecided",
                  "countries_over_subscribed", "countries_admitted"});
  const QuotaSummary& s = result.summary;
  summary.number(result.year).optional_number(result.cap).number(s.countries).number(s.applications);
  summary.number(s.eligible).number(s.admitted).number(s.over_quota).number(s.undecided);
  summary.number(s.countries_over_subscribed).number(s.countries_admitted);
  summary.end_row();
}

void write_delimited(const Sink& sink, const QuotaResult& result) {
  DelimitedWriter rows = sink.rows();
  write_applications(rows, result);
}

constexpr std::array formats{
    Format<QuotaResult>{{"table", "the countries and their decisions, for people"}, write_table},
    Format<QuotaResult>{{"text", "the same as table", false}, write_table},
    Format<QuotaResult>{{"csv", "one row per application, comma-separated"}, write_delimited},
    Format<QuotaResult>{{"tsv", "one row per application, tab-separated"}, write_delimited},
    Format<QuotaResult>{{"json", "the countries and the summary, for scripts"}, write_json},
    Format<QuotaResult>{{"xlsx", "a workbook: the applications, the countries and the summary"}, write_workbook},
};

}  // namespace

std::span<const Format<QuotaResult>> quota_formats() { return formats; }

}  // namespace gnlc::output
