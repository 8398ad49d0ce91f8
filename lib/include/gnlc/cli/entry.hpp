// What every gnlc binary's main does, in one place: CLI11 parsing with
// usage errors mapped to exit 2, the common options, colour, the single
// top-level catch, and a final check that standard output was written.
#pragma once

#include <gnlc/cli/usage.hpp>

#include <gnlc/commands.hpp>

#include <CLI/CLI.hpp>

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace gnlc::cli {

// The options every command has: --format, --as-of, -o, --color.
struct Common {
  CommonOptions options;
  std::string color = "auto";
  std::string_view command;  // whose format table --format offers
};

enum class CommonFlag : unsigned { format = 1, as_of = 2, output = 4, bom = 8 };
inline unsigned operator|(CommonFlag a, CommonFlag b) { return unsigned(a) | unsigned(b); }
inline unsigned operator|(unsigned a, CommonFlag b) { return a | unsigned(b); }

// --format offers the listed names of the command's format table
// (output::formats_of), so that the help cannot drift from the renderers.
void add_common(CLI::App& app, Common& common, unsigned flags);

// --calendar FILE and -j,--jobs N, worded alike wherever a command has them.
void add_calendar(CLI::App& app, std::optional<std::string>& calendar);
void add_jobs(CLI::App& app, unsigned& jobs);

// Runs one command: `define` declares its options on the CLI11 app, `run`
// is called after a successful parse. Returns the process exit status.
int run_main(std::string_view command, std::string_view description, int argc, char** argv, Common& common,
             const std::function<void(CLI::App&)>& define, const std::function<int(Console&)>& run);

// One command's main: a fresh `Options`, filled by the flags `define`
// declares, the common options copied in, then `run`. Every main_NAME is
// one call to it, so the commands share their skeleton instead of
// repeating it.
template <class Options>
int run_command(std::string_view command, std::string_view description, int argc, char** argv,
                int (*run)(const Options&, Console&), const std::function<void(CLI::App&, Common&, Options&)>& define) {
  Options options;
  Common common;
  common.command = command;
  return run_main(
      command, description, argc, argv, common, [&](CLI::App& app) { define(app, common, options); },
      [&](Console& console) {
        if constexpr (requires { options.common; }) options.common = common.options;
        if constexpr (requires { options.quota.common; }) options.quota.common = common.options;
        return run(options, console);
      });
}

// The registry named as the first argument, required, as members and
// reports take it.
void add_registry_argument(CLI::App& app, std::string& registry, std::string_view help);
// A call named by its year (calendar's argument, new's and members'
// --call, quota's --year), worded and checked alike.
void add_call_year(CLI::App& app, const std::string& name, std::optional<int>& year, const std::string& help);
// --year, --scores, --cap and --country: how quota and admit decide.
void add_decision_options(CLI::App& app, QuotaOptions& options);
// The application files or directories, as check, quota and admit take them.
void add_paths_argument(CLI::App& app, std::vector<std::string>& paths);

}  // namespace gnlc::cli
