#include "ui/group/answers_grid_model.h"

#include "core/group/group_explanations.h"
#include "core/group/group_result.h"
#include "ui/decision_session.h"
#include "ui/phrase_text.h"

#include <QFont>
#include <QStringList>
#include <algorithm>
#include <utility>

namespace advisor::ui {
namespace {

QString optionLabels(const KnowledgeBase& kb, std::size_t question,
                     const std::vector<std::size_t>& options) {
    QStringList labels;
    for (const std::size_t o : options)
        labels << QString::fromStdString(kb.questions[question].options[o].label);
    return labels.join(QStringLiteral(", "));
}

} // namespace

AnswersGridModel::AnswersGridModel(DecisionSession* session, QObject* parent)
    : QAbstractTableModel(parent), session_(session), differs_(255, 170, 0, 90) {
    rebuild();
}

int AnswersGridModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int AnswersGridModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : FirstRespondent + respondents_;
}

void AnswersGridModel::rebuild() {
    rows_.clear();
    const auto& decision = session_->answers();
    respondents_ = static_cast<int>(decision.respondents.size());
    const auto& group = session_->evaluation().group;
    const std::size_t questions = session_->knowledgeBase().questions.size();
    std::vector<bool> listed(questions, false);
    if (group) {
        for (std::size_t d = 0; d < group->disagreements.size(); ++d) {
            const Disagreement& dis = group->disagreements[d];
            Row row{dis.question, true, dis.decisive, 0, d};
            if (!dis.answers.empty() && !dis.answers.front().respondents.empty())
                row.reference = dis.answers.front().respondents.front();
            rows_.push_back(row);
            listed[dis.question] = true;
        }
    }
    for (std::size_t q = 0; q < questions; ++q)
        if (!listed[q])
            rows_.push_back(Row{q, false, false, 0, 0});
}

void AnswersGridModel::refresh() {
    // Most edits keep the rows' order and the respondents: then only the cells change, and the
    // view keeps its layout, scroll position and current cell.
    const auto before = rows_;
    const int respondentsBefore = respondents_;
    rebuild();
    const bool sameShape =
        respondents_ == respondentsBefore && rows_.size() == before.size() &&
        std::equal(rows_.begin(), rows_.end(), before.begin(),
                   [](const Row& a, const Row& b) { return a.question == b.question; });
    if (sameShape) {
        if (!rows_.empty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1); // a renamed respondent
        return;
    }
    // The rows as they were describe the model until the reset begins.
    auto after = std::exchange(rows_, before);
    const int respondentsAfter = std::exchange(respondents_, respondentsBefore);
    beginResetModel();
    rows_ = std::move(after);
    respondents_ = respondentsAfter;
    endResetModel();
}

QVariant AnswersGridModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || static_cast<std::size_t>(index.row()) >= rows_.size())
        return {};
    const Row& row = rows_[static_cast<std::size_t>(index.row())];
    const KnowledgeBase& kb = session_->knowledgeBase();
    const auto& decision = session_->answers();
    if (role == RowDiffersRole)
        return row.differs;
    if (role == DecisiveRole)
        return row.decisive;
    if (index.column() == Question) {
        if (role == Qt::DisplayRole)
            return QString::fromStdString(kb.questions[row.question].text);
        if (role == Qt::ToolTipRole && row.decisive) {
            const auto& dis = session_->evaluation().group->disagreements[row.disagreement];
            QStringList lines;
            for (const auto& answer : dis.answers)
                if (const auto sentence = decisivePhrase(kb, row.question, answer))
                    lines << phraseText(*sentence);
            return lines.join(QLatin1Char('\n'));
        }
        return {};
    }
    if (index.column() == Agreement) {
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return row.decisive ? tr("◆ Decisive") : row.differs ? tr("≠ Differs") : tr("Same");
        if (role == Qt::FontRole && row.decisive) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    }
    const auto r = static_cast<std::size_t>(index.column() - FirstRespondent);
    if (r >= decision.respondents.size())
        return {};
    const AnswerSet& answers = decision.respondents[r].answers;
    const bool cellDiffers =
        row.differs && r != row.reference && row.reference < decision.respondents.size() &&
        answers.effective(kb, row.question) !=
            decision.respondents[row.reference].answers.effective(kb, row.question);
    switch (role) {
    case CellDiffersRole:
        return cellDiffers;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        QString text = optionLabels(kb, row.question, answers.effective(kb, row.question));
        if (!answers.answered(row.question))
            text = tr("(%1)").arg(text); // the default, not their answer
        return cellDiffers ? tr("≠ %1").arg(text) : text;
    }
    case Qt::ToolTipRole:
        return phraseText(groupAnswerPhrase(kb, row.question, answers.choices[row.question]));
    case Qt::BackgroundRole:
        return cellDiffers ? QVariant(differs_) : QVariant();
    default:
        return {};
    }
}

QVariant AnswersGridModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == Question)
        return tr("Question");
    if (section == Agreement)
        return tr("Answers");
    const auto r = static_cast<std::size_t>(section - FirstRespondent);
    const auto& respondents = session_->answers().respondents;
    return r < respondents.size() ? QString::fromStdString(respondents[r].name) : QVariant();
}

} // namespace advisor::ui
