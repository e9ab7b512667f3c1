// The evaluation's reasons as a table: what the evidence says, whom it favours, how much it
// moved the margin, and where it comes from (the citation).
#pragma once

#include "core/evaluation.h"

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

    explicit ReasonsModel(const KnowledgeBase& kb, QObject* parent = nullptr);

    void setReasons(std::vector<Reason> reasons);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

private:
    const KnowledgeBase& kb_;
    std::vector<Reason> reasons_;
};

} // namespace advisor::ui
