// countries: codes, names and variants of UNESCO Member States and
// Associate Members, and membership on a day.
#include <doctest/doctest.h>
#include <gnlc/countries.hpp>

#include <set>
#include <stdexcept>
#include <string>

using gnlc::Countries;
using gnlc::Country;
using gnlc::country_key;
using gnlc::make_day;
using gnlc::Membership;

namespace {
// The alpha-2 code a text resolves to, or "" when it resolves to nothing.
std::string code(std::string_view text) {
  const Country* country = Countries::builtin().resolve(text);
  return country ? country->alpha2 : std::string();
}

const Country& country(std::string_view alpha2) {
  const Country* found = Countries::builtin().by_alpha2(alpha2);
  if (found == nullptr) throw std::logic_error(std::string("no country ").append(alpha2));
  return *found;
}

constexpr std::string_view header =
    "# alpha2\talpha3\tiso_name\tunesco_name\tmembership\tregion\tperiods\tpart_of\tvariants\n";
}  // namespace

TEST_CASE("Countries::builtin") {
  const Countries& countries = Countries::builtin();
  CHECK(countries.all().size() == 249u);
  std::size_t members = 0, associates = 0;
  std::set<std::string> alpha2, alpha3;
  for (const Country& c : countries.all()) {
    CAPTURE(c.alpha2);
    CHECK(c.alpha2.size() == 2u);
    CHECK(c.alpha3.size() == 3u);
    CHECK(alpha2.insert(c.alpha2).second);
    CHECK(alpha3.insert(c.alpha3).second);
    CHECK_FALSE(c.iso_name.empty());
    CHECK_FALSE(c.unesco_name.empty());
    if (c.membership == Membership::none) {
      CHECK(c.region.empty());  // a former member (Israel) keeps its periods
    } else {
      CHECK_FALSE(c.region.empty());
      CHECK_FALSE(c.periods.empty());
    }
    if (!c.part_of.empty()) CHECK(countries.by_alpha2(c.part_of) != nullptr);
    // Every code and name resolves to its own country.
    CHECK(countries.resolve(c.alpha2) == &c);
    CHECK(countries.resolve(c.alpha3) == &c);
    CHECK(countries.resolve(c.iso_name) == &c);
    CHECK(countries.resolve(c.unesco_name) == &c);
    for (const std::string& variant : c.variants) CHECK(countries.resolve(variant) == &c);
    members += c.membership == Membership::member ? 1 : 0;
    associates += c.membership == Membership::associate ? 1 : 0;
  }
  CHECK(members == 194u);
  CHECK(associates == 12u);
  CHECK(&Countries::builtin() == &countries);  // parsed once
}

TEST_CASE("Countries::resolve") {
  // Codes, in any case.
  CHECK(code("DE") == "DE");
  CHECK(code("de") == "DE");
  CHECK(code("De") == "DE");
  CHECK(code("DEU") == "DE");
  CHECK(code("deu") == "DE");
  CHECK(code(" KE ") == "KE");
  // UNESCO and ISO names.
  CHECK(code("Germany") == "DE");
  CHECK(code("GERMANY") == "DE");
  CHECK(code("United Kingdom of Great Britain and Northern Ireland") == "GB");
  CHECK(code("United Kingdom") == "GB");
  CHECK(code("Korea, Republic of") == "KR");
  CHECK(code("Republic of Korea") == "KR");
  CHECK(code("Democratic People's Republic of Korea") == "KP");
  CHECK(code("United States of America") == "US");
  // Variants found in UNESCO's own texts.
  CHECK(code("Kingdom of Morocco") == "MA");
  CHECK(code("T\u00FCrkiye") == "TR");
  CHECK(code("Tu\u0308rkiye") == "TR");  // decomposed ü
  CHECK(code("Turkey") == "TR");
  CHECK(code("Turkiye") == "TR");
  CHECK(code("T\u00DCRKIYE") == "TR");
  CHECK(code("C\u00F4te d\u2019Ivoire") == "CI");  // typographic apostrophe
  CHECK(code("C\u00F4te d'Ivoire") == "CI");
  CHECK(code("Cote d'Ivoire") == "CI");
  CHECK(code("Cote dIvoire") == "CI");
  CHECK(code("Ivory Coast") == "CI");
  CHECK(code("U.S.A.") == "US");
  CHECK(code("USA") == "US");
  CHECK(code("United States") == "US");
  CHECK(code("the Netherlands") == "NL");
  CHECK(code("The Netherlands") == "NL");
  CHECK(code("Netherlands") == "NL");
  CHECK(code("Viet Nam") == "VN");
  CHECK(code("Vietnam") == "VN");
  CHECK(code("  viet   nam ") == "VN");
  CHECK(code("\u00C5land") == "AX");
  // Names inside other names resolve to the right country.
  CHECK(code("Congo") == "CG");
  CHECK(code("Republic of the Congo") == "CG");
  CHECK(code("Democratic Republic of the Congo") == "CD");
  CHECK(code("DR Congo") == "CD");
  CHECK(code("Guinea") == "GN");
  CHECK(code("Guinea-Bissau") == "GW");
  CHECK(code("Equatorial Guinea") == "GQ");
  CHECK(code("Papua New Guinea") == "PG");
  CHECK(code("Niger") == "NE");
  CHECK(code("Nigeria") == "NG");
  CHECK(code("Dominica") == "DM");
  CHECK(code("Dominican Republic") == "DO");
  // Nothing.
  CHECK(code("") == "");
  CHECK(code("Atlantis") == "");
  CHECK(code("XX") == "");
  CHECK(code("ZZZ") == "");
  CHECK(code("Germany!") == "DE");  // punctuation does not matter
  CHECK(code("Guinea Bissau") == "GW");
  CHECK(code("New Guinea") == "");
}

