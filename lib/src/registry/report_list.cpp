// Which members `gnlc reports` lists, in which order, and the counts:
// policy of the registry, whatever the output format.
#include <gnlc/reports.hpp>
#include <gnlc/util/unicode.hpp>

#include <algorithm>
#include <array>
#include <utility>

namespace gnlc {
namespace {

bool selected(std::string_view selection, ReportState state) {
  if (selection == "all") return true;
  if (selection == "default") return state == ReportState::overdue || state == ReportState::due_soon;
  return selection == report_state_name(state);
}

void count(ReportCounts& counts, ReportState state) {
  ++counts.members;
  switch (state) {
    case ReportState::overdue:
      ++counts.overdue;
      break;
    case ReportState::due_soon:
      ++counts.due_soon;
      break;
    case ReportState::ok:
      ++counts.ok;
      break;
    case ReportState::inactive:
      ++counts.inactive;
      break;
  }
}

// Sort keys are computed once: names are compared as identity keys.
std::vector<MemberReport> most_urgent_first(const std::vector<MemberReport>& all) {
  std::vector<std::pair<std::string, std::size_t>> order;
  order.reserve(all.size());
  for (std::size_t i = 0; i < all.size(); ++i) order.emplace_back(util::identity_key(all[i].member->city), i);
  std::sort(order.begin(), order.end(), [&](const auto& a, const auto& b) {
    const MemberReport& x = all[a.second];
    const MemberReport& y = all[b.second];
    if (x.status.state != y.status.state) return x.status.state < y.status.state;
    if (x.status.days_overdue != y.status.days_overdue) return x.status.days_overdue > y.status.days_overdue;
    if (x.member->country->alpha2 != y.member->country->alpha2)
      return x.member->country->alpha2 < y.member->country->alpha2;
    if (a.first != b.first) return a.first < b.first;
    return x.member->city < y.member->city;
  });
  std::vector<MemberReport> rows;
  rows.reserve(all.size());
  for (const auto& entry : order) rows.push_back(all[entry.second]);
  return rows;
}

}  // namespace

bool is_report_selection(std::string_view name) {
  constexpr std::array<std::string_view, 6> names{"default", "overdue", "due-soon", "ok", "inactive", "all"};
  return std::find(names.begin(), names.end(), name) != names.end();
}

ReportsList list_reports(const Registry& registry, const std::vector<ReportRound>& rounds, const ReportsQuery& query) {
  ReportsList list{query.day, query.due_within, {}, {}};
  std::vector<MemberReport> all;
  all.reserve(registry.members().size());
  for (const Member& member : registry.members()) {
    if (query.country != nullptr && member.country != query.country) continue;
    if (!query.region.empty() && member.country->region != query.region) continue;
    MemberReport row{&member, report_status(member, query.day, rounds, query.due_within)};
    count(list.counts, row.status.state);
    if (selected(query.selection, row.status.state)) all.push_back(row);
  }
  list.rows = most_urgent_first(all);
  return list;
}

}  // namespace gnlc
