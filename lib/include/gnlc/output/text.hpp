// The text form of diagnostics, shared by `gnlc check` and by every
// command that reports problems in its inputs on standard error:
//   PATH:LINE:COL: SEVERITY: MESSAGE [RULE]
//       hint: HINT
#pragma once

#include <gnlc/diagnostic.hpp>

#include <string>
#include <string_view>

namespace gnlc::output {

// Data in the path, message and hint is made printable.
std::string diagnostic_lines(std::string_view path, const Diagnostic& diagnostic, bool color);

}  // namespace gnlc::output
