// gnlc schema: the JSON Schema of the application format (gnlc-schema(1)).
#include <gnlc/cli/commands.hpp>

int main(int argc, char** argv) { return gnlc::cli::main_schema(argc, argv); }
