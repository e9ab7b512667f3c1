// The article's performance claims beside this machine's figures, one row per claim: what the
// article says, the pair of servers compared, the measured advantage and the verdict.
#pragma once

#include "core/measurement/lab_run.h"

#include <QAbstractTableModel>
#include <vector>

namespace advisor::ui {

class ClaimsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        ArticleColumn,
        ComparedColumn,
        ClaimedColumn,
        MeasuredColumn,
        VerdictColumn,
        ColumnCount
    };

    explicit ClaimsModel(QObject* parent = nullptr);

    void setClaims(std::vector<lab::ClaimResult> claims);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

    // "Holds", "Holds partly", ... as the page shows them.
    [[nodiscard]] static QString verdictText(lab::ClaimVerdict verdict);

private:
    [[nodiscard]] QString displayText(const lab::ClaimResult& claim, int column) const;
    std::vector<lab::ClaimResult> claims_;
};

} // namespace advisor::ui
