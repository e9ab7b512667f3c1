// SHA-256 against the FIPS 180-4 example vectors and the padding boundaries around 56 and 64
// bytes, where an off-by-one in the length block would go unnoticed by short inputs.
#include "core/base/sha256.h"

#include <catch2/catch.hpp>
#include <string>

using advisor::sha256Hex;

namespace {

// Bytes (7i + 3) mod 256: not ASCII-only, so sign extension of chars would also show up.
std::string pattern(std::size_t n) {
    std::string s(n, '\0');
    for (std::size_t i = 0; i < n; ++i)
        s[i] = static_cast<char>(static_cast<unsigned char>((i * 7 + 3) % 256));
    return s;
}

} // namespace

TEST_CASE("sha256 matches the FIPS 180-4 example vectors", "[sha256]") {
    struct Vector {
        std::string message;
        const char* digest;
    };
    const Vector vectors[] = {
        {"", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
        {"abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
        // 448 bits: the padding no longer fits in the first block.
        {"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"},
        // 896 bits.
        {"abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrl"
         "m"
         "nopqrsmnopqrstnopqrstu",
         "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"},
        {std::string(1'000'000, 'a'),
         "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"},
    };
    for (const auto& v : vectors) {
        INFO("message of " << v.message.size() << " bytes");
        CHECK(sha256Hex(v.message) == v.digest);
    }
}

TEST_CASE("sha256 pads correctly around block boundaries", "[sha256]") {
    // Expected digests from Python's hashlib over the same bytes.
    struct Vector {
        std::size_t length;
        const char* digest;
    };
    const Vector vectors[] = {
        {55, "e7313d333c272e639f790978283f9eb392e843d0f29b7016828bb1daa4aac70b"},
        {56, "4324d65f3c103567f5589c710bc08f8523f929a9272e3af36fc968e52abc6c27"},
        {63, "81c80242132f230c3bd41b3e63bbcff16107339549214a99614ff26664625055"},
        {64, "39e3d7b6b5d075d37d053ad89b24b41bef4f3c29760c84447cab3f3be1882241"},
        {65, "aacca6ff74fdbb296d165a45cecfa04e5127bc008770fbbdd48006f2d2fae95e"},
        {119, "9ce7368e4daf32341631b492e80359dc9f594b48453cd0dd5bf0b19279cc177e"},
        {120, "7836b787757e95e58b3ca5aec90b1b004e8deba1e50e9675af9cabf1a13a04b5"},
        {127, "a8d23e75d936f303d248888d9b165ee543f4cbafcad3c9dd2a79bd84faa11d07"},
        {128, "d2742f1f4ac6bb7ca2b239ee18402ba8b3f9f8e652d2a72973c2b9ba11c08cf6"},
    };
    for (const auto& v : vectors) {
        INFO("length " << v.length);
        CHECK(sha256Hex(pattern(v.length)) == v.digest);
    }
}

TEST_CASE("sha256 output is 64 lower-case hex digits", "[sha256]") {
    const auto digest = sha256Hex("Backend Advisor");
    REQUIRE(digest.size() == 64);
    CHECK(digest.find_first_not_of("0123456789abcdef") == std::string::npos);
}
