// Jury scores (registry.md, "Jury scores"): a CSV file with the columns
// country, city and score.
#pragma once

#include <gnlc/countries.hpp>
#include <gnlc/diagnostic.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace gnlc {

struct Score {
  const Country* country = nullptr;  // null when the country is unknown
  std::string city;
  double value = 0;
  Position position;  // line of the row, column 1
};

struct ScoresParse {
  std::vector<Score> scores;  // in file order
  Diagnostics diagnostics;    // errors make the file unusable
};

// RFC 4180 with a required header row; the columns may come in any order,
// other columns are ignored.
ScoresParse parse_scores(std::string_view text, const Countries& countries);

}  // namespace gnlc
