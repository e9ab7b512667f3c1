#include "ui/history/history_model.h"

#include "ui/store/decision_library.h"

#include <algorithm>

namespace advisor::ui {
namespace {

SortColumn sortColumnOf(int column) {
    switch (column) {
    case HistoryModel::Title:
        return SortColumn::Title;
    case HistoryModel::Winner:
        return SortColumn::Winner;
    case HistoryModel::Verdict:
        return SortColumn::Verdict;
    case HistoryModel::Margin:
        return SortColumn::Margin;
    case HistoryModel::Confidence:
        return SortColumn::Confidence;
    case HistoryModel::Updated:
        return SortColumn::Updated;
    case HistoryModel::Revisit:
        return SortColumn::RevisitOn;
    case HistoryModel::Respondents:
        return SortColumn::Respondents;
    default:
        return SortColumn::Created;
    }
}

} // namespace

HistoryModel::HistoryModel(DecisionLibrary* library, const KnowledgeBase* kb, QObject* parent)
    : QAbstractTableModel(parent), library_(library), kb_(kb) {
    setToday(QDate::currentDate());
    query_.limit = kPageSize;
    // Any change in the store may move, add or remove rows anywhere in the order: read the
    // rows shown so far again (SQLite's answer, not a guess made here), and the counts.
    const auto changed = [this] {
        reread(std::max(rows_.size(), kPageSize), true);
    };
    connect(library_, &DecisionLibrary::opened, this, changed);
    connect(library_, &DecisionLibrary::decisionAdded, this, changed);
    connect(library_, &DecisionLibrary::decisionChanged, this, changed);
    connect(library_, &DecisionLibrary::decisionsRemoved, this, changed);
    connect(library_, &DecisionLibrary::decisionsRestored, this, changed);
    connect(library_, &DecisionLibrary::decisionsChanged, this, changed);
    if (library_->state() == DecisionLibrary::State::Open)
        changed();
    else
        library_->startOpening();
}

HistoryModel::Row HistoryModel::makeRow(DecisionSummary summary) {
    Row row;
    row.title = QString::fromStdString(summary.title);
    row.winnerName = QString::fromStdString(summary.winnerName);
    row.summary = std::move(summary);
    return row;
}

void HistoryModel::requested() {
    ++pending_;
    updateLoading();
}

void HistoryModel::arrived() {
    --pending_;
    updateLoading();
}

void HistoryModel::updateLoading() {
    if (loading_ == (pending_ > 0))
        return;
    loading_ = pending_ > 0;
    emit loadingChanged(loading_);
}

void HistoryModel::reportReadError(const Error& error) {
    library_->reportProblem(
        tr("Reading the history failed: %1").arg(QString::fromStdString(error.oneLine())));
}

void HistoryModel::reread(std::size_t rows, bool recount) {
    if (library_->state() == DecisionLibrary::State::Unavailable)
        return;
    for (const CancelToken& token : inFlight_)
        *token = true;
    inFlight_.clear();
    pending_ = 0; // what is still on its way belongs to an older generation
    fetching_ = false;
    const std::uint64_t generation = ++generation_;
    const auto current = [this, generation] {
        return generation == generation_;
    };

    ListQuery query = query_;
    query.limit = rows;
    const CancelToken listing = newCancelToken();
    inFlight_.push_back(listing);
    requested();
    library_->read<std::vector<DecisionSummary>>(
        this, [query](const DecisionStore& s) { return s.list(query); },
        [this, current, rows](const Result<std::vector<DecisionSummary>>& result) {
            if (!current())
                return;
            if (result)
                replaceRows(*result, result->size() == rows);
            else // the rows stay as they were; the next change reads them again
                reportReadError(result.error());
            arrived();
        },
        listing);

    const auto count = [this, current](const std::string& search,
                                       std::optional<std::size_t>* into) {
        const CancelToken counting = newCancelToken();
        inFlight_.push_back(counting);
        requested();
        library_->read<std::size_t>(
            this, [search](const DecisionStore& s) { return s.count(search); },
            [this, current, into](const Result<std::size_t>& result) {
                if (!current())
                    return;
                if (result) {
                    *into = *result;
                    emit countsChanged();
                } else {
                    reportReadError(result.error());
                }
                arrived();
            },
            counting);
    };
    if (recount || !total_)
        count({}, &total_);
    if (!query_.search.empty())
        count(query_.search, &matching_);
}

void HistoryModel::replaceRows(std::vector<DecisionSummary> summaries, bool more) {
    std::vector<Row> next;
    next.reserve(summaries.size());
    for (auto& s : summaries)
        next.push_back(makeRow(std::move(s)));
    // The selection, the current row and an open editor follow their decisions; those no
    // longer listed lose theirs.
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<std::int64_t> idsBefore;
    idsBefore.reserve(static_cast<std::size_t>(before.size()));
    for (const QModelIndex& i : before)
        idsBefore.push_back(idAt(i.row()));
    rows_ = std::move(next);
    more_ = more;
    rowOf_.clear();
    rowOf_.reserve(rows_.size());
    for (std::size_t r = 0; r < rows_.size(); ++r)
        rowOf_[rows_[r].summary.id] = static_cast<int>(r);
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = rowOf(idsBefore[static_cast<std::size_t>(i)]);
        after.push_back(row < 0 ? QModelIndex() : index(row, before[i].column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    emit rowsRead();
}

bool HistoryModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && more_ && !fetching_;
}

void HistoryModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent))
        return;
    fetching_ = true;
    ListQuery query = query_;
    query.offset = rows_.size();
    const std::uint64_t generation = generation_;
    const CancelToken token = newCancelToken();
    inFlight_.push_back(token);
    requested();
    library_->read<std::vector<DecisionSummary>>(
        this, [query](const DecisionStore& s) { return s.list(query); },
        [this, generation,
         offset = query.offset](const Result<std::vector<DecisionSummary>>& result) {
            if (generation != generation_)
                return; // a newer list replaced the rows this page would follow
            if (!result)
                reportReadError(result.error());
            // Still fetching while the rows go in: a view that reacts to the insertion by
            // asking for more must wait for this page to end.
            if (result && !result->empty() && offset == rows_.size()) {
                const int first = static_cast<int>(rows_.size());
                beginInsertRows({}, first, first + static_cast<int>(result->size()) - 1);
                for (const auto& s : *result) {
                    rowOf_[s.id] = static_cast<int>(rows_.size());
                    rows_.push_back(makeRow(s));
                }
                endInsertRows();
            }
            more_ = result && result->size() == kPageSize;
            fetching_ = false;
            emit rowsRead();
            arrived();
        },
        token);
}

