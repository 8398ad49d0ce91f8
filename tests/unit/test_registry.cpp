// registry: the members registry format (registry.md) and lookups by a
// city's identity.
#include "support.hpp"
#include "toml/document.hpp"

#include <doctest/doctest.h>
#include <gnlc/registry.hpp>

#include <fmt/format.h>

#include <algorithm>
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
gnlc::RegistryParse parse(std::string_view text) {
  return parse_registry(text, Countries::builtin(), gnlc::Calendar::builtin());
}

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
    // Inferred: the latest call whose endorsement deadline (28 February 2022)
    // is before the admission.
    CHECK(members[1].call == 2021);
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
    CHECK(parsed.diagnostics.at(0).message == "S\u00D8NDERBORG (DK) is listed twice with overlapping memberships");
    CHECK(parsed.diagnostics.at(0).hint ==
          "the other entry is on line 2; if the city left before 2022-03-15, give the earlier entry "
          "status = \"withdrawn\" and its last day as 'left'");
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
    // The same plain words as applications: one reader of TOML.
    const auto unclosed = parse("format = 1\n[[member]]\ncity = \"Kuopio\ncountry = \"FI\"\n");
    CHECK(rule_positions(unclosed.diagnostics) == Lines{"toml-syntax 3:15"});
    CHECK(unclosed.diagnostics.at(0).message == "the string has no closing quote");
    CHECK(unclosed.diagnostics.at(0).hint == "end the string with \" on the same line: city = \"Kuopio\"");
    const auto admitted = parse("format = 1\n[[member]]\nadmitted = 10/06/2025\n");
    CHECK(rule_positions(admitted.diagnostics) == Lines{"toml-syntax 3:12"});
    CHECK(admitted.diagnostics.at(0).message == "'10/06/2025' is not a date TOML understands");
    const auto quoted = parse("format = 1\n[[member]]\ncall = \"2025\"\n");
    const auto wrong_type = std::find_if(quoted.diagnostics.begin(), quoted.diagnostics.end(),
                                         [](const auto& d) { return d.rule == "wrong-type"; });
    REQUIRE(wrong_type != quoted.diagnostics.end());
    CHECK(wrong_type->position == gnlc::Position{3, 8});
    CHECK(wrong_type->hint == "write the number without quotes: call = 2025");
  }
}

TEST_CASE("Registry::memberships") {
  const auto parsed = parse(valid_registry);
  REQUIRE(parsed.registry);
  const gnlc::Registry& registry = *parsed.registry;
  using Found = std::vector<const gnlc::Member*>;
  const Found sonderborg{&registry.members()[0]};
  const Found quebec{&registry.members()[2]};
  CHECK(registry.memberships(country("DK"), "S\u00F8nderborg") == sonderborg);
  CHECK(registry.memberships(country("DK"), "s\u00F8nderborg") == sonderborg);
  CHECK(registry.memberships(country("DK"), "  S\u00D8NDERBORG\u00A0") == sonderborg);
  CHECK(registry.memberships(country("DK"), "S\u00F8n\u200Bderborg") == sonderborg);  // zero width space
  CHECK(registry.memberships(country("DK"), "S\u00F8nder\u2060borg") == sonderborg);  // word joiner
  CHECK(registry.memberships(country("DK"), "S\u00F8n\u00ADderborg") == sonderborg);  // soft hyphen
  CHECK(registry.memberships(country("CA"), "Que\u0301bec") == quebec);               // decomposed é
  CHECK(registry.memberships(country("CA"), "QU\u00C9BEC") == quebec);
  CHECK(registry.memberships(country("CA"), "Quebec").empty());           // accents matter
  CHECK(registry.memberships(country("DE"), "S\u00F8nderborg").empty());  // another country
  CHECK(registry.memberships(country("DK"), "Aarhus").empty());
}

