// The identity of a JSON document's content: SHA-256 of its canonical form (sorted keys, no
// spaces), so reformatting a file never changes it. Recorded with every decision and report.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace advisor {

// "sha256:<64 lower-case hex digits>".
std::string contentHash(const nlohmann::json& document);

} // namespace advisor
