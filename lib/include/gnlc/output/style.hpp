// Terminal colours, used only where the console allows them.
#pragma once

#include <string>
#include <string_view>

namespace gnlc::output {

enum class Style { bold, red, yellow, green, cyan, dim };

std::string styled(std::string_view text, Style style, bool enabled);

// The XML text of a value: & < > " ' escaped, and characters XML 1.0 does
// not allow (most control characters, invalid UTF-8) replaced by U+FFFD.
std::string xml_escape(std::string_view text);

}  // namespace gnlc::output
