#include <gnlc/output/delimited.hpp>

#include <gnlc/util/text_safety.hpp>

#include <fmt/format.h>

namespace gnlc::output {

DelimitedWriter::DelimitedWriter(util::Writer& out, Kind kind, bool bom) : out_(out), kind_(kind) {
  if (bom) out_.write("\xEF\xBB\xBF");
}

void DelimitedWriter::cell(std::string_view value) {
  if (!first_) row_.push_back(kind_ == Kind::csv ? ',' : '\t');
  first_ = false;
  if (kind_ == Kind::csv) {
    if (value.find_first_of(",\"\r\n") == std::string_view::npos) {
      row_.append(value);
      return;
    }
    row_.push_back('"');
    for (char c : value) {
      if (c == '"') row_.push_back('"');
      row_.push_back(c);
    }
    row_.push_back('"');
    return;
  }
  // TSV has no quoting: tabs, line breaks and backslashes are escaped.
  for (char c : value) {
    switch (c) {
      case '\t':
        row_ += "\\t";
        break;
      case '\n':
        row_ += "\\n";
        break;
      case '\r':
        row_ += "\\r";
        break;
      case '\\':
        row_ += "\\\\";
        break;
      default:
        row_.push_back(c);
    }
  }
}

DelimitedWriter& DelimitedWriter::text(std::string_view value) {
  // Control and bidirectional characters from the data become visible
  // escapes (line breaks are the cell's own business, quoted or escaped).
  cell(util::spreadsheet_safe(util::printable(value, util::LineBreaks::keep)));
  return *this;
}

DelimitedWriter& DelimitedWriter::number(long long value) {
  cell(fmt::format("{}", value));
  return *this;
}

DelimitedWriter& DelimitedWriter::decimal(double value) {
  cell(fmt::format("{}", value));
  return *this;
}

DelimitedWriter& DelimitedWriter::date(Day day) {
  cell(format_iso_day(day));
  return *this;
}

DelimitedWriter& DelimitedWriter::boolean(bool value) {
  cell(value ? "true" : "false");
  return *this;
}

DelimitedWriter& DelimitedWriter::raw(std::string_view value) {
  cell(value);
  return *this;
}

DelimitedWriter& DelimitedWriter::empty() {
  cell({});
  return *this;
}

void DelimitedWriter::end_row() {
  row_.push_back('\n');  // LF, as the shell tools that read these files expect
  out_.write(row_);
  row_.clear();
  first_ = true;
}

}  // namespace gnlc::output
