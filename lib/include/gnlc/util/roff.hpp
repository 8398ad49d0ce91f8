// Manual pages as plain text, for `gnlc help TOPIC` where man(1) is absent.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace gnlc::util {

// The man(7) source `roff` as filled text of at most `width` columns:
// sections and tags at the margin, paragraphs indented, examples verbatim,
// fonts dropped and the escapes of man pages resolved. It covers the macros
// the project's pages use; any other request line is left out.
std::string render_man_page(std::string_view roff, std::size_t width = 80);

}  // namespace gnlc::util
