// Opening and saving the decision's answers as an answers.json file (the CLI's input format),
// until the decision store takes over saving. Saving is atomic: an interrupted write leaves
// the old file in place.
#pragma once

#include "core/base/error.h"
#include "core/model/answers.h"

#include <QString>
#include <optional>

namespace advisor::ui {

Result<AnswerSet> openAnswersFile(const QString& path, const KnowledgeBase& kb);

// One person's answers file (File ▸ Export answers): the answers of `respondent` in a group
// (named, with their role) or the one-person decision's own, with the decision's title and lab
// run, stamped with the knowledge base they were given against.
AnswerSet exportedAnswers(const KnowledgeBase& kb, const AnswerSet& decision,
                          std::optional<std::size_t> respondent);

// Writes through QSaveFile (temporary file + rename). Returns the reason on failure.
Status saveAnswersFile(const QString& path, const KnowledgeBase& kb, const AnswerSet& answers);

} // namespace advisor::ui
