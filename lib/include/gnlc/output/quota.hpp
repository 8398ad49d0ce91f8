// `gnlc quota` output: a table for people, one row per application in
// csv, tsv and a workbook, and json (cli.md, "gnlc quota").
#pragma once

#include <gnlc/output/formats.hpp>
#include <gnlc/quota.hpp>

#include <span>

namespace gnlc::output {

std::span<const Format<QuotaResult>> quota_formats();

}  // namespace gnlc::output
