// Build tool: computes the content hash of a JSON file (core/content_hash.h) and writes a C++
// source defining a function that returns it. The built-in knowledge base's hash is computed
// here, once per build, instead of at every start of the app.
// Usage: advisor-embed-content-hash INPUT.json OUTPUT.cpp FUNCTION_NAME
#include "core/base/content_hash.h"
#include "core/base/json_io.h"

#include <cstdio>
#include <fstream>
#include <string>

int main(int argc, char* argv[]) {
    if (argc != 4) {
        std::fprintf(stderr, "usage: %s INPUT.json OUTPUT.cpp FUNCTION_NAME\n", argv[0]);
        return 2;
    }
    const std::string input = argv[1];
    const std::string output = argv[2];
    const std::string function = argv[3];
    const auto text = advisor::readTextFile(input);
    if (!text) {
        std::fprintf(stderr, "%s\n", text.error().oneLine().c_str());
        return 1;
    }
    const auto document = advisor::parseJson(*text, input);
    if (!document) {
        std::fprintf(stderr, "%s\n", document.error().oneLine().c_str());
        return 1;
    }
    std::ofstream out(output, std::ios::binary | std::ios::trunc);
    out << "// Generated from " << input << " by advisor-embed-content-hash; do not edit.\n"
        << "#include <string_view>\n\n"
        << "namespace advisor {\n\n"
        << "std::string_view " << function << "() { return \"" << advisor::contentHash(*document)
        << "\"; }\n\n"
        << "} // namespace advisor\n";
    out.close();
    if (!out) {
        std::fprintf(stderr, "%s: could not write the file\n", output.c_str());
        return 1;
    }
    return 0;
}
