// gnlc check: validates application files (gnlc-check(1)).
#include <gnlc/cli/commands.hpp>
#include <gnlc/cli/entry.hpp>

namespace gnlc::cli {

int main_check(int argc, char** argv) {
  gnlc::CheckOptions options;
  Common common;
  return run_main(
      "check", "Validate GNLC membership application files.", argc, argv, common,
      [&](CLI::App& app) {
        app.add_option("paths", options.paths, "Application files or directories (searched for *.toml); - for stdin")
            ->type_name("PATH");
        add_common(app, common, CommonFlag::format | CommonFlag::as_of | CommonFlag::output,
                   "text, json, github, sarif, junit");
        app.add_option("--members", options.members, "Members registry: flag cities that are already members")
            ->type_name("REGISTRY");
        add_calendar(app, options.calendar);
        app.add_flag("--strict", options.strict, "Warnings fail too");
        app.add_flag("-q,--quiet", options.quiet, "Print only the problems, no summary line");
        add_jobs(app, options.jobs);
        app.add_option("--max-size", options.limits.max_file_size,
                       "Largest application file read, in bytes (default 1 MiB)")
            ->type_name("BYTES")
            ->check(whole_number(1, 1 << 30));
      },
      [&](gnlc::Console& console) {
        options.common = common.options;
        return gnlc::run_check(options, console);
      });
}

}  // namespace gnlc::cli
