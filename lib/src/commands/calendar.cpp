#include "common.hpp"

#include "../rules/application_rules.hpp"

#include <gnlc/exit_codes.hpp>
#include <gnlc/output/ics.hpp>
#include <gnlc/output/json.hpp>
#include <gnlc/output/table.hpp>
#include <gnlc/util/files.hpp>
#include <gnlc/util/text_safety.hpp>

#include <fmt/format.h>

namespace gnlc {
namespace {

std::string weekday(Day day) {
  static constexpr const char* names[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  return names[date::weekday{day}.c_encoding()];
}

std::string day_text(Day day) { return fmt::format("{} ({})", format_iso_day(day), weekday(day)); }

std::string phase_text(const PhaseOnDay& phase) {
  if (!phase.days_left) return std::string(phase_name(phase.phase));
  return fmt::format("{}, {} day{} left", phase_name(phase.phase), *phase.days_left, *phase.days_left == 1 ? "" : "s");
}

void write_json_call(output::JsonWriter& json, const Call& call, std::optional<Day> on) {
  json.begin_object();
  json.key("year").number(std::int64_t{call.year});
  json.key("opens").string(format_iso_day(call.opens));
  json.key("closes").string(format_iso_day(call.closes));
  json.key("endorsement_deadline").string(format_iso_day(call.endorsement_deadline));
  const auto cap = [](std::optional<int> value) { return value ? std::optional<std::int64_t>(*value) : std::nullopt; };
  json.key("quota_per_country").optional_number(cap(call.quota_per_country));
  json.key("submission_cap").optional_number(cap(call.submission_cap));
  json.key("inferred").begin_array();
  for (const std::string& key : call.inferred) json.string(key);
  json.end_array();
  json.key("original_closes");
  call.original_closes ? json.string(format_iso_day(*call.original_closes)) : json.null();
  json.key("original_endorsement_deadline");
  call.original_endorsement_deadline ? json.string(format_iso_day(*call.original_endorsement_deadline)) : json.null();
  json.key("time_zone").string(coordination_time_zone);
  json.key("source").string(call.source);
  json.key("sources").begin_object();
  for (const auto& [fact, source] : call.sources) json.key(fact).string(source);
  json.end_object();
  if (on) {
    const PhaseOnDay phase = phase_on(call, *on);
    json.key("phase").string(phase_name(phase.phase));
    json.key("days_left")
        .optional_number(phase.days_left ? std::optional<std::int64_t>(*phase.days_left) : std::nullopt);
  }
  json.end_object();
}

void write_text_call(util::Writer& out, const Call& call, std::optional<Day> on) {
  const auto mark = [&](std::string_view key) { return call.is_inferred(key) ? " (inferred)" : ""; };
  const auto extended = [&](std::optional<Day> original, std::string_view key) {
    return original ? fmt::format("  (extended; first {}{})", format_iso_day(*original), mark(key)) : std::string{};
  };
  out << fmt::format("Call {} (dates in {})\n", call.year, coordination_time_zone);
  out << fmt::format("  opens                 {}{}\n", day_text(call.opens), mark("opens"));
  out << fmt::format("  closes                {}{}{}\n", day_text(call.closes), mark("closes"),
                     extended(call.original_closes, "original_closes"));
  out << fmt::format("  endorsement deadline  {}{}{}\n", day_text(call.endorsement_deadline),
                     mark("endorsement_deadline"),
                     extended(call.original_endorsement_deadline, "original_endorsement_deadline"));
  out << fmt::format("  quota per country     {}\n",
                     call.quota_per_country ? std::to_string(*call.quota_per_country) : std::string("no cap"));
  if (call.submission_cap)
    out << fmt::format("  submission cap        {} applications per country\n", *call.submission_cap);
  out << fmt::format("  source                {}\n", util::printable(call.source));
  for (const auto& [fact, source] : call.sources)
    out << fmt::format("    {:<20}  {}\n", util::no_workflow_command(util::printable(fact)), util::printable(source));
  if (on) out << fmt::format("On {}: {}\n", format_iso_day(*on), phase_text(phase_on(call, *on)));
}

void write_text_table(util::Writer& out, const std::vector<const Call*>& calls, std::optional<Day> on) {
  using Align = output::TextTable::Align;
  std::vector<output::TextTable::Column> columns{{"call", Align::left},   {"opens", Align::left},
                                                 {"closes", Align::left}, {"endorsement by", Align::left},
                                                 {"quota", Align::right}, {"note", Align::left}};
  if (on) columns.push_back({fmt::format("on {}", format_iso_day(*on)), Align::left});
  output::TextTable table(std::move(columns));
  bool any_inferred = false;
  for (const Call* call : calls) {
    const auto day = [&](Day value, std::string_view key) {
      any_inferred = any_inferred || call->is_inferred(key);
      return format_iso_day(value) + (call->is_inferred(key) ? "*" : "");
    };
    std::vector<std::string> notes;
    if (call->original_closes) notes.emplace_back("extended");
    if (call->submission_cap) notes.push_back(fmt::format("{} applications per country", *call->submission_cap));
    std::string note;
    for (const std::string& n : notes) note += (note.empty() ? "" : "; ") + n;
    std::vector<std::string> row{std::to_string(call->year),
                                 day(call->opens, "opens"),
                                 day(call->closes, "closes"),
                                 day(call->endorsement_deadline, "endorsement_deadline"),
                                 call->quota_per_country ? std::to_string(*call->quota_per_country) : "-",
                                 note};
    if (on) row.push_back(phase_text(phase_on(*call, *on)));
    table.add_row(std::move(row));
  }
  table.print(out);
  out << fmt::format("Dates are days in {}.{}\n", coordination_time_zone,
                     any_inferred ? " * inferred: no source publishes the date (gnlc-calendar(5))." : "");
}

std::string round_cohort(const ReportRound& round) {
  if (round.admitted_from && round.admitted_before)
    return fmt::format("admitted {} to {}", format_iso_day(*round.admitted_from),
                       format_iso_day(*round.admitted_before - date::days{1}));
  if (round.admitted_before) return fmt::format("admitted before {}", format_iso_day(*round.admitted_before));
  if (round.admitted_from) return fmt::format("admitted from {}", format_iso_day(*round.admitted_from));
  return "every member";
}

void write_text_rounds(util::Writer& out, const std::vector<ReportRound>& rounds) {
  if (rounds.empty()) {
    out << "No report rounds: every report is due two years after the last (gnlc-registry(5)).\n";
    return;
  }
  using Align = output::TextTable::Align;
  output::TextTable table({{"report round", Align::left}, {"owed by members", Align::left}});
  for (const ReportRound& round : rounds) table.add_row({format_iso_day(round.deadline), round_cohort(round)});
  table.print(out);
  out << "After its last round, a member reports every two years from that round's deadline.\n";
}

void write_json_rounds(output::JsonWriter& json, const std::vector<ReportRound>& rounds) {
  const auto optional_day = [&](std::optional<Day> day) { day ? json.string(format_iso_day(*day)) : json.null(); };
  json.begin_array();
  for (const ReportRound& round : rounds) {
    json.begin_object();
    json.key("deadline").string(format_iso_day(round.deadline));
    json.key("admitted_from");
    optional_day(round.admitted_from);
    json.key("admitted_before");
    optional_day(round.admitted_before);
    json.key("source").string(round.source);
    json.end_object();
  }
  json.end_array();
}

void write_ics_rounds(util::Writer& out, const std::vector<ReportRound>& rounds, Day stamp) {
  output::IcsWriter ics(out, "GNLC progress report rounds", stamp);
  for (const ReportRound& round : rounds)
    ics.event({fmt::format("gnlc-report-round-{}@gnlc", format_compact_day(round.deadline)), round.deadline,
               fmt::format("GNLC progress reports due ({})", round_cohort(round)), round.source});
  ics.finish();
}

void write_ics(util::Writer& out, const std::vector<const Call*>& calls, Day stamp) {
  output::IcsWriter ics(out, "GNLC calls for applications", stamp);
  for (const Call* call : calls) {
    const auto event = [&](std::string_view id, Day day, std::string summary) {
      ics.event({fmt::format("gnlc-call-{}-{}@gnlc", call->year, id), day, std::move(summary), call->source});
    };
    event("opens", call->opens, fmt::format("GNLC call {} opens", call->year));
    event("closes", call->closes, fmt::format("GNLC call {} closes (last day for cities)", call->year));
    event("endorsement-deadline", call->endorsement_deadline,
          fmt::format("GNLC call {}: endorsement deadline for National Commissions", call->year));
  }
  ics.finish();
}

}  // namespace

int run_calendar(const CalendarOptions& options, Console& console) {
  const auto format = commands::resolve_format(options.common, {"text", "json", "ics", "toml"}, console);
  if (!format) return exit_code::usage_error;
  const auto as_of = commands::resolve_as_of(options.common, console);
  if (!as_of) return exit_code::usage_error;
  std::optional<Day> on;
  if (options.on) {
    on = parse_iso_day(*options.on);
    if (!on) {
      commands::print_error(console, fmt::format("--on '{}' is not a date; write YYYY-MM-DD", *options.on));
      return exit_code::usage_error;
    }
  }
  std::optional<Calendar> storage;
  std::string calendar_text;
  const Calendar* calendar = commands::load_calendar(options.calendar, storage, console, &calendar_text);
  if (calendar == nullptr) return exit_code::usage_error;

  if (options.report_rounds) {
    if (options.year || options.on || *format == "toml") {
      commands::print_error(console, "--report-rounds lists the rounds alone; leave out YEAR, --on and --format toml");
      return exit_code::usage_error;
    }
    return commands::with_output(options.common, console, [&](util::Writer& out) {
      if (*format == "json") {
        output::JsonWriter json(out);
        write_json_rounds(json, calendar->report_rounds());
        json.finish();
      } else if (*format == "ics") {
        write_ics_rounds(out, calendar->report_rounds(), *as_of);
      } else {
        write_text_rounds(out, calendar->report_rounds());
      }
      return exit_code::success;
    });
  }

  if (*format == "toml") {
    if (options.year || options.on) {
      commands::print_error(console, "--format toml prints the whole calendar file; leave out YEAR and --on");
      return exit_code::usage_error;
    }
    const std::string text = options.calendar ? std::move(calendar_text) : std::string(Calendar::builtin_text());
    return commands::with_output(options.common, console, [&](util::Writer& out) {
      out << text;
      return exit_code::success;
    });
  }

  std::vector<const Call*> calls;
  if (options.year) {
    const Call* call = calendar->find(*options.year);
    if (call == nullptr) {
      commands::print_error(console, rules::no_call_in(*calendar, *options.year));
      return exit_code::data_problems;
    }
    calls.push_back(call);
  } else {
    for (const Call& call : calendar->calls()) calls.push_back(&call);
  }

  return commands::with_output(options.common, console, [&](util::Writer& out) {
    if (*format == "json") {
      output::JsonWriter json(out);
      if (options.year) {
        write_json_call(json, *calls.front(), on);
      } else {
        json.begin_array();
        for (const Call* call : calls) write_json_call(json, *call, on);
        json.end_array();
      }
      json.finish();
    } else if (*format == "ics") {
      write_ics(out, calls, *as_of);
    } else if (options.year) {
      write_text_call(out, *calls.front(), on);
    } else {
      write_text_table(out, calls, on);
      out << "\n";
      write_text_rounds(out, calendar->report_rounds());
    }
    return exit_code::success;
  });
}

}  // namespace gnlc
