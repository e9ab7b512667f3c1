// SHA-256 (FIPS 180-4), for the knowledge base's content hash recorded in every decision.
#pragma once

#include <string>
#include <string_view>

namespace advisor {

// Lower-case hex digest of `data`.
std::string sha256Hex(std::string_view data);

} // namespace advisor
