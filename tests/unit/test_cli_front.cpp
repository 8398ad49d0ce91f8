// cli/front: the front command's dispatch, on a stand-in system that
// records what would be exec'd or run in process.
#include <doctest/doctest.h>
#include <gnlc/cli/commands.hpp>
#include <gnlc/cli/front.hpp>
#include <gnlc/commands.hpp>
#include <gnlc/version.hpp>

#include <cerrno>
#include <set>
#include <string>
#include <vector>

using gnlc::cli::FrontSystem;
using gnlc::cli::run_front;
using Args = std::vector<std::string>;

namespace {

// A system with no man, no gnlc-NAME anywhere, and exec failing with
// ENOENT; `executables` are the files that exist and may be run.
struct Fake {
  std::set<std::string> executables;
  std::set<std::string> man_pages;
  std::vector<Args> execs;  // program, then its arguments
  std::vector<Args> builtins;
  int (*builtin_main)(int, char**) = nullptr;
  std::string out, err;

  FrontSystem system() {
    return FrontSystem{
        .own_directory = "/nonexistent/gnlc/bin",
        .path = "/nonexistent/a::/nonexistent/b",
        .is_executable = [this](const std::string& file) { return executables.contains(file); },
        .man_has_page = [this](const std::string& page) { return man_pages.contains(page); },
        .exec =
            [this](const std::string& program, const Args& arguments) {
              Args call{program};
              call.insert(call.end(), arguments.begin(), arguments.end());
              execs.push_back(call);
              return ENOENT;
            },
        .run_builtin =
            [this](int (*main)(int, char**), const Args& arguments) {
              builtin_main = main;
              builtins.push_back(arguments);
              return 7;
            },
    };
  }

  int run(const Args& arguments) {
    gnlc::util::StringWriter o, e;
    const int status = run_front(arguments, system(), o, e);
    out = o.str();
    err = e.str();
    return status;
  }
};

std::string usage() {
  std::string text =
      "usage: gnlc COMMAND [ARGS...]\n"
      "       gnlc help COMMAND\n"
      "       gnlc --version\n\n"
      "Membership administration for the UNESCO Global Network of Learning Cities.\n\n"
      "Commands:\n"
      "  new        print a commented application template to fill in\n"
      "  check      validate application files\n"
      "  calendar   show the calls for applications and the phase on a day\n"
      "  quota      decide admissions per country under the cap of a call\n"
      "  admit      record a call's admissions in the members registry\n"
      "  members    count the members by region, on a day or for a call's intake\n"
      "  reports    find members whose progress report is overdue or due soon\n"
      "  explain    explain a rule: what it checks, why, and how to fix it\n"
      "  schema     print the JSON Schema of the application format, for editors\n"
      "\n'gnlc COMMAND --help' prints a command's options; 'gnlc help COMMAND' opens its manual.\n"
      "Any gnlc-NAME program next to gnlc or on PATH runs as 'gnlc NAME'.\n";
  return text;
}

}  // namespace

TEST_CASE("gnlc alone prints the usage on stderr and is a usage error") {
  Fake fake;
  CHECK(fake.run({}) == 2);
  CHECK(fake.out == "");
  CHECK(fake.err == usage());
}

TEST_CASE("gnlc --help and -h print the usage on stdout") {
  for (const char* flag : {"--help", "-h"}) {
    Fake fake;
    CHECK(fake.run({flag, "ignored"}) == 0);
    CHECK(fake.out == usage());
    CHECK(fake.err == "");
  }
}

TEST_CASE("gnlc --version") {
  Fake fake;
  CHECK(fake.run({"--version"}) == 0);
  CHECK(fake.out == "gnlc " + std::string(gnlc::version()) + "\n");
  CHECK(std::string(gnlc::version()) == "0.1.0");
}

TEST_CASE("gnlc --bogus: an unknown option, then the usage") {
  Fake fake;
  CHECK(fake.run({"--bogus"}) == 2);
  CHECK(fake.out == "");
  CHECK(fake.err == "gnlc: error: unknown option '--bogus'\n" + usage());
}

