// `gnlc reports` output: the members whose reports are due, as a table,
// csv, tsv, json, iCalendar and a workbook (cli.md, "gnlc reports").
#pragma once

#include <gnlc/output/formats.hpp>
#include <gnlc/reports.hpp>

#include <span>

namespace gnlc::output {

std::span<const Format<ReportsList>> reports_formats();

}  // namespace gnlc::output
