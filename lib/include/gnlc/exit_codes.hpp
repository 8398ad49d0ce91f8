// Exit statuses shared by every gnlc command (cli.md). Scripts and CI
// depend on them.
#pragma once

namespace gnlc::exit_code {

inline constexpr int success = 0;        // all valid, nothing overdue, ...
inline constexpr int data_problems = 1;  // an invalid application, an overdue report with
                                         // --fail-on-overdue, a country over quota with --strict
inline constexpr int usage_error = 2;    // a bad flag, or an input that cannot be read

}  // namespace gnlc::exit_code
