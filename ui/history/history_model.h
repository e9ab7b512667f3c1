// The saved decisions as a table that reads only what the view shows. SQLite sorts, filters
// and searches (DecisionStore::list); the model holds the rows read so far, in the store's
// order, and asks the store's worker thread for the next page when the view scrolls to the
// end (canFetchMore/fetchMore). A new search, a new sort or a change in the store reads the
// rows again in the background; they replace the old ones when they arrive, and the selection
// follows its decisions. Counts arrive after the rows.
#pragma once

#include "core/store/decision_store.h"
#include "ui/store/store_worker.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QString>
#include <cstdint>
#include <optional>
#include <unordered_map>
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
        // Last, so a header state saved before groups existed still fits the columns before it.
        Respondents,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, // std::int64_t as qlonglong
        DueRole,                   // bool: revisit date reached, no outcome yet
    };
    // Rows read per trip to the store: a few screens' worth.
    static constexpr std::size_t kPageSize = 128;

    // `kb` (optional) colours each winner like the charts do.
    HistoryModel(DecisionLibrary* library, const KnowledgeBase* kb, QObject* parent = nullptr);

    void setSearch(const QString& search);
    [[nodiscard]] QString search() const { return search_; }
    // The clock for due marks; tests fix it. Defaults to the current date.
    void setToday(QDate today);
    [[nodiscard]] QDate today() const { return today_; }

    // How many decisions match the search, and how many there are; empty until counted.
    [[nodiscard]] std::optional<std::size_t> matchCount() const {
        return query_.search.empty() ? total_ : matching_;
    }
    [[nodiscard]] std::optional<std::size_t> totalCount() const { return total_; }
    // Rows or counts are on their way.
    [[nodiscard]] bool isLoading() const { return loading_; }

    [[nodiscard]] std::int64_t idAt(int row) const;
    [[nodiscard]] int rowOf(std::int64_t id) const; // -1 when not read (or not matching)
    [[nodiscard]] const DecisionSummary* summaryAt(int row) const;
    [[nodiscard]] bool dueAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    // The cells, the headings and the title edit (history_model_data.cpp).
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void loadingChanged(bool loading);
    // Rows from the store are in the model (a new list, or a further page).
    void rowsRead();
    void countsChanged();

private:
    struct Row {
        DecisionSummary summary;
        QString title; // converted once: painting reads these often
        QString winnerName;
        // Local dates, formatted when first shown (a time-zone lookup each otherwise).
        mutable QString created;
        mutable QString updated;
    };

    static Row makeRow(DecisionSummary summary);
    // Reads the first `rows` rows of the current query again, and the counts.
    void reread(std::size_t rows, bool recount);
    void replaceRows(std::vector<DecisionSummary> summaries, bool more);
    void requested();
    void arrived();
    void updateLoading();
    void reportReadError(const Error& error);
    [[nodiscard]] QVariant displayData(const Row& row, int column) const;

    DecisionLibrary* library_;
    const KnowledgeBase* kb_;
    ListQuery query_;
    QString search_;
    std::vector<Row> rows_;
    std::unordered_map<std::int64_t, int> rowOf_;
    bool more_ = false;     // the store holds rows after the last one read
    bool fetching_ = false; // a further page is on its way
    std::optional<std::size_t> matching_;
    std::optional<std::size_t> total_;
    // Each new list (search, sort, change) supersedes the reads before it: they are cancelled
    // and whatever they still deliver is dropped.
    std::uint64_t generation_ = 0;
    std::vector<CancelToken> inFlight_;
    int pending_ = 0; // reads of the current generation not yet back
    bool loading_ = false;
    QDate today_;
    std::string todayIso_;
};

} // namespace advisor::ui
