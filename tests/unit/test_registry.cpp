// registry: the members registry format (registry.md) and lookups by a
// city's identity.
#include "support.hpp"

#include <doctest/doctest.h>
#include <gnlc/registry.hpp>

#include <string>
#include <vector>

using gnlc::Countries;
using gnlc::make_day;
using gnlc::MemberStatus;
using gnlc::parse_registry;
using gnlc::Position;
using gnlc::test::Lines;
using gnlc::test::rule_positions;

namespace {
gnlc::RegistryParse parse(std::string_view text) { return parse_registry(text, Countries::builtin()); }

const gnlc::Country& country(std::string_view alpha2) { return *Countries::builtin().by_alpha2(alpha2); }

constexpr std::string_view valid_registry =
    "format = 1\n"                          //  1
    "\n"                                    //  2
    "[[member]]\n"                          //  3
    "city = \"S\u00F8nderborg\"\n"          //  4
    "country = \"DK\"\n"                    //  5
    "admitted = 2020-09-23\n"               //  6
    "call = 2020\n"                         //  7
    "status = \"active\"\n"                 //  8
    "reports = [2024-12-02, 2022-11-30]\n"  //  9
    "\n"                                    // 10
    "[[member]]\n"                          // 11
    "city = \"Kilifi County\"\n"            // 12
    "country = \"Kenya\"\n"                 // 13
    "admitted = 2022-03-15\n"               // 14
    "status = \"suspended\"\n"              // 15
    "\n"                                    // 16
    "[[member]]\n"                          // 17
    "city = \"Qu\u00E9bec\"\n"              // 18
    "country = \"CAN\"\n"                   // 19
    "admitted = 2021-12-01\n"               // 20
    "call = 2021\n"                         // 21
    "status = \"withdrawn\"\n";             // 22
}  // namespace

