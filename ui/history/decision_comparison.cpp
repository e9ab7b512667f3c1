#include "ui/history/decision_comparison.h"

#include "core/kb/knowledge_base.h"
#include "ui/history/history_format.h"
#include "ui/locale_format.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>

namespace advisor::ui {
namespace {

using Json = nlohmann::ordered_json;

QString tr(const char* text) {
    return QCoreApplication::translate("DecisionComparison", text);
}

QString fromStd(const std::string& s) {
    return QString::fromStdString(s);
}

// Values rounded as the reports print them compare equal when they print alike.
QString number(double v) {
    return localeNumber(v, 2);
}

const Json* member(const Json& object, const std::string& key) {
    if (!object.is_object())
        return nullptr;
    const auto it = object.find(key);
    return it == object.end() ? nullptr : &*it;
}

double numberIn(const Json& object, const std::string& key) {
    const Json* v = member(object, key);
    return v && v->is_number() ? v->get<double>() : 0.0;
}

// A stored weight, or a dash when it is missing or not a number (a damaged document).
QString weightText(const Json& weights, const std::string& id) {
    const Json* v = member(weights, id);
    return v && v->is_number() ? number(v->get<double>()) : QStringLiteral("—");
}

QString optionLabel(const Question* question, const std::string& optionId) {
    if (question)
        if (const auto o = question->optionIndex(optionId))
            return fromStd(question->options[*o].label);
    return fromStd(optionId);
}

// One answer in words: the option labels, or the default the engine used.
QString answerText(const Question* question, const Json* answer) {
    if (!answer || answer->is_null()) {
        if (!question || question->defaultOptions.empty())
            return tr("Not answered");
        QStringList defaults;
        for (std::size_t o : question->defaultOptions)
            defaults << fromStd(question->options[o].label);
        return tr("Not answered (default: %1)").arg(defaults.join(QStringLiteral(", ")));
    }
    if (answer->is_string())
        return optionLabel(question, answer->get<std::string>());
    QStringList labels;
    if (answer->is_array())
        for (const auto& item : *answer)
            if (item.is_string())
                labels << optionLabel(question, item.get<std::string>());
    return labels.isEmpty() ? tr("None") : labels.join(QStringLiteral(", "));
}

ComparisonRow row(const QString& label, const QString& left, const QString& right) {
    return {label, left, right, left != right};
}

ComparisonSection outcome(const Decision& a, const Decision& b) {
    ComparisonSection s{tr("Recommendation"), {}};
    s.rows.push_back(row(tr("Winner"), fromStd(a.winnerName), fromStd(b.winnerName)));
    s.rows.push_back(row(tr("Verdict"), verdictText(a.verdict), verdictText(b.verdict)));
    s.rows.push_back(row(tr("Margin (points)"), marginText(a.margin), marginText(b.margin)));
    s.rows.push_back(
        row(tr("Confidence"), confidenceText(a.confidence), confidenceText(b.confidence)));
    s.rows.push_back(row(tr("Saved"), localTimestamp(a.updatedAt), localTimestamp(b.updatedAt)));
    ComparisonRow kb = row(tr("Knowledge base"), fromStd(a.kbVersion), fromStd(b.kbVersion));
    if (kb.differs || a.kbHash != b.kbHash)
        s.rows.push_back(kb);
    return s;
}

ComparisonSection weights(const KnowledgeBase& kb, const Decision& a, const Decision& b) {
    ComparisonSection s{tr("Weights"), {}};
    std::vector<std::string> ids;
    for (const auto& c : kb.criteria)
        ids.push_back(c.id);
    // Criteria only one side knows (another knowledge base) still show.
    for (const Json* w : {&a.weights, &b.weights})
        if (w->is_object())
            for (const auto& [key, value] : w->items())
                if (std::find(ids.begin(), ids.end(), key) == ids.end())
                    ids.push_back(key);
    for (const auto& id : ids) {
        const auto c = kb.criterionIndex(id);
        const QString name = c ? fromStd(kb.criteria[*c].name) : fromStd(id);
        s.rows.push_back(row(name, weightText(a.weights, id), weightText(b.weights, id)));
    }
    return s;
}

const Json* alternativeIn(const Decision& d, const std::string& id) {
    const Json* list = member(d.result, "alternatives");
    if (!list || !list->is_array())
        return nullptr;
    for (const auto& alt : *list)
        if (const Json* altId = member(alt, "id"); altId && *altId == id)
            return &alt;
    return nullptr;
}

ComparisonSection scores(const KnowledgeBase& kb, const Decision& a, const Decision& b) {
    ComparisonSection s{tr("Scores (0–10)"), {}};
    auto scoreText = [](const Json* alt, const char* group, const std::string& criterion) {
        if (!alt)
            return QStringLiteral("—");
        if (!group)
            return number(numberIn(*alt, "total"));
        const Json* values = member(*alt, group);
        return values && member(*values, criterion) ? number(numberIn(*values, criterion))
                                                    : QStringLiteral("—");
    };
    for (const auto& alternative : kb.alternatives) {
        const Json* left = alternativeIn(a, alternative.id);
        const Json* right = alternativeIn(b, alternative.id);
        const QString name = fromStd(alternative.name);
        s.rows.push_back(row(tr("%1 total").arg(name), scoreText(left, nullptr, {}),
                             scoreText(right, nullptr, {})));
        for (const auto& criterion : kb.criteria)
            s.rows.push_back(row(tr("%1 · %2").arg(name, fromStd(criterion.name)),
                                 scoreText(left, "scores", criterion.id),
                                 scoreText(right, "scores", criterion.id)));
    }
    return s;
}

} // namespace

DecisionComparison compareDecisions(const KnowledgeBase& kb, const Decision& left,
                                    const Decision& right) {
    DecisionComparison out;
    out.sections.push_back(outcome(left, right));
    out.sections.push_back(weights(kb, left, right));
    out.sections.push_back(scores(kb, left, right));

    ComparisonSection answers{tr("Answers that differ"), {}};
    const Json empty = Json::object();
    const Json* leftAnswers = member(left.answers, "answers");
    const Json* rightAnswers = member(right.answers, "answers");
    if (!leftAnswers)
        leftAnswers = &empty;
    if (!rightAnswers)
        rightAnswers = &empty;
    for (const auto& question : kb.questions) {
        const Json* l = member(*leftAnswers, question.id);
        const Json* r = member(*rightAnswers, question.id);
        const QString lt = answerText(&question, l);
        const QString rt = answerText(&question, r);
        if (lt == rt)
            ++out.sameAnswers;
        else
            answers.rows.push_back({fromStd(question.text), lt, rt, true});
    }
    const bool leftOverride = member(left.answers, "weights") || member(left.answers, "pairwise");
    const bool rightOverride =
        member(right.answers, "weights") || member(right.answers, "pairwise");
    if (leftOverride != rightOverride) {
        auto how = [](bool overridden) {
            return overridden ? tr("Set by hand") : tr("From the answers");
        };
        answers.rows.push_back({tr("Weights"), how(leftOverride), how(rightOverride), true});
    }
    out.sections.push_back(std::move(answers));
    return out;
}

} // namespace advisor::ui
