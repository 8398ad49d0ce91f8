// quota/scores: the jury's scores as a CSV file (registry.md, "Jury
// scores").
#include "support.hpp"

#include <doctest/doctest.h>
#include <gnlc/scores.hpp>

#include <fmt/format.h>

#include <string>
#include <vector>

using gnlc::Countries;
using gnlc::parse_scores;
using gnlc::test::Lines;

namespace {
// "country|city|score@line" of every score: the country's code, or "?"
// when it is not known.
Lines scores(std::string_view text) {
  const auto parsed = parse_scores(text, Countries::builtin());
  Lines out;
  for (const auto& s : parsed.scores)
    out.push_back(fmt::format("{}|{}|{}@{}:{}", s.country ? s.country->alpha2 : "?", s.city, s.value, s.position.line,
                              s.position.column));
  return out;
}

Lines problems(std::string_view text) {
  return gnlc::test::rule_positions(parse_scores(text, Countries::builtin()).diagnostics);
}

const gnlc::Diagnostic& first_problem(const gnlc::ScoresParse& parsed) { return parsed.diagnostics.at(0); }
}  // namespace

TEST_CASE("parse_scores") {
  SUBCASE("the columns in the usual order") {
    const std::string text = "country,city,score\nKE,Kilifi County,87.5\nDenmark,S\u00F8nderborg,90\n";
    CHECK(scores(text) == Lines{"KE|Kilifi County|87.5@2:1", "DK|S\u00F8nderborg|90@3:1"});
    CHECK(problems(text).empty());
  }

  SUBCASE("the header in any column order and case; other columns ignored") {
    CHECK(scores("score,city,country\n90,Kisumu,KE\n") == Lines{"KE|Kisumu|90@2:1"});
    CHECK(scores("id,City,COUNTRY, Score ,notes\n1,Kisumu,KE,90,fine\n") == Lines{"KE|Kisumu|90@2:1"});
  }

  SUBCASE("quoted cells") {
    CHECK(scores("country,city,score\nKE,\"Nairobi, City County\",77\n") == Lines{"KE|Nairobi, City County|77@2:1"});
    CHECK(scores("country,city,score\nKE,\"The \"\"Learning\"\" City\",5\n") ==
          Lines{"KE|The \"Learning\" City|5@2:1"});
    CHECK(scores("\"country\",\"city\",\"score\"\n\"KE\",\"Kisumu\",\"90\"\n") == Lines{"KE|Kisumu|90@2:1"});
    CHECK(scores("country,city,score\nKE,\"\",1\n") == Lines{"KE||1@2:1"});
    // A line break inside quotes: the next row's line number counts it.
    CHECK(scores("country,city,score\nKE,\"Two\nLines\",1\nKE,Kisumu,2\n") ==
          Lines{"KE|Two\nLines|1@2:1", "KE|Kisumu|2@4:1"});
  }

  SUBCASE("CRLF line ends, a byte order mark, blank lines, no final newline") {
    CHECK(scores("country,city,score\r\nKE,Kisumu,90\r\nDK,Aarhus,80\r\n") ==
          Lines{"KE|Kisumu|90@2:1", "DK|Aarhus|80@3:1"});
    CHECK(scores("\xEF\xBB\xBF"
                 "country,city,score\nKE,Kisumu,90\n") == Lines{"KE|Kisumu|90@2:1"});
    CHECK(scores("country,city,score\n\nKE,Kisumu,90\n\n") == Lines{"KE|Kisumu|90@3:1"});
    CHECK(scores("country,city,score\nKE,Kisumu,90") == Lines{"KE|Kisumu|90@2:1"});
  }

  SUBCASE("numbers") {
    CHECK(scores("country,city,score\nKE,A,-2.5\nKE,B,+3\nKE,C, 7 \nKE,D,0\nKE,E,.5\n") ==
          Lines{"KE|A|-2.5@2:1", "KE|B|3@3:1", "KE|C|7@4:1", "KE|D|0@5:1", "KE|E|0.5@6:1"});
  }

  SUBCASE("a score that is not a number, with its line") {
    const std::string text = "country,city,score\nKE,Kisumu,90\nKE,Kilifi,high\nKE,Nakuru,70\n";
    const auto parsed = parse_scores(text, Countries::builtin());
    CHECK(problems(text) == Lines{"invalid-score 3:1"});
    CHECK(first_problem(parsed).severity == gnlc::Severity::error);
    CHECK(first_problem(parsed).message == "line 3: the score \"high\" is not a number");
    CHECK(first_problem(parsed).hint == "write a decimal number such as 87.5");
    CHECK(scores(text) == Lines{"KE|Kisumu|90@2:1", "KE|Nakuru|70@4:1"});
    for (const char* bad : {"", "1e3", "inf", "nan", "0x10", "1,5", "--1", "1.2.3", "12 points", "\xD9\xA1"}) {
      CAPTURE(bad);
      const std::string cell(bad);
      const std::string row = cell.find(',') != std::string::npos ? "\"" + cell + "\"" : cell;
      CHECK(problems("country,city,score\nKE,Kisumu," + row + "\n") == Lines{"invalid-score 2:1"});
    }
    CHECK(problems("country,city,score\nKE,Kisumu\n") == Lines{"csv-syntax 2:1"});       // a short row
    CHECK(problems("country,city,score\nKE,Kisumu,91,5\n") == Lines{"csv-syntax 2:1"});  // a decimal comma
  }

  SUBCASE("duplicate rows") {
    const std::string text = "country,city,score\nKE,Kisumu,90\nKE,Kilifi,80\nkenya, KISUMU ,70\n";
    const auto parsed = parse_scores(text, Countries::builtin());
    CHECK(problems(text) == Lines{"duplicate-score 4:1"});
    CHECK(first_problem(parsed).message == "line 4: a second score for KISUMU");
    CHECK(first_problem(parsed).hint == "the first is on line 2");
    CHECK(scores(text) == Lines{"KE|Kisumu|90@2:1", "KE|Kilifi|80@3:1"});
    // The same city in two countries is no duplicate; an unknown country is
    // compared as written.
    CHECK(problems("country,city,score\nES,Valencia,1\nVE,Valencia,2\n").empty());
    CHECK(problems("country,city,score\nAtlantis,X,1\natlantis,x,2\n") == Lines{"duplicate-score 3:1"});
  }

  SUBCASE("an unknown country is kept for the quota to report") {
    CHECK(scores("country,city,score\nAtlantis,Poseidonia,50\n") == Lines{"?|Poseidonia|50@2:1"});
    CHECK(problems("country,city,score\nAtlantis,Poseidonia,50\n").empty());
  }

  SUBCASE("malformed files") {
    CHECK(problems("") == Lines{"csv-syntax 1:1"});
    CHECK(problems("\n\n") == Lines{"csv-syntax 1:1"});
    CHECK(problems("country,city\nKE,Kisumu\n") == Lines{"csv-syntax 1:1"});
    CHECK(first_problem(parse_scores("country,city\n", Countries::builtin())).message ==
          "the header row must name the columns country, city and score");
    CHECK(problems("\ncountry,town,score\n") == Lines{"csv-syntax 2:1"});
    CHECK(problems("country,city,score\nKE,\"Kisumu,90\n") == Lines{"csv-syntax 2:1"});     // never closed
    CHECK(problems("country,city,score\nKE,\"Kisumu\"x,90\n") == Lines{"csv-syntax 2:1"});  // text after the quote
    CHECK(problems("country,city,score\nKE,Kis\"umu,90\n") == Lines{"csv-syntax 2:1"});     // a quote inside
    CHECK(problems("country,city,score\nKE,K\xFFsumu,90\n") == Lines{"csv-syntax 2:5"});    // not UTF-8
  }
}

