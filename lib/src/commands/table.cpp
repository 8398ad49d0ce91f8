#include <gnlc/commands.hpp>

#include <array>

namespace gnlc {
namespace {
// Keep in step with cmd/CMakeLists.txt (GNLC_COMMANDS) and the completions.
constexpr std::array commands{
    CommandInfo{"new", "print a commented application template to fill in"},
    CommandInfo{"check", "validate application files"},
    CommandInfo{"calendar", "show the calls for applications and the phase on a day"},
    CommandInfo{"quota", "decide admissions per country under the cap of a call"},
    CommandInfo{"admit", "record a call's admissions in the members registry"},
    CommandInfo{"members", "count the members by region, on a day or for a call's intake"},
    CommandInfo{"reports", "find members whose progress report is overdue or due soon"},
    CommandInfo{"explain", "explain a rule: what it checks, why, and how to fix it"},
    CommandInfo{"schema", "print the JSON Schema of the application format, for editors"},
};
}  // namespace

std::span<const CommandInfo> command_table() { return commands; }

}  // namespace gnlc
