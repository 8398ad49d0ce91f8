#include <gnlc/output/table.hpp>

#include <gnlc/util/text_safety.hpp>
#include <gnlc/util/unicode.hpp>

#include <algorithm>

namespace gnlc::output {

std::string fit_width(std::string_view text, std::size_t width) {
  if (util::display_width(text) <= width) return std::string(text);
  std::string out;
  std::size_t used = 0;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t next = i;
    util::decode_utf8(text, next);
    const std::size_t w = util::display_width(text.substr(i, next - i));
    if (used + w + 1 > width) break;
    out.append(text.substr(i, next - i));
    used += w;
    i = next;
  }
  return out + "…";
}

void TextTable::add_row(std::vector<std::string> cells) {
  for (std::size_t c = 0; c < cells.size() && c < columns_.size(); ++c) {
    cells[c] = util::printable(cells[c]);
    if (columns_[c].max_width > 0) cells[c] = fit_width(cells[c], columns_[c].max_width);
  }
  cells.resize(columns_.size());
  rows_.push_back(std::move(cells));
}

void TextTable::add_separator() { rows_.emplace_back(); }

void TextTable::print(util::Writer& out) const {
  std::vector<std::size_t> widths;
  for (const Column& column : columns_) widths.push_back(util::display_width(column.title));
  for (const auto& row : rows_)
    for (std::size_t c = 0; c < row.size(); ++c) widths[c] = std::max(widths[c], util::display_width(row[c]));

  const auto print_row = [&](const std::vector<std::string>& cells) {
    std::string line;
    for (std::size_t c = 0; c < columns_.size(); ++c) {
      const std::size_t pad = widths[c] - util::display_width(cells[c]);
      const bool last = c + 1 == columns_.size();
      if (c > 0) line += "  ";
      if (columns_[c].align == Align::right) line.append(pad, ' ');
      line += cells[c];
      if (columns_[c].align == Align::left && !last) line.append(pad, ' ');
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out.write(line + "\n");
  };
  std::vector<std::string> titles;
  for (const Column& column : columns_) titles.push_back(column.title);
  print_row(titles);
  std::size_t total = 0;
  for (std::size_t w : widths) total += w;
  const std::string rule(total + 2 * (widths.size() - 1), '-');
  out.write(rule + "\n");
  for (const auto& row : rows_) {
    if (row.empty())
      out.write(rule + "\n");
    else
      print_row(row);
  }
}

}  // namespace gnlc::output
