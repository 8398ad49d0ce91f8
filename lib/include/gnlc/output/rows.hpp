// Tables of typed cells, one row at a time: the same rows become CSV or
// TSV text (DelimitedWriter) or a worksheet of a workbook (XlsxWorkbook),
// so a command states its columns once for every spreadsheet format.
#pragma once

#include <gnlc/dates.hpp>

#include <initializer_list>
#include <optional>
#include <string_view>

namespace gnlc::output {

class RowWriter {
 public:
  virtual ~RowWriter() = default;
  virtual RowWriter& text(std::string_view cell) = 0;  // from the data: neutralised as the format needs
  virtual RowWriter& raw(std::string_view cell) = 0;   // gnlc's own words: titles, rule names, states
  virtual RowWriter& number(long long value) = 0;
  virtual RowWriter& decimal(double value) = 0;
  virtual RowWriter& date(Day day) = 0;
  virtual RowWriter& boolean(bool value) = 0;
  virtual RowWriter& empty() = 0;
  virtual void end_row() = 0;

  template <class T>
  RowWriter& optional_number(const std::optional<T>& value) {
    return value ? number(static_cast<long long>(*value)) : empty();
  }
  RowWriter& optional_date(const std::optional<Day>& day) { return day ? date(*day) : empty(); }
  // A header row of column titles.
  void header(std::initializer_list<std::string_view> titles) {
    for (std::string_view title : titles) raw(title);
    end_row();
  }
};

}  // namespace gnlc::output
