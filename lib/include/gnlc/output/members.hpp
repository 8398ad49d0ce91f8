// `gnlc members` output: the network on a day, or the intake of a call, as
// a table for people, csv/tsv and json for scripts, and markdown and a
// self-contained html page ready to publish.
#pragma once

#include <gnlc/network.hpp>
#include <gnlc/output/formats.hpp>
#include <gnlc/output/rows.hpp>
#include <gnlc/output/xlsx.hpp>
#include <gnlc/util/output.hpp>

#include <optional>
#include <span>
#include <string>

namespace gnlc::output {

struct MembersReport {
  Day as_of;
  std::optional<Intake> intake;  // with --call
  MemberView network;            // without --call: the network on as_of
  std::string only;              // the filter in words ("Kenya", "Africa"), or empty
};

void write_members_table(util::Writer& out, const MembersReport& report);
void write_members_markdown(util::Writer& out, const MembersReport& report);
void write_members_html(util::Writer& out, const MembersReport& report);
void write_members_json(util::Writer& out, const MembersReport& report);
// One row per member (csv, tsv, and the first sheet of the workbook).
void write_members_rows(RowWriter& rows, const MembersReport& report);
// The members, the regions and the summary, as in json.
void write_members_workbook(XlsxWorkbook& book, const MembersReport& report);

std::span<const Format<MembersReport>> members_formats();

}  // namespace gnlc::output
