// The JSON writer is generic code (util/json.hpp), which the domain may
// use too (the JSON Schema); the renderers of output/ name it here.
#pragma once

#include <gnlc/util/json.hpp>

namespace gnlc::output {

using util::json_quote;
using util::JsonWriter;

}  // namespace gnlc::output
