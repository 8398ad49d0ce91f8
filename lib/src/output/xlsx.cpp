#include <gnlc/output/xlsx.hpp>

#include <gnlc/util/text_safety.hpp>
#include <gnlc/util/unicode.hpp>

#include <fmt/format.h>
#include <xlsxwriter.h>

#include <dlfcn.h>
#include <algorithm>
#include <chrono>
#include <list>
#include <vector>

namespace gnlc::output {
namespace {

// libxlsxwriter is opened when the first workbook is written, not linked:
// it brings libcrypto, zlib and minizip, and loading them at every start
// of every command cost more than checking a file.
// clang-format off
#define GNLC_XLSXWRITER_FUNCTIONS(X)                                                                  \
  X(workbook_new) X(workbook_set_properties) X(workbook_add_format) X(workbook_add_worksheet)        \
  X(workbook_close) X(format_set_bold) X(format_set_num_format) X(worksheet_write_number)            \
  X(worksheet_write_datetime) X(worksheet_write_boolean) X(worksheet_write_string)                   \
  X(worksheet_set_column) X(worksheet_freeze_panes) X(worksheet_autofilter) X(lxw_strerror)
// clang-format on

struct Xlsxwriter {
#define GNLC_DECLARE(name) decltype(&::name) name = nullptr;  // NOLINT(bugprone-macro-parentheses): a name, not a value
  GNLC_XLSXWRITER_FUNCTIONS(GNLC_DECLARE)
#undef GNLC_DECLARE
};

// The library's functions, or nullptr with `error` saying why.
const Xlsxwriter* open_xlsxwriter(std::string& error) {
  static std::string load_error;
  static const Xlsxwriter* const library = []() -> const Xlsxwriter* {
    void* handle = ::dlopen(GNLC_XLSXWRITER_SONAME, RTLD_NOW | RTLD_LOCAL);
    if (handle == nullptr) {
      const char* why = ::dlerror();
      load_error = fmt::format("writing a workbook needs libxlsxwriter ({}): {}", GNLC_XLSXWRITER_SONAME,
                               why ? why : "it cannot be loaded");
      return nullptr;
    }
    static Xlsxwriter functions;
#define GNLC_RESOLVE(name)                                                                                          \
  functions.name = reinterpret_cast<decltype(&::name)>(::dlsym(handle, #name));                                     \
  if (functions.name == nullptr) {                                                                                  \
    load_error =                                                                                                    \
        fmt::format("{} lacks {}: it is not the libxlsxwriter gnlc was built with", GNLC_XLSXWRITER_SONAME, #name); \
    return nullptr;                                                                                                 \
  }
    GNLC_XLSXWRITER_FUNCTIONS(GNLC_RESOLVE)
#undef GNLC_RESOLVE
    return &functions;
  }();
  error = load_error;
  return library;
}

// Set by the first workbook, before any sheet can call through it.
const Xlsxwriter* lxw = nullptr;

constexpr std::size_t max_cell_characters = 32767;  // Excel's limit for a cell
constexpr double max_column_width = 60;             // a long cell wraps rather than widens
constexpr std::size_t date_width = 10;              // YYYY-MM-DD

// A string longer than a cell may hold is cut, visibly, rather than
// refused: one hostile name must not cost the whole workbook.
std::string fit_cell(std::string text) {
  std::size_t characters = 0;
  for (std::size_t i = 0; i < text.size(); ++characters) {
    if (characters == max_cell_characters - 1) {
      text.resize(i);
      return text + "…";
    }
    util::decode_utf8(text, i);
  }
  return text;
}

struct Formats {
  lxw_format* header = nullptr;
  lxw_format* date = nullptr;
};

class Sheet final : public RowWriter {
 public:
  Sheet(lxw_worksheet* sheet, std::string name, const Formats& formats, std::string& error)
      : sheet_(sheet), name_(std::move(name)), formats_(formats), error_(error) {}

  Sheet& text(std::string_view value) override {
    // Strings are written as strings, so nothing needs a leading
    // apostrophe against formulas; control characters still become
    // visible escapes, as in every other output.
    return string(util::printable(value, util::LineBreaks::keep));
  }
  Sheet& raw(std::string_view value) override { return string(std::string(value)); }
  Sheet& number(long long value) override {
    return put(fmt::format("{}", value).size(), [&](lxw_row_t r, lxw_col_t c) {
      return lxw->worksheet_write_number(sheet_, r, c, double(value), nullptr);
    });
  }
  Sheet& decimal(double value) override {
    return put(fmt::format("{}", value).size(),
               [&](lxw_row_t r, lxw_col_t c) { return lxw->worksheet_write_number(sheet_, r, c, value, nullptr); });
  }
  Sheet& date(Day day) override {
    // Excel's date numbers start in 1900: an earlier day stays a day only
    // as ISO text.
    const date::year_month_day ymd{writable_day(day)};
    if (int(ymd.year()) < 1900) return string(format_iso_day(day));
    lxw_datetime value{int(ymd.year()), int(unsigned(ymd.month())), int(unsigned(ymd.day())), 0, 0, 0};
    return put(date_width, [&](lxw_row_t r, lxw_col_t c) {
      return lxw->worksheet_write_datetime(sheet_, r, c, &value, formats_.date);
    });
  }
  Sheet& boolean(bool value) override {
    return put(std::string_view("FALSE").size(), [&](lxw_row_t r, lxw_col_t c) {
      return lxw->worksheet_write_boolean(sheet_, r, c, value ? 1 : 0, nullptr);
    });
  }
  Sheet& empty() override {
    ++column_;
    return *this;
  }
  void end_row() override {
    columns_ = std::max(columns_, column_);
    column_ = 0;
    if (row_ + 1 >= LXW_ROW_MAX && error_.empty())
      error_ = fmt::format("sheet '{}' has more rows than an Excel worksheet holds ({})", name_, LXW_ROW_MAX);
    else
      ++row_;
  }

  // Column widths and the header's pane and filter, once the rows are known.
  void finish() {
    if (sheet_ == nullptr || columns_ == 0) return;
    for (lxw_col_t c = 0; c < lxw_col_t(widths_.size()); ++c)
      lxw->worksheet_set_column(sheet_, c, c, std::min(max_column_width, double(widths_[c] + 2)), nullptr);
    lxw->worksheet_freeze_panes(sheet_, 1, 0);
    check(lxw->worksheet_autofilter(sheet_, 0, 0, row_ == 0 ? 0 : row_ - 1, lxw_col_t(columns_ - 1)));
  }

 private:
  Sheet& string(std::string value) {
    value = fit_cell(std::move(value));
    return put(util::display_width(value), [&](lxw_row_t r, lxw_col_t c) {
      return lxw->worksheet_write_string(sheet_, r, c, value.c_str(), r == 0 ? formats_.header : nullptr);
    });
  }
  // Writes the next cell of the row and widens its column to `width`.
  template <class Write>
  Sheet& put(std::size_t width, Write write) {
    if (widths_.size() <= column_) widths_.resize(column_ + 1, 0);
    widths_[column_] = std::max(widths_[column_], width);
    if (sheet_ != nullptr) check(write(row_, column_));
    ++column_;
    return *this;
  }
  void check(lxw_error status) {
    if (status != LXW_NO_ERROR && error_.empty())
      error_ = fmt::format("sheet '{}', row {}: {}", name_, row_ + 1, lxw->lxw_strerror(status));
  }

  lxw_worksheet* sheet_;
  std::string name_;
  const Formats& formats_;
  std::string& error_;
  lxw_row_t row_ = 0;
  lxw_col_t column_ = 0;
  lxw_col_t columns_ = 0;
  std::vector<std::size_t> widths_;
};

}  // namespace

bool xlsx_available() { return true; }

struct XlsxWorkbook::Impl {
  lxw_workbook* book = nullptr;
  Formats formats;
  std::list<Sheet> sheets;  // stable addresses for the RowWriter references handed out
  std::string error;
};

XlsxWorkbook::XlsxWorkbook(const std::string& path, Day created) : impl_(std::make_unique<Impl>()) {
  lxw = open_xlsxwriter(impl_->error);
  if (lxw == nullptr) return;
  impl_->book = lxw->workbook_new(path.c_str());
  if (impl_->book == nullptr) {
    impl_->error = "cannot start a workbook";
    return;
  }
  lxw_doc_properties properties{};
  properties.created = std::chrono::system_clock::to_time_t(std::chrono::system_clock::time_point(created));
  lxw->workbook_set_properties(impl_->book, &properties);
  impl_->formats.header = lxw->workbook_add_format(impl_->book);
  lxw->format_set_bold(impl_->formats.header);
  impl_->formats.date = lxw->workbook_add_format(impl_->book);
  lxw->format_set_num_format(impl_->formats.date, "yyyy-mm-dd");
}

XlsxWorkbook::~XlsxWorkbook() {
  // A workbook that was never closed is abandoned; libxlsxwriter has no
  // way to free one without writing it, and its path is a temporary file.
  if (impl_->book != nullptr) lxw->workbook_close(impl_->book);
}

RowWriter& XlsxWorkbook::add_sheet(std::string_view name) {
  lxw_worksheet* sheet = nullptr;
  if (impl_->book != nullptr) sheet = lxw->workbook_add_worksheet(impl_->book, std::string(name).c_str());
  if (sheet == nullptr && impl_->error.empty()) impl_->error = fmt::format("cannot add a sheet '{}'", name);
  return impl_->sheets.emplace_back(sheet, std::string(name), impl_->formats, impl_->error);
}

std::string XlsxWorkbook::close() {
  if (impl_->book == nullptr) return impl_->error;
  for (Sheet& sheet : impl_->sheets) sheet.finish();
  const lxw_error status = lxw->workbook_close(impl_->book);
  impl_->book = nullptr;
  if (status != LXW_NO_ERROR && impl_->error.empty()) impl_->error = lxw->lxw_strerror(status);
  return impl_->error;
}

}  // namespace gnlc::output
