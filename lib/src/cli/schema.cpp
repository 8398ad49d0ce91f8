// gnlc schema: the JSON Schema of the application format (gnlc-schema(1)).
#include <gnlc/cli/commands.hpp>
#include <gnlc/cli/entry.hpp>

namespace gnlc::cli {

int main_schema(int argc, char** argv) {
  gnlc::SchemaOptions options;
  Common common;
  return run_main(
      "schema", "Print the JSON Schema (draft 2020-12) of the application format, for editors.", argc, argv, common,
      [&](CLI::App& app) {
        app.add_option("-o,--output", options.output, "Write the schema to FILE, replacing it atomically")
            ->type_name("FILE");
      },
      [&](gnlc::Console& console) { return gnlc::run_schema(options, console); });
}

}  // namespace gnlc::cli
