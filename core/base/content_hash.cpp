#include "core/base/content_hash.h"

#include "core/base/sha256.h"

namespace advisor {

std::string contentHash(const nlohmann::json& document) {
    // nlohmann's default object type is a std::map: dump() already sorts the keys.
    return "sha256:" + sha256Hex(document.dump());
}

} // namespace advisor
