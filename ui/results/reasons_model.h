// The evaluation's reasons as a table: what the evidence says, whom it favours, how much it
// moved the margin, and where it comes from (the citation, marked when it is not the article;
// the tooltip quotes the article's own words). After the article's reasons come the team's
// situation's facts, each with the answer that asserts it and its source outside the article.
#pragma once

#include "core/model/evaluation.h"

#include <QAbstractTableModel>
#include <vector>

namespace advisor {
struct KnowledgeBase;
}

namespace advisor::ui {

class ReasonsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { ReasonColumn, FavoursColumn, ImpactColumn, SourceColumn, ColumnCount };
    static constexpr int EvidenceIdRole = Qt::UserRole + 1;
    static constexpr int OutsideArticleRole = Qt::UserRole + 2;
    // True on a row about the team's situation (a fact and "your answer"), not the article.
    static constexpr int SituationRole = Qt::UserRole + 3;

    explicit ReasonsModel(const KnowledgeBase& kb, QObject* parent = nullptr);

    // `tied`: the lead is tied, so impacts are shown unsigned (there is no winner to be for or
    // against).
    void setReasons(std::vector<Reason> reasons, bool tied = false);
    // Both kinds at once, from an evaluation: the article's reasons, then the situation's.
    void setEvaluation(const Evaluation& evaluation);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

private:
    [[nodiscard]] QVariant situationData(const SituationReason& reason, int column, int role) const;

    const KnowledgeBase& kb_;
    std::vector<Reason> reasons_;
    std::vector<SituationReason> situation_;
    bool groupAnswers_ = false;
    bool tied_ = false;
};

} // namespace advisor::ui
