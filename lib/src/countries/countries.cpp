#include <gnlc/countries.hpp>

#include <gnlc/util/strings.hpp>
#include <gnlc/util/unicode.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <stdexcept>
#include <type_traits>

namespace gnlc {
namespace embedded {
std::string_view countries_tsv();
}

namespace {

MembershipPeriod parse_period(std::string_view text) {
  const std::size_t dots = text.find("..");
  if (dots == std::string_view::npos) throw std::runtime_error(fmt::format("bad membership period '{}'", text));
  const auto from = parse_iso_day(text.substr(0, dots));
  const std::string_view until_text = text.substr(dots + 2);
  const auto until = until_text.empty() ? std::nullopt : parse_iso_day(until_text);
  if (!from || (!until_text.empty() && !until))
    throw std::runtime_error(fmt::format("bad membership period '{}'", text));
  return {*from, until};
}

Membership parse_membership(std::string_view text) {
  if (text == "member") return Membership::member;
  if (text == "associate") return Membership::associate;
  if (text == "none") return Membership::none;
  throw std::runtime_error(fmt::format("bad membership '{}'", text));
}

}  // namespace

bool Country::is_member_on(Day day) const {
  for (const MembershipPeriod& period : periods)
    if (period.from <= day && (!period.until || day <= *period.until)) return true;
  return false;
}

namespace {

// The part of country_key() after folding: punctuation is dropped or turns
// into a space, spaces collapse, a leading "the" goes.
template <class CodePoints>
std::string key_from_folded(const CodePoints& folded) {
  std::string key;
  bool pending_space = false;
  for (auto unit : folded) {
    const auto cp = char32_t(static_cast<std::make_unsigned_t<decltype(unit)>>(unit));
    if (cp == '.' || cp == '\'' || cp == 0x2019 || cp == 0x2018) continue;  // U.S.A., d'Ivoire
    const bool letter_or_digit = (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || cp >= 0x80;
    if (!letter_or_digit || util::is_white_space(cp)) {
      pending_space = !key.empty();
      continue;
    }
    if (pending_space) key.push_back(' ');
    pending_space = false;
    util::append_utf8(key, cp);
  }
  if (key.starts_with("the ")) key.erase(0, 4);
  return key;
}

}  // namespace

std::string country_key(std::string_view text) {
  const std::string_view trimmed = util::trim(text);
  // Most names are ASCII: lower-casing is their whole folding. The table
  // holds some thousand names, folded at every start of a command.
  if (std::all_of(trimmed.begin(), trimmed.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    std::string folded(trimmed);
    for (char& c : folded)
      if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    return key_from_folded(folded);
  }
  std::u32string code_points;
  for (std::size_t i = 0; i < trimmed.size();) code_points.push_back(util::decode_utf8(trimmed, i));
  std::u32string folded;
  for (char32_t cp : util::nfd(code_points))
    if (util::combining_class(cp) == 0) util::case_fold(cp, folded);  // accents dropped: Türkiye = Turkiye
  return key_from_folded(folded);
}

Countries Countries::parse_lazily(std::string_view tsv) {
  Countries table;
  const auto lines = util::split(tsv, '\n');
  table.countries_.reserve(lines.size());
  for (std::string_view line : lines) {
    if (line.empty() || line.front() == '#') continue;
    std::array<std::string_view, 9> fields;
    if (util::split_into(line, '\t', fields) != fields.size())
      throw std::runtime_error(fmt::format("country table: expected 9 columns in '{}'", line));
    Country country;
    country.alpha2 = fields[0];
    country.alpha3 = fields[1];
    country.iso_name = fields[2];
    country.unesco_name = fields[3];
    country.membership = parse_membership(fields[4]);
    country.region = fields[5];
    if (!fields[6].empty())
      for (std::string_view period : util::split(fields[6], ',')) country.periods.push_back(parse_period(period));
    country.part_of = fields[7];
    if (!fields[8].empty())
      for (std::string_view variant : util::split(fields[8], ';')) country.variants.emplace_back(variant);
    table.countries_.push_back(std::move(country));
  }
  table.names_ = std::make_shared<NameIndex>();
  return table;
}

struct Countries::NameIndex {
  std::once_flag built;
  std::unordered_map<std::string, std::size_t> by_key;
  std::vector<std::string> names;  // keys that are names, for suggestions
};

const Countries::NameIndex& Countries::names() const {
  std::call_once(names_->built, [this] {
    NameIndex& index = *names_;
    for (std::size_t n = 0; n < countries_.size(); ++n) {
      const Country& country = countries_[n];
      const auto add = [&](std::string_view name, bool is_name) {
        std::string key = country_key(name);
        auto [it, inserted] = index.by_key.emplace(key, n);
        if (!inserted && it->second != n)
          throw std::runtime_error(fmt::format("country table: '{}' names both {} and {}", name,
                                               countries_[it->second].alpha2, country.alpha2));
        if (inserted && is_name) index.names.push_back(std::move(key));
      };
      add(country.alpha2, false);
      add(country.alpha3, false);
      add(country.iso_name, true);
      add(country.unesco_name, true);
      for (const std::string& variant : country.variants) add(variant, variant.size() > 3);
    }
  });
  return *names_;
}

Countries Countries::parse(std::string_view tsv) {
  Countries table = parse_lazily(tsv);
  table.names();  // builds the name index now, so that a conflict throws here
  return table;
}

const Countries& Countries::builtin() {
  // The embedded table is checked by the tests; its name index waits for
  // the first lookup by name. Never destroyed: freeing its few thousand
  // strings at exit would cost a one-file check a twentieth of its time.
  static const Countries& table = *new Countries(parse_lazily(embedded::countries_tsv()));
  return table;
}

const Country* Countries::resolve(std::string_view text) const {
  const std::string_view trimmed = util::trim(text);
  // A code, or a name written as the table writes it, is found by
  // comparison: a one-file check then never folds the table's thousand
  // names. Both are what the index would answer, as no key names two
  // countries (parse() and the tests check it).
  const auto same_letters = [](std::string_view code, std::string_view written) {
    return code.size() == written.size() && std::equal(code.begin(), code.end(), written.begin(), [](char a, char b) {
             return a == (b >= 'a' && b <= 'z' ? char(b - 'a' + 'A') : b);
           });
  };
  if (trimmed.size() == 2 || trimmed.size() == 3)
    for (const Country& country : countries_)
      if (same_letters(country.alpha2, trimmed) || same_letters(country.alpha3, trimmed)) return &country;
  for (const Country& country : countries_)
    if (country.unesco_name == trimmed || country.iso_name == trimmed ||
        std::find(country.variants.begin(), country.variants.end(), trimmed) != country.variants.end())
      return &country;
  const NameIndex& index = names();
  auto it = index.by_key.find(country_key(trimmed));
  return it == index.by_key.end() ? nullptr : &countries_[it->second];
}

const Country* Countries::by_alpha2(std::string_view code) const {
  if (code.size() != 2) return nullptr;
  return resolve(code);
}

std::optional<std::string> Countries::suggest(std::string_view text) const {
  const NameIndex& index = names();
  const std::string key = country_key(text);
  std::vector<std::string_view> candidates(index.names.begin(), index.names.end());
  const auto match = util::closest_match(key, candidates);
  if (!match) return std::nullopt;
  return countries_[index.by_key.at(std::string(*match))].unesco_name;
}

}  // namespace gnlc
