// The built-in commands, one per line of cmd/command-list.txt. Each main
// declares the command's flags with CLI11 and calls the library's
// run_NAME; gnlc-NAME's main and `gnlc NAME` (in the same process) both
// call it, so the two are the same command byte for byte.
#pragma once

#include <span>
#include <string_view>

namespace gnlc::cli {

#define GNLC_COMMAND(name, summary) int main_##name(int argc, char** argv);
#include "gnlc_command_list.inc"
#undef GNLC_COMMAND

struct BuiltinCommand {
  std::string_view name;
  int (*main)(int argc, char** argv);
};

// Every built-in command, in the list's order.
std::span<const BuiltinCommand> builtin_commands();

}  // namespace gnlc::cli
