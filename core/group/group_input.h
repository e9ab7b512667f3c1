// Gathering a group: each person's answers file becomes a respondent (named by its
// `respondent.name`, or after the file), several files make one group decision, and answers
// given against another knowledge base are pointed out. Used by `backend-advisor group` and the
// GUI's File ▸ Import respondents.
#pragma once

#include "core/base/error.h"
#include "core/kb/knowledge_base.h"
#include "core/model/answers.h"

#include <string>
#include <vector>

namespace advisor {

// The name a file's answers go by: its `respondent.name`, or the file's name without ".json".
std::string respondentNameFor(const AnswerSet& answers, const std::string& path);

// A one-person decision as a group of one, its answers now `name`'s; a group stays as it is.
AnswerSet asGroup(AnswerSet decision, const std::string& name);

// Adds the people in `answers` (one person's file: one respondent; a group's: all of its) to
// the group `decision`. Refuses a name already in the group (error field
// "/respondent/name" or "/respondents/N/name" of `path`) and more than kMaxRespondents; on an
// error `decision` is unchanged.
Status addRespondents(AnswerSet& decision, const AnswerSet& answers, const std::string& path);

// Loads every file into one group decision: the title of the first file that has one, the
// Evidence Lab run of the first that carries one. Errors name the file and the field;
// `warnings` (if given) receives knowledgeBaseWarnings for each file.
Result<AnswerSet> loadGroup(const std::vector<std::string>& paths, const KnowledgeBase& kb,
                            std::vector<std::string>* warnings = nullptr);

// One line per set of answers (the file's, or a respondent's) given against a knowledge base
// other than `kb`, naming the file and the field ("/knowledge_base" or
// "/respondents/N/knowledge_base"): a warning, as the questions are the same (an unknown one is
// an error when the file is read).
std::vector<std::string> knowledgeBaseWarnings(const AnswerSet& answers, const KnowledgeBase& kb,
                                               const std::string& file);

} // namespace advisor
