// Everything a report writer needs to describe one evaluated decision, whatever the format
// (Markdown and JSON here in core/, PDF and HTML in ui/).
#pragma once

#include "core/base/error.h"
#include "core/base/program.h"
#include "core/kb/knowledge_base.h"
#include "core/model/answers.h"
#include "core/model/evaluation.h"
#include "core/model/sensitivity.h"

#include <chrono>
#include <functional>
#include <string>

namespace advisor {

struct ReportInput {
    const KnowledgeBase& kb;
    const AnswerSet& answers;
    const Evaluation& evaluation;
    // The Monte Carlo settings the evaluation used, so a reader can reproduce it exactly.
    MonteCarloSettings settings;
    std::chrono::system_clock::time_point generatedAt;
    std::string status = "Proposed"; // the decision record's status: Proposed, Accepted, ...
};

// Writes a report to `path`; must write atomically (core/atomic_file.h) and name the file in
// any error.
using ReportWriter = std::function<Status(const ReportInput& input, const std::string& path)>;

} // namespace advisor
