// A plain-text table for terminals: columns padded by display width, so
// that names in any script line up.
#pragma once

#include <gnlc/util/output.hpp>

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace gnlc::output {

class TextTable {
 public:
  enum class Align { left, right };
  struct Column {
    std::string title;
    Align align = Align::left;
    std::size_t max_width = 0;  // 0: unlimited; longer cells are cut with an ellipsis
    // Every cell is printable ASCII by construction (codes, days, numbers,
    // fixed words): used as it is, unchecked, in a table of many rows.
    bool ascii = false;
  };

  explicit TextTable(std::vector<Column> columns);

  // Kept rows, printed at the end. Cells are made printable (control
  // characters escaped) and cut to their column's width.
  void add_row(std::vector<std::string> cells);
  void add_separator();
  void print(util::Writer& out) const;

  // Or, for a table too long to keep: measure every row first, then print
  // the header and every row again, in the same order. A row is a cell for
  // each column; a cell that is printable ASCII and fits is not copied.
  void measure(std::span<const std::string_view> cells);
  void print_header(util::Writer& out) const;
  void print_row(util::Writer& out, std::span<const std::string_view> cells) const;

 private:
  struct Cell {
    std::string_view text;
    std::size_t width = 0;  // in display columns
  };
  // The cell as printed; `storage` holds it when it had to change.
  Cell prepare(std::size_t column, std::string_view cell, std::string& storage) const;
  void prepare(std::vector<std::string>& cells) const;
  void widen(const std::vector<std::string>& cells);  // columns as wide as the widest cell so far
  void write_row(util::Writer& out, std::span<const Cell> cells) const;
  void write_row(util::Writer& out, const std::vector<std::string>& cells) const;
  std::string rule() const;

  std::vector<Column> columns_;
  std::vector<std::size_t> widths_;
  std::vector<std::vector<std::string>> rows_;  // an empty row is a separator
  // Reused from row to row by print_row.
  mutable std::string line_;
  mutable std::vector<std::string> storage_;  // of cells that had to change
  mutable std::vector<Cell> prepared_;
};

// Cuts text to at most `width` display columns, ending in "…" when cut.
std::string fit_width(std::string_view text, std::size_t width);

}  // namespace gnlc::output