TEST_CASE("gnlc nosuch: not a command, with 'did you mean' for a near name") {
  Fake fake;
  CHECK(fake.run({"nosuch"}) == 2);
  CHECK(fake.err == "gnlc: error: 'nosuch' is not a gnlc command\nsee 'gnlc --help' for the list of commands\n");
  CHECK(fake.run({"chek", "x.toml"}) == 2);
  CHECK(fake.err ==
        "gnlc: error: 'chek' is not a gnlc command; did you mean 'check'?\n"
        "see 'gnlc --help' for the list of commands\n");
  CHECK(fake.execs.empty());
  CHECK(fake.builtins.empty());
}

TEST_CASE("gnlc check ARGS runs the built-in command in process, even with a gnlc-check on PATH") {
  Fake fake;
  fake.executables = {"/nonexistent/gnlc/bin/gnlc-check", "/nonexistent/b/gnlc-check"};
  CHECK(fake.run({"check", "--format", "json", "apps/"}) == 7);
  REQUIRE(fake.builtins.size() == 1);
  CHECK(fake.builtins[0] == Args{"gnlc-check", "--format", "json", "apps/"});
  CHECK((fake.builtin_main == &gnlc::cli::main_check));
  CHECK(fake.execs.empty());
  CHECK(fake.out + fake.err == "");
}

TEST_CASE("gnlc NAME for another name execs gnlc-NAME: next to gnlc first, then PATH in order") {
  Fake fake;
  fake.executables = {"/nonexistent/b/gnlc-mine"};
  CHECK(fake.run({"mine", "x"}) == 2);
  REQUIRE(fake.execs.size() == 1);
  CHECK(fake.execs[0] == Args{"/nonexistent/b/gnlc-mine", "/nonexistent/b/gnlc-mine", "x"});
  CHECK(fake.err == "gnlc: error: cannot run '/nonexistent/b/gnlc-mine': No such file or directory\n");

  fake.executables.insert("/nonexistent/gnlc/bin/gnlc-mine");
  fake.executables.insert("./gnlc-mine");  // the empty PATH entry
  fake.execs.clear();
  fake.run({"mine"});
  CHECK(fake.execs.at(0).at(0) == "/nonexistent/gnlc/bin/gnlc-mine");
  fake.executables.erase("/nonexistent/gnlc/bin/gnlc-mine");
  fake.execs.clear();
  fake.run({"mine"});
  CHECK(fake.execs.at(0).at(0) == "./gnlc-mine");
}

TEST_CASE("gnlc help check: the page through man, else the command's --help in process") {
  Fake fake;
  fake.man_pages = {"gnlc-check"};
  CHECK(fake.run({"help", "check"}) == 2);  // the stand-in exec fails
  CHECK(fake.execs == std::vector<Args>{{"man", "man", "gnlc-check"}});
  CHECK(fake.err == "gnlc: error: cannot run 'man': No such file or directory\n");

  Fake no_man;
  CHECK(no_man.run({"help", "check"}) == 7);
  CHECK(no_man.builtins == std::vector<Args>{{"gnlc-check", "--help"}});
  CHECK((no_man.builtin_main == &gnlc::cli::main_check));
  CHECK(no_man.execs.empty());
}

TEST_CASE("gnlc help, and gnlc help gnlc without man, print the usage") {
  Fake fake;
  CHECK(fake.run({"help"}) == 0);
  CHECK(fake.out == usage());
  CHECK(fake.run({"help", "gnlc"}) == 0);
  CHECK(fake.out == usage());
}

TEST_CASE("gnlc help nosuchtopic") {
  Fake fake;
  CHECK(fake.run({"help", "nosuchtopic"}) == 2);
  CHECK(fake.out == "");
  CHECK(fake.err == "gnlc: error: no manual page or command named 'nosuchtopic'\n");
}

TEST_CASE("the built-in commands are the command table, in its order") {
  const auto builtins = gnlc::cli::builtin_commands();
  const auto table = gnlc::command_table();
  REQUIRE(builtins.size() == table.size());
  for (std::size_t i = 0; i < table.size(); ++i) {
    CHECK(builtins[i].name == table[i].name);
    CHECK((builtins[i].main != nullptr));
  }
}
