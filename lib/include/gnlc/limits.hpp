// Limits that keep a hostile input cheap. Each is documented in
// gnlc-application(5), and each has a test.
#pragma once

#include <cstddef>

namespace gnlc {

struct Limits {
  std::size_t max_file_size = 1024 * 1024;   // file-too-large (applications)
  std::size_t max_string_bytes = 64 * 1024;  // input-too-complex
  std::size_t max_array_length = 1000;       // input-too-complex
  std::size_t max_diagnostics = 100;         // per file; then one input-too-complex
};

// Registries and calendars are the coordination team's own files and may
// be large; they are read with this size limit instead.
inline constexpr std::size_t max_registry_size = std::size_t{256} << 20;
// Calendars and jury-score files hold a few dozen entries: 16 MiB is far
// beyond any real one, and keeps an endless stream given as one cheap.
inline constexpr std::size_t max_calendar_size = std::size_t{16} << 20;
inline constexpr std::size_t max_scores_size = std::size_t{16} << 20;

// Every TOML text passes the structure guard first (toml_document::
// check_structure): at most 32 dotted key parts and 32 levels of arrays and
// inline tables, so a file of deep keys or nesting costs no more than a
// flat one and cannot exhaust the stack.

}  // namespace gnlc
