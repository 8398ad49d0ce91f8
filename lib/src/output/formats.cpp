#include <gnlc/output/calendar.hpp>
#include <gnlc/output/check_report.hpp>
#include <gnlc/output/formats.hpp>
#include <gnlc/output/members.hpp>
#include <gnlc/output/quota.hpp>
#include <gnlc/output/reports.hpp>

#include <array>
#include <vector>

namespace gnlc::output {
namespace {

template <class Row>
std::vector<FormatInfo> infos(std::span<const Row> table) {
  std::vector<FormatInfo> result;
  for (const Row& row : table) result.push_back(row.info);
  return result;
}

struct CommandFormats {
  std::string_view command;
  std::vector<FormatInfo> formats;
};

}  // namespace

std::span<const FormatInfo> formats_of(std::string_view command) {
  // The tables are the renderers' own: this is only their descriptions.
  static const std::array<CommandFormats, 5> all{{
      {"check", infos(check_formats())},
      {"calendar", infos(calendar_formats())},
      {"quota", infos(quota_formats())},
      {"members", infos(members_formats())},
      {"reports", infos(reports_formats())},
  }};
  for (const CommandFormats& entry : all)
    if (entry.command == command) return entry.formats;
  return {};
}

std::vector<std::string_view> offered_formats(std::string_view command) {
  std::vector<std::string_view> names;
  for (const FormatInfo& format : formats_of(command))
    if (format.listed) names.push_back(format.name);
  return names;
}

}  // namespace gnlc::output