TEST_CASE("Registry::admitted_through") {
  const auto parsed = parse(valid_registry);
  REQUIRE(parsed.registry);
  CHECK(parsed.registry->admitted_through("DK", 2020) == 1);
  CHECK(parsed.registry->admitted_through("DK", 2022) == 0);
  CHECK(parsed.registry->admitted_through("KE", 2022) == 0);  // no 2022 call
  CHECK(parsed.registry->admitted_through("KE", 2021) == 1);  // inferred from the admission
  CHECK(parsed.registry->admitted_through("CA", 2021) == 1);  // withdrawn since, but admitted through it
  CHECK(parsed.registry->admitted_through("DE", 2020) == 0);
  CHECK(gnlc::Registry().admitted_through("DK", 2020) == 0);
}

TEST_CASE("city_identity") {
  CHECK(gnlc::city_identity(country("DK"), " S\u00F8nderborg ") == "DK\ts\u00F8nderborg");
  CHECK(gnlc::city_identity(country("CA"), "Qu\u00E9bec") == gnlc::city_identity(country("CA"), "QUE\u0301BEC"));
  CHECK(gnlc::city_identity(country("ES"), "Valencia") != gnlc::city_identity(country("VE"), "Valencia"));
  // Invisible characters and runs of white space do not make another city.
  CHECK(gnlc::city_identity(country("FI"), "Tam\u200Bpere") == gnlc::city_identity(country("FI"), "Tampere"));
  CHECK(gnlc::city_identity(country("FI"), "\uFEFFTampere\u2060") == "FI\ttampere");
  CHECK(gnlc::city_identity(country("KE"), "Kilifi \t  County") == "KE\tkilifi county");
  CHECK(gnlc::city_identity(country("CI"), "Bouak\u00E9\u00A0\u00A0City") ==
        gnlc::city_identity(country("CI"), "BOUAKE\u0301 CITY"));
  CHECK(gnlc::city_identity(country("FI"), "Tam pere") != gnlc::city_identity(country("FI"), "Tampere"));
}

TEST_CASE("member_status_name") {
  CHECK(gnlc::member_status_name(MemberStatus::active) == "active");
  CHECK(gnlc::member_status_name(MemberStatus::suspended) == "suspended");
  CHECK(gnlc::member_status_name(MemberStatus::withdrawn) == "withdrawn");
}

namespace {
// One city's entries: "admitted[,withdrawn[,left]]" each.
gnlc::RegistryParse history(std::initializer_list<std::string_view> entries) {
  std::string text = "format = 1\n";
  for (std::string_view entry : entries) {
    text += "[[member]]\ncity = \"Muharraq\"\ncountry = \"BH\"\n";
    const auto comma = entry.find(',');
    text += fmt::format("admitted = {}\n", entry.substr(0, comma));
    if (comma != std::string_view::npos) {
      text += "status = \"withdrawn\"\n";
      const std::string_view left = entry.substr(comma + 1);
      if (!left.empty()) text += fmt::format("left = {}\n", left);
    }
  }
  return parse(text);
}
}  // namespace

