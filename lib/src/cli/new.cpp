// gnlc new: a commented application template (gnlc-new(1)).
#include <gnlc/cli/commands.hpp>
#include <gnlc/cli/entry.hpp>

namespace gnlc::cli {

int main_new(int argc, char** argv) {
  return run_command<gnlc::NewOptions>(
      "new", "Print a commented application template for a call, to fill in.", argc, argv, gnlc::run_new,
      [](CLI::App& app, Common& common, gnlc::NewOptions& options) {
        add_common(app, common, CommonFlag::as_of | CommonFlag::output);
        add_call_year(app, "--call", options.call, "The call (default: the call open or next as of today)");
        app.add_option("--city", options.city, "Fill in the city's name")->type_name("NAME");
        app.add_option("--country", options.country, "Fill in the country (code or name)")->type_name("COUNTRY");
        add_calendar(app, options.calendar);
        app.add_flag("--force", options.force, "With -o, replace FILE if it exists");
      });
}

}  // namespace gnlc::cli
