#include "core/answers.h"

#include "core/json_io.h"

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

AnswerSet parseOrThrow(const JsonCursor& root, const KnowledgeBase& kb) {
    root.allowOnly({"$schema", "title", "notes", "answers", "weights", "pairwise", "lab"});
    AnswerSet set = AnswerSet::empty(kb);
    if (root.has("title"))
        set.title = boundedText(root.at("title"), kMaxTitleBytes);
    if (root.has("notes"))
        set.notes = boundedText(root.at("notes"), kMaxNotesBytes);

    for (const auto& [key, value] : root.at("answers").members()) {
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

    if (root.has("weights") && root.has("pairwise"))
        root.at("pairwise").fail("give either \"weights\" or \"pairwise\", not both");
    if (root.has("weights"))
        set.weights = parseWeights(root.at("weights"), kb);
    if (root.has("pairwise"))
        set.pairwise = parsePairwise(root.at("pairwise"), kb);
    if (root.has("lab"))
        set.lab = parseLabEvidence(root.at("lab"));
    return set;
}

} // namespace

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

nlohmann::ordered_json answersToJson(const AnswerSet& answers, const KnowledgeBase& kb) {
    nlohmann::ordered_json out;
    out["title"] = answers.title;
    out["notes"] = answers.notes;
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
    out["answers"] = std::move(chosen);
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
    if (answers.lab)
        out["lab"] = nlohmann::ordered_json{
            {"use", answers.lab->use == LabEvidenceUse::Replace ? "replace" : "beside"},
            {"run", lab::labRunToJson(answers.lab->run)}};
    return out;
}

} // namespace advisor
