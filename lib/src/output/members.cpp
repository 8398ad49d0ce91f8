#include <gnlc/output/members.hpp>

#include <gnlc/output/json.hpp>
#include <gnlc/output/style.hpp>
#include <gnlc/output/table.hpp>
#include <gnlc/util/text_safety.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>

namespace gnlc::output {
namespace {

std::string count(int n, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

std::string long_day(Day day) {
  static constexpr const char* months[] = {"January", "February", "March",     "April",   "May",      "June",
                                           "July",    "August",   "September", "October", "November", "December"};
  const date::year_month_day ymd{day};
  return fmt::format("{} {} {}", unsigned(ymd.day()), months[unsigned(ymd.month()) - 1], int(ymd.year()));
}

std::string_view region_name(std::string_view region) { return region.empty() ? "Other" : region; }

// The sentences of the report, shared by every format for people.
struct Words {
  std::string title;                 // "77 new members from 44 countries"
  std::string subtitle;              // "through the 2021 call", "on 1 January 2025"
  std::optional<std::string> after;  // "The network now has 294 cities in 76 countries"
};

const MemberView& listed(const MembersReport& report) {
  return report.intake ? report.intake->members : report.network;
}

Words words(const MembersReport& report) {
  Words w;
  const std::string only = report.only.empty() ? "" : fmt::format(" (only {})", report.only);
  if (report.intake) {
    const Intake& intake = *report.intake;
    const Tally& t = intake.members.total;
    w.title = fmt::format("{} from {}", count(t.members, "new member", "new members"),
                          count(t.countries, "country", "countries"));
    w.subtitle = fmt::format("Admitted through the {} call of the UNESCO Global Network of Learning Cities{}",
                             intake.call, only);
    if (intake.network_after) {
      const Tally& n = intake.network_after->total;
      w.after = fmt::format("The network now has {} in {}", count(n.members, "city", "cities"),
                            count(n.countries, "country", "countries"));
    }
  } else {
    const Tally& t = report.network.total;
    w.title = fmt::format("{} in {}", count(t.members, "member city", "member cities"),
                          count(t.countries, "country", "countries"));
    w.subtitle = fmt::format("The UNESCO Global Network of Learning Cities on {}{}", long_day(report.as_of), only);
  }
  return w;
}

std::string region_heading(const MembersReport& report, const RegionTally& region) {
  if (report.intake)
    return fmt::format("{}: {} from {}", region_name(region.region),
                       count(region.tally.members, "new member", "new members"),
                       count(region.tally.countries, "country", "countries"));
  return fmt::format("{}: {} in {}", region_name(region.region), count(region.tally.members, "city", "cities"),
                     count(region.tally.countries, "country", "countries"));
}

// Calls `each(region, members of that region)` in order.
template <class F>
void by_region(const MemberView& view, F each) {
  std::size_t next = 0;
  for (const RegionTally& region : view.regions) {
    const std::size_t first = next;
    next += std::size_t(region.tally.members);
    each(region, std::span<const Member* const>(view.members).subspan(first, next - first));
  }
}

std::string city_in_country(const Member& member) {
  return fmt::format("{} ({})", member.city, member.country->unesco_name);
}

std::string optional_call(const Member& member) {
  return member.call ? std::to_string(*member.call) : std::string("-");
}

// Markdown text: characters that would start markup are escaped.
std::string markdown_escape(std::string_view text) {
  std::string out;
  for (const char c : util::printable(text)) {
    if (std::string_view("\\`*_[]<>#|~!").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

std::string html(std::string_view text) { return xml_escape(util::printable(text)); }

// A horizontal bar chart of the members by region, as inline SVG.
std::string bar_chart(const MemberView& view, std::string_view caption) {
  constexpr int label_width = 250, bar_width = 330, row = 34, bar = 22, top = 8;
  int most = 1;
  for (const RegionTally& region : view.regions) most = std::max(most, region.tally.members);
  const int height = top * 2 + row * int(std::max<std::size_t>(view.regions.size(), 1));
  std::string svg = fmt::format(
      "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {0} {1}\" width=\"{0}\" "
      "height=\"{1}\" role=\"img\" aria-labelledby=\"chart-title\">\n<title id=\"chart-title\">{2}</title>\n",
      label_width + bar_width + 60, height, html(caption));
  int y = top;
  for (const RegionTally& region : view.regions) {
    const int width = std::max(2, region.tally.members * bar_width / most);
    svg += fmt::format(
        "<g><text x=\"{0}\" y=\"{1}\" text-anchor=\"end\" class=\"label\">{2}</text>"
        "<rect x=\"{3}\" y=\"{4}\" width=\"{5}\" height=\"{6}\" rx=\"3\" class=\"bar\"/>"
        "<text x=\"{7}\" y=\"{1}\" class=\"value\">{8}</text></g>\n",
        label_width - 10, y + bar / 2 + 5, html(region_name(region.region)), label_width, y, width, bar,
        label_width + width + 8, region.tally.members);
    y += row;
  }
  return svg + "</svg>\n";
}

constexpr std::string_view style = R"(body { font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; color: #1a1a1a;
  max-width: 46rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.45; }
h1 { font-size: 1.8rem; margin-bottom: 0.2rem; color: #0b4f8a; }
.subtitle { margin-top: 0; color: #444; }
h2 { font-size: 1.15rem; border-bottom: 1px solid #c8d6e5; padding-bottom: 0.2rem; margin-top: 1.6rem; }
ul.cities { columns: 2; column-gap: 2rem; padding-left: 1.2rem; }
ul.cities li { break-inside: avoid; }
.chart { max-width: 100%; height: auto; margin: 1rem 0; }
.chart .bar { fill: #0b6fb8; }
.chart .label, .chart .value { font-size: 14px; fill: #1a1a1a; }
.after { font-weight: bold; margin-top: 2rem; }
footer { margin-top: 2rem; font-size: 0.85rem; color: #555; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  h2 { break-after: avoid; }
  .chart .bar { fill: #555; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
)";

}  // namespace

void write_members_table(util::Writer& out, const MembersReport& report) {
  const Words w = words(report);
  out << w.title << "\n" << util::printable(w.subtitle) << ".\n";
  using Align = TextTable::Align;
  by_region(listed(report), [&](const RegionTally& region, std::span<const Member* const> members) {
    out << "\n" << region_heading(report, region) << "\n";
    TextTable table({{"  city", Align::left, 40},
                     {"country", Align::left, 30},
                     {"admitted", Align::left},
                     {"call", Align::right},
                     {"status", Align::left}});
    for (const Member* m : members)
      table.add_row({"  " + m->city, m->country->unesco_name, format_iso_day(m->admitted), optional_call(*m),
                     std::string(member_status_name(m->status))});
    table.print(out);
  });
  if (w.after) out << "\n" << *w.after << fmt::format(" (on {}).\n", format_iso_day(*report.intake->last_admission));
}

void write_members_markdown(util::Writer& out, const MembersReport& report) {
  const Words w = words(report);
  out << "# " << w.title << "\n\n" << markdown_escape(w.subtitle) << ".\n";
  by_region(listed(report), [&](const RegionTally& region, std::span<const Member* const> members) {
    out << "\n## " << markdown_escape(region_heading(report, region)) << "\n\n";
    for (const Member* m : members) out << "- " << markdown_escape(city_in_country(*m)) << "\n";
  });
  if (w.after) out << "\n" << *w.after << fmt::format(" (on {}).\n", long_day(*report.intake->last_admission));
}

void write_members_html(util::Writer& out, const MembersReport& report) {
  const Words w = words(report);
  const MemberView& view = listed(report);
  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << fmt::format("<title>{}</title>\n", html(w.title)) << "<style>\n"
      << style << "</style>\n</head>\n<body>\n";
  out << fmt::format("<h1>{}</h1>\n<p class=\"subtitle\">{}.</p>\n", html(w.title), html(w.subtitle));
  out << bar_chart(view, report.intake ? "New members by UNESCO region" : "Member cities by UNESCO region");
  by_region(view, [&](const RegionTally& region, std::span<const Member* const> members) {
    out << fmt::format("<h2>{}</h2>\n<ul class=\"cities\">\n", html(region_heading(report, region)));
    for (const Member* m : members) out << fmt::format("<li>{}</li>\n", html(city_in_country(*m)));
    out << "</ul>\n";
  });
  if (w.after)
    out << fmt::format("<p class=\"after\">{} (on {}).</p>\n", html(*w.after),
                       long_day(*report.intake->last_admission));
  out << fmt::format("<footer>Counted from the members registry as of {}.</footer>\n</body>\n</html>\n",
                     format_iso_day(report.as_of));
}

void write_members_json(util::Writer& out, const MembersReport& report) {
  const MemberView& view = listed(report);
  JsonWriter json(out);
  json.begin_object();
  json.key("as_of").string(format_iso_day(report.as_of));
  json.key("call");
  report.intake ? json.number(report.intake->call) : json.null();
  json.key("members").begin_array();
  for (const Member* m : view.members) {
    json.begin_object();
    json.key("city").string(m->city);
    json.key("country").string(m->country->alpha2);
    json.key("country_name").string(m->country->unesco_name);
    json.key("region").string(m->country->region);
    json.key("admitted").string(format_iso_day(m->admitted));
    json.key("call").optional_number(m->call);
    json.key("status").string(member_status_name(m->status));
    json.end_object();
  }
  json.end_array();
  json.key("regions").begin_array();
  for (const RegionTally& region : view.regions) {
    json.begin_object();
    json.key("region").string(region.region);
    json.key("members").number(region.tally.members);
    json.key("countries").number(region.tally.countries);
    json.end_object();
  }
  json.end_array();
  json.key("summary").begin_object();
  json.key("members").number(view.total.members);
  json.key("countries").number(view.total.countries);
  json.key("network_after");
  if (report.intake && report.intake->network_after) {
    json.begin_object();
    json.key("date").string(format_iso_day(*report.intake->last_admission));
    json.key("members").number(report.intake->network_after->total.members);
    json.key("countries").number(report.intake->network_after->total.countries);
    json.end_object();
  } else {
    json.null();
  }
  json.end_object();
  json.end_object();
  json.finish();
}

void write_members_rows(RowWriter& rows, const MembersReport& report) {
  rows.header({"city", "country", "country_name", "region", "admitted", "call", "status"});
  for (const Member* m : listed(report).members) {
    rows.text(m->city).raw(m->country->alpha2).text(m->country->unesco_name).text(m->country->region);
    rows.date(m->admitted).optional_number(m->call).raw(member_status_name(m->status));
    rows.end_row();
  }
}

void write_members_workbook(XlsxWorkbook& book, const MembersReport& report) {
  const MemberView& view = listed(report);
  write_members_rows(book.add_sheet("members"), report);
  RowWriter& regions = book.add_sheet("regions");
  regions.header({"region", "members", "countries"});
  for (const RegionTally& region : view.regions)
    regions.text(region.region).number(region.tally.members).number(region.tally.countries).end_row();
  RowWriter& summary = book.add_sheet("summary");
  summary.header({"as_of", "call", "members", "countries", "network_after_date", "network_after_members",
                  "network_after_countries"});
  summary.date(report.as_of);
  report.intake ? summary.number(report.intake->call) : summary.empty();
  summary.number(view.total.members).number(view.total.countries);
  if (report.intake && report.intake->network_after) {
    summary.date(*report.intake->last_admission);
    summary.number(report.intake->network_after->total.members);
    summary.number(report.intake->network_after->total.countries);
  }
  summary.end_row();
}

namespace {

// The table's renderers on a Sink.
template <void (*write)(util::Writer&, const MembersReport&)>
void to_stream(const Sink& sink, const MembersReport& report) {
  write(*sink.out, report);
}

void to_rows(const Sink& sink, const MembersReport& report) {
  DelimitedWriter rows = sink.rows();
  write_members_rows(rows, report);
}

void to_workbook(const Sink& sink, const MembersReport& report) { write_members_workbook(*sink.book, report); }

constexpr std::array formats{
    Format<MembersReport>{{"table", "the members by region, for people"}, to_stream<write_members_table>},
    Format<MembersReport>{{"text", "the same as table", false}, to_stream<write_members_table>},
    Format<MembersReport>{{"csv", "one row per member, comma-separated"}, to_rows},
    Format<MembersReport>{{"tsv", "one row per member, tab-separated"}, to_rows},
    Format<MembersReport>{{"json", "the members, the regions and the summary, for scripts"},
                          to_stream<write_members_json>},
    Format<MembersReport>{{"markdown", "a page in Markdown, ready to publish"}, to_stream<write_members_markdown>},
    Format<MembersReport>{{"html", "a self-contained HTML page, ready to publish"}, to_stream<write_members_html>},
    Format<MembersReport>{{"xlsx", "a workbook: the members, the regions and the summary"}, to_workbook},
};

}  // namespace

std::span<const Format<MembersReport>> members_formats() { return formats; }

}  // namespace gnlc::output