TEST_CASE("Countries::by_alpha2") {
  CHECK(Countries::builtin().by_alpha2("DE") == Countries::builtin().resolve("Germany"));
  CHECK(Countries::builtin().by_alpha2("DEU") == nullptr);
  CHECK(Countries::builtin().by_alpha2("Germany") == nullptr);
  CHECK(Countries::builtin().by_alpha2("") == nullptr);
}

TEST_CASE("Countries::suggest") {
  const Countries& countries = Countries::builtin();
  CHECK(countries.suggest("Germny") == "Germany");
  CHECK(countries.suggest("Kenia") == "Kenya");
  CHECK(countries.suggest("Marocco") == "Morocco");
  CHECK(countries.suggest("Viet Man") == "Viet Nam");
  CHECK(countries.suggest("Atlantis") == std::nullopt);
  CHECK(countries.suggest("") == std::nullopt);
}

TEST_CASE("Country::is_member_on") {
  // The United States left at the end of 2018, rejoined on 10 July 2023
  // and leaves again at the end of 2026.
  const Country& us = country("US");
  CHECK(us.is_member_on(make_day(2018, 12, 31)));
  CHECK_FALSE(us.is_member_on(make_day(2019, 1, 1)));
  CHECK_FALSE(us.is_member_on(make_day(2021, 6, 1)));
  CHECK_FALSE(us.is_member_on(make_day(2023, 7, 9)));
  CHECK(us.is_member_on(make_day(2023, 7, 10)));
  CHECK(us.is_member_on(make_day(2026, 12, 31)));
  CHECK_FALSE(us.is_member_on(make_day(2027, 1, 1)));
  CHECK(us.is_member_on(make_day(1984, 12, 31)));
  CHECK_FALSE(us.is_member_on(make_day(1985, 1, 1)));
  CHECK_FALSE(us.is_member_on(make_day(2003, 9, 30)));
  CHECK(us.is_member_on(make_day(2003, 10, 1)));
  // Åland became an Associate Member on 9 November 2021.
  const Country& aland = country("AX");
  CHECK(aland.membership == Membership::associate);
  CHECK_FALSE(aland.is_member_on(make_day(2021, 11, 8)));
  CHECK(aland.is_member_on(make_day(2021, 11, 9)));
  CHECK(aland.is_member_on(make_day(2030, 1, 1)));
  // Israel left at the end of 2018 and is no member today.
  const Country& israel = country("IL");
  CHECK(israel.membership == Membership::none);
  CHECK(israel.is_member_on(make_day(2018, 12, 31)));
  CHECK_FALSE(israel.is_member_on(make_day(2019, 1, 1)));
  // An open period.
  CHECK(country("DE").is_member_on(make_day(2025, 6, 15)));
  CHECK_FALSE(country("DE").is_member_on(make_day(1950, 12, 31)));
  CHECK(country("DE").is_member_on(make_day(1951, 1, 1)));
  // Territories are never members themselves.
  CHECK_FALSE(country("HK").is_member_on(make_day(2025, 6, 15)));
}

