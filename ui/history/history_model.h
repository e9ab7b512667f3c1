// The saved decisions as a table. All summaries are read once and kept in memory, sorted by
// the chosen column. A search matches titles and winners in memory and asks the store only how
// many decisions match in all (the notes live only there): when the counts agree, no decision
// matched by its notes alone and the in-memory answer stands; otherwise the store lists the
// matching ids. Either way a keystroke filters the already sorted rows, never re-sorts them.
// Single saves, renames and deletes update their row in place, so the selection survives them.
#pragma once

#include "core/decision_store.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QString>
#include <cstdint>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace advisor {
struct KnowledgeBase;
}

namespace advisor::ui {

class DecisionLibrary;

class HistoryModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Title,
        Winner,
        Verdict,
        Margin,
        Confidence,
        Created,
        Updated,
        Revisit,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, // std::int64_t as qlonglong
        DueRole,                   // bool: revisit date reached, no outcome yet
    };

    // `kb` (optional) colours each winner like the charts do.
    HistoryModel(DecisionLibrary* library, const KnowledgeBase* kb, QObject* parent = nullptr);

    // Reads every summary from the store again.
    void reload();
    void setSearch(const QString& search);
    [[nodiscard]] QString search() const { return search_; }
    // The clock for due marks; tests fix it. Defaults to the current date.
    void setToday(QDate today);
    [[nodiscard]] QDate today() const { return today_; }

    [[nodiscard]] int totalCount() const { return static_cast<int>(sorted_.size()); }
    [[nodiscard]] std::int64_t idAt(int row) const;
    [[nodiscard]] int rowOf(std::int64_t id) const; // -1 when not shown
    [[nodiscard]] const DecisionSummary* summaryAt(int row) const;
    [[nodiscard]] bool dueAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    struct Row {
        DecisionSummary summary;
        QString title; // converted once: sorting and painting read these often
        QString winnerName;
        std::string haystack; // title, winner id and name in lower case, for the search
        bool removed = false;
    };

    void added(std::int64_t id);
    void changed(std::int64_t id);
    void removed(std::int64_t id);
    void setRow(std::size_t slot, const Decision& decision);
    [[nodiscard]] std::unordered_set<std::int64_t> findMatches() const;
    [[nodiscard]] bool matches(const Decision& decision) const;
    [[nodiscard]] bool less(std::size_t a, std::size_t b) const;
    void sortAll();
    void rebuildVisible();
    [[nodiscard]] std::size_t sortedPosition(const std::vector<std::size_t>& in,
                                             std::size_t slot) const;
    [[nodiscard]] QVariant displayData(const Row& row, int column) const;

    DecisionLibrary* library_;
    const KnowledgeBase* kb_;
    std::vector<Row> rows_; // deleted rows stay as tombstones so slots never move
    std::unordered_map<std::int64_t, std::size_t> slotOf_;
    std::vector<std::size_t> sorted_;                         // live slots in sort order
    std::vector<std::size_t> visible_;                        // sorted_ filtered by the search
    std::optional<std::unordered_set<std::int64_t>> matches_; // null: no search
    QString search_;
    std::string needle_; // search_ in lower-case UTF-8, for in-memory matching of one row
    int sortColumn_ = Created;
    Qt::SortOrder sortOrder_ = Qt::DescendingOrder;
    QDate today_;
    std::string todayIso_;
};

} // namespace advisor::ui
