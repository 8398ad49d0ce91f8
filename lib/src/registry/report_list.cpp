// Which members `gnlc reports` lists, in which order, and the counts:
// policy of the registry, whatever the output format.
#include <gnlc/reports.hpp>
#include <gnlc/util/huge_pages.hpp>
#include <gnlc/util/unicode.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
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

// Most urgent first; then by country, by name compared as identity keys,
// by name as written, and by the order of the registry. Everything the
// first comparisons need is copied next to the row, in one pass over the
// members in their order, so that sorting a large registry follows no
// pointer; the identity keys are kept together in one string.
std::vector<MemberReport> most_urgent_first(std::vector<MemberReport> all) {
  struct Order {
    std::uint32_t row;
    ReportState state;
    long days_overdue;
    std::uint32_t country;  // its two-letter code, compared as a number
    std::size_t key_begin, key_end;
  };
  const auto country_code = [](std::string_view alpha2) {
    std::uint32_t code = 0;
    for (std::size_t i = 0; i < 4; ++i) code = code << 8 | (i < alpha2.size() ? std::uint8_t(alpha2[i]) : 0u);
    return code;
  };
  std::string keys;
  std::vector<Order> order;
  util::reserve_in_huge_pages(order, all.size());
  for (std::size_t i = 0; i < all.size(); ++i) {
    const std::size_t key_begin = keys.size();
    util::append_identity_key(keys, all[i].member->city);
    order.push_back({std::uint32_t(i), all[i].status.state, all[i].status.days_overdue,
                     country_code(all[i].member->country->alpha2), key_begin, keys.size()});
  }
  const auto key = [&](const Order& o) { return std::string_view(keys).substr(o.key_begin, o.key_end - o.key_begin); };
  std::sort(order.begin(), order.end(), [&](const Order& a, const Order& b) {
    if (a.state != b.state) return a.state < b.state;
    if (a.days_overdue != b.days_overdue) return a.days_overdue > b.days_overdue;
    if (a.country != b.country) return a.country < b.country;
    if (const int by_key = key(a).compare(key(b)); by_key != 0) return by_key < 0;
    if (const int by_name = all[a.row].member->city.compare(all[b.row].member->city); by_name != 0) return by_name < 0;
    return a.row < b.row;
  });
  std::vector<MemberReport> rows;
  util::reserve_in_huge_pages(rows, all.size());
  constexpr std::size_t ahead = 8;  // rows are read in sorted order, at random: fetched ahead
  for (std::size_t i = 0; i < order.size(); ++i) {
    if (i + ahead < order.size()) __builtin_prefetch(&all[order[i + ahead].row]);
    rows.push_back(all[order[i].row]);
  }
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
  util::reserve_in_huge_pages(all, registry.members().size());
  for (const Member& member : registry.members()) {
    if (query.country != nullptr && member.country != query.country) continue;
    if (!query.region.empty() && member.country->region != query.region) continue;
    MemberReport row{&member, report_status(member, query.day, rounds, query.due_within)};
    count(list.counts, row.status.state);
    if (selected(query.selection, row.status.state)) all.push_back(row);
  }
  list.rows = most_urgent_first(std::move(all));
  return list;
}

}  // namespace gnlc
