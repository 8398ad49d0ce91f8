// A plain-text table for terminals: columns padded by display width, so
// that names in any script line up.
#pragma once

#include <gnlc/util/output.hpp>

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
  };

  explicit TextTable(std::vector<Column> columns);

  // Kept rows, printed at the end. Cells are made printable (control
  // characters escaped) and cut to their column's width.
  void add_row(std::vector<std::string> cells);
  void add_separator();
  void print(util::Writer& out) const;

  // Or, for a table too long to keep: measure every row first, then print
  // the header and every row again, in the same order.
  void measure(std::vector<std::string> cells);
  void print_header(util::Writer& out) const;
  void print_row(util::Writer& out, std::vector<std::string> cells) const;

 private:
  void prepare(std::vector<std::string>& cells) const;
  void widen(const std::vector<std::string>& cells);  // columns as wide as the widest cell so far
  void write_row(util::Writer& out, const std::vector<std::string>& cells) const;
  std::string rule() const;

  std::vector<Column> columns_;
  std::vector<std::size_t> widths_;
  std::vector<std::vector<std::string>> rows_;  // an empty row is a separator
};

// Cuts text to at most `width` display columns, ending in "…" when cut.
std::string fit_width(std::string_view text, std::size_t width);

}  // namespace gnlc::output
