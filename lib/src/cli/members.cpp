// gnlc members: the network in figures, or the intake of a call (gnlc-members(1)).
#include <gnlc/cli/commands.hpp>
#include <gnlc/cli/entry.hpp>

namespace gnlc::cli {

int main_members(int argc, char** argv) {
  return run_command<gnlc::MembersOptions>(
      "members", "Count the network's members by UNESCO region, on a day or for one call's intake.", argc, argv,
      gnlc::run_members, [](CLI::App& app, Common& common, gnlc::MembersOptions& options) {
        add_registry_argument(app, options.registry, "Members registry (TOML); - for stdin");
        add_common(app, common, CommonFlag::format | CommonFlag::as_of | CommonFlag::output | CommonFlag::bom);
        add_call_year(app, "--call", options.call, "The intake of this call, and the network right after it");
        app.add_option("--region", options.region, "Only this UNESCO region")->type_name("REGION");
        app.add_option("--country", options.country, "Only this country (code or name)")->type_name("CODE");
        add_calendar(app, options.calendar);
      });
}

}  // namespace gnlc::cli
