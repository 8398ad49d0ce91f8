// toml++'s parse errors in plain words: the mistakes people make when they
// edit a gnlc file by hand (an unclosed string, a date written 10/06/2025,
// a word without quotes, a smart quote from a word processor...) get a
// message a newcomer understands and a hint with the fix.
#pragma once

#include <gnlc/diagnostic.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace gnlc::toml_document {

// The toml-syntax diagnostic for toml++'s error `description` ("Error while
// parsing SCOPE: DETAIL") at `at` in `text`. Looks only at the line of the
// error (and, for a string left open, at most a few lines after it), so it
// costs no more than reading the file once; every value it quotes is
// shortened.
Diagnostic describe_syntax_error(std::string_view text, std::string_view description, Position at);

// The digits of an integer written with thousands separators ("125 000",
// "125,000", "1 520 000"): "125000". nullopt for anything else.
std::optional<std::string> ungrouped_integer(std::string_view text);

// At most `max_code_points` code points of `text`, with "…" when cut.
std::string clip(std::string_view text, std::size_t max_code_points = 40);

}  // namespace gnlc::toml_document