TEST_CASE("parse_scores: semicolons and decimal commas") {
  // As spreadsheets save CSV in many locales, with a byte order mark.
  const std::string text =
      "\xEF\xBB\xBF"
      "country;city;score\r\nKE;Kilifi County;87,5\r\nDK;\"S\u00F8nderborg; Als\";90\r\n";
  CHECK(scores(text) == Lines{"KE|Kilifi County|87.5@2:1", "DK|S\u00F8nderborg; Als|90@3:1"});
  CHECK(problems(text).empty());
  // A point is no decimal separator there, and 1.234,5 is ambiguous.
  CHECK(problems("country;city;score\nKE;Nakuru;87.5\n") == Lines{"invalid-score 2:1"});
  CHECK(problems("country;city;score\nKE;Nakuru;1.234,5\n") == Lines{"invalid-score 2:1"});
  const auto parsed = parse_scores("country;city;score\nKE;Nakuru;high\n", Countries::builtin());
  CHECK(first_problem(parsed).hint == "write a decimal number such as 87,5");
  // The header decides: a comma in it keeps the comma dialect.
  CHECK(problems("country,city,score\nKE,Nakuru,\"87,5\"\n") == Lines{"invalid-score 2:1"});
  CHECK(scores("country,city,score;note\nKE,Nakuru;x,87.5\n") == Lines{});
  // A comma inside a cell of the semicolon dialect needs no quotes.
  CHECK(scores("country;city;score\nKE;Kilifi, County;88\n") == Lines{"KE|Kilifi, County|88@2:1"});
}
