// CSV (RFC 4180) and TSV output. Cells from the data are neutralised for
// spreadsheets (util::spreadsheet_safe); numbers gnlc writes are not.
#pragma once

#include <gnlc/output/rows.hpp>
#include <gnlc/util/output.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace gnlc::output {

class DelimitedWriter final : public RowWriter {
 public:
  enum class Kind { csv, tsv };
  // With bom, the text starts with a UTF-8 byte order mark: Excel reads a
  // file without one in the locale's code page, and "Bouaké" breaks.
  DelimitedWriter(util::Writer& out, Kind kind, bool bom = false);

  DelimitedWriter& text(std::string_view cell) override;  // from the data: neutralised
  DelimitedWriter& number(long long value) override;
  DelimitedWriter& decimal(double value) override;       // shortest text that reads back the same
  DelimitedWriter& date(Day day) override;               // YYYY-MM-DD
  DelimitedWriter& boolean(bool value) override;         // true, false
  DelimitedWriter& raw(std::string_view cell) override;  // gnlc's own words, dates, rule names
  DelimitedWriter& empty() override;
  void end_row() override;

 private:
  void cell(std::string_view value);

  util::Writer& out_;
  Kind kind_;
  std::string row_;
  bool first_ = true;
};

}  // namespace gnlc::output
