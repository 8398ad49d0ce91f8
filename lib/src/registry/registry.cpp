#include <gnlc/registry.hpp>

#include "../toml_support.hpp"

#include <gnlc/limits.hpp>
#include <gnlc/rules.hpp>
#include <gnlc/util/digest.hpp>
#include <gnlc/util/first_seen.hpp>
#include <gnlc/util/huge_pages.hpp>
#include <gnlc/util/text_safety.hpp>
#include <gnlc/util/unicode.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>

namespace gnlc {
namespace {
constexpr std::size_t npos = std::size_t(-1);
}  // namespace

std::string_view member_status_name(MemberStatus status) {
  switch (status) {
    case MemberStatus::active:
      return "active";
    case MemberStatus::suspended:
      return "suspended";
    case MemberStatus::withdrawn:
      return "withdrawn";
  }
  return "active";
}

namespace {
void append_city_identity(std::string& key, const Country& country, std::string_view city) {
  key += country.alpha2;
  key += '\t';
  util::append_identity_key(key, city);
}
}  // namespace

std::string city_identity(const Country& country, std::string_view city) {
  std::string key;
  key.reserve(country.alpha2.size() + 1 + city.size());
  append_city_identity(key, country, city);
  return key;
}

Registry::Registry() : index_(std::make_unique<Index>()) {}

Registry::Registry(std::vector<Member> members) : members_(std::move(members)), index_(std::make_unique<Index>()) {}

const Registry::Index& Registry::index() const {
  std::call_once(index_->built, [this] {
    Index& index = *index_;
    index.first.reserve(members_.size());
    index.next.assign(members_.size(), npos);
    std::unordered_map<std::size_t, std::size_t> tail;  // chain head -> its last entry so far
    for (std::size_t i = 0; i < members_.size(); ++i) {
      const auto [it, inserted] = index.first.try_emplace(city_identity(*members_[i].country, members_[i].city), i);
      if (inserted) continue;
      const auto end = tail.try_emplace(it->second, it->second).first;
      index.next[end->second] = i;
      end->second = i;
    }
  });
  return *index_;
}

std::vector<const Member*> Registry::memberships(const Country& country, std::string_view city) const {
  std::vector<const Member*> found;
  const Index& index = this->index();
  const auto it = index.first.find(city_identity(country, city));
  if (it == index.first.end()) return found;
  for (std::size_t i = it->second; i != npos; i = index.next[i]) found.push_back(&members_[i]);
  return found;
}

const Member* Registry::active_on(const Country& country, std::string_view city, Day day) const {
  for (const Member* member : memberships(country, city))
    if (member->active_on(day)) return member;
  return nullptr;
}

const Member* Registry::admitted_through(const Country& country, std::string_view city, int call) const {
  for (const Member* member : memberships(country, city))
    if (member->call == call) return member;
  return nullptr;
}

int Registry::admitted_through(std::string_view alpha2, int call) const {
  return int(std::count_if(members_.begin(), members_.end(), [&](const Member& member) {
    return member.call == call && member.country->alpha2 == alpha2;
  }));
}

namespace {

using toml_document::Entry;
using toml_document::find;
using toml_document::Value;

constexpr std::array<std::string_view, 2> top_level_keys{"format", "member"};
constexpr std::array<std::string_view, 7> member_keys{"city",   "country", "admitted", "call",
                                                      "status", "left",    "reports"};

constexpr std::array<std::string_view, 3> statuses{"active", "suspended", "withdrawn"};

// A required string, trimmed; empty is missing-field.
std::optional<std::string_view> read_text(const Value* value, std::string_view path, Position table, Diagnostics& out) {
  if (value == nullptr) {
    detail::report_missing(path, table, out);
    return std::nullopt;
  }
  const auto text = detail::read_string(*value, path, true, out);
  if (!text) return std::nullopt;
  if (const auto control = util::find_control_character(text->value, false)) {
    out.push_back(make_diagnostic("invalid-value"_rule, text->position,
                                  fmt::format("'{}' contains the control character U+{:04X}", path, unsigned(*control)),
                                  "remove it; names are one line of printable text"));
    return std::nullopt;
  }
  return text->value;
}

// Resolving a country is the costly part of a member: registries repeat a
// few dozen countries many times, so each spelling is resolved once.
class CountryCache {
 public:
  explicit CountryCache(const Countries& countries) : countries_(countries) {}
  const Country* resolve(std::string_view text) {
    if (const auto it = cache_.find(text); it != cache_.end()) return it->second;
    const Country* country = countries_.resolve(text);
    cache_.emplace(std::string(text), country);
    return country;
  }
  const Countries& countries() const { return countries_; }

