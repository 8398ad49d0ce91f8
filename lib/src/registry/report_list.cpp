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

// Most urgent first; then by country, by name compared as identity keys,
// by name as written, and by the order of the registry. The fields of the
// first comparisons are copied next to the row, so that sorting a large
// registry follows no pointer; names are compared only within runs of equal
// urgency and country, and their keys computed only there.
std::vector<MemberReport> most_urgent_first(const std::vector<MemberReport>& all) {
  struct Order {
    std::size_t row;
    ReportState state;
    long days_overdue;
    std::string_view country;
  };
  const auto urgency = [](const Order& a, const Order& b) {
    if (a.state != b.state) return a.state < b.state;
    if (a.days_overdue != b.days_overdue) return a.days_overdue > b.days_overdue;
    return a.country < b.country;
  };
  std::vector<Order> order;
  order.reserve(all.size());
  for (std::size_t i = 0; i < all.size(); ++i)
    order.push_back({i, all[i].status.state, all[i].status.days_overdue, all[i].member->country->alpha2});
  std::sort(order.begin(), order.end(), urgency);

  struct Named {
    Order order;
    std::size_t key_begin, key_end;
  };
  std::string keys;
  std::vector<Named> run;
  for (auto begin = order.begin(); begin != order.end();) {
    const auto end = std::find_if(begin + 1, order.end(), [&](const Order& o) { return urgency(*begin, o); });
    if (end - begin > 1) {
      keys.clear();
      run.clear();
      for (auto it = begin; it != end; ++it) {
        const std::size_t key_begin = keys.size();
        util::append_identity_key(keys, all[it->row].member->city);
        run.push_back({*it, key_begin, keys.size()});
      }
      const auto key = [&](const Named& n) {
        return std::string_view(keys).substr(n.key_begin, n.key_end - n.key_begin);
      };
      std::sort(run.begin(), run.end(), [&](const Named& a, const Named& b) {
        if (const int by_key = key(a).compare(key(b)); by_key != 0) return by_key < 0;
        if (const int by_name = all[a.order.row].member->city.compare(all[b.order.row].member->city); by_name != 0)
          return by_name < 0;
        return a.order.row < b.order.row;
      });
      std::transform(run.begin(), run.end(), begin, [](const Named& n) { return n.order; });
    }
    begin = end;
  }
  std::vector<MemberReport> rows;
  rows.reserve(all.size());
  for (const Order& o : order) rows.push_back(all[o.row]);
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
