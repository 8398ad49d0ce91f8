// gnlc: the front command. It stays small (no {fmt}, no CLI11, libstdc++
// linked statically) because it runs before every command. `gnlc COMMAND ARGS` runs gnlc-COMMAND, found
// next to this binary first and then on PATH, git style: the process is
// replaced (exec), so no extra process stays behind.
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
#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

extern char** environ;

namespace {

std::string own_directory() {
  std::string path(PATH_MAX, '\0');
  const ssize_t n = ::readlink("/proc/self/exe", path.data(), path.size() - 1);
  if (n <= 0) return {};
  path.resize(std::size_t(n));
  const std::size_t slash = path.rfind('/');
  return slash == std::string::npos ? std::string{} : path.substr(0, slash);
}

bool is_executable(const std::string& path) {
  struct stat info;
  return ::stat(path.c_str(), &info) == 0 && S_ISREG(info.st_mode) && ::access(path.c_str(), X_OK) == 0;
}

// gnlc-NAME next to this binary, else on PATH; empty when there is none.
std::string find_command(const std::string& name) {
  const std::string file = "gnlc-" + name;
  if (const std::string here = own_directory(); !here.empty() && is_executable(here + "/" + file))
    return here + "/" + file;
  const char* path = std::getenv("PATH");
  for (std::string_view dir : gnlc::util::split(path ? path : "", ':')) {
    const std::string candidate = std::string(dir.empty() ? "." : dir) + "/" + file;
    if (is_executable(candidate)) return candidate;
  }
  return {};
}

void print_usage(std::FILE* stream) {
  std::string text =
      "usage: gnlc COMMAND [ARGS...]\n"
      "       gnlc help COMMAND\n"
      "       gnlc --version\n\n"
      "Membership administration for the UNESCO Global Network of Learning Cities.\n\n"
      "Commands:\n";
  for (const gnlc::CommandInfo& command : gnlc::command_table())
    text += "  " + std::string(command.name) + std::string(11 - std::min<std::size_t>(command.name.size(), 10), ' ') +
            std::string(command.summary) + "\n";
  text +=
      "\n'gnlc COMMAND --help' prints a command's options; 'gnlc help COMMAND' opens its manual.\n"
      "Any gnlc-NAME program next to gnlc or on PATH runs as 'gnlc NAME'.\n";
  std::fputs(text.c_str(), stream);
}

[[noreturn]] void exec(const std::string& program, const std::vector<std::string>& arguments) {
  std::vector<char*> argv;
  for (const std::string& argument : arguments) argv.push_back(const_cast<char*>(argument.c_str()));
  argv.push_back(nullptr);
  if (program.find('/') != std::string::npos)
    ::execv(program.c_str(), argv.data());
  else
    ::execvp(program.c_str(), argv.data());
  std::fprintf(stderr, "gnlc: error: cannot run '%s': %s\n", program.c_str(), std::strerror(errno));
  std::exit(gnlc::exit_code::usage_error);
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

// The page at `path` as plain text on stdout; false when it cannot be read.
bool print_page(const std::string& path) {
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) return false;
  std::string source;
  char buffer[65536];
  for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, file)) > 0;) source.append(buffer, n);
  const bool read = std::ferror(file) == 0;
  std::fclose(file);
  if (!read) return false;
  std::fputs(gnlc::util::render_man_page(source).c_str(), stdout);
  return true;
}

// gnlc help NAME: the manual page gnlc-NAME(1) or (5) from this
// installation (or build tree), else from man's own path. Without man(1), a
// command prints its --help (what cli.md promises) and a file format, which
// has no --help, its page as plain text.
int help(const std::string& name) {
  const std::string page = name == "gnlc" ? "gnlc" : "gnlc-" + name;
  const std::string here = own_directory();
  std::string format_page;
  for (const char* section : {"1", "5"}) {
    const std::string local = here + "/../share/man/man" + section + "/" + page + "." + section;
    if (::access(local.c_str(), R_OK) != 0) continue;
    if (man_has_page(local)) exec("man", {"man", "-l", local});
    if (std::string_view(section) == "5") format_page = local;
  }
  if (man_has_page(page)) exec("man", {"man", page});
  if (name == "gnlc") {
    print_usage(stdout);
    return gnlc::exit_code::success;
  }
  if (const std::string program = find_command(name); !program.empty()) exec(program, {program, "--help"});
  if (!format_page.empty() && print_page(format_page))
    return std::fflush(stdout) == 0 ? gnlc::exit_code::success : gnlc::exit_code::usage_error;
  std::fprintf(stderr, "gnlc: error: no manual page or command named '%s'\n", gnlc::util::printable(name).c_str());
  return gnlc::exit_code::usage_error;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    print_usage(stderr);
    return gnlc::exit_code::usage_error;
  }
  const std::string first = argv[1];
  if (first == "-h" || first == "--help") {
    print_usage(stdout);
    return std::fflush(stdout) == 0 ? gnlc::exit_code::success : gnlc::exit_code::usage_error;
  }
  if (first == "--version") {
    std::printf("gnlc %s\n", std::string(gnlc::version()).c_str());
    return std::fflush(stdout) == 0 ? gnlc::exit_code::success : gnlc::exit_code::usage_error;
  }
  if (first == "help") return help(argc > 2 ? argv[2] : "gnlc");
  if (first.starts_with('-')) {
    std::fprintf(stderr, "gnlc: error: unknown option '%s'\n", gnlc::util::printable(first).c_str());
    print_usage(stderr);
    return gnlc::exit_code::usage_error;
  }
  const std::string program = find_command(first);
  if (program.empty()) {
    std::vector<std::string_view> names;
    for (const gnlc::CommandInfo& command : gnlc::command_table()) names.push_back(command.name);
    std::string message = "gnlc: error: '" + gnlc::util::printable(first) + "' is not a gnlc command";
    if (const auto near = gnlc::util::closest_match(first, names))
      message += "; did you mean '" + std::string(*near) + "'?";
    std::fprintf(stderr, "%s\nsee 'gnlc --help' for the list of commands\n", message.c_str());
    return gnlc::exit_code::usage_error;
  }
  std::vector<std::string> arguments{program};
  for (int i = 2; i < argc; ++i) arguments.emplace_back(argv[i]);
  exec(program, arguments);
}