void HistoryModel::setSearch(const QString& search) {
    const QString trimmed = search.trimmed();
    if (trimmed == search_)
        return;
    search_ = trimmed;
    query_.search = search_.toStdString();
    matching_.reset();
    reread(kPageSize, false);
}

void HistoryModel::sort(int column, Qt::SortOrder order) {
    if (column < 0 || column >= ColumnCount)
        return;
    query_.sort = sortColumnOf(column);
    query_.order = order == Qt::AscendingOrder ? SortOrder::Ascending : SortOrder::Descending;
    reread(kPageSize, false);
}

void HistoryModel::setToday(QDate today) {
    today_ = today;
    todayIso_ = today.toString(Qt::ISODate).toStdString();
    if (!rows_.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

std::int64_t HistoryModel::idAt(int row) const {
    return row >= 0 && row < rowCount() ? rows_[static_cast<std::size_t>(row)].summary.id : 0;
}

int HistoryModel::rowOf(std::int64_t id) const {
    const auto it = rowOf_.find(id);
    return it == rowOf_.end() ? -1 : it->second;
}

const DecisionSummary* HistoryModel::summaryAt(int row) const {
    return row >= 0 && row < rowCount() ? &rows_[static_cast<std::size_t>(row)].summary : nullptr;
}

bool HistoryModel::dueAt(int row) const {
    const DecisionSummary* s = summaryAt(row);
    return s && s->dueOn(todayIso_);
}

int HistoryModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int HistoryModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

} // namespace advisor::ui
