#include <gnlc/cli/commands.hpp>
#include <gnlc/cli/front.hpp>
#include <gnlc/commands.hpp>
#include <gnlc/exit_codes.hpp>
#include <gnlc/util/roff.hpp>
#include <gnlc/util/strings.hpp>
#include <gnlc/util/text_safety.hpp>
#include <gnlc/version.hpp>

#include <fcntl.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <algorithm>
#include <array>
#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>

extern char** environ;

namespace gnlc::cli {
namespace {

constexpr std::array builtins{
#define GNLC_COMMAND(name, summary) BuiltinCommand{#name, &main_##name},
#include "gnlc_command_list.inc"
#undef GNLC_COMMAND
};

const BuiltinCommand* find_builtin(std::string_view name) {
  const auto found = std::ranges::find(builtins, name, &BuiltinCommand::name);
  return found == builtins.end() ? nullptr : &*found;
}

// gnlc-NAME next to gnlc, else on PATH; empty when there is none.
std::string find_command(const FrontSystem& system, const std::string& name) {
  const std::string file = "gnlc-" + name;
  if (!system.own_directory.empty() && system.is_executable(system.own_directory + "/" + file))
    return system.own_directory + "/" + file;
  for (std::string_view dir : util::split(system.path, ':')) {
    std::string candidate = std::string(dir.empty() ? "." : dir) + "/" + file;
    if (system.is_executable(candidate)) return candidate;
  }
  return {};
}

void print_usage(util::Writer& writer) {
  std::string text =
      "usage: gnlc COMMAND [ARGS...]\n"
      "       gnlc help COMMAND\n"
      "       gnlc --version\n\n"
      "Membership administration for the UNESCO Global Network of Learning Cities.\n\n"
      "Commands:\n";
  for (const CommandInfo& command : command_table())
    text += "  " + std::string(command.name) + std::string(11 - std::min<std::size_t>(command.name.size(), 10), ' ') +
            std::string(command.summary) + "\n";
  text +=
      "\n'gnlc COMMAND --help' prints a command's options; 'gnlc help COMMAND' opens its manual.\n"
      "Any gnlc-NAME program next to gnlc or on PATH runs as 'gnlc NAME'.\n";
  writer << text;
}

int exec(const FrontSystem& system, const std::string& program, const std::vector<std::string>& arguments,
         util::Writer& err) {
  const int error = system.exec(program, arguments);
  err << "gnlc: error: cannot run '" << program << "': " << std::strerror(error) << "\n";
  return exit_code::usage_error;
}

std::optional<std::string> read_file(const std::string& path) {
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) return std::nullopt;
  std::string source;
  char buffer[65536];
  for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, file)) > 0;) source.append(buffer, n);
  const bool read = std::ferror(file) == 0;
  std::fclose(file);
  if (!read) return std::nullopt;
  return source;
}

// gnlc help NAME: the manual page gnlc-NAME(1) or (5) from this
// installation (or build tree), else from man's own path. Without man(1), a
// command prints its --help (what cli.md promises) and a file format, which
// has no --help, its page as plain text.
int help(const FrontSystem& system, const std::string& name, util::Writer& out, util::Writer& err) {
  const std::string page = name == "gnlc" ? "gnlc" : "gnlc-" + name;
  std::string format_page;
  for (const char* section : {"1", "5"}) {
    const std::string local = system.own_directory + "/../share/man/man" + section + "/" + page + "." + section;
    if (::access(local.c_str(), R_OK) != 0) continue;
    if (system.man_has_page(local)) return exec(system, "man", {"man", "-l", local}, err);
    if (std::string_view(section) == "5") format_page = local;
  }
  if (system.man_has_page(page)) return exec(system, "man", {"man", page}, err);
  if (name == "gnlc") {
    print_usage(out);
    return exit_code::success;
  }
  if (const BuiltinCommand* builtin = find_builtin(name))
    return system.run_builtin(builtin->main, {"gnlc-" + name, "--help"});
  if (const std::string program = find_command(system, name); !program.empty())
    return exec(system, program, {program, "--help"}, err);
  if (!format_page.empty())
    if (const std::optional<std::string> source = read_file(format_page)) {
      out << util::render_man_page(*source);
      return exit_code::success;
    }
  err << "gnlc: error: no manual page or command named '" << util::printable(name) << "'\n";
  return exit_code::usage_error;
}

