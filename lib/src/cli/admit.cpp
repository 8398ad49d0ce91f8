// gnlc admit: record a call's admissions in the members registry (gnlc-admit(1)).
#include <gnlc/cli/commands.hpp>
#include <gnlc/cli/entry.hpp>

namespace gnlc::cli {

int main_admit(int argc, char** argv) {
  return run_command<gnlc::AdmitOptions>(
      "admit", "Decide as gnlc quota does, and add the admitted cities to the members registry.", argc, argv,
      gnlc::run_admit, [](CLI::App& app, Common& common, gnlc::AdmitOptions& options) {
        gnlc::QuotaOptions& quota = options.quota;
        add_paths_argument(app, quota.paths);
        app.add_option("--members", quota.members, "Members registry to add the admitted cities to")
            ->type_name("REGISTRY")
            ->required();
        app.add_option("--date", options.date, "Day of the admission (YYYY-MM-DD)")->type_name("DATE")->required();
        add_common(app, common, unsigned(CommonFlag::as_of));
        add_decision_options(app, quota);
        add_calendar(app, quota.calendar);
        app.add_flag("--skip-undecided", options.skip_undecided, "Admit the decided countries, leave the others out");
        app.add_flag("--dry-run", options.dry_run, "Print the text that would be added; write nothing");
        add_jobs(app, quota.jobs);
      });
}

}  // namespace gnlc::cli