TEST_CASE("parse_registry: history of one city") {
  // An entry takes 4 lines, 5 when withdrawn, 6 with `left`.
  SUBCASE("a re-admission after the last day of the first membership") {
    const auto parsed = history({"2019-07-17,2021-12-31", "2024-02-14"});
    CHECK(parsed.diagnostics.empty());
    REQUIRE(parsed.registry);
    const auto found = parsed.registry->memberships(country("BH"), "Muharraq");
    REQUIRE(found.size() == 2u);
    CHECK(found[0]->left == make_day(2021, 12, 31));
    CHECK(found[0]->call == 2019);
    CHECK(found[1]->call == 2023);  // admitted 14 February 2024 through the 2023 call
  }
  SUBCASE("left on the day before the later admission, and on the same day") {
    CHECK(history({"2019-07-17,2024-02-13", "2024-02-14"}).diagnostics.empty());
    const auto same_day = history({"2019-07-17,2024-02-14", "2024-02-14"});
    CHECK(rule_positions(same_day.diagnostics) == Lines{"duplicate-member 8:1"});
    CHECK(same_day.diagnostics.at(0).hint ==
          "the other entry is on line 2; the earlier membership ends on 2024-02-14, not before the readmission on "
          "2024-02-14");
    CHECK_FALSE(same_day.registry);
  }
  SUBCASE("overlapping entries") {
    CHECK(rule_positions(history({"2019-07-17", "2024-02-14"}).diagnostics) == Lines{"duplicate-member 6:1"});
    // Withdrawn on an unknown day: gnlc cannot tell that they do not overlap.
    const auto unknown = history({"2019-07-17,", "2024-02-14"});
    CHECK(rule_positions(unknown.diagnostics) == Lines{"duplicate-member 7:1"});
    CHECK(unknown.diagnostics.at(0).hint ==
          "the other entry is on line 2; give the withdrawn entry its last day as 'left'");
    // The file's order does not matter; the entry further down is reported.
    CHECK(history({"2024-02-14", "2019-07-17,2021-12-31"}).diagnostics.empty());
    CHECK(rule_positions(history({"2024-02-14", "2019-07-17,2024-03-01"}).diagnostics) ==
          Lines{"duplicate-member 6:1"});
    // Three memberships, the last two overlapping.
    CHECK(rule_positions(history({"2016-01-01,2018-12-31", "2019-07-17", "2024-02-14"}).diagnostics) ==
          Lines{"duplicate-member 12:1"});
  }
  SUBCASE("left") {
    const auto before = history({"2019-07-17,2019-07-16"});
    CHECK(rule_positions(before.diagnostics) == Lines{"invalid-value 7:8"});
    CHECK(before.diagnostics.at(0).message == "the membership ends on 2019-07-16, before the admission on 2019-07-17");
    CHECK(history({"2019-07-17,2019-07-17"}).diagnostics.empty());  // a one-day membership
    const auto active = parse(
        "format = 1\n[[member]]\ncity = \"Muharraq\"\ncountry = \"BH\"\n"
        "admitted = 2019-07-17\nleft = 2021-12-31\n");
    CHECK(rule_positions(active.diagnostics) == Lines{"invalid-value 6:8"});
    CHECK(active.diagnostics.at(0).hint == "add status = \"withdrawn\", or remove 'left'");
  }
}

TEST_CASE("Member::active_on") {
  gnlc::Member member;
  member.admitted = make_day(2019, 7, 17);
  CHECK_FALSE(member.active_on(make_day(2019, 7, 16)));
  CHECK(member.active_on(make_day(2019, 7, 17)));
  CHECK(member.active_on(make_day(2030, 1, 1)));
  member.status = MemberStatus::suspended;  // still a member
  CHECK(member.active_on(make_day(2030, 1, 1)));
  member.status = MemberStatus::withdrawn;
  CHECK_FALSE(member.active_on(make_day(2020, 1, 1)));  // ended on an unknown day
  member.left = make_day(2021, 12, 31);
  CHECK(member.active_on(make_day(2021, 12, 31)));
  CHECK_FALSE(member.active_on(make_day(2022, 1, 1)));
}

TEST_CASE("parse_registry: the call of a member") {
  const auto call_of = [](std::string_view admitted, std::string_view call = "") {
    std::string text =
        fmt::format("format = 1\n[[member]]\ncity = \"Aarhus\"\ncountry = \"DK\"\nadmitted = {}\n", admitted);
    if (!call.empty()) text += fmt::format("call = {}\n", call);
    return parse(text);
  };
  const auto inferred = [&](std::string_view admitted) { return call_of(admitted).registry->members().at(0).call; };
  CHECK(inferred("2019-07-17") == 2019);
  CHECK(inferred("2020-09-23") == 2020);
  CHECK(inferred("2022-09-02") == 2021);
  CHECK(inferred("2024-02-14") == 2023);
  CHECK(inferred("2025-12-04") == 2025);
  // The day after a deadline is the first admission through that call.
  CHECK(inferred("2023-06-30") == 2021);
  CHECK(inferred("2023-07-01") == 2023);
  // Before the first call: rolling admissions, no call, no quota slot.
  CHECK(inferred("2016-09-01") == std::nullopt);
  CHECK(inferred("2019-05-31") == std::nullopt);
  // An explicit call not in the calendar: a warning, and no slot.
  const auto no_call = call_of("2024-02-14", "2024");
  CHECK(rule_positions(no_call.diagnostics) == Lines{"no-call 6:8"});
  CHECK(no_call.diagnostics.at(0).severity == gnlc::Severity::warning);
  CHECK(no_call.diagnostics.at(0).hint ==
        "admitted on 2024-02-14, it came through the 2023 call; leave 'call' out to have it inferred");
  REQUIRE(no_call.registry);
  CHECK(no_call.registry->members().at(0).call == std::nullopt);
  CHECK(call_of("2024-02-14", "2023").registry->members().at(0).call == 2023);
}

