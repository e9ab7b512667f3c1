#include "ui/answers_file.h"

#include <QSaveFile>

namespace advisor::ui {

Result<AnswerSet> openAnswersFile(const QString& path, const KnowledgeBase& kb) {
    return loadAnswers(path.toStdString(), kb);
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
