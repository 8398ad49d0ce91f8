// gnlc check: validates application files (gnlc-check(1)).
#include <gnlc/cli/commands.hpp>
#include <gnlc/cli/entry.hpp>

namespace gnlc::cli {

int main_check(int argc, char** argv) {
  return run_command<gnlc::CheckOptions>(
      "check", "Validate GNLC membership application files.", argc, argv, gnlc::run_check,
      [](CLI::App& app, Common& common, gnlc::CheckOptions& options) {
        add_paths_argument(app, options.paths);
        add_common(app, common, CommonFlag::format | CommonFlag::as_of | CommonFlag::output);
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
      });
}

}  // namespace gnlc::cli
