#include <gnlc/registry.hpp>

#include "../toml_support.hpp"

#include <gnlc/rules.hpp>
#include <gnlc/util/unicode.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>

namespace gnlc {

std::string_view member_status_name(MemberStatus status) {
  switch (status) {
    case MemberStatus::active: return "active";
    case MemberStatus::suspended: return "suspended";
    case MemberStatus::withdrawn: return "withdrawn";
  }
  return "active";
}

std::string city_identity(const Country& country, std::string_view city) {
  return country.alpha2 + '\t' + util::identity_key(city);
}

Registry::Registry(std::vector<Member> members) : members_(std::move(members)) {
  by_identity_.reserve(members_.size());
  for (std::size_t i = 0; i < members_.size(); ++i)
    by_identity_.emplace(city_identity(*members_[i].country, members_[i].city), i);
}

const Member* Registry::find(const Country& country, std::string_view city) const {
  auto it = by_identity_.find(city_identity(country, city));
  return it == by_identity_.end() ? nullptr : &members_[it->second];
}

int Registry::admitted_through(std::string_view alpha2, int call) const {
  return int(std::count_if(members_.begin(), members_.end(), [&](const Member& member) {
    return member.call == call && member.country->alpha2 == alpha2;
  }));
}

namespace {

constexpr std::array<std::string_view, 2> top_level_keys{"format", "member"};
constexpr std::array<std::string_view, 6> member_keys{"city", "country", "admitted", "call", "status", "reports"};
constexpr std::array<std::string_view, 3> statuses{"active", "suspended", "withdrawn"};

std::optional<Member> read_member(const toml::table& table, const Countries& countries, Diagnostics& out) {
  const Position at = detail::position_of(table);
  const std::size_t errors_before = count(out, Severity::error);
  detail::report_unknown_keys(table, "member", member_keys, out);
  Member member;
  member.position = at;

  std::optional<detail::Read<std::string>> city, country_text;
  std::optional<detail::Read<Day>> admitted;
  if (const toml::node* node = table.get("city"))
    city = detail::read_string(*node, "member.city", true, out);
  else
    detail::report_missing("member.city", at, out);
  if (const toml::node* node = table.get("country"))
    country_text = detail::read_string(*node, "member.country", true, out);
  else
    detail::report_missing("member.country", at, out);
  if (const toml::node* node = table.get("admitted"))
    admitted = detail::read_day(*node, "member.admitted", out);
  else
    detail::report_missing("member.admitted", at, out);
  if (country_text) {
    member.country = countries.resolve(country_text->value);
    if (member.country == nullptr) {
      std::string hint;
      if (const auto near = countries.suggest(country_text->value)) hint = fmt::format("did you mean '{}'?", *near);
      out.push_back(make_diagnostic(rule::unknown_country, country_text->position,
                                    fmt::format("unknown country \"{}\"", country_text->value), std::move(hint)));
    }
  }
  if (const toml::node* node = table.get("call")) {
    if (const auto call = detail::read_integer(*node, "member.call", out)) {
      if (call->value < 1900 || call->value > 2999)
        out.push_back(make_diagnostic(rule::invalid_value, call->position,
                                      fmt::format("'member.call' {} is not a plausible call year", call->value)));
      else
        member.call = int(call->value);
    }
  } else if (admitted) {
    member.call = year_of(admitted->value);
  }
  if (const toml::node* node = table.get("status")) {
    if (const auto status = detail::read_string(*node, "member.status", true, out)) {
      const auto it = std::find(statuses.begin(), statuses.end(), status->value);
      if (it == statuses.end())
        out.push_back(make_diagnostic(rule::invalid_value, status->position,
                                      fmt::format("unknown status \"{}\"", status->value),
                                      "write 'active', 'suspended' or 'withdrawn'"));
      else
        member.status = MemberStatus(it - statuses.begin());
    }
  }
  if (const toml::node* node = table.get("reports")) {
    if (const toml::array* reports = node->as_array()) {
      member.reports.reserve(reports->size());
      for (const toml::node& element : *reports) {
        const auto day = detail::read_day(element, "member.reports", out);
        if (!day) continue;
        if (admitted && day->value < admitted->value) {
          out.push_back(make_diagnostic(rule::report_before_admission, day->position,
                                        fmt::format("a report dated {} is before the admission on {}",
                                                    format_iso_day(day->value), format_iso_day(admitted->value))));
          continue;
        }
        member.reports.push_back(day->value);
      }
      std::sort(member.reports.begin(), member.reports.end());
    } else {
      out.push_back(make_diagnostic(rule::wrong_type, detail::position_of(*node),
                                    fmt::format("'member.reports' must be an array of dates, not {}",
                                                detail::toml_type_name(*node)),
                                    "write reports = [2022-11-30, 2024-12-02]"));
    }
  }
  if (count(out, Severity::error) != errors_before || !city || !admitted || member.country == nullptr)
    return std::nullopt;
  member.city = city->value;
  member.admitted = admitted->value;
  return member;
}

}  // namespace

RegistryParse parse_registry(std::string_view text, const Countries& countries) {
  RegistryParse result;
  Diagnostics& out = result.diagnostics;
  auto parsed = detail::parse_toml(text);
  if (auto* error = std::get_if<Diagnostic>(&parsed)) {
    out.push_back(std::move(*error));
    return result;
  }
  const toml::table& root = std::get<toml::table>(parsed);
  const auto* format = root.get_as<std::int64_t>("format");
  if (format == nullptr || format->get() != 1) {
    out.push_back(make_diagnostic(rule::format_version, format ? detail::position_of(*format) : Position{1, 1},
                                  format ? fmt::format("registry format {} is not supported; gnlc reads format 1",
                                                       format->get())
                                         : std::string("'format' is missing"),
                                  "start the registry with the line: format = 1"));
    return result;
  }
  detail::report_unknown_keys(root, "", top_level_keys, out);
  std::vector<Member> members;
  if (const toml::node* node = root.get("member")) {
    const toml::array* array = node->as_array();
    if (array == nullptr || !array->is_array_of_tables()) {
      out.push_back(make_diagnostic(rule::wrong_type, detail::position_of(*node),
                                    "'member' must be an array of tables: write each member as [[member]]"));
    } else {
      members.reserve(array->size());
      std::unordered_map<std::string, Position> seen;
      seen.reserve(array->size());
      for (const toml::node& element : *array) {
        auto member = read_member(*element.as_table(), countries, out);
        if (!member) continue;
        const auto [first, inserted] = seen.try_emplace(city_identity(*member->country, member->city), member->position);
        if (!inserted) {
          out.push_back(make_diagnostic(rule::duplicate_member, member->position,
                                        fmt::format("{} ({}) is listed twice", member->city, member->country->alpha2),
                                        fmt::format("the first entry is on line {}", first->second.line)));
          continue;
        }
        members.push_back(std::move(*member));
      }
    }
  }
  sort_by_position(out);
  if (!has_errors(out)) result.registry = Registry(std::move(members));
  return result;
}

}  // namespace gnlc
