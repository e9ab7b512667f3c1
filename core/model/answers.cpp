#include "core/model/answers.h"

#include "core/base/json_io.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace advisor {
namespace {

constexpr double kSaatyMin = 1.0 / 9.0;
constexpr double kSaatyMax = 9.0;

std::string boundedText(const JsonCursor& cursor, std::size_t maxBytes) {
    auto text = cursor.string();
    if (text.size() > maxBytes)
        cursor.fail("text is " + std::to_string(text.size()) + " bytes, expected at most " +
                    std::to_string(maxBytes));
    return text;
}

std::size_t resolveOption(const Question& q, const JsonCursor& cursor) {
    const auto id = cursor.string();
    const auto index = q.optionIndex(id);
    if (!index) {
        std::string list;
        for (const auto& o : q.options)
            list += (list.empty() ? "" : ", ") + o.id;
        cursor.fail("unknown option " + describeValue(cursor.json()) +
                    ", expected one of: " + list);
    }
    return *index;
}

std::vector<double> parseWeights(const JsonCursor& cursor, const KnowledgeBase& kb) {
    std::vector<double> weights(kb.criteria.size(), 0.0);
    for (const auto& [key, value] : cursor.members()) {
        const auto c = kb.criterionIndex(key);
        if (!c)
            value.fail("unknown criterion \"" + key + "\"");
        weights[*c] = value.numberIn(0.0, 1e6);
    }
    double sum = 0.0;
    for (double w : weights)
        sum += w;
    if (!(sum > 0.0))
        cursor.fail("expected at least one weight above 0");
    for (double& w : weights)
        w /= sum;
    return weights;
}

PairwiseJudgements parsePairwise(const JsonCursor& cursor, const KnowledgeBase& kb) {
    const std::size_t n = kb.criteria.size();
    PairwiseJudgements p;
    p.matrix.assign(n, std::vector<double>(n, 0.0));
    for (std::size_t i = 0; i < n; ++i)
        p.matrix[i][i] = 1.0;
    for (const auto& [key, value] : cursor.members()) {
        const auto slash = key.find('/');
        const auto a =
            slash == std::string::npos ? std::nullopt : kb.criterionIndex(key.substr(0, slash));
        const auto b =
            slash == std::string::npos ? std::nullopt : kb.criterionIndex(key.substr(slash + 1));
        if (!a || !b || *a == *b)
            value.fail("expected a key \"criterion/criterion\" naming two different criteria");
        // People write 1/9 as 0.111; accept three decimals' worth of rounding at the ends.
        constexpr double kRoundingSlack = 5e-4;
        double judgement = value.number();
        if (judgement < kSaatyMin - kRoundingSlack || judgement > kSaatyMax + kRoundingSlack)
            value.fail("expected a judgement on Saaty's scale, from 1/9 (0.111) to 9");
        judgement = std::clamp(judgement, kSaatyMin, kSaatyMax);
        if (p.matrix[*a][*b] != 0.0)
            value.fail("the pair " + kb.criteria[*a].id + "/" + kb.criteria[*b].id +
                       " is judged twice");
        p.matrix[*a][*b] = judgement;
        p.matrix[*b][*a] = 1.0 / judgement;
    }
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = i + 1; j < n; ++j)
            if (p.matrix[i][j] == 0.0)
                cursor.fail("missing the judgement \"" + kb.criteria[i].id + "/" +
                            kb.criteria[j].id + "\"; every pair of criteria needs one");
    return p;
}

// {"use": "beside" | "replace", "run": <backend-advisor lab --json>}
LabEvidence parseLabEvidence(const JsonCursor& cursor) {
    cursor.allowOnly({"use", "run"});
    LabEvidence lab;
    const auto use = cursor.at("use");
    const auto useText = use.string();
    if (useText == "beside")
        lab.use = LabEvidenceUse::Beside;
    else if (useText == "replace")
        lab.use = LabEvidenceUse::Replace;
    else
        use.fail("expected \"beside\" or \"replace\"");
    const auto run = cursor.at("run");
    auto parsed = lab::parseLabRun(run.json(), "lab run");
    if (!parsed)
        throw FieldError(run.pointer() +
                             (parsed.error().field == "/" ? std::string() : parsed.error().field),
                         parsed.error().message);
    lab.run = std::move(parsed).value();
    return lab;
}

// How much the situation counts: 0 (the article alone) to 1 (the situation's facts in full).
// A knowledge base without a situation has nothing to count, and ignores it.
double parseSituationCounts(const JsonCursor& cursor, const KnowledgeBase& /*kb*/) {
    return cursor.numberIn(0.0, 1.0);
}

