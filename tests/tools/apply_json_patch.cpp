// apply-json-patch BASE.json PATCH.json OUT.json: the test knowledge bases are the shipped one with
// a small RFC 6902 patch each (tests/data/kb-patches/), made at build time, so a change to the
// shipped file is made once. A patch that no longer applies (its "test" operation fails, a path
// is gone) fails the build and names the patch.
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

int main(int argc, char* argv[]) {
    if (argc != 4) {
        std::cerr << "usage: apply-json-patch BASE.json PATCH.json OUT.json\n";
        return 2;
    }
    try {
        std::ifstream base(argv[1]);
        std::ifstream patch(argv[2]);
        const auto document = nlohmann::ordered_json::parse(base);
        const auto operations = nlohmann::ordered_json::parse(patch);
        std::ofstream out(argv[3], std::ios::trunc);
        out << document.patch(operations).dump(2) << '\n';
        if (!out)
            throw std::runtime_error("cannot write the result");
    } catch (const std::exception& e) {
        std::cerr << argv[2] << ": " << e.what() << '\n';
        return 1;
    }
    return 0;
}
