// The Group page's weights table: each respondent's own criterion weights, and the group's
// combined weights in the first row, as percentages.
#pragma once

#include <QAbstractTableModel>

namespace advisor::ui {

class DecisionSession;

class RespondentWeightsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    explicit RespondentWeightsModel(DecisionSession* session, QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;
    void refresh();

private:
    DecisionSession* session_;
    int rows_ = 0;
};

} // namespace advisor::ui
