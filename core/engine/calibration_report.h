// What `backend-advisor calibrate` prints: the calibration as text for a person, or as JSON.
#pragma once

#include "core/engine/calibration.h"

#include <nlohmann/json.hpp>
#include <string>

namespace advisor {

std::string calibrationText(const KnowledgeBase& kb, const Calibration& calibration);
nlohmann::ordered_json calibrationToJson(const KnowledgeBase& kb, const Calibration& calibration);

} // namespace advisor
