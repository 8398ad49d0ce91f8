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

  explicit TextTable(std::vector<Column> columns) : columns_(std::move(columns)) {}
  // Cells are made printable (control characters escaped).
  void add_row(std::vector<std::string> cells);
  void add_separator();
  void print(util::Writer& out) const;

 private:
  std::vector<Column> columns_;
  std::vector<std::vector<std::string>> rows_;  // an empty row is a separator
};

// Cuts text to at most `width` display columns, ending in "…" when cut.
std::string fit_width(std::string_view text, std::size_t width);

}  // namespace gnlc::output
