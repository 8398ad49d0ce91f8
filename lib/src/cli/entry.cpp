#include <gnlc/cli/entry.hpp>

#include <gnlc/exit_codes.hpp>
#include <gnlc/output/formats.hpp>
#include <gnlc/util/atomic_file.hpp>
#include <gnlc/util/output.hpp>
#include <gnlc/util/text_safety.hpp>
#include <gnlc/version.hpp>

#include <fmt/format.h>

#include <unistd.h>
#include <cstdlib>
#include <cstring>

namespace gnlc::cli {
namespace {

bool color_wanted(const std::string& choice, int fd) {
  if (choice == "always") return true;
  if (choice == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && no_color[0] != '\0') return false;
  // A terminal that says it is dumb cannot show escape sequences.
  const char* term = std::getenv("TERM");
  if (term != nullptr && std::strcmp(term, "dumb") == 0) return false;
  return util::is_terminal(fd);
}

// git does the same: output that could not be written is a failure.
int finish_output(util::FdWriter& out, util::FdWriter& err, const std::string& program, int status) {
  if (out.flush()) return status;
  err << fmt::format("{}: error: cannot write to standard output: {}\n", program, std::strerror(out.error()));
  return exit_code::usage_error;
}

}  // namespace

void add_common(CLI::App& app, Common& common, unsigned flags) {
  if (flags & unsigned(CommonFlag::format))
    app.add_option("--format", common.options.format,
                   fmt::format("Output format: {}", fmt::join(output::offered_formats(common.command), ", ")))
        ->type_name("FMT");
  if (flags & unsigned(CommonFlag::as_of))
    app.add_option("--as-of", common.options.as_of, "Judge as of this day instead of today (Europe/Berlin)")
        ->type_name("DATE");
  if (flags & unsigned(CommonFlag::output))
    app.add_option("-o,--output", common.options.output, "Write the result to FILE, replacing it atomically")
        ->type_name("FILE");
  app.add_option("--color", common.color, "Colour: auto, always or never (NO_COLOR is respected)")
      ->type_name("WHEN")
      ->check(one_of({"auto", "always", "never"}));
  if (flags & unsigned(CommonFlag::bom))
    app.add_flag("--bom", common.options.bom, "Start csv/tsv with a UTF-8 BOM, for Excel");
}

void add_registry_argument(CLI::App& app, std::string& registry, std::string_view help) {
  app.add_option("registry", registry, std::string(help))->type_name("REGISTRY")->required();
}

void add_paths_argument(CLI::App& app, std::vector<std::string>& paths) {
  app.add_option("paths", paths, "Application files or directories (searched for *.toml); - for stdin")
      ->type_name("PATH");
}

void add_call_year(CLI::App& app, const std::string& name, std::optional<int>& year, const std::string& help) {
  app.add_option(name, year, help)->type_name("YEAR")->check(whole_number());
}

void add_decision_options(CLI::App& app, QuotaOptions& options) {
  add_call_year(app, "--year", options.year, "The call (default: the call of the applications)");
  app.add_option("--scores", options.scores, "Jury scores, a CSV file with columns country,city,score")
      ->type_name("FILE");
  app.add_option("--cap", options.cap, "New members per country (default: the call's cap)")
      ->type_name("N")
      ->check(whole_number(0, 1000));
  app.add_option("--country", options.country, "Only this country (code or name)")->type_name("CODE");
}

void add_calendar(CLI::App& app, std::optional<std::string>& calendar) {
  app.add_option("--calendar", calendar, "Call calendar file replacing the built-in one")->type_name("FILE");
}

void add_jobs(CLI::App& app, unsigned& jobs) {
  app.add_option("-j,--jobs", jobs, "Files checked in parallel (default: all cores)")
      ->type_name("N")
      ->check(whole_number(1, 1024));
}

int run_main(std::string_view command, std::string_view description, int argc, char** argv, Common& common,
             const std::function<void(CLI::App&)>& define, const std::function<int(Console&)>& run) {
  util::AtomicFile::remove_on_fatal_signal();
  util::FdWriter out(STDOUT_FILENO);
  util::FdWriter err(STDERR_FILENO);
  out.save_on_fatal_signal();
  err.save_on_fatal_signal();
  const std::string program = fmt::format("gnlc {}", command);
  int status = exit_code::usage_error;
  try {
    // Named as the user types it, whichever binary runs: gnlc-check is gnlc check.
    CLI::App app{std::string(description), program};
    app.formatter(std::make_shared<HelpFormatter>());
    app.set_version_flag("--version", fmt::format("gnlc {}", version()));
    app.footer(
        fmt::format("Exit status: 0 success, 1 the data has problems, 2 usage error or unreadable input.\n"
                    "See gnlc-{}(1) for the details: gnlc help {}",
                    command, command));
    define(app);
    try {
      app.parse(argc, argv);
    } catch (const CLI::CallForHelp&) {
      // Help that could not be written (--help > /dev/full) is a failure too.
      out << app.help();
      return finish_output(out, err, program, exit_code::success);
    } catch (const CLI::CallForVersion&) {
      out << fmt::format("gnlc {}\n", version());
      return finish_output(out, err, program, exit_code::success);
    } catch (const CLI::ParseError& e) {
      err << fmt::format("{}: error: {}\n", program, util::printable(usage_error(e, app)));
      return exit_code::usage_error;
    }
    Console console{out, err, color_wanted(common.color, STDOUT_FILENO), color_wanted(common.color, STDERR_FILENO),
                    program};
    status = run(console);
  } catch (const std::exception& e) {
    out.flush();
    err << fmt::format("{}: error: {}\n", program, util::printable(e.what()));
    return exit_code::usage_error;
  }
  return finish_output(out, err, program, status);
}

}  // namespace gnlc::cli