// One person's choices ("answers", required) and optional overrides ("weights" or "pairwise").
void parseChoices(const JsonCursor& cursor, const KnowledgeBase& kb, AnswerSet& set) {
    for (const auto& [key, value] : cursor.at("answers").members()) {
        const auto qi = kb.questionIndex(key);
        if (!qi)
            value.fail("unknown question \"" + key + "\"");
        const Question& q = kb.questions[*qi];
        if (value.json().is_null())
            continue; // explicitly skipped: the default applies
        std::vector<std::size_t> chosen;
        if (q.kind == QuestionKind::Single) {
            if (!value.json().is_string())
                value.fail("expected one option id as a string");
            chosen.push_back(resolveOption(q, value));
        } else {
            if (!value.json().is_array())
                value.fail("expected an array of option ids");
            std::set<std::size_t> seen;
            for (const auto& item : value.items()) {
                const auto index = resolveOption(q, item);
                if (!seen.insert(index).second)
                    item.fail("option chosen twice");
                chosen.push_back(index);
            }
            std::sort(chosen.begin(),
                      chosen.end()); // the order of a multi-choice is not meaningful
        }
        set.choices[*qi] = std::move(chosen);
    }

    if (cursor.has("weights") && cursor.has("pairwise"))
        cursor.at("pairwise").fail("give either \"weights\" or \"pairwise\", not both");
    if (cursor.has("weights"))
        set.weights = parseWeights(cursor.at("weights"), kb);
    if (cursor.has("pairwise"))
        set.pairwise = parsePairwise(cursor.at("pairwise"), kb);
    if (cursor.has("situation_counts"))
        set.situationCounts = parseSituationCounts(cursor.at("situation_counts"), kb);
}

std::string boundedName(const JsonCursor& cursor) {
    const auto name = cursor.nonEmptyString();
    if (name.size() > kMaxNameBytes)
        cursor.fail("the name is " + std::to_string(name.size()) + " bytes, expected at most " +
                    std::to_string(kMaxNameBytes));
    return name;
}

RespondentInfo parseRespondentInfo(const JsonCursor& cursor) {
    cursor.allowOnly({"name", "role"});
    RespondentInfo info;
    info.name = boundedName(cursor.at("name"));
    if (cursor.has("role"))
        info.role = boundedText(cursor.at("role"), kMaxNameBytes);
    return info;
}

KnowledgeBaseStamp parseStamp(const JsonCursor& cursor) {
    cursor.allowOnly({"version", "hash"});
    return {cursor.at("version").nonEmptyString(), cursor.at("hash").nonEmptyString()};
}

std::vector<Respondent> parseRespondents(const JsonCursor& list, const KnowledgeBase& kb) {
    list.expectArray();
    const auto items = list.items();
    if (items.empty())
        list.fail("expected at least one respondent");
    if (items.size() > kMaxRespondents)
        list.fail(std::to_string(items.size()) + " respondents; a group holds at most " +
                  std::to_string(kMaxRespondents));
    std::vector<Respondent> respondents;
    for (const auto& item : items) {
        item.allowOnly({"name", "role", "weight", "answers", "weights", "pairwise",
                        "situation_counts", "knowledge_base"});
        Respondent r;
        r.name = boundedName(item.at("name"));
        if (item.has("role"))
            r.role = boundedText(item.at("role"), kMaxNameBytes);
        if (item.has("weight"))
            r.weight = item.at("weight").numberIn(0.0, kMaxVotingWeight);
        r.answers = AnswerSet::empty(kb);
        parseChoices(item, kb, r.answers);
        if (item.has("knowledge_base"))
            r.answers.answeredWith = parseStamp(item.at("knowledge_base"));
        respondents.push_back(std::move(r));
    }
    if (auto ok = checkRespondents(respondents, {}); !ok)
        throw FieldError(ok.error().field, ok.error().message);
    return respondents;
}

AnswerSet parseOrThrow(const JsonCursor& root, const KnowledgeBase& kb) {
    root.allowOnly({"$schema", "title", "notes", "respondent", "knowledge_base", "answers",
                    "weights", "pairwise", "situation_counts", "respondents", "lab"});
    AnswerSet set = AnswerSet::empty(kb);
    if (root.has("title"))
        set.title = boundedText(root.at("title"), kMaxTitleBytes);
    if (root.has("notes"))
        set.notes = boundedText(root.at("notes"), kMaxNotesBytes);

    if (root.has("respondents")) {
        // A group keeps every person's answers with that person.
        for (const char* key : {"answers", "weights", "pairwise", "respondent"})
            if (root.has(key))
                root.at(key).fail("a group file keeps each person's answers under "
                                  "\"respondents\"; move this into one of them");
        set.respondents = parseRespondents(root.at("respondents"), kb);
        // The group's own value: how much the situation counts is the decision's setting.
        if (root.has("situation_counts"))
            set.situationCounts = parseSituationCounts(root.at("situation_counts"), kb);
    } else {
        parseChoices(root, kb, set);
        if (root.has("respondent"))
            set.respondent = parseRespondentInfo(root.at("respondent"));
    }
    if (root.has("knowledge_base"))
        set.answeredWith = parseStamp(root.at("knowledge_base"));
    if (root.has("lab"))
        set.lab = parseLabEvidence(root.at("lab"));
    return set;
}

} // namespace

double situationCounts(const KnowledgeBase& kb, const AnswerSet& answers) {
    return answers.situationCounts.value_or(kb.situation.defaultCounts);
}

AnswerSet AnswerSet::empty(const KnowledgeBase& kb) {
    AnswerSet set;
    set.choices.resize(kb.questions.size());
    return set;
}

