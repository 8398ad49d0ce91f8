#include <gnlc/output/calendar.hpp>

#include <gnlc/output/ics.hpp>
#include <gnlc/output/json.hpp>
#include <gnlc/output/table.hpp>
#include <gnlc/util/text_safety.hpp>

#include <fmt/format.h>

#include <array>

namespace gnlc::output {
namespace {

void write_json_call(JsonWriter& json, const Call& call, std::optional<Day> on) {
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
  out << fmt::format("  opens                 {}{}\n", format_day_with_weekday(call.opens), mark("opens"));
  out << fmt::format("  closes                {}{}{}\n", format_day_with_weekday(call.closes), mark("closes"),
                     extended(call.original_closes, "original_closes"));
  out << fmt::format("  endorsement deadline  {}{}{}\n", format_day_with_weekday(call.endorsement_deadline),
                     mark("endorsement_deadline"),
                     extended(call.original_endorsement_deadline, "original_endorsement_deadline"));
  out << fmt::format("  quota per country     {}\n",
                     call.quota_per_country ? std::to_string(*call.quota_per_country) : std::string("no cap"));
  if (call.submission_cap)
    out << fmt::format("  submission cap        {} applications per country\n", *call.submission_cap);
  out << fmt::format("  source                {}\n", util::printable(call.source));
  for (const auto& [fact, source] : call.sources)
    out << fmt::format("    {:<20}  {}\n", util::no_workflow_command(util::printable(fact)), util::printable(source));
  if (on) out << fmt::format("On {}: {}\n", format_iso_day(*on), describe_phase(phase_on(call, *on)));
}

void write_text_table(util::Writer& out, const std::vector<const Call*>& calls, std::optional<Day> on) {
  using Align = TextTable::Align;
  std::vector<TextTable::Column> columns{{"call", Align::left},   {"opens", Align::left},
                                         {"closes", Align::left}, {"endorsement by", Align::left},
                                         {"quota", Align::right}, {"note", Align::left}};
  if (on) columns.push_back({fmt::format("on {}", format_iso_day(*on)), Align::left});
  TextTable table(std::move(columns));
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
    if (on) row.push_back(describe_phase(phase_on(*call, *on)));
    table.add_row(std::move(row));
  }
  table.print(out);
  out << fmt::format("Dates are days in {}.{}\n", coordination_time_zone,
                     any_inferred ? " * inferred: no source publishes the date (gnlc-calendar(5))." : "");
}

void write_text_rounds(util::Writer& out, const std::vector<ReportRound>& rounds) {
  if (rounds.empty()) {
    out << "No report rounds: every report is due two years after the last (gnlc-registry(5)).\n";
    return;
  }
  using Align = TextTable::Align;
  TextTable table({{"report round", Align::left}, {"owed by members", Align::left}});
  for (const ReportRound& round : rounds) table.add_row({format_iso_day(round.deadline), describe_cohort(round)});
  table.print(out);
  out << "After its last round, a member reports every two years from that round's deadline.\n";
}

void write_json_rounds(JsonWriter& json, const std::vector<ReportRound>& rounds) {
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
  IcsWriter ics(out, "GNLC progress report rounds", stamp);
  for (const ReportRound& round : rounds)
    ics.event({fmt::format("gnlc-report-round-{}@gnlc", format_compact_day(round.deadline)), round.deadline,
               fmt::format("GNLC progress reports due ({})", describe_cohort(round)), round.source});
  ics.finish();
}

void write_ics(util::Writer& out, const std::vector<const Call*>& calls, Day stamp) {
  IcsWriter ics(out, "GNLC calls for applications", stamp);
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

void write_text(const Sink& sink, const CalendarListing& listing) {
  util::Writer& out = *sink.out;
  if (listing.rounds_only) {
    write_text_rounds(out, listing.calendar->report_rounds());
  } else if (listing.one_call) {
    write_text_call(out, *listing.calls.front(), listing.on);
  } else {
    write_text_table(out, listing.calls, listing.on);
    out << "\n";
    write_text_rounds(out, listing.calendar->report_rounds());
  }
}

void write_json(const Sink& sink, const CalendarListing& listing) {
  JsonWriter json(*sink.out);
  if (listing.rounds_only) {
    write_json_rounds(json, listing.calendar->report_rounds());
  } else if (listing.one_call) {
    write_json_call(json, *listing.calls.front(), listing.on);
  } else {
    json.begin_array();
    for (const Call* call : listing.calls) write_json_call(json, *call, listing.on);
    json.end_array();
  }
  json.finish();
}

void write_ics_listing(const Sink& sink, const CalendarListing& listing) {
  if (listing.rounds_only)
    write_ics_rounds(*sink.out, listing.calendar->report_rounds(), listing.stamp);
  else
    write_ics(*sink.out, listing.calls, listing.stamp);
}

void write_toml(const Sink& sink, const CalendarListing& listing) { *sink.out << listing.toml; }

constexpr std::array formats{
    Format<CalendarListing>{{"text", "a table of the calls and the report rounds, or one call in detail"}, write_text},
    Format<CalendarListing>{{"json", "the calls with their sources, for scripts"}, write_json},
    Format<CalendarListing>{{"ics", "an iCalendar file of the deadlines, for calendar programs"}, write_ics_listing},
    Format<CalendarListing>{{"toml", "the whole calendar file, to edit and pass back with --calendar"}, write_toml},
};

}  // namespace

std::span<const Format<CalendarListing>> calendar_formats() { return formats; }

}  // namespace gnlc::output
