// Every evidence item of the knowledge base as a table row: id, criterion, whom it favours,
// the ratings, the figure, the paraphrase and the cited source with its section.
#pragma once

#include <QAbstractTableModel>

namespace advisor {
struct KnowledgeBase;
}

namespace advisor::ui {

class EvidenceModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        CriterionColumn,
        FavoursColumn,
        RatingsColumn,
        FigureColumn,
        SummaryColumn,
        SourceColumn,
        ColumnCount
    };
    // Sorting by ratings orders by how strongly the item favours the first alternative; other
    // columns sort by their text.
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit EvidenceModel(const KnowledgeBase& kb, QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

private:
    [[nodiscard]] QString favours(std::size_t item) const;
    [[nodiscard]] QString ratings(std::size_t item) const;

    const KnowledgeBase& kb_;
};

} // namespace advisor::ui
