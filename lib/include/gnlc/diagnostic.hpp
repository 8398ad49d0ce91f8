// One problem found in an input: the single type that travels from every
// parser and rule to every output format.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace gnlc {

enum class Severity : std::uint8_t { warning, error };

std::string_view severity_name(Severity severity);

// 1-based line and column (columns count Unicode code points, as toml++
// does). Line 0 means "no position": the problem is about the whole input,
// such as a file that could not be read.
struct Position {
  std::uint32_t line = 0;
  std::uint32_t column = 0;

  bool known() const { return line != 0; }
  friend bool operator==(const Position&, const Position&) = default;
  friend auto operator<=>(const Position&, const Position&) = default;
};

struct Diagnostic {
  std::string_view rule;  // a name from the rule catalogue (static storage)
  Severity severity = Severity::error;
  Position position;
  std::string message;
  std::string hint;  // empty when there is none
};

using Diagnostics = std::vector<Diagnostic>;

bool has_errors(const Diagnostics& diagnostics);
// Whether an error was added at or after `start`: parsers judge one entry
// at a time without counting the whole list again (which would make a file
// of many bad entries quadratic).
bool has_errors_since(const Diagnostics& diagnostics, std::size_t start);
std::size_t count(const Diagnostics& diagnostics, Severity severity);

// The one diagnostics cap every parser and command uses, so that a
// hostile input's output stays short however many problems it has:
// beyond `limit` diagnostics, the rest give way to one input-too-complex
// ("further problems are not shown"). A parser that collects as it goes
// stops once diagnostics_full() (the note then follows on cap_diagnostics).
void cap_diagnostics(Diagnostics& diagnostics, std::size_t limit);
inline bool diagnostics_full(const Diagnostics& diagnostics, std::size_t limit) { return diagnostics.size() > limit; }

// A Diagnostics that never holds more than `limit` problems plus the
// note: push_back past the limit only counts. For parsers that add one
// diagnostic at a time; `finish()` hands the capped list over.
class CappedDiagnostics {
 public:
  explicit CappedDiagnostics(std::size_t limit) : limit_(limit) {}
  void push_back(Diagnostic diagnostic);
  std::size_t dropped() const { return dropped_; }
  bool full() const { return kept_.size() >= limit_; }
  Diagnostics finish() &&;

 private:
  std::size_t limit_;
  Diagnostics kept_;
  std::size_t dropped_ = 0;
};

// Orders by position, keeping the order of discovery for equal positions.
void sort_by_position(Diagnostics& diagnostics);

}  // namespace gnlc
