// gnlc calendar: the calls for applications (gnlc-calendar(1)).
#include <gnlc/cli/commands.hpp>
#include <gnlc/cli/entry.hpp>

namespace gnlc::cli {

int main_calendar(int argc, char** argv) {
  return run_command<gnlc::CalendarOptions>(
      "calendar", "Show the calls for applications, their dates and the phase on a day.", argc, argv,
      gnlc::run_calendar, [](CLI::App& app, Common& common, gnlc::CalendarOptions& options) {
        add_call_year(app, "year", options.year, "The call of this year (default: every known call)");
        add_common(app, common, CommonFlag::format | CommonFlag::as_of | CommonFlag::output);
        app.add_option("--on", options.on, "Show which phase the call is in on DATE, and the days left")
            ->type_name("DATE");
        add_calendar(app, options.calendar);
        app.add_flag("--report-rounds", options.report_rounds, "List the progress report rounds alone");
      });
}

}  // namespace gnlc::cli
