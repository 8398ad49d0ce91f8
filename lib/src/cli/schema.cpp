// gnlc schema: the JSON Schema of the application format (gnlc-schema(1)).
#include <gnlc/cli/commands.hpp>
#include <gnlc/cli/entry.hpp>

namespace gnlc::cli {

int main_schema(int argc, char** argv) {
  return run_command<gnlc::SchemaOptions>(
      "schema", "Print the JSON Schema (draft 2020-12) of the application format, for editors.", argc, argv,
      gnlc::run_schema, [](CLI::App& app, Common&, gnlc::SchemaOptions& options) {
        app.add_option("-o,--output", options.output, "Write the schema to FILE, replacing it atomically")
            ->type_name("FILE");
      });
}

}  // namespace gnlc::cli
