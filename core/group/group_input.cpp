#include "core/group/group_input.h"

#include "core/base/json_io.h"
#include "core/base/text.h"

#include <filesystem>

namespace advisor {
namespace {

Respondent respondentFrom(const AnswerSet& answers, const std::string& path) {
    Respondent r;
    r.name = respondentNameFor(answers, path);
    if (answers.respondent)
        r.role = answers.respondent->role;
    r.answers = answers;
    r.answers.title.clear();
    r.answers.notes.clear();
    r.answers.lab.reset();
    r.answers.respondent.reset();
    return r;
}

std::string stampWarning(const std::string& file, const std::string& field, const std::string& who,
                         const KnowledgeBaseStamp& stamp, const KnowledgeBase& kb) {
    return file + ": " + field + ": " + who + " answered knowledge base " + stamp.version + " (" +
           stamp.hash + "); this run uses " + kb.version + " (" + kb.hash +
           "), so the result may differ";
}

} // namespace

std::string respondentNameFor(const AnswerSet& answers, const std::string& path) {
    if (answers.respondent && !answers.respondent->name.empty())
        return answers.respondent->name;
    std::string name = std::filesystem::path(path).filename().string();
    constexpr std::string_view kSuffix = ".json";
    if (name.size() > kSuffix.size() && name.substr(name.size() - kSuffix.size()) == kSuffix)
        name.resize(name.size() - kSuffix.size());
    // A file name longer than a respondent's name may be is cut on a UTF-8 boundary.
    return std::string(utf8Prefix(name, kMaxNameBytes));
}

AnswerSet asGroup(AnswerSet decision, const std::string& name) {
    if (decision.isGroup())
        return decision;
    Respondent first = respondentFrom(decision, name);
    first.name = decision.respondent ? decision.respondent->name : name;
    AnswerSet group = std::move(decision);
    for (auto& choice : group.choices)
        choice.reset();
    group.weights.reset();
    group.pairwise.reset();
    group.respondent.reset();
    group.answeredWith.reset();
    group.respondents.push_back(std::move(first));
    return group;
}

Status addRespondents(AnswerSet& decision, const AnswerSet& answers, const std::string& path) {
    std::vector<Respondent> added;
    if (answers.isGroup())
        added = answers.respondents;
    else
        added.push_back(respondentFrom(answers, path));
    if (decision.respondents.size() + added.size() > kMaxRespondents)
        return Error{path, "respondents",
                     "the group would have " +
                         std::to_string(decision.respondents.size() + added.size()) +
                         " respondents; it holds at most " + std::to_string(kMaxRespondents)};
    for (std::size_t i = 0; i < added.size(); ++i)
        for (const auto& existing : decision.respondents)
            if (existing.name == added[i].name)
                return Error{path,
                             answers.isGroup() ? "/respondents/" + std::to_string(i) + "/name"
                                               : std::string("/respondent/name"),
                             "the group already has a respondent named \"" + added[i].name +
                                 "\"; give this one a name of their own"};
    for (auto& r : added)
        decision.respondents.push_back(std::move(r));
    return Ok{};
}

Result<AnswerSet> loadGroup(const std::vector<std::string>& paths, const KnowledgeBase& kb,
                            std::vector<std::string>* warnings) {
    AnswerSet group = AnswerSet::empty(kb);
    for (const auto& path : paths) {
        auto answers = loadAnswers(path, kb);
        if (!answers)
            return answers.error();
        if (group.title.empty())
            group.title = answers->title;
        if (!group.lab && answers->lab)
            group.lab = answers->lab;
        if (auto ok = addRespondents(group, *answers, path); !ok)
            return ok.error();
        if (warnings)
            for (auto& warning : knowledgeBaseWarnings(*answers, kb, path))
                warnings->push_back(std::move(warning));
    }
    if (auto ok = checkRespondents(group.respondents, paths.back()); !ok)
        return ok.error();
    return group;
}

std::vector<std::string> knowledgeBaseWarnings(const AnswerSet& answers, const KnowledgeBase& kb,
                                               const std::string& file) {
    std::vector<std::string> warnings;
    if (answers.answeredWith && answers.answeredWith->hash != kb.hash)
        warnings.push_back(
            stampWarning(file, "/knowledge_base", "the file", *answers.answeredWith, kb));
    for (std::size_t i = 0; i < answers.respondents.size(); ++i) {
        const auto& r = answers.respondents[i];
        if (r.answers.answeredWith && r.answers.answeredWith->hash != kb.hash)
            warnings.push_back(
                stampWarning(file, "/respondents/" + std::to_string(i) + "/knowledge_base",
                             "respondent \"" + r.name + "\"", *r.answers.answeredWith, kb));
    }
    return warnings;
}

} // namespace advisor