 private:
  struct Hash {
    using is_transparent = void;  // look up by string_view without a copy
    std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
  };
  const Countries& countries_;
  std::unordered_map<std::string, const Country*, Hash, std::equal_to<>> cache_;
};

std::string inferred_call_hint(const Calendar& calendar, Day admitted) {
  if (const Call* call = calendar.call_admitting_on(admitted))
    return fmt::format("admitted on {}, it came through the {} call; leave 'call' out to have it inferred",
                       format_iso_day(admitted), call->year);
  return fmt::format("admitted on {}, before the first call in the calendar; leave 'call' out",
                     format_iso_day(admitted));
}

std::optional<Member> read_member(const Value& table, CountryCache& countries, const Calendar& calendar,
                                  Diagnostics& out) {
  const Position at = table.position;
  const std::size_t start = out.size();
  for (const Entry& entry : table.entries)
    if (std::find(member_keys.begin(), member_keys.end(), entry.key) == member_keys.end())
      out.push_back(detail::unknown_key(entry.key, entry.key_position, "member", member_keys));
  Member member;
  member.position = at;

  const auto city = read_text(find(table.entries, "city"), "member.city", at, out);
  const Value* country_value = find(table.entries, "country");
  const auto country_text = read_text(country_value, "member.country", at, out);
  std::optional<Day> admitted;
  if (const Value* value = find(table.entries, "admitted")) {
    if (value->is_date())
      admitted = value->day;
    else
      detail::report_wrong_type(*value, "member.admitted", "date", out);
  } else {
    detail::report_missing("member.admitted", at, out);
  }
  if (country_text) {
    member.country = countries.resolve(*country_text);
    if (member.country == nullptr) {
      std::string hint;
      if (const auto near = countries.countries().suggest(*country_text))
        hint = fmt::format("did you mean '{}'?", *near);
      out.push_back(make_diagnostic("unknown-country"_rule, country_value->position,
                                    fmt::format("unknown country \"{}\"", *country_text), std::move(hint)));
    }
  }
  if (const Value* value = find(table.entries, "call")) {
    if (value->kind != Value::Kind::integer) {
      detail::report_wrong_type(*value, "member.call", "integer", out);
    } else if (value->integer < 1900 || value->integer > 2999) {
      out.push_back(make_diagnostic("invalid-value"_rule, value->position,
                                    fmt::format("'member.call' {} is not a plausible call year", value->integer)));
    } else if (calendar.find(int(value->integer)) == nullptr) {
      // The member stays, but takes no call's quota slot.
      Diagnostic no_call = make_diagnostic(
          "no-call"_rule, value->position,
          fmt::format("there was no call in {}; this member counts against no call's quota", value->integer),
          admitted ? inferred_call_hint(calendar, *admitted) : std::string());
      no_call.severity = Severity::warning;
      out.push_back(std::move(no_call));
    } else {
      member.call = int(value->integer);
    }
  } else if (admitted) {
    if (const Call* call = calendar.call_admitting_on(*admitted)) member.call = call->year;
  }
  if (const Value* value = find(table.entries, "status")) {
    if (const auto status = read_text(value, "member.status", at, out)) {
      const auto it = std::find(statuses.begin(), statuses.end(), *status);
      if (it == statuses.end())
        out.push_back(make_diagnostic("invalid-value"_rule, value->position,
                                      fmt::format("unknown status \"{}\"", *status),
                                      "write 'active', 'suspended' or 'withdrawn'"));
      else
        member.status = MemberStatus(it - statuses.begin());
    }
  }
  if (const Value* value = find(table.entries, "left")) {
    if (!value->is_date())
      detail::report_wrong_type(*value, "member.left", "date", out);
    else if (member.status != MemberStatus::withdrawn)
      out.push_back(make_diagnostic("invalid-value"_rule, value->position,
                                    "'member.left' is the last day of a withdrawn membership",
                                    "add status = \"withdrawn\", or remove 'left'"));
    else if (admitted && value->day < *admitted)
      out.push_back(make_diagnostic("invalid-value"_rule, value->position,
                                    fmt::format("the membership ends on {}, before the admission on {}",
                                                format_iso_day(value->day), format_iso_day(*admitted))));
    else
      member.left = value->day;
  }
  if (const Value* value = find(table.entries, "reports")) {
    if (value->kind == Value::Kind::array) {
      member.reports.reserve(value->elements.size());
      for (const Value& element : value->elements) {
        if (!element.is_date()) {
          detail::report_wrong_type(element, "member.reports", "date", out);
          continue;
        }
        if (admitted && element.day < *admitted) {
          out.push_back(make_diagnostic("report-before-admission"_rule, element.position,
                                        fmt::format("a report dated {} is before the admission on {}",
                                                    format_iso_day(element.day), format_iso_day(*admitted))));
          continue;
        }
        member.reports.push_back(element.day);
      }
      std::sort(member.reports.begin(), member.reports.end());
    } else {
      out.push_back(make_diagnostic(
          "wrong-type"_rule, value->position,
          fmt::format("'member.reports' must be an array of dates, not {}", toml_document::type_name(value->kind)),
          "write reports = [2022-11-30, 2024-12-02]"));
    }
  }
  if (has_errors_since(out, start) || !city || !admitted || member.country == nullptr) return std::nullopt;
  member.city = std::string(*city);
  member.admitted = *admitted;
  return member;
}

// Every entry whose city and country can be read takes part, even one with
// other errors: a duplicate is reported whatever else is wrong. Entries of
// one city may follow each other in time (registry.md, "Identity and
// history"); they are compared once the whole registry has been read.
class DuplicateFinder {
 public:
  explicit DuplicateFinder(std::size_t expected = 0) : first_(expected) {
    util::reserve_in_huge_pages(entries_, expected);
  }

