#include <gnlc/output/reports.hpp>

#include <gnlc/output/ics.hpp>
#include <gnlc/output/json.hpp>
#include <gnlc/output/table.hpp>
#include <gnlc/util/unicode.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <charconv>

namespace gnlc::output {
namespace {

std::string_view state_text(const MemberReport& row) {
  return row.status.state == ReportState::inactive ? member_status_name(row.member->status)
                                                   : report_state_name(row.status.state);
}

std::string optional_day(const std::optional<Day>& day) { return day ? format_iso_day(*day) : std::string(); }

// The round a due date comes from is named by its deadline.
std::string round_name(const ReportStatus& status) {
  return status.round ? format_iso_day(status.round->deadline) : std::string();
}

void write_table(const Sink& sink, const ReportsList& list) {
  util::Writer& out = *sink.out;
  const std::vector<MemberReport>& rows = list.rows;
  using Align = TextTable::Align;
  // Only the city is text from the file; the other cells are codes, days,
  // numbers and words of gnlc's own.
  TextTable table({{"city", Align::left, 22},
                   {"country", Align::left, 0, true},
                   {"admitted", Align::left, 0, true},
                   {"status", Align::left, 0, true},
                   {"next due", Align::left, 0, true},
                   {"days over", Align::right, 0, true},
                   {"missed", Align::right, 0, true},
                   {"last report", Align::left, 0, true}});
  // A registry's report can have a million rows: they are measured, then
  // printed, rather than kept. A row's cells are views, most of them into
  // the member; a day is always ten characters wide, so measuring a row
  // formats no day.
  constexpr std::string_view any_day = "YYYY-MM-DD", any_round_day = "YYYY-MM-DD*";  // as wide as format_iso_day
  std::array<char, 24> days_over{}, missed{};
  const auto number = [](std::array<char, 24>& buffer, long value) {
    return std::string_view(buffer.data(),
                            std::size_t(std::to_chars(buffer.begin(), buffer.end(), value).ptr - buffer.data()));
  };
  const auto overdue = [&](const MemberReport& row, std::array<char, 24>& buffer, long value) {
    return row.status.state == ReportState::overdue ? number(buffer, value) : std::string_view();
  };
  // Rows are in order of urgency, their members in the order of the
  // registry: a row's member and its name are fetched some rows ahead, so
  // that the table's two passes do not wait on memory at every row. (GCC
  // drops __builtin_prefetch from an inlined helper: it is written out.)
  constexpr std::size_t member_ahead = 16, city_ahead = 8;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (i + member_ahead < rows.size()) __builtin_prefetch(rows[i + member_ahead].member);
    if (i + city_ahead < rows.size()) __builtin_prefetch(rows[i + city_ahead].member->city.data());
    const MemberReport& row = rows[i];
    const ReportStatus& status = row.status;
    table.measure(std::array<std::string_view, 8>{
        row.member->city, row.member->country->alpha2, any_day, state_text(row),
        status.next_due ? (status.round ? any_round_day : any_day) : (status.round ? "*" : ""),
        overdue(row, days_over, status.days_overdue), overdue(row, missed, status.missed),
        status.last_report ? any_day : std::string_view()});
  }
  table.print_header(out);
  std::string admitted, next_due, last_report;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (i + member_ahead < rows.size()) __builtin_prefetch(rows[i + member_ahead].member);
    if (i + city_ahead < rows.size()) __builtin_prefetch(rows[i + city_ahead].member->city.data());
    const MemberReport& row = rows[i];
    const ReportStatus& status = row.status;
    admitted = format_iso_day(row.member->admitted);
    next_due = optional_day(status.next_due);
    if (status.round) next_due += '*';
    last_report = optional_day(status.last_report);
    table.print_row(
        out, std::array<std::string_view, 8>{row.member->city, row.member->country->alpha2, admitted, state_text(row),
                                             next_due, overdue(row, days_over, status.days_overdue),
                                             overdue(row, missed, status.missed), last_report});
  }
  out << fmt::format("As of {}; due soon means due within {} days.\n", format_iso_day(list.as_of), list.due_within);
  if (std::any_of(rows.begin(), rows.end(), [](const MemberReport& row) { return row.status.round != nullptr; }))
    out << "* the deadline of a report round (gnlc calendar --report-rounds).\n";
}

