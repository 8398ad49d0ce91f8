#pragma once

#include <string_view>

namespace gnlc {
// The project version, "0.1.0"; `--version` prints "gnlc 0.1.0".
std::string_view version();
}  // namespace gnlc
