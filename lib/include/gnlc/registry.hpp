// The members registry (registry.md): member cities and the progress
// reports each has submitted.
#pragma once

#include <gnlc/countries.hpp>
#include <gnlc/dates.hpp>
#include <gnlc/diagnostic.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace gnlc {

enum class MemberStatus : std::uint8_t { active, suspended, withdrawn };
std::string_view member_status_name(MemberStatus status);

struct Member {
  std::string city;
  const Country* country = nullptr;
  Day admitted;
  int call = 0;  // the call it was admitted through
  MemberStatus status = MemberStatus::active;
  std::vector<Day> reports;  // sorted
  Position position;         // of the [[member]] header
};

// A city's identity: its country and its name, compared case-insensitively
// under canonical equivalence (application.md, "Identity").
std::string city_identity(const Country& country, std::string_view city);

class Registry {
 public:
  Registry() = default;
  explicit Registry(std::vector<Member> members);
  // With the index already built: city_identity() -> position in `members`.
  Registry(std::vector<Member> members, std::unordered_map<std::string, std::size_t> by_identity);

  const std::vector<Member>& members() const { return members_; }
  const Member* find(const Country& country, std::string_view city) const;
  // Members of a country admitted through a call: they use up its quota.
  int admitted_through(std::string_view alpha2, int call) const;

 private:
  std::vector<Member> members_;
  std::unordered_map<std::string, std::size_t> by_identity_;
};

struct RegistryParse {
  std::optional<Registry> registry;  // absent when there is any error
  Diagnostics diagnostics;
};
RegistryParse parse_registry(std::string_view text, const Countries& countries);

}  // namespace gnlc
