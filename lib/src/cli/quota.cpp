// gnlc quota: admissions per country under the cap of a call (gnlc-quota(1)).
#include <gnlc/cli/commands.hpp>
#include <gnlc/cli/entry.hpp>

namespace gnlc::cli {

int main_quota(int argc, char** argv) {
  return run_command<gnlc::QuotaOptions>(
      "quota", "Decide which eligible applications fit each country's cap for one call.", argc, argv, gnlc::run_quota,
      [](CLI::App& app, Common& common, gnlc::QuotaOptions& options) {
        add_paths_argument(app, options.paths);
        add_common(app, common, CommonFlag::format | CommonFlag::as_of | CommonFlag::output | CommonFlag::bom);
        add_decision_options(app, options);
        app.add_option("--members", options.members, "Members registry: members admitted through the call use slots")
            ->type_name("REGISTRY");
        add_calendar(app, options.calendar);
        app.add_flag("--strict", options.strict, "Exit 1 when a country is over-subscribed (over quota or undecided)");
        add_jobs(app, options.jobs);
      });
}

}  // namespace gnlc::cli