TEST_CASE("Country") {
  const Country& hk = country("HK");
  CHECK(hk.part_of == "CN");
  CHECK(hk.membership == Membership::none);
  CHECK(hk.region == "");
  CHECK(code("Hong Kong") == "HK");
  const Country& us = country("US");
  CHECK(us.alpha3 == "USA");
  CHECK(us.unesco_name == "United States of America");
  CHECK(us.iso_name == "United States");
  CHECK(us.region == "Europe and North America");
  CHECK(us.periods.size() == 3u);
  CHECK(country("KE").region == "Africa");
  CHECK(country("MA").region == "Arab States");
  CHECK(country("CN").region == "Asia and the Pacific");
  CHECK(country("DM").region == "Latin America and the Caribbean");
  CHECK(country("TR").unesco_name == "T\u00FCrkiye");
}

TEST_CASE("country_key") {
  CHECK(country_key("Germany") == "germany");
  CHECK(country_key("The Netherlands") == "netherlands");
  CHECK(country_key("the  Netherlands ") == "netherlands");
  CHECK(country_key("C\u00F4te d\u2019Ivoire") == "cote divoire");
  CHECK(country_key("C\u00F4te d'Ivoire") == "cote divoire");
  CHECK(country_key("U.S.A.") == "usa");
  CHECK(country_key("Guinea-Bissau") == "guinea bissau");
  CHECK(country_key("Congo, The Democratic Republic of the") == "congo the democratic republic of the");
  CHECK(country_key("  Viet \u00A0 Nam ") == "viet nam");
  CHECK(country_key("T\u00DCRKIYE") == "turkiye");
  CHECK(country_key("Theland") == "theland");  // only a whole leading word "the"
  CHECK(country_key("") == "");
}

TEST_CASE("Countries::parse") {
  const Countries table = Countries::parse(
      std::string(header) +
      "XA\tXAA\tAlpha\tAlpha Land\tmember\tAfrica\t2000-01-01..2009-12-31,2015-06-01..\t\tAlfa;Republic of Alpha\n"
      "XB\tXBB\tBeta\tBeta\tnone\t\t\tXA\t\n");
  REQUIRE(table.all().size() == 2u);
  const Country& alpha = table.all()[0];
  CHECK(table.resolve("Republic of Alpha") == &alpha);
  CHECK(table.resolve("alfa") == &alpha);
  CHECK(table.resolve("Alpha Land") == &alpha);
  CHECK(table.resolve("xbb") == &table.all()[1]);
  CHECK(alpha.periods.size() == 2u);
  CHECK(alpha.is_member_on(make_day(2009, 12, 31)));
  CHECK_FALSE(alpha.is_member_on(make_day(2010, 1, 1)));
  CHECK_FALSE(alpha.is_member_on(make_day(2015, 5, 31)));
  CHECK(alpha.is_member_on(make_day(2015, 6, 1)));
  CHECK(table.all()[1].part_of == "XA");
  // A malformed table is the project's own error: an exception.
  CHECK_THROWS_AS(Countries::parse("XA\tXAA\tAlpha\n"), std::runtime_error);
  CHECK_THROWS_AS(Countries::parse("XA\tXAA\tAlpha\tAlpha\tmember\tAfrica\t2000-01-01\t\t\n"), std::runtime_error);
  CHECK_THROWS_AS(Countries::parse("XA\tXAA\tAlpha\tAlpha\tmember\tAfrica\t2000-02-30..\t\t\n"), std::runtime_error);
  CHECK_THROWS_AS(Countries::parse("XA\tXAA\tAlpha\tAlpha\tmaybe\tAfrica\t2000-01-01..\t\t\n"), std::runtime_error);
  CHECK_THROWS_AS(Countries::parse("XA\tXAA\tAlpha\tAlpha\tmember\tAfrica\t2000-01-01..\t\t\n"
                                   "XB\tXBB\tBeta\tBeta\tmember\tAfrica\t2000-01-01..\t\tAlpha\n"),
                  std::runtime_error);
}

TEST_CASE("Countries::resolve: the exact-name path and the folded index agree on every name of the table") {
  const auto& table = gnlc::Countries::builtin();
  const auto lower = [](std::string text) {
    for (char& c : text)
      if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    return text;
  };
  for (const gnlc::Country& country : table.all()) {
    std::vector<std::string> names{country.alpha2, country.alpha3, country.iso_name, country.unesco_name};
    names.insert(names.end(), country.variants.begin(), country.variants.end());
    for (const std::string& name : names) {
      CHECK_MESSAGE(table.resolve(name) == &country, name);               // as written: compared
      CHECK_MESSAGE(table.resolve(lower(name)) == &country, name);        // lower case: codes or the index
      CHECK_MESSAGE(table.resolve(" " + name + "  ") == &country, name);  // padded: trimmed first
    }
  }
}
