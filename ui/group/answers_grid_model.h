// The Group page's grid: one row per question, one column per respondent, each cell the
// answer in effect. Questions answered differently come first, the decisive ones (an answer
// that, given by everyone, would change the group's winner) at the very top, as core orders
// them; a cell that differs from the answer most of the voting weight gave is marked with a
// sign and a tint, never with colour alone.
#pragma once

#include <QAbstractTableModel>
#include <QColor>
#include <vector>

namespace advisor::ui {

class DecisionSession;

class AnswersGridModel : public QAbstractTableModel {
    Q_OBJECT

public:
    // Columns before the respondents': the question and whether the answers differ.
    enum Column { Question, Agreement, FirstRespondent };
    // Set on every cell: whether the row's answers differ (bool) and whether this cell differs
    // from the most common answer (bool).
    enum Role { RowDiffersRole = Qt::UserRole + 1, CellDiffersRole, DecisiveRole };

    explicit AnswersGridModel(DecisionSession* session, QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

    // The question a row shows.
    [[nodiscard]] std::size_t questionAt(int row) const {
        return rows_[static_cast<std::size_t>(row)].question;
    }
    void setDifferenceColor(const QColor& color) { differs_ = color; }
    void refresh();

private:
    struct Row {
        std::size_t question = 0;
        bool differs = false;
        bool decisive = false;
        std::size_t reference = 0;    // a respondent whose answer most of the weight gave
        std::size_t disagreement = 0; // index into the group's disagreements, when differs
    };
    void rebuild();

    DecisionSession* session_;
    std::vector<Row> rows_;
    int respondents_ = 0;
    QColor differs_;
};

} // namespace advisor::ui
