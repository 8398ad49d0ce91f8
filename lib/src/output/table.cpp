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

TextTable::TextTable(std::vector<Column> columns) : columns_(std::move(columns)) {
  for (const Column& column : columns_) widths_.push_back(util::display_width(column.title));
}

TextTable::Cell TextTable::prepare(std::size_t column, std::string_view cell, std::string& storage) const {
  if (columns_[column].ascii) return {cell, cell.size()};
  const std::size_t max_width = columns_[column].max_width;
  const bool printable = util::is_printable_ascii(cell);
  if (printable && (max_width == 0 || cell.size() <= max_width) && (column > 0 || !util::is_workflow_command(cell)))
    return {cell, cell.size()};
  storage = printable ? std::string(cell) : util::printable(cell);
  if (max_width > 0) storage = fit_width(storage, max_width);
  if (column == 0) storage = util::no_workflow_command(std::move(storage));
  return {storage, util::display_width(storage)};
}

void TextTable::prepare(std::vector<std::string>& cells) const {
  cells.resize(columns_.size());
  std::string storage;
  for (std::size_t c = 0; c < cells.size(); ++c) {
    const Cell prepared = prepare(c, cells[c], storage);
    if (prepared.text.data() == storage.data()) cells[c] = std::move(storage);
  }
}

void TextTable::widen(const std::vector<std::string>& cells) {
  for (std::size_t c = 0; c < cells.size(); ++c) widths_[c] = std::max(widths_[c], util::display_width(cells[c]));
}

void TextTable::measure(std::span<const std::string_view> cells) {
  std::string storage;
  for (std::size_t c = 0; c < columns_.size() && c < cells.size(); ++c)
    widths_[c] = std::max(widths_[c], prepare(c, cells[c], storage).width);
}

void TextTable::add_row(std::vector<std::string> cells) {
  prepare(cells);
  widen(cells);
  rows_.push_back(std::move(cells));
}

void TextTable::add_separator() { rows_.emplace_back(); }

void TextTable::write_row(util::Writer& out, std::span<const Cell> cells) const {
  std::string& line = line_;
  line.clear();
  for (std::size_t c = 0; c < columns_.size(); ++c) {
    const Cell cell = c < cells.size() ? cells[c] : Cell{};
    const std::size_t pad = widths_[c] - std::min(widths_[c], cell.width);
    const bool last = c + 1 == columns_.size();
    if (c > 0) line += "  ";
    if (columns_[c].align == Align::right) line.append(pad, ' ');
    line += cell.text;
    if (columns_[c].align == Align::left && !last) line.append(pad, ' ');
  }
  while (!line.empty() && line.back() == ' ') line.pop_back();
  line.push_back('\n');
  out.write(line);
}

void TextTable::write_row(util::Writer& out, const std::vector<std::string>& cells) const {
  std::vector<Cell> measured;
  measured.reserve(cells.size());
  for (const std::string& cell : cells) measured.push_back({cell, util::display_width(cell)});
  write_row(out, measured);
}

std::string TextTable::rule() const {
  std::size_t total = 0;
  for (std::size_t w : widths_) total += w;
  return std::string(total + 2 * (widths_.size() - 1), '-') + "\n";
}

void TextTable::print_header(util::Writer& out) const {
  std::vector<std::string> titles;
  for (const Column& column : columns_) titles.push_back(column.title);
  write_row(out, titles);
  out.write(rule());
}

void TextTable::print_row(util::Writer& out, std::span<const std::string_view> cells) const {
  storage_.resize(columns_.size());
  prepared_.resize(std::min(cells.size(), columns_.size()));
  for (std::size_t c = 0; c < prepared_.size(); ++c) prepared_[c] = prepare(c, cells[c], storage_[c]);
  write_row(out, prepared_);
}

void TextTable::print(util::Writer& out) const {
  print_header(out);
  for (const auto& row : rows_) {
    if (row.empty())
      out.write(rule());
    else
      write_row(out, row);
  }
}

}  // namespace gnlc::output