TEST_CASE("parse_registry: city names") {
  const auto parsed =
      parse("format = 1\n[[member]]\ncity = \"Tam\\u001bpere\"\ncountry = \"FI\"\nadmitted = 2019-07-17\n");
  CHECK(rule_positions(parsed.diagnostics) == Lines{"invalid-value 3:8"});
  CHECK(parsed.diagnostics.at(0).message == "'member.city' contains the control character U+001B");
  // Look-alike names are one city.
  CHECK(rule_positions(parse("format = 1\n"
                             "[[member]]\ncity = \"Tampere\"\ncountry = \"FI\"\nadmitted = 2019-07-17\n"
                             "[[member]]\ncity = \"Tam\u200Bpere\"\ncountry = \"FI\"\nadmitted = 2020-09-23\n")
                           .diagnostics) == Lines{"duplicate-member 6:1"});
}

TEST_CASE("parse_registry: the wrong kind of file") {
  const auto application = parse("format = 1\ncall = 2025\n[city]\nname = \"Kuopio\"\ncountry = \"FI\"\n[mayor]\n");
  CHECK(rule_positions(application.diagnostics) == Lines{"format-version 1:1"});
  CHECK(application.diagnostics.at(0).message ==
        "this file is an application (gnlc-application(5)), not a members registry (gnlc-registry(5))");
  CHECK(application.diagnostics.at(0).hint == "read it with: gnlc check FILE");
  const auto calendar = parse("format = 1\n[[call]]\nyear = 2025\n");
  CHECK(calendar.diagnostics.at(0).message ==
        "this file is a calendar (gnlc-calendar(5)), not a members registry (gnlc-registry(5))");
  CHECK(parse("format = 1\n").diagnostics.empty());  // an empty registry is one
}

TEST_CASE("parse_registry: a file the fast reader declines after streaming members") {
  // `call = 0x7E5` is 2021 in hexadecimal, which the fast reader leaves to
  // toml++ after it has handed over the first two members: the registry
  // must forget them and judge every member once, from the start.
  const std::string hexadecimal = gnlc::test::replaced(valid_registry, "call = 2021", "call = 0x7E5");
  REQUIRE_FALSE(gnlc::toml_document::read_fast(hexadecimal));
  REQUIRE(gnlc::toml_document::read_fast(valid_registry));

  SUBCASE("a valid registry keeps each member once") {
    const auto parsed = parse(hexadecimal);
    CHECK(parsed.diagnostics.empty());
    REQUIRE(parsed.registry);
    REQUIRE(parsed.registry->members().size() == 3u);
    CHECK(parsed.registry->members()[2].call == 2021);
    CHECK(parsed.registry->members()[0].city == "S\u00F8nderborg");
  }

  SUBCASE("a duplicate and an error before the restart are reported once") {
    const std::string with_problems = std::string(valid_registry) +
                                      "[[member]]\n"                    // 23
                                      "city = \"Sonderborg\"\n"         // 24: not the same identity (no \u00F8)
                                      "country = \"DK\"\n"              // 25
                                      "admitted = 2020-09-23\n"         // 26
                                      "[[member]]\n"                    // 27
                                      "city = \" S\u00D8NDERBORG \"\n"  // 28: the first member again
                                      "country = \"Denmark\"\n"         // 29
                                      "admitted = 2021-03-15\n"         // 30
                                      "status = \"gone\"\n";            // 31
    const auto fast = parse(with_problems);
    const auto restarted = parse(gnlc::test::replaced(with_problems, "call = 2021", "call = 0x7E5"));
    CHECK(rule_positions(fast.diagnostics) == Lines{"duplicate-member 27:1", "invalid-value 31:10"});
    CHECK(rule_positions(restarted.diagnostics) == rule_positions(fast.diagnostics));
    CHECK_FALSE(restarted.registry);
  }
}
