// The pairwise (AHP) judgement matrix as a table: criteria × criteria, the upper triangle
// editable on Saaty's 1/9..9 scale, the lower triangle its read-only reciprocals, ones on the
// diagonal.
#pragma once

#include "core/kb/knowledge_base.h"
#include "core/model/answers.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace advisor::ui {

class PairwiseModel : public QAbstractTableModel {
    Q_OBJECT

public:
    PairwiseModel(const KnowledgeBase& kb, QObject* parent);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

    [[nodiscard]] const PairwiseJudgements& judgements() const { return judgements_; }
    // Replaces the matrix (from the session after undo or load); no judgementsEdited.
    void setJudgements(const PairwiseJudgements& judgements);

signals:
    // The user changed one judgement (its reciprocal follows).
    void judgementsEdited();

private:
    [[nodiscard]] QString judgementToolTip(int row, int column) const;

    QStringList names_;
    PairwiseJudgements judgements_;
};

} // namespace advisor::ui