  void add(const Value& table, CountryCache& countries) {
    const std::size_t ordinal = entries_.size();
    entries_.emplace_back();
    entries_.back().position = table.position;
    const Value* city = find(table.entries, "city");
    const Value* country_text = find(table.entries, "country");
    if (city == nullptr || country_text == nullptr || city->kind != Value::Kind::string ||
        country_text->kind != Value::Kind::string || util::trim(city->text).empty())
      return;
    const Country* country = countries.resolve(util::trim(country_text->text));
    if (country == nullptr) return;
    Entry& entry = entries_.back();
    entry.city = util::trim(city->text);
    entry.country = country;
    if (const Value* admitted = find(table.entries, "admitted"); admitted && admitted->is_date())
      entry.admitted = admitted->day;
    const Value* status = find(table.entries, "status");
    entry.withdrawn = status && status->kind == Value::Kind::string && util::trim(status->text) == "withdrawn";
    if (const Value* left = find(table.entries, "left"); left && left->is_date()) entry.left = left->day;
    // Identities are compared by digest, as the batch rules compare them.
    identity_.clear();
    append_city_identity(identity_, *country, entry.city);
    const std::uint32_t first = first_.try_add(util::digest(identity_).low, std::uint32_t(ordinal));
    if (first != ordinal) {
      Entry& head = entries_[first];
      entries_[head.last].next = ordinal;
      head.last = ordinal;
    } else {
      entry.last = ordinal;
    }
  }

  std::size_t entries() const { return entries_.size(); }

  // Reports every pair of entries of one city whose memberships overlap:
  // in order of admission, each must have ended before the next began.
  void report(Diagnostics& out) const {
    std::vector<std::size_t> chain;
    for (std::size_t head = 0; head < entries_.size(); ++head) {
      if (entries_[head].last == npos || entries_[head].next == npos) continue;  // not a chain of two or more
      chain.clear();
      for (std::size_t i = head; i != npos; i = entries_[i].next) chain.push_back(i);
      std::stable_sort(chain.begin(), chain.end(), [&](std::size_t a, std::size_t b) {
        return entries_[a].admitted.value_or(Day::min()) < entries_[b].admitted.value_or(Day::min());
      });
      for (std::size_t k = 1; k < chain.size(); ++k) {
        const Entry& earlier = entries_[chain[k - 1]];
        const Entry& later = entries_[chain[k]];
        const bool ends_before = earlier.withdrawn && earlier.left && later.admitted && *earlier.left < *later.admitted;
        if (ends_before) continue;
        // Reported on the entry further down the file, naming the other.
        const Entry& reported = chain[k] > chain[k - 1] ? later : earlier;
        const Entry& other = &reported == &later ? earlier : later;
        out.push_back(make_diagnostic("duplicate-member"_rule, reported.position,
                                      fmt::format("{} ({}) is listed twice with overlapping memberships", reported.city,
                                                  reported.country->alpha2),
                                      overlap_hint(earlier, later, other.position.line)));
      }
    }
  }

 private:
  struct Entry {
    Position position;
    std::string_view city;  // into the text, which outlives the streamed table (toml_document::Streaming)
    const Country* country = nullptr;
    std::optional<Day> admitted;
    bool withdrawn = false;
    std::optional<Day> left;
    std::size_t next = npos;  // the next entry of the same city
    std::size_t last = npos;  // on a chain's first entry: its last one
  };

  static std::string overlap_hint(const Entry& earlier, const Entry& later, std::uint32_t other_line) {
    if (!later.admitted || !earlier.admitted || *earlier.admitted == *later.admitted)
      return fmt::format("the other entry is on line {}", other_line);
    if (!earlier.withdrawn)
      return fmt::format(
          "the other entry is on line {}; if the city left before {}, give the earlier entry "
          "status = \"withdrawn\" and its last day as 'left'",
          other_line, format_iso_day(*later.admitted));
    if (!earlier.left)
      return fmt::format("the other entry is on line {}; give the withdrawn entry its last day as 'left'", other_line);
    return fmt::format(
        "the other entry is on line {}; the earlier membership ends on {}, not before the "
        "readmission on {}",
        other_line, format_iso_day(*earlier.left), format_iso_day(*later.admitted));
  }

