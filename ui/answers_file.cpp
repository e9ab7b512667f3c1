#include "ui/answers_file.h"

#include <QSaveFile>

namespace advisor::ui {

Result<AnswerSet> openAnswersFile(const QString& path, const KnowledgeBase& kb) {
    return loadAnswers(path.toStdString(), kb);
}

AnswerSet exportedAnswers(const KnowledgeBase& kb, const AnswerSet& decision,
                          std::optional<std::size_t> respondent) {
    AnswerSet out = decision;
    if (respondent && *respondent < decision.respondents.size()) {
        const Respondent& who = decision.respondents[*respondent];
        out = who.answers;
        out.title = decision.title;
        out.lab = decision.lab;
        out.respondent = RespondentInfo{who.name, who.role};
    }
    out.respondents.clear();
    out.answeredWith = KnowledgeBaseStamp{kb.version, kb.hash};
    return out;
}

Status saveAnswersFile(const QString& path, const KnowledgeBase& kb, const AnswerSet& answers) {
    const std::string text = answersToJson(answers, kb).dump(2) + "\n";
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{path.toStdString(), {}, file.errorString().toStdString()};
    const auto size = static_cast<qint64>(text.size());
    if (file.write(text.data(), size) != size || !file.commit())
        return Error{path.toStdString(), {}, file.errorString().toStdString()};
    return Ok{};
}

} // namespace advisor::ui
