#include <gnlc/countries.hpp>

#include <gnlc/util/strings.hpp>
#include <gnlc/util/unicode.hpp>

#include <fmt/format.h>

#include <stdexcept>

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

std::string country_key(std::string_view text) {
  std::u32string code_points;
  const std::string_view trimmed = util::trim(text);
  for (std::size_t i = 0; i < trimmed.size();) code_points.push_back(util::decode_utf8(trimmed, i));
  std::string key;
  bool pending_space = false;
  std::u32string folded;
  for (char32_t cp : util::nfd(code_points))
    if (util::combining_class(cp) == 0) util::case_fold(cp, folded);  // accents dropped: Türkiye = Turkiye
  for (char32_t cp : folded) {
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

Countries Countries::parse(std::string_view tsv) {
  Countries table;
  for (std::string_view line : util::split(tsv, '\n')) {
    if (line.empty() || line.front() == '#') continue;
    const auto fields = util::split(line, '\t');
    if (fields.size() != 9) throw std::runtime_error(fmt::format("country table: expected 9 columns in '{}'", line));
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
  for (std::size_t index = 0; index < table.countries_.size(); ++index) {
    const Country& country = table.countries_[index];
    const auto add = [&](std::string_view name, bool is_name) {
      const std::string key = country_key(name);
      auto [it, inserted] = table.by_key_.emplace(key, index);
      if (!inserted && it->second != index)
        throw std::runtime_error(fmt::format("country table: '{}' names both {} and {}", name,
                                             table.countries_[it->second].alpha2, country.alpha2));
      if (inserted && is_name) table.names_.push_back(key);
    };
    add(country.alpha2, false);
    add(country.alpha3, false);
    add(country.iso_name, true);
    add(country.unesco_name, true);
    for (const std::string& variant : country.variants) add(variant, variant.size() > 3);
  }
  return table;
}

const Countries& Countries::builtin() {
  static const Countries table = parse(embedded::countries_tsv());
  return table;
}

const Country* Countries::resolve(std::string_view text) const {
  auto it = by_key_.find(country_key(text));
  return it == by_key_.end() ? nullptr : &countries_[it->second];
}

const Country* Countries::by_alpha2(std::string_view code) const {
  if (code.size() != 2) return nullptr;
  return resolve(code);
}

std::optional<std::string> Countries::suggest(std::string_view text) const {
  const std::string key = country_key(text);
  std::vector<std::string_view> candidates(names_.begin(), names_.end());
  const auto match = util::closest_match(key, candidates);
  if (!match) return std::nullopt;
  const Country& country = countries_[by_key_.at(std::string(*match))];
  return country.unesco_name;
}

}  // namespace gnlc