TEST_CASE("parse_registry") {
  SUBCASE("a valid registry") {
    const auto parsed = parse(valid_registry);
    CHECK(parsed.diagnostics.empty());
    REQUIRE(parsed.registry);
    const auto& members = parsed.registry->members();
    REQUIRE(members.size() == 3u);
    CHECK(members[0].city == "S\u00F8nderborg");
    CHECK(members[0].country == &country("DK"));
    CHECK(members[0].admitted == make_day(2020, 9, 23));
    CHECK(members[0].call == 2020);
    CHECK(members[0].status == MemberStatus::active);
    CHECK(members[0].reports == std::vector<gnlc::Day>{make_day(2022, 11, 30), make_day(2024, 12, 2)});  // sorted
    CHECK(members[0].position == Position{3, 1});
    CHECK(members[1].country == &country("KE"));
    CHECK(members[1].call == 2022);  // default: the year of admission
    CHECK(members[1].status == MemberStatus::suspended);
    CHECK(members[1].reports.empty());
    CHECK(members[1].position == Position{11, 1});
    CHECK(members[2].country == &country("CA"));
    CHECK(members[2].call == 2021);  // an admission in December through the call of that year
    CHECK(members[2].status == MemberStatus::withdrawn);
  }

  SUBCASE("an empty registry is valid") {
    const auto parsed = parse("format = 1\n");
    CHECK(parsed.diagnostics.empty());
    REQUIRE(parsed.registry);
    CHECK(parsed.registry->members().empty());
  }

  SUBCASE("a member listed twice") {
    const auto parsed = parse(
        "format = 1\n"                    // 1
        "[[member]]\n"                    // 2
        "city = \"S\u00F8nderborg\"\n"    // 3
        "country = \"DK\"\n"              // 4
        "admitted = 2020-09-23\n"         // 5
        "[[member]]\n"                    // 6
        "city = \"Aarhus\"\n"             // 7
        "country = \"DK\"\n"              // 8
        "admitted = 2020-09-23\n"         // 9
        "[[member]]\n"                    // 10
        "city = \" S\u00D8NDERBORG \"\n"  // 11: the same identity
        "country = \"Denmark\"\n"         // 12
        "admitted = 2022-03-15\n");       // 13
    CHECK(rule_positions(parsed.diagnostics) == Lines{"duplicate-member 10:1"});
    CHECK(parsed.diagnostics.at(0).message == "S\u00D8NDERBORG (DK) is listed twice");
    CHECK(parsed.diagnostics.at(0).hint == "the first entry is on line 2");
    CHECK_FALSE(parsed.registry);
  }

  SUBCASE("the same city in two countries is two members") {
    const auto parsed = parse(
        "format = 1\n"
        "[[member]]\ncity = \"Valencia\"\ncountry = \"ES\"\nadmitted = 2020-09-23\n"
        "[[member]]\ncity = \"Valencia\"\ncountry = \"VE\"\nadmitted = 2020-09-23\n");
    CHECK(parsed.diagnostics.empty());
    REQUIRE(parsed.registry);
    CHECK(parsed.registry->members().size() == 2u);
  }

  SUBCASE("a report before the admission") {
    const auto parsed = parse(
        "format = 1\n"
        "[[member]]\n"
        "city = \"Aarhus\"\n"
        "country = \"DK\"\n"
        "admitted = 2020-09-23\n"
        "reports = [2022-09-01, 2020-09-22]\n");
    CHECK(rule_positions(parsed.diagnostics) == Lines{"report-before-admission 6:24"});
    CHECK(parsed.diagnostics.at(0).message == "a report dated 2020-09-22 is before the admission on 2020-09-23");
    CHECK_FALSE(parsed.registry);
    // A report on the admission day is not before it.
    CHECK(parse("format = 1\n[[member]]\ncity = \"Aarhus\"\ncountry = \"DK\"\nadmitted = 2020-09-23\n"
                "reports = [2020-09-23]\n")
              .diagnostics.empty());
  }

  SUBCASE("an unknown status") {
    const auto parsed = parse(
        "format = 1\n"
        "[[member]]\n"
        "city = \"Aarhus\"\n"
        "country = \"DK\"\n"
        "admitted = 2020-09-23\n"
        "status = \"paused\"\n");
    CHECK(rule_positions(parsed.diagnostics) == Lines{"invalid-value 6:10"});
    CHECK(parsed.diagnostics.at(0).message == "unknown status \"paused\"");
    CHECK(parsed.diagnostics.at(0).hint == "write 'active', 'suspended' or 'withdrawn'");
    CHECK_FALSE(parsed.registry);
  }

  SUBCASE("a bad country") {
    const auto parsed = parse(
        "format = 1\n"
        "[[member]]\n"
        "city = \"Aarhus\"\n"
        "country = \"Denmrk\"\n"
        "admitted = 2020-09-23\n"
        "[[member]]\n"
        "city = \"Atlantis City\"\n"
        "country = \"Atlantis\"\n"
        "admitted = 2020-09-23\n");
    CHECK(rule_positions(parsed.diagnostics) == Lines{"unknown-country 4:11", "unknown-country 8:11"});
    CHECK(parsed.diagnostics.at(0).message == "unknown country \"Denmrk\"");
    CHECK(parsed.diagnostics.at(0).hint == "did you mean 'Denmark'?");
    CHECK(parsed.diagnostics.at(1).hint == "");
    CHECK_FALSE(parsed.registry);
  }

  SUBCASE("a country that is not a Member State is no error in a registry") {
    const auto parsed = parse("format = 1\n[[member]]\ncity = \"Kowloon\"\ncountry = \"HK\"\nadmitted = 2020-09-23\n");
    CHECK(parsed.diagnostics.empty());
    REQUIRE(parsed.registry);
    CHECK(parsed.registry->members().at(0).country == &country("HK"));
  }

  SUBCASE("missing keys, wrong types and values") {
    const auto parsed = parse(
        "format = 1\n"                 // 1
        "[[member]]\n"                 // 2
        "city = \"Aarhus\"\n"          // 3
        "admitted = \"2020-09-23\"\n"  // 4
        "call = 1800\n"                // 5
        "reports = 2022-09-01\n"       // 6
        "[[member]]\n"                 // 7
        "city = \"  \"\n"              // 8
        "country = \"DK\"\n"           // 9
        "admitted = 2020-09-23\n");    // 10
    CHECK(rule_positions(parsed.diagnostics) ==
          Lines{"missing-field 2:1", "wrong-type 4:12", "invalid-value 5:8", "wrong-type 6:11", "missing-field 8:8"});
    CHECK(parsed.diagnostics.at(0).message == "'member.country' is missing");
    CHECK(parsed.diagnostics.at(1).hint == "write the date without quotes: admitted = 2020-09-23");
    CHECK_FALSE(parsed.registry);
  }

  SUBCASE("an unknown key is a warning") {
    const auto parsed = parse(
        "format = 1\n[[member]]\ncity = \"Aarhus\"\ncountry = \"DK\"\nadmitted = 2020-09-23\n"
        "statuss = \"active\"\n");
    CHECK(rule_positions(parsed.diagnostics) == Lines{"unknown-field 6:1"});
    CHECK(parsed.diagnostics.at(0).severity == gnlc::Severity::warning);
    CHECK(parsed.diagnostics.at(0).hint == "did you mean 'status'?");
    CHECK(parsed.registry);
  }

  SUBCASE("format and syntax") {
    CHECK(rule_positions(parse("").diagnostics) == Lines{"format-version 1:1"});
    CHECK(rule_positions(parse("format = 2\n").diagnostics) == Lines{"format-version 1:10"});
    CHECK(rule_positions(parse("format = 1\nmember = 3\n").diagnostics) == Lines{"wrong-type 2:10"});
    CHECK(rule_positions(parse("format = 1\n[[member]]\nadmitted = 2025-02-29\n").diagnostics) ==
          Lines{"toml-syntax 3:12"});
    CHECK(rule_positions(parse("format = 1\ncity = \"\xFF\"\n").diagnostics) == Lines{"toml-syntax 2:9"});
  }
}

