// gnlc's own words around CLI11: the --help layout, the validators of
// option values and the one-line usage errors (gnlc(1), "Usage errors").
#pragma once

#include <CLI/CLI.hpp>

#include <climits>
#include <string>
#include <vector>

namespace gnlc::cli {

// --help in 80 columns: `usage: gnlc check [OPTIONS] [PATH...]`, options
// with their value's name only (no CLI11 type or range), descriptions
// wrapped under each other.
class HelpFormatter : public CLI::Formatter {
 public:
  HelpFormatter();
  std::string make_usage(const CLI::App* app, std::string name) const override;
  std::string make_option(const CLI::Option* option, bool is_positional) const override;
  std::string make_description(const CLI::App* app) const override;
  std::string make_footer(const CLI::App* app) const override;
};

// A whole number from `min` to `max`; the message names both and the value.
CLI::Validator whole_number(long long min = INT_MIN, long long max = INT_MAX);
// One of `choices`, with "did you mean" for a near miss.
CLI::Validator one_of(std::vector<std::string> choices);

// The one line that replaces CLI11's message for `error` on `app`, without
// the leading "gnlc COMMAND: ".
std::string usage_error(const CLI::ParseError& error, const CLI::App& app);

// `text` broken into lines of at most `width` columns (counted in bytes:
// help text is ASCII), each after `indent` spaces but the first.
std::string wrap(std::string_view text, std::size_t width, std::size_t indent);

}  // namespace gnlc::cli
