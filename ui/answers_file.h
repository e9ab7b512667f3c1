// Opening and saving the decision's answers as an answers.json file (the CLI's input format),
// until the decision store takes over saving. Saving is atomic: an interrupted write leaves
// the old file in place.
#pragma once

#include "core/answers.h"
#include "core/error.h"

#include <QString>

namespace advisor::ui {

Result<AnswerSet> openAnswersFile(const QString& path, const KnowledgeBase& kb);

// Writes through QSaveFile (temporary file + rename). Returns the reason on failure.
Status saveAnswersFile(const QString& path, const KnowledgeBase& kb, const AnswerSet& answers);

} // namespace advisor::ui
