// CSV (RFC 4180) and TSV output. Cells from the data are neutralised for
// spreadsheets (util::spreadsheet_safe); numbers gnlc writes are not.
#pragma once

#include <gnlc/util/output.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace gnlc::output {

class DelimitedWriter {
 public:
  enum class Kind { csv, tsv };
  DelimitedWriter(util::Writer& out, Kind kind) : out_(out), kind_(kind) {}

  DelimitedWriter& text(std::string_view cell);  // from the data: neutralised
  DelimitedWriter& number(long long value);
  DelimitedWriter& raw(std::string_view cell);  // gnlc's own words, dates, rule names
  DelimitedWriter& empty();
  void end_row();

 private:
  void cell(std::string_view value);

  util::Writer& out_;
  Kind kind_;
  std::string row_;
  bool first_ = true;
};

}  // namespace gnlc::output
