# Writes a C++ source defining a function that returns the bytes of INPUT as a string_view.
# Run with: cmake -DINPUT=... -DOUTPUT=... -DFUNCTION=... -P EmbedFile.cmake
file(READ "${INPUT}" hex HEX)
string(LENGTH "${hex}" hex_length)
math(EXPR byte_count "${hex_length} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
# Break the initialiser into lines of 16 bytes so compilers and diffs stay comfortable.
string(REGEX REPLACE "((('[^']+',)){16})" "\\1\n" bytes "${bytes}")
file(WRITE "${OUTPUT}.tmp"
"// Generated from ${INPUT} by cmake/EmbedFile.cmake; do not edit.
#include <string_view>

namespace advisor {
namespace {
constexpr char kBytes[] = {
${bytes}'\\0'};
} // namespace

std::string_view ${FUNCTION}() { return {kBytes, ${byte_count}}; }

} // namespace advisor
")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
