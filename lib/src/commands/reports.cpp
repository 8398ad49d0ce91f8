#include "common.hpp"

#include <gnlc/exit_codes.hpp>
#include <gnlc/output/delimited.hpp>
#include <gnlc/output/ics.hpp>
#include <gnlc/output/json.hpp>
#include <gnlc/output/table.hpp>
#include <gnlc/reports.hpp>
#include <gnlc/util/unicode.hpp>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <array>

namespace gnlc {
namespace {

struct Row {
  const Member* member;
  ReportStatus status;
};

std::string state_text(const Row& row) {
  return row.status.state == ReportState::inactive ? std::string(member_status_name(row.member->status))
                                                   : std::string(report_state_name(row.status.state));
}

std::string optional_day(const std::optional<Day>& day) { return day ? format_iso_day(*day) : std::string(); }

// The round a due date comes from is named by its deadline.
std::string round_name(const ReportStatus& status) {
  return status.round ? format_iso_day(status.round->deadline) : std::string();
}

bool selected(const ReportsOptions& options, ReportState state) {
  if (options.status == "all") return true;
  if (options.status == "default") return state == ReportState::overdue || state == ReportState::due_soon;
  return options.status == report_state_name(state);
}

void write_table(util::Writer& out, const std::vector<Row>& rows, Day as_of, int due_within) {
  using Align = output::TextTable::Align;
  output::TextTable table({{"city", Align::left, 22},
                           {"country", Align::left},
                           {"admitted", Align::left},
                           {"status", Align::left},
                           {"next due", Align::left},
                           {"days over", Align::right},
                           {"missed", Align::right},
                           {"last report", Align::left}});
  // A registry's report can have a million rows: they are measured, then
  // printed, rather than kept.
  const auto cells = [](const Row& row) -> std::vector<std::string> {
    const bool overdue = row.status.state == ReportState::overdue;
    std::string next_due = optional_day(row.status.next_due);
    if (row.status.round) next_due += '*';
    return {row.member->city,
            row.member->country->alpha2,
            format_iso_day(row.member->admitted),
            state_text(row),
            std::move(next_due),
            overdue ? std::to_string(row.status.days_overdue) : "",
            overdue ? std::to_string(row.status.missed) : "",
            optional_day(row.status.last_report)};
  };
  for (const Row& row : rows) table.measure(cells(row));
  table.print_header(out);
  for (const Row& row : rows) table.print_row(out, cells(row));
  out << fmt::format("As of {}; due soon means due within {} days.\n", format_iso_day(as_of), due_within);
  if (std::any_of(rows.begin(), rows.end(), [](const Row& row) { return row.status.round != nullptr; }))
    out << "* the deadline of a report round (gnlc calendar --report-rounds).\n";
}

// One row per member, for scripts and spreadsheets.
void write_rows(output::RowWriter& rows, const std::vector<Row>& members) {
  rows.header({"city", "country", "admitted", "status", "next_due", "days_overdue", "missed", "last_report", "round"});
  for (const Row& row : members) {
    rows.text(row.member->city).raw(row.member->country->alpha2).date(row.member->admitted);
    rows.raw(state_text(row)).optional_date(row.status.next_due).number(row.status.days_overdue);
    rows.number(row.status.missed).optional_date(row.status.last_report);
    row.status.round ? rows.date(row.status.round->deadline) : rows.empty();
    rows.end_row();
  }
}

}  // namespace

int run_reports(const ReportsOptions& options, Console& console) {
  const auto format =
      commands::resolve_format(options.common, {"table", "text", "csv", "tsv", "json", "ics", "xlsx"}, console);
  if (!format) return exit_code::usage_error;
  const auto as_of = commands::resolve_as_of(options.common, console);
  if (!as_of) return exit_code::usage_error;
  if (options.due_within < 0) {
    commands::print_error(console, "--due-within must be 0 or more days");
    return exit_code::usage_error;
  }
  constexpr std::array<std::string_view, 6> statuses{"default", "overdue", "due-soon", "ok", "inactive", "all"};
  if (std::find(statuses.begin(), statuses.end(), options.status) == statuses.end()) {
    commands::print_error(
        console, fmt::format("unknown --status '{}'; choose overdue, due-soon, ok, inactive or all", options.status));
    return exit_code::usage_error;
  }
  const Countries& countries = Countries::builtin();
  const auto country_option = commands::resolve_country_option(options.country, console);
  if (!country_option) return exit_code::usage_error;
  const Country* only_country = *country_option;
  const auto region_option = commands::resolve_region_option(options.region, console);
  if (!region_option) return exit_code::usage_error;
  const std::string_view only_region = *region_option;
  std::optional<Calendar> calendar_storage;
  const Calendar* calendar = commands::load_calendar(options.calendar, calendar_storage, console);
  if (calendar == nullptr) return exit_code::usage_error;
  const auto registry = commands::load_registry(options.registry, countries, *calendar, console);
  if (!registry) return exit_code::usage_error;
  const auto wanted = [&](const Member& member) {
    return (only_country == nullptr || member.country == only_country) &&
           (only_region.empty() || member.country->region == only_region);
  };

  std::vector<Row> all;
  all.reserve(registry->members().size());
  int overdue = 0, due_soon = 0, ok = 0, inactive = 0;
  int members = 0;
  for (const Member& member : registry->members()) {
    if (!wanted(member)) continue;
    ++members;
    Row row{&member, report_status(member, *as_of, calendar->report_rounds(), options.due_within)};
    switch (row.status.state) {
      case ReportState::overdue:
        ++overdue;
        break;
      case ReportState::due_soon:
        ++due_soon;
        break;
      case ReportState::ok:
        ++ok;
        break;
      case ReportState::inactive:
        ++inactive;
        break;
    }
    if (selected(options, row.status.state)) all.push_back(row);
  }
  // Sort keys are computed once: names are compared as identity keys.
  std::vector<std::pair<std::string, std::size_t>> order;
  order.reserve(all.size());
  for (std::size_t i = 0; i < all.size(); ++i) order.emplace_back(util::identity_key(all[i].member->city), i);
  std::sort(order.begin(), order.end(), [&](const auto& a, const auto& b) {
    const Row& x = all[a.second];
    const Row& y = all[b.second];
    if (x.status.state != y.status.state) return x.status.state < y.status.state;
    if (x.status.days_overdue != y.status.days_overdue) return x.status.days_overdue > y.status.days_overdue;
    if (x.member->country->alpha2 != y.member->country->alpha2)
      return x.member->country->alpha2 < y.member->country->alpha2;
    if (a.first != b.first) return a.first < b.first;
    return x.member->city < y.member->city;
  });
  std::vector<Row> rows;
  rows.reserve(all.size());
  for (const auto& entry : order) rows.push_back(all[entry.second]);

  const int status_of_data = options.fail_on_overdue && overdue > 0 ? exit_code::data_problems : exit_code::success;
  if (*format == "xlsx")
    return commands::with_workbook(options.common, *as_of, console, [&](output::XlsxWorkbook& book) {
      write_rows(book.add_sheet("members"), rows);
      output::RowWriter& summary = book.add_sheet("summary");
      summary.header({"as_of", "due_within", "members", "overdue", "due_soon", "ok", "inactive"});
      summary.date(*as_of).number(options.due_within).number(members).number(overdue).number(due_soon);
      summary.number(ok).number(inactive).end_row();
      return status_of_data;
    });
  const int status = commands::with_output(options.common, console, [&](util::Writer& out) {
    if (*format == "json") {
      output::JsonWriter json(out);
      json.begin_object();
      json.key("as_of").string(format_iso_day(*as_of));
      json.key("due_within").number(options.due_within);
      json.key("members").begin_array();
      for (const Row& row : rows) {
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
      json.key("members").number(members);
      json.key("overdue").number(overdue);
      json.key("due_soon").number(due_soon);
      json.key("ok").number(ok);
      json.key("inactive").number(inactive);
      json.end_object();
      json.end_object();
      json.finish();
    } else if (*format == "csv" || *format == "tsv") {
      auto csv = commands::delimited_writer(out, options.common, *format);
      write_rows(csv, rows);
    } else if (*format == "ics") {
      output::IcsWriter ics(out, "GNLC progress reports due", *as_of);
      for (const Row& row : rows) {
        if (!row.status.next_due) continue;
        const Member& m = *row.member;
        ics.event({fmt::format("gnlc-report-{}-{}-{}@gnlc", m.country->alpha2, util::identity_key(m.city),
                               format_compact_day(*row.status.next_due)),
                   *row.status.next_due, fmt::format("Progress report due: {} ({})", m.city, m.country->alpha2),
                   fmt::format("GNLC member since {}; status as of {}: {}", format_iso_day(m.admitted),
                               format_iso_day(*as_of), state_text(row))});
      }
      ics.finish();
    } else {
      write_table(out, rows, *as_of, options.due_within);
    }
    return status_of_data;
  });
  return status;
}

}  // namespace gnlc
