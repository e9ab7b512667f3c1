#include "core/store/saved_result.h"

namespace advisor {

SavedResultCheck checkSavedResult(const Decision& saved, const KnowledgeBase& kb,
                                  const Evaluation& today) {
    const auto& rec = today.recommendation;
    // A tie is saved without a winner.
    const std::string todayWinner = rec.tied ? std::string() : kb.alternatives[rec.winner].id;
    return {saved.kbHash == kb.hash,
            saved.winner == todayWinner && saved.verdict == verdictId(rec.verdict)};
}

} // namespace advisor