// One row per member, for scripts and spreadsheets.
void write_rows(RowWriter& rows, const std::vector<MemberReport>& members) {
  rows.header({"city", "country", "admitted", "status", "next_due", "days_overdue", "missed", "last_report", "round"});
  for (const MemberReport& row : members) {
    rows.text(row.member->city).raw(row.member->country->alpha2).date(row.member->admitted);
    rows.raw(state_text(row)).optional_date(row.status.next_due).number(row.status.days_overdue);
    rows.number(row.status.missed).optional_date(row.status.last_report);
    row.status.round ? rows.date(row.status.round->deadline) : rows.empty();
    rows.end_row();
  }
}

void write_json(const Sink& sink, const ReportsList& list) {
  JsonWriter json(*sink.out);
  json.begin_object();
  json.key("as_of").string(format_iso_day(list.as_of));
  json.key("due_within").number(list.due_within);
  json.key("members").begin_array();
  for (const MemberReport& row : list.rows) {
    json.begin_object();
    json.key("city").string(row.member->city);
    json.key("country").string(row.member->country->alpha2);
    json.key("admitted").string(format_iso_day(row.member->admitted));
    json.key("status").string(state_text(row));
    json.key("next_due");
    row.status.next_due ? json.string(format_iso_day(*row.status.next_due)) : json.null();
    json.key("days_overdue").number(row.status.days_overdue);
    json.key("missed").number(row.status.missed);
    json.key("last_report");
    row.status.last_report ? json.string(format_iso_day(*row.status.last_report)) : json.null();
    json.key("round");
    row.status.round ? json.string(round_name(row.status)) : json.null();
    json.end_object();
  }
  json.end_array();
  json.key("summary").begin_object();
  json.key("members").number(list.counts.members);
  json.key("overdue").number(list.counts.overdue);
  json.key("due_soon").number(list.counts.due_soon);
  json.key("ok").number(list.counts.ok);
  json.key("inactive").number(list.counts.inactive);
  json.end_object();
  json.end_object();
  json.finish();
}

void write_ics(const Sink& sink, const ReportsList& list) {
  IcsWriter ics(*sink.out, "GNLC progress reports due", list.as_of);
  for (const MemberReport& row : list.rows) {
    if (!row.status.next_due) continue;
    const Member& m = *row.member;
    ics.event({fmt::format("gnlc-report-{}-{}-{}@gnlc", m.country->alpha2, util::identity_key(m.city),
                           format_compact_day(*row.status.next_due)),
               *row.status.next_due, fmt::format("Progress report due: {} ({})", m.city, m.country->alpha2),
               fmt::format("GNLC member since {}; status as of {}: {}", format_iso_day(m.admitted),
                           format_iso_day(list.as_of), state_text(row))});
  }
  ics.finish();
}

void write_delimited(const Sink& sink, const ReportsList& list) {
  DelimitedWriter rows = sink.rows();
  write_rows(rows, list.rows);
}

void write_workbook(const Sink& sink, const ReportsList& list) {
  write_rows(sink.book->add_sheet("members"), list.rows);
  RowWriter& summary = sink.book->add_sheet("summary");
  const ReportCounts& c = list.counts;
  summary.header({"as_of", "due_within", "members", "overdue", "due_soon", "ok", "inactive"});
  summary.date(list.as_of).number(list.due_within).number(c.members).number(c.overdue).number(c.due_soon);
  summary.number(c.ok).number(c.inactive).end_row();
}

constexpr std::array formats{
    Format<ReportsList>{{"table", "the members and their next due date, for people"}, write_table},
    Format<ReportsList>{{"text", "the same as table", false}, write_table},
    Format<ReportsList>{{"csv", "one row per member, comma-separated"}, write_delimited},
    Format<ReportsList>{{"tsv", "one row per member, tab-separated"}, write_delimited},
    Format<ReportsList>{{"json", "the members and the counts, for scripts"}, write_json},
    Format<ReportsList>{{"ics", "an iCalendar file with each next due date, for calendar programs"}, write_ics},
    Format<ReportsList>{{"xlsx", "a workbook: the members and the counts"}, write_workbook},
};

}  // namespace

std::span<const Format<ReportsList>> reports_formats() { return formats; }

}  // namespace gnlc::output
