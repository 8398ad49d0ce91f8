// gnlc reports: who owes a progress report (gnlc-reports(1)).
#include <gnlc/cli/commands.hpp>
#include <gnlc/cli/entry.hpp>

namespace gnlc::cli {

int main_reports(int argc, char** argv) {
  return run_command<gnlc::ReportsOptions>(
      "reports", "List members whose biennial progress report is overdue or due soon.", argc, argv, gnlc::run_reports,
      [](CLI::App& app, Common& common, gnlc::ReportsOptions& options) {
        add_registry_argument(app, options.registry, "Members registry (TOML, gnlc-registry(5)); - for stdin");
        add_common(app, common, CommonFlag::format | CommonFlag::as_of | CommonFlag::output | CommonFlag::bom);
        app.add_option("--due-within", options.due_within, "Days ahead that count as due soon (default 60)")
            ->type_name("DAYS")
            ->check(whole_number(0, 36500));
        app.add_option("--status", options.status,
                       "Which members to list: overdue, due-soon, ok, inactive or all (default: overdue and due-soon)")
            ->type_name("STATUS");
        app.add_option("--country", options.country, "Only the members of this country (code or name)")
            ->type_name("CODE");
        app.add_option("--region", options.region, "Only the members of this UNESCO region")->type_name("REGION");
        app.add_option("--calendar", options.calendar,
                       "Calendar file (calls, report rounds) replacing the built-in one")
            ->type_name("FILE");
        app.add_flag("--fail-on-overdue", options.fail_on_overdue, "Exit 1 when a report is overdue");
      });
}

}  // namespace gnlc::cli
