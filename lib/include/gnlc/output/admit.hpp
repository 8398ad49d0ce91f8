// `gnlc admit` output: the [[member]] tables added to the registry, and
// the account of what was admitted (cli.md, "gnlc admit").
#pragma once

#include <gnlc/quota.hpp>

#include <string>
#include <string_view>

namespace gnlc::output {

// The [[member]] table of one admission, after a comment naming the
// application file it comes from, at `path`.
std::string member_entry(const Candidate& candidate, std::string_view path, Day date, int call);

struct AdmitAccount {
  std::size_t cities = 0;
  std::size_t countries = 0;
  int call = 0;
  Day date;
  std::string_view registry;  // its path
  std::size_t entries = 0;    // added (or, in a dry run, that would be)
  std::size_t already = 0;    // admitted and already registered
  bool dry_run = false;
};
// "admitted 2 cities from 1 country through the 2025 call on ... (...)".
std::string admit_account(const AdmitAccount& account);

// Why a country cannot be decided, for the error or warning.
std::string undecided_country(const CountryQuota& quota);

}  // namespace gnlc::output
