// Jury scores: a CSV file (RFC 4180) with a header row naming the columns
// country, city and score. Spreadsheets in many locales save CSV with `;`
// between cells and a decimal comma: a header row separated by `;` selects
// that dialect.
#include <gnlc/scores.hpp>

#include <gnlc/limits.hpp>
#include <gnlc/registry.hpp>
#include <gnlc/rules.hpp>
#include <gnlc/util/strings.hpp>
#include <gnlc/util/unicode.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace gnlc {
namespace {

struct Row {
  std::vector<std::string> cells;
  std::uint32_t line = 0;
};

// Splits RFC 4180 text into rows. Quoted cells may hold commas, doubled
// quotes and line breaks; CRLF and LF both end a row.
std::optional<Diagnostic> split_rows(std::string_view text, char separator, std::vector<Row>& rows) {
  std::uint32_t line = 1;
  std::size_t i = 0;
  if (text.starts_with("\xEF\xBB\xBF")) i = 3;  // spreadsheets write a BOM
  while (i < text.size()) {
    Row row;
    row.line = line;
    for (;;) {
      std::string cell;
      if (i < text.size() && text[i] == '"') {
        const std::uint32_t opened = line;
        ++i;
        for (;;) {
          if (i >= text.size()) return make_diagnostic("csv-syntax"_rule, {opened, 1}, "a quoted cell is never closed");
          if (text[i] == '"') {
            if (i + 1 < text.size() && text[i + 1] == '"') {
              cell.push_back('"');
              i += 2;
              continue;
            }
            ++i;
            break;
          }
          if (text[i] == '\n') ++line;
          cell.push_back(text[i++]);
        }
        if (i < text.size() && text[i] != separator && text[i] != '\n' && text[i] != '\r')
          return make_diagnostic("csv-syntax"_rule, {line, 1}, "text after a closing quote");
      } else {
        while (i < text.size() && text[i] != separator && text[i] != '\n' && text[i] != '\r') {
          if (text[i] == '"') return make_diagnostic("csv-syntax"_rule, {line, 1}, "a quote inside an unquoted cell");
          cell.push_back(text[i++]);
        }
      }
      row.cells.push_back(std::move(cell));
      if (i < text.size() && text[i] == separator) {
        ++i;
        continue;
      }
      break;
    }
    if (i < text.size() && text[i] == '\r') ++i;
    if (i < text.size() && text[i] == '\n') ++i;
    ++line;
    const bool blank = row.cells.size() == 1 && util::trim(row.cells[0]).empty();
    if (!blank) rows.push_back(std::move(row));
  }
  return std::nullopt;
}

// The separator of the header row: `;` when it has a `;` outside quotes
// and no `,`, else `,`.
char header_separator(std::string_view text) {
  bool quoted = false, semicolon = false;
  for (char c : text) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '\n' || c == '\r') break;
    if (c == ',') return ',';
    if (c == ';') semicolon = true;
  }
  return semicolon ? ';' : ',';
}

std::optional<double> parse_decimal(std::string_view text, bool decimal_comma) {
  text = util::trim(text);
  if (text.starts_with('+')) text.remove_prefix(1);
  if (text.empty()) return std::nullopt;
  std::string digits(text);
  if (decimal_comma) {
    if (digits.find('.') != std::string::npos) return std::nullopt;  // 1.234,5 is ambiguous: refuse it
    std::replace(digits.begin(), digits.end(), ',', '.');
  }
  for (char c : digits)
    if (!((c >= '0' && c <= '9') || c == '.' || c == '-')) return std::nullopt;  // no exponents, inf or nan
  const auto value = util::parse_double(digits);
  if (!value || !std::isfinite(*value)) return std::nullopt;
  return value;
}

}  // namespace

ScoresParse parse_scores(std::string_view text, const Countries& countries) {
  ScoresParse result;
  Diagnostics& out = result.diagnostics;
  if (const auto bad = util::find_invalid_utf8(text)) {
    const auto at = util::line_column_at(text, *bad);
    out.push_back(make_diagnostic("csv-syntax"_rule, {at.line, at.column}, "invalid UTF-8", "save the file as UTF-8"));
    return result;
  }
  std::vector<Row> rows;
  const char separator = header_separator(text);
  if (auto error = split_rows(text, separator, rows)) {
    out.push_back(std::move(*error));
    return result;
  }
  if (rows.empty()) {
    out.push_back(make_diagnostic("csv-syntax"_rule, {1, 1}, "the file is empty",
                                  "the first row must name the columns: country,city,score"));
    return result;
  }
  std::optional<std::size_t> country_column, city_column, score_column;
  for (std::size_t c = 0; c < rows[0].cells.size(); ++c) {
    const std::string name = util::ascii_lower(util::trim(rows[0].cells[c]));
    if (name == "country") country_column = c;
    if (name == "city") city_column = c;
    if (name == "score") score_column = c;
  }
  if (!country_column || !city_column || !score_column) {
    out.push_back(make_diagnostic("csv-syntax"_rule, {rows[0].line, 1},
                                  "the header row must name the columns country, city and score",
                                  "write the first row as: country,city,score"));
    return result;
  }
  std::unordered_map<std::string, std::uint32_t> seen;
  const std::size_t columns = rows[0].cells.size();
  // Every problem of a scores file is an error: past the limit, the file
  // cannot be used and the rest is not read.
  const std::size_t limit = Limits{}.max_diagnostics;
  for (std::size_t r = 1; r < rows.size(); ++r) {
    if (out.size() >= limit) {
      out.resize(limit + 1);  // cap_diagnostics puts its note in place of the last
      cap_diagnostics(out, limit);
      break;
    }
    const Row& row = rows[r];
    if (row.cells.size() != columns) {
      // A decimal comma (91,5) is the usual cause: never guess which cell is meant.
      out.push_back(
          make_diagnostic("csv-syntax"_rule, {row.line, 1},
                          fmt::format("line {} has {} cells; the header has {}", row.line, row.cells.size(), columns),
                          separator == ';' ? "quote a cell that holds a semicolon"
                                           : "quote a cell that holds a comma, and write decimals with a "
                                             "point: 91.5"));
      continue;
    }
    const auto cell = [&](std::size_t column) -> std::string_view {
      return column < row.cells.size() ? util::trim(row.cells[column]) : std::string_view{};
    };
    const std::string_view score_text = cell(*score_column);
    const auto value = parse_decimal(score_text, separator == ';');
    if (!value) {
      out.push_back(make_diagnostic(
          "invalid-score"_rule, {row.line, 1},
          fmt::format("line {}: the score \"{}\" is not a number", row.line, score_text),
          separator == ';' ? "write a decimal number such as 87,5" : "write a decimal number such as 87.5"));
      continue;
    }
    Score score{countries.resolve(cell(*country_column)), std::string(cell(*city_column)), *value, {row.line, 1}};
    const std::string key = util::ascii_lower(cell(*country_column)) + '\t' + util::identity_key(score.city);
    const std::string identity = score.country ? city_identity(*score.country, score.city) : key;
    if (const auto [first, inserted] = seen.try_emplace(identity, row.line); !inserted) {
      out.push_back(make_diagnostic("duplicate-score"_rule, {row.line, 1},
                                    fmt::format("line {}: a second score for {}", row.line, score.city),
                                    fmt::format("the first is on line {}", first->second)));
      continue;
    }
    result.scores.push_back(std::move(score));
  }
  return result;
}

}  // namespace gnlc
