// The WebAssembly module has no libxlsxwriter: the commands refuse
// --format xlsx before they get here (xlsx_available()).
#include <gnlc/output/xlsx.hpp>

namespace gnlc::output {
namespace {

class NoRows final : public RowWriter {
 public:
  NoRows& text(std::string_view) override { return *this; }
  NoRows& raw(std::string_view) override { return *this; }
  NoRows& number(long long) override { return *this; }
  NoRows& decimal(double) override { return *this; }
  NoRows& date(Day) override { return *this; }
  NoRows& boolean(bool) override { return *this; }
  NoRows& empty() override { return *this; }
  void end_row() override {}
};

}  // namespace

bool xlsx_available() { return false; }

struct XlsxWorkbook::Impl {
  NoRows rows;
};

XlsxWorkbook::XlsxWorkbook(const std::string&, Day) : impl_(std::make_unique<Impl>()) {}
XlsxWorkbook::~XlsxWorkbook() = default;
RowWriter& XlsxWorkbook::add_sheet(std::string_view) { return impl_->rows; }
std::string XlsxWorkbook::close() { return "xlsx output is not available in this build of gnlc"; }

}  // namespace gnlc::output