const std::vector<std::size_t>& AnswerSet::effective(const KnowledgeBase& kb,
                                                     std::size_t question) const {
    return choices[question] ? *choices[question] : kb.questions[question].defaultOptions;
}

Result<AnswerSet> parseAnswers(const nlohmann::json& json, const KnowledgeBase& kb,
                               const std::string& fileLabel) {
    try {
        return parseOrThrow(JsonCursor(json, ""), kb);
    } catch (const FieldError& e) {
        return Error{fileLabel, e.field, e.what()};
    }
}

Result<AnswerSet> loadAnswers(const std::string& path, const KnowledgeBase& kb) {
    auto json = loadJsonFile(path);
    if (!json)
        return json.error();
    return parseAnswers(*json, kb, path);
}

Status checkRespondents(const std::vector<Respondent>& respondents, const std::string& file) {
    if (respondents.size() > kMaxRespondents)
        return Error{file, "/respondents",
                     std::to_string(respondents.size()) + " respondents; a group holds at most " +
                         std::to_string(kMaxRespondents)};
    for (std::size_t i = 0; i < respondents.size(); ++i)
        for (std::size_t j = 0; j < i; ++j)
            if (respondents[j].name == respondents[i].name)
                return Error{file, "/respondents/" + std::to_string(i) + "/name",
                             "the name \"" + respondents[i].name + "\" is already respondent " +
                                 std::to_string(j + 1) + "'s; each respondent needs their own"};
    if (!respondents.empty() && std::none_of(respondents.begin(), respondents.end(),
                                             [](const Respondent& r) { return r.weight > 0.0; }))
        return Error{file, "/respondents",
                     "every respondent's weight is 0; give at least one a weight above 0"};
    return Ok{};
}

nlohmann::ordered_json choicesToJson(const AnswerSet& answers, const KnowledgeBase& kb) {
    nlohmann::ordered_json chosen = nlohmann::ordered_json::object();
    for (std::size_t q = 0; q < kb.questions.size(); ++q) {
        if (!answers.choices[q])
            continue;
        const auto& question = kb.questions[q];
        if (question.kind == QuestionKind::Single) {
            chosen[question.id] = question.options[answers.choices[q]->front()].id;
        } else {
            auto list = nlohmann::ordered_json::array();
            for (auto o : *answers.choices[q])
                list.push_back(question.options[o].id);
            chosen[question.id] = std::move(list);
        }
    }
    return chosen;
}

namespace {

nlohmann::ordered_json stampJson(const KnowledgeBaseStamp& stamp) {
    return {{"version", stamp.version}, {"hash", stamp.hash}};
}

// "answers", then "weights" or "pairwise" when given.
void writeChoices(nlohmann::ordered_json& out, const AnswerSet& answers, const KnowledgeBase& kb) {
    out["answers"] = choicesToJson(answers, kb);
    if (answers.weights) {
        nlohmann::ordered_json w;
        for (std::size_t c = 0; c < kb.criteria.size(); ++c)
            w[kb.criteria[c].id] = (*answers.weights)[c];
        out["weights"] = std::move(w);
    }
    if (answers.pairwise) {
        nlohmann::ordered_json p;
        for (std::size_t i = 0; i < kb.criteria.size(); ++i)
            for (std::size_t j = i + 1; j < kb.criteria.size(); ++j)
                p[kb.criteria[i].id + "/" + kb.criteria[j].id] = answers.pairwise->matrix[i][j];
        out["pairwise"] = std::move(p);
    }
    if (answers.situationCounts)
        out["situation_counts"] = *answers.situationCounts;
}

} // namespace

nlohmann::ordered_json answersToJson(const AnswerSet& answers, const KnowledgeBase& kb) {
    nlohmann::ordered_json out;
    out["title"] = answers.title;
    out["notes"] = answers.notes;
    if (answers.respondent) {
        nlohmann::ordered_json who{{"name", answers.respondent->name}};
        if (!answers.respondent->role.empty())
            who["role"] = answers.respondent->role;
        out["respondent"] = std::move(who);
    }
    if (answers.answeredWith)
        out["knowledge_base"] = stampJson(*answers.answeredWith);
    if (answers.isGroup()) {
        auto list = nlohmann::ordered_json::array();
        for (const auto& r : answers.respondents) {
            nlohmann::ordered_json person{{"name", r.name}, {"role", r.role}, {"weight", r.weight}};
            if (r.answers.answeredWith)
                person["knowledge_base"] = stampJson(*r.answers.answeredWith);
            writeChoices(person, r.answers, kb);
            list.push_back(std::move(person));
        }
        out["respondents"] = std::move(list);
        if (answers.situationCounts)
            out["situation_counts"] = *answers.situationCounts;
    } else {
        writeChoices(out, answers, kb);
    }
    if (answers.lab)
        out["lab"] = nlohmann::ordered_json{
            {"use", answers.lab->use == LabEvidenceUse::Replace ? "replace" : "beside"},
            {"run", lab::labRunToJson(answers.lab->run)}};
    return out;
}

} // namespace advisor
