# Run with cmake -P: writes OUTPUT, a C++ source holding INPUT's bytes.
file(READ "${INPUT}" hex HEX)
string(LENGTH "${hex}" hex_length)
math(EXPR size "${hex_length} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
# Break the initialiser into lines of 16 bytes to keep the file readable.
string(REGEX REPLACE "(('\\\\x[0-9a-f][0-9a-f]',){16})" "\\1\n" bytes "${bytes}")
file(WRITE "${OUTPUT}.tmp"
"// Generated from ${INPUT} by GnlcEmbedScript.cmake; do not edit.
#include <string_view>
namespace gnlc::embedded {
namespace {
const char ${SYMBOL}_bytes[] = {
${bytes}'\\0'};
}
std::string_view ${SYMBOL}() { return {${SYMBOL}_bytes, ${size}}; }
}
")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