std::string own_directory() {
  std::string path(PATH_MAX, '\0');
  const ssize_t n = ::readlink("/proc/self/exe", path.data(), path.size() - 1);
  if (n <= 0) return {};
  path.resize(std::size_t(n));
  const std::size_t slash = path.rfind('/');
  return slash == std::string::npos ? std::string{} : path.substr(0, slash);
}

std::vector<char*> c_arguments(const std::vector<std::string>& arguments) {
  std::vector<char*> argv;
  argv.reserve(arguments.size() + 1);
  for (const std::string& argument : arguments) argv.push_back(const_cast<char*>(argument.c_str()));
  argv.push_back(nullptr);
  return argv;
}

// True when `man` knows the page (man -w prints its path and exits 0).
bool man_has_page(const std::string& page) {
  const char* argv[] = {"man", "-w", page.c_str(), nullptr};
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  pid_t pid;
  const int spawned = ::posix_spawnp(&pid, "man", &actions, nullptr, const_cast<char**>(argv), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) return false;
  int status = 0;
  ::waitpid(pid, &status, 0);
  return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

}  // namespace

std::span<const BuiltinCommand> builtin_commands() { return builtins; }

FrontSystem real_system() {
  const char* path = std::getenv("PATH");
  return FrontSystem{
      .own_directory = own_directory(),
      .path = path ? path : "",
      .is_executable =
          [](const std::string& file) {
            struct stat info;
            return ::stat(file.c_str(), &info) == 0 && S_ISREG(info.st_mode) && ::access(file.c_str(), X_OK) == 0;
          },
      .man_has_page = man_has_page,
      .exec =
          [](const std::string& program, const std::vector<std::string>& arguments) {
            std::vector<char*> argv = c_arguments(arguments);
            if (program.find('/') != std::string::npos)
              ::execv(program.c_str(), argv.data());
            else
              ::execvp(program.c_str(), argv.data());
            return errno;
          },
      .run_builtin =
          [](int (*main)(int, char**), const std::vector<std::string>& arguments) {
            std::vector<char*> argv = c_arguments(arguments);
            return main(int(arguments.size()), argv.data());
          },
  };
}

int run_front(std::span<const std::string> arguments, const FrontSystem& system, util::Writer& out, util::Writer& err) {
  if (arguments.empty()) {
    print_usage(err);
    return exit_code::usage_error;
  }
  const std::string& first = arguments[0];
  if (first == "-h" || first == "--help") {
    print_usage(out);
    return exit_code::success;
  }
  if (first == "--version") {
    out << "gnlc " << version() << "\n";
    return exit_code::success;
  }
  if (first == "help") return help(system, arguments.size() > 1 ? arguments[1] : "gnlc", out, err);
  if (first.starts_with('-')) {
    err << "gnlc: error: unknown option '" << util::printable(first) << "'\n";
    print_usage(err);
    return exit_code::usage_error;
  }
  std::vector<std::string> rest{"gnlc-" + first};
  rest.insert(rest.end(), arguments.begin() + 1, arguments.end());
  if (const BuiltinCommand* builtin = find_builtin(first)) return system.run_builtin(builtin->main, rest);
  const std::string program = find_command(system, first);
  if (program.empty()) {
    std::vector<std::string_view> names;
    for (const CommandInfo& command : command_table()) names.push_back(command.name);
    err << "gnlc: error: '" << util::printable(first) << "' is not a gnlc command";
    if (const auto near = util::closest_match(first, names)) err << "; did you mean '" << *near << "'?";
    err << "\nsee 'gnlc --help' for the list of commands\n";
    return exit_code::usage_error;
  }
  rest.front() = program;
  return exec(system, program, rest, err);
}

int main_front(int argc, char** argv) {
  util::FdWriter out(STDOUT_FILENO);
  util::FdWriter err(STDERR_FILENO);
  const std::vector<std::string> arguments(argv + std::min(argc, 1), argv + argc);
  int status = run_front(arguments, real_system(), out, err);
  // Output that could not be written (gnlc --help > /dev/full) is a failure.
  if (!out.flush()) status = exit_code::usage_error;
  err.flush();
  return status;
}

}  // namespace gnlc::cli
