// The members registry (registry.md): member cities and the progress
// reports each has submitted.
#pragma once

#include <gnlc/calendar.hpp>
#include <gnlc/countries.hpp>
#include <gnlc/dates.hpp>
#include <gnlc/diagnostic.hpp>

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace gnlc {

enum class MemberStatus : std::uint8_t { active, suspended, withdrawn };
std::string_view member_status_name(MemberStatus status);

// One membership: a city admitted once. A city admitted again after it left
// has a second entry (registry.md, "Identity and history").
struct Member {
  std::string city;
  const Country* country = nullptr;
  Day admitted;
  // The call it was admitted through, written or inferred from `admitted`;
  // none when admitted before the first call or through a call the
  // calendar does not have: such a member takes no call's quota slot.
  std::optional<int> call;
  MemberStatus status = MemberStatus::active;
  std::optional<Day> left;   // the last day of a withdrawn membership
  std::vector<Day> reports;  // sorted
  Position position;         // of the [[member]] header

  // Admitted on or before the day and not ended: a withdrawn membership
  // without `left` ended on an unknown day and is never active.
  bool active_on(Day day) const {
    return admitted <= day && (status != MemberStatus::withdrawn || (left && day <= *left));
  }
};

// A city's identity: its country and its name, compared after Unicode
// normalisation, with invisible characters removed, white space collapsed
// and case folded (application.md, "Identity"). Every rule that compares
// cities (applications, registries, jury scores) uses this key.
std::string city_identity(const Country& country, std::string_view city);

class Registry {
 public:
  Registry();
  explicit Registry(std::vector<Member> members);

  const std::vector<Member>& members() const { return members_; }
  // Every membership of a city, in the registry's order.
  std::vector<const Member*> memberships(const Country& country, std::string_view city) const;
  // The membership of a city that is active on a day, if any.
  const Member* active_on(const Country& country, std::string_view city, Day day) const;
  // The membership of a city admitted through a call, if any.
  const Member* admitted_through(const Country& country, std::string_view city, int call) const;
  // Members of a country admitted through a call: they use up its quota.
  int admitted_through(std::string_view alpha2, int call) const;

 private:
  // Built on first use, once even when threads ask together: a report on
  // the whole registry never looks a city up.
  struct Index {
    std::once_flag built;
    // city_identity() -> the first entry; later entries of the same city
    // are chained through `next` (npos ends a chain).
    std::unordered_map<std::string, std::size_t> first;
    std::vector<std::size_t> next;
  };
  const Index& index() const;

  std::vector<Member> members_;
  std::unique_ptr<Index> index_;
};

struct RegistryParse {
  std::optional<Registry> registry;  // absent when there is any error
  Diagnostics diagnostics;
};
// The calendar gives each member its call (registry.md, "The call of a
// member").
RegistryParse parse_registry(std::string_view text, const Countries& countries, const Calendar& calendar);

}  // namespace gnlc
