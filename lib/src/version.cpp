#include <gnlc/version.hpp>

namespace gnlc {
std::string_view version() { return GNLC_VERSION; }
}  // namespace gnlc
