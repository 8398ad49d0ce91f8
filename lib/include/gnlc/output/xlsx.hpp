// Excel workbooks (.xlsx): one worksheet per table, cells typed (numbers,
// dates with a date format, booleans), strings always strings, never
// formulas. Written with libxlsxwriter, which the WebAssembly module does
// not have: there xlsx_available() is false and close() fails.
#pragma once

#include <gnlc/dates.hpp>
#include <gnlc/output/rows.hpp>

#include <memory>
#include <string>
#include <string_view>

namespace gnlc::output {

bool xlsx_available();

class XlsxWorkbook {
 public:
  // libxlsxwriter writes only to a named file, and only in close(): the
  // caller names the temporary file of a util::AtomicFile. `created` is
  // the creation date the file records, so that the same data and as-of
  // day give the same bytes.
  XlsxWorkbook(const std::string& path, Day created);
  ~XlsxWorkbook();
  XlsxWorkbook(const XlsxWorkbook&) = delete;
  XlsxWorkbook& operator=(const XlsxWorkbook&) = delete;

  // A new worksheet. Its first row is the header: bold, frozen and with a
  // filter, so that every column sorts. Columns are as wide as their
  // longest cell, within limits.
  RowWriter& add_sheet(std::string_view name);

  // Writes the file. The first error met while filling the sheets or
  // writing the file, or "" on success.
  std::string close();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace gnlc::output
