#include "common.hpp"

#include <gnlc/application.hpp>
#include <gnlc/exit_codes.hpp>

namespace gnlc {

int run_schema(const SchemaOptions& options, Console& console) {
  CommonOptions common;
  common.output = options.output;
  return commands::with_output(common, console, [](util::Writer& out) {
    out << application_json_schema();
    return exit_code::success;
  });
}

}  // namespace gnlc
