// gnlc new: a commented application template (gnlc-new(1)).
#include "entry.hpp"

int main(int argc, char** argv) {
  gnlc::NewOptions options;
  gnlc::cli::Common common;
  return gnlc::cli::run_main(
      "new", "Print a commented application template for a call, to fill in.", argc, argv, common,
      [&](CLI::App& app) {
        gnlc::cli::add_common(app, common, gnlc::cli::CommonFlag::as_of | gnlc::cli::CommonFlag::output, "");
        app.add_option("--call", options.call, "The call (default: the call open or next as of today)")
            ->type_name("YEAR")
            ->check(gnlc::cli::whole_number());
        app.add_option("--city", options.city, "Fill in the city's name")->type_name("NAME");
        app.add_option("--country", options.country, "Fill in the country (code or name)")->type_name("COUNTRY");
        app.add_option("--calendar", options.calendar, "Call calendar file replacing the built-in one")
            ->type_name("FILE");
        app.add_flag("--force", options.force, "With -o, replace FILE if it exists");
      },
      [&](gnlc::Console& console) {
        options.common = common.options;
        return gnlc::run_new(options, console);
      });
}