TEST_CASE("Registry::find") {
  const auto parsed = parse(valid_registry);
  REQUIRE(parsed.registry);
  const gnlc::Registry& registry = *parsed.registry;
  const gnlc::Member* sonderborg = &registry.members()[0];
  CHECK(registry.find(country("DK"), "S\u00F8nderborg") == sonderborg);
  CHECK(registry.find(country("DK"), "s\u00F8nderborg") == sonderborg);
  CHECK(registry.find(country("DK"), "  S\u00D8NDERBORG\u00A0") == sonderborg);
  CHECK(registry.find(country("CA"), "Que\u0301bec") == &registry.members()[2]);  // decomposed é
  CHECK(registry.find(country("CA"), "QU\u00C9BEC") == &registry.members()[2]);
  CHECK(registry.find(country("CA"), "Quebec") == nullptr);           // accents matter
  CHECK(registry.find(country("DE"), "S\u00F8nderborg") == nullptr);  // another country
  CHECK(registry.find(country("DK"), "Aarhus") == nullptr);
}

TEST_CASE("Registry::admitted_through") {
  const auto parsed = parse(valid_registry);
  REQUIRE(parsed.registry);
  CHECK(parsed.registry->admitted_through("DK", 2020) == 1);
  CHECK(parsed.registry->admitted_through("DK", 2022) == 0);
  CHECK(parsed.registry->admitted_through("KE", 2022) == 1);  // by the default call
  CHECK(parsed.registry->admitted_through("KE", 2021) == 0);
  CHECK(parsed.registry->admitted_through("CA", 2021) == 1);  // withdrawn since, but admitted through it
  CHECK(parsed.registry->admitted_through("DE", 2020) == 0);
  CHECK(gnlc::Registry().admitted_through("DK", 2020) == 0);
}

TEST_CASE("city_identity") {
  CHECK(gnlc::city_identity(country("DK"), " S\u00F8nderborg ") == "DK\ts\u00F8nderborg");
  CHECK(gnlc::city_identity(country("CA"), "Qu\u00E9bec") == gnlc::city_identity(country("CA"), "QUE\u0301BEC"));
  CHECK(gnlc::city_identity(country("ES"), "Valencia") != gnlc::city_identity(country("VE"), "Valencia"));
}

TEST_CASE("member_status_name") {
  CHECK(gnlc::member_status_name(MemberStatus::active) == "active");
  CHECK(gnlc::member_status_name(MemberStatus::suspended) == "suspended");
  CHECK(gnlc::member_status_name(MemberStatus::withdrawn) == "withdrawn");
}
