// UNESCO Member States and Associate Members, with their ISO codes,
// regions, membership history and the name variants found in UNESCO's own
// texts. The data is data/countries.tsv, embedded at build time.
#pragma once

#include <gnlc/dates.hpp>

#include <array>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace gnlc {

// The five UNESCO regions of the GNLC, in UNESCO's order.
inline constexpr std::array<std::string_view, 5> unesco_regions{
    "Africa", "Arab States", "Asia and the Pacific", "Europe and North America", "Latin America and the Caribbean"};

enum class Membership : std::uint8_t { member, associate, none };

struct MembershipPeriod {
  Day from;
  std::optional<Day> until;  // inclusive; open when absent
};

struct Country {
  std::string alpha2;
  std::string alpha3;
  std::string iso_name;
  std::string unesco_name;  // the name used in output; ISO name for non-members
  Membership membership = Membership::none;
  std::string region;  // one of the five GNLC regions; empty for non-members
  std::vector<MembershipPeriod> periods;
  std::string part_of;  // for a territory: the alpha-2 code of its Member State
  std::vector<std::string> variants;

  bool is_member_on(Day day) const;
};

class Countries {
 public:
  // The embedded table; parsed once, on first use.
  static const Countries& builtin();
  // Parses the TSV format of data/countries.tsv; throws std::runtime_error
  // on a malformed table (it is the project's own data, checked by tests).
  static Countries parse(std::string_view tsv);

  // A code (alpha-2 or alpha-3, any case), a UNESCO or ISO name, or a known
  // variant; case, accents, punctuation and a leading "the" do not matter.
  const Country* resolve(std::string_view text) const;
  const Country* by_alpha2(std::string_view code) const;
  // The nearest name, for a "did you mean" hint.
  std::optional<std::string> suggest(std::string_view text) const;

  const std::vector<Country>& all() const { return countries_; }

 private:
  // Codes and exact names are looked up first and cheaply; the index of every name and
  // variant costs some thousand normalisations, so it is built on the first
  // lookup that needs it (once, thread-safe).
  struct NameIndex;
  const NameIndex& names() const;
  static Countries parse_lazily(std::string_view tsv);

  std::vector<Country> countries_;
  std::shared_ptr<NameIndex> names_;
};

// The lookup key of a country name: case-folded, accents and punctuation
// removed, spaces collapsed, a leading "the" dropped.
std::string country_key(std::string_view text);

}  // namespace gnlc
