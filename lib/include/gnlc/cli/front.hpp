// gnlc, the front command: `gnlc --help`, `gnlc --version`, `gnlc help
// TOPIC`, and `gnlc NAME ARGS`, which runs a built-in command in this
// process and otherwise execs a gnlc-NAME found next to gnlc or on PATH,
// git style.
#pragma once

#include <gnlc/util/output.hpp>

#include <functional>
#include <span>
#include <string>
#include <vector>

namespace gnlc::cli {

// What the front command asks of the system, so that a test can stand in
// for it: where gnlc is, PATH, man(1), exec(2) and the built-in commands.
struct FrontSystem {
  std::string own_directory;  // gnlc's directory: gnlc-NAME and ../share/man are looked up there first
  std::string path;           // $PATH
  std::function<bool(const std::string& file)> is_executable;
  // True when man(1) can show `page` (a name or a file).
  std::function<bool(const std::string& page)> man_has_page;
  // Replaces the process; returns only on failure, with errno's value.
  std::function<int(const std::string& program, const std::vector<std::string>& arguments)> exec;
  // Runs a built-in command's main with `arguments` (argv[0] first).
  std::function<int(int (*main)(int, char**), const std::vector<std::string>& arguments)> run_builtin;
};

// The real system: /proc/self/exe, $PATH, stat(2), man -w, execv(3).
FrontSystem real_system();

// gnlc with `arguments` (argv without argv[0]); returns the exit status.
int run_front(std::span<const std::string> arguments, const FrontSystem& system, util::Writer& out, util::Writer& err);

// main() of gnlc: run_front on the real system, standard output and error.
int main_front(int argc, char** argv);

}  // namespace gnlc::cli