  std::vector<Entry> entries_;
  util::FirstSeen first_;  // identity -> its first entry
  std::string identity_;   // reused from entry to entry
};

// Room for every member at once, so that the members are never moved:
// each begins with a line "[[member]]", as registries write it (another
// spelling only makes the guess short). A member takes at least some 45
// bytes, which bounds the guess for a hostile file; other arrays of tables
// ([[a]] a million times) are not members and reserve nothing.
std::size_t expected_members(std::string_view text) {
  constexpr std::string_view header = "[[member]]";
  std::size_t headers = text.starts_with(header) ? 1 : 0;
  for (std::size_t at = text.find("\n[[member]]"); at != std::string_view::npos;
       at = text.find("\n[[member]]", at + header.size()))
    ++headers;
  return std::min(headers, text.size() / 45);
}

}  // namespace

RegistryParse parse_registry(std::string_view text, const Countries& countries, const Calendar& calendar) {
  RegistryParse result;
  Diagnostics& out = result.diagnostics;
  // Members are judged as they are read ([[member]] tables are streamed,
  // not kept); if the fast reader declines the file, toml++ reads it and
  // they are judged again from the start.
  std::vector<Member> members;
  util::reserve_in_huge_pages(members, expected_members(text));
  // The members' problems, at most the limit of them: past it, a hostile
  // registry's further problems are only counted, and once any member has
  // an error the registry cannot be used, so no more members are kept.
  const std::size_t limit = Limits{}.max_diagnostics;
  Diagnostics member_problems, scratch;
  std::size_t dropped = 0;
  bool failed = false;
  CountryCache cache(countries);
  DuplicateFinder duplicates(members.capacity());
  std::vector<std::pair<std::string, Position>> other_arrays;
  toml_document::Streaming streaming;
  streaming.table = [&](std::string_view array, const Value& table) {
    if (array != "member") {
      if (std::none_of(other_arrays.begin(), other_arrays.end(), [&](const auto& a) { return a.first == array; }))
        other_arrays.emplace_back(array, table.position);
      return;
    }
    duplicates.add(table, cache);
    scratch.clear();
    auto member = read_member(table, cache, calendar, scratch);
    for (Diagnostic& problem : scratch) {
      failed = failed || problem.severity == Severity::error;
      if (member_problems.size() < limit)
        member_problems.push_back(std::move(problem));
      else
        ++dropped;
    }
    if (failed)
      members.clear();
    else if (member)
      members.push_back(std::move(*member));
  };
  streaming.restart = [&] {
    members.clear();
    member_problems.clear();
    dropped = 0;
    failed = false;
    duplicates = DuplicateFinder();
    other_arrays.clear();
  };
  auto read = toml_document::read(text, &streaming);
  if (auto* error = std::get_if<Diagnostic>(&read)) {
    out.push_back(std::move(*error));
    return result;
  }
  const Value& root = std::get<toml_document::Document>(read).root;
  std::vector<std::string_view> streamed;
  if (duplicates.entries() > 0) streamed.emplace_back("member");
  for (const auto& array : other_arrays) streamed.emplace_back(array.first);
  if (auto wrong = detail::wrong_kind(root, detail::FileKind::registry, streamed)) {
    out.push_back(std::move(*wrong));
    return result;
  }
  if (auto wrong = detail::check_format_version(root, 1)) {
    out.push_back(std::move(*wrong));
    return result;
  }
  for (const Entry& entry : root.entries) {
    if (entry.key == "format") continue;
    if (entry.key == "member") {
      // [[member]] tables were streamed; what is left is some other value.
      const bool empty_array = entry.value.kind == Value::Kind::array && entry.value.elements.empty();
      if (!empty_array)
        out.push_back(make_diagnostic("wrong-type"_rule, entry.value.position,
                                      "'member' must be an array of tables: write each member as [[member]]"));
      continue;
    }
    out.push_back(detail::unknown_key(entry.key, entry.key_position, "", top_level_keys));
  }
  for (const auto& [name, position] : other_arrays)
    out.push_back(detail::unknown_key(name, position, "", top_level_keys));
  duplicates.report(member_problems);
  out.insert(out.end(), std::make_move_iterator(member_problems.begin()),
             std::make_move_iterator(member_problems.end()));
  sort_by_position(out);
  if (dropped > 0) out.resize(std::max(out.size(), limit + 1));  // so that the cap adds its note
  cap_diagnostics(out, limit);
  if (!failed && !has_errors(out)) result.registry = Registry(std::move(members));
  return result;
}

}  // namespace gnlc
