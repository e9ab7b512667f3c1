#include "ui/history/history_model.h"

#include "core/knowledge_base.h"
#include "ui/chart_style.h"
#include "ui/history/history_format.h"
#include "ui/store/decision_library.h"

#include <QColor>
#include <QFont>
#include <QPalette>
#include <algorithm>

namespace advisor::ui {
namespace {

std::string lowerAscii(std::string text) {
    for (char& c : text)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return text;
}

// The store's search is SQLite's LIKE: case-insensitive for ASCII letters only. One row
// matched here must agree with what the store would say.
bool containsAscii(const std::string& haystack, const std::string& lowerNeedle) {
    return lowerAscii(haystack).find(lowerNeedle) != std::string::npos;
}

// The fields the list itself can search, joined by a separator no one types.
std::string haystackOf(const DecisionSummary& s) {
    return lowerAscii(s.title + '\x1f' + s.winner + '\x1f' + s.winnerName);
}

DecisionSummary summaryOf(const Decision& d) {
    DecisionSummary s;
    s.id = d.id;
    s.title = d.title;
    s.winner = d.winner;
    s.winnerName = d.winnerName;
    s.verdict = d.verdict;
    s.margin = d.margin;
    s.confidence = d.confidence;
    s.createdAt = d.createdAt;
    s.updatedAt = d.updatedAt;
    s.revisitOn = d.revisitOn;
    s.hasOutcome = d.outcome.has_value();
    return s;
}

// Missing values sort after present ones whichever the direction, as spreadsheets do.
template <typename T> int compareOptional(const std::optional<T>& a, const std::optional<T>& b) {
    if (a && b)
        return *a < *b ? -1 : (*b < *a ? 1 : 0);
    return a ? -1 : (b ? 1 : 0);
}

} // namespace

HistoryModel::HistoryModel(DecisionLibrary* library, const KnowledgeBase* kb, QObject* parent)
    : QAbstractTableModel(parent), library_(library), kb_(kb) {
    setToday(QDate::currentDate());
    connect(library_, &DecisionLibrary::decisionAdded, this, &HistoryModel::added);
    connect(library_, &DecisionLibrary::decisionChanged, this, &HistoryModel::changed);
    connect(library_, &DecisionLibrary::decisionRemoved, this, &HistoryModel::removed);
    reload();
}

void HistoryModel::reload() {
    beginResetModel();
    std::vector<DecisionSummary> summaries = library_->list();
    rows_.clear();
    slotOf_.clear();
    rows_.reserve(summaries.size());
    slotOf_.reserve(summaries.size());
    for (auto& s : summaries) {
        slotOf_[s.id] = rows_.size();
        Row row{std::move(s), {}, {}, {}, false};
        row.title = QString::fromStdString(row.summary.title);
        row.winnerName = QString::fromStdString(row.summary.winnerName);
        row.haystack = haystackOf(row.summary);
        rows_.push_back(std::move(row));
    }
    if (!search_.isEmpty())
        matches_ = findMatches();
    sortAll();
    rebuildVisible();
    endResetModel();
}

void HistoryModel::setSearch(const QString& search) {
    const QString trimmed = search.trimmed();
    if (trimmed == search_)
        return;
    beginResetModel();
    search_ = trimmed;
    needle_ = lowerAscii(search_.toStdString());
    if (search_.isEmpty())
        matches_.reset();
    else
        matches_ = findMatches();
    rebuildVisible();
    endResetModel();
}

void HistoryModel::setToday(QDate today) {
    today_ = today;
    todayIso_ = today.toString(Qt::ISODate).toStdString();
    if (!visible_.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

std::int64_t HistoryModel::idAt(int row) const {
    return row >= 0 && row < rowCount() ? rows_[visible_[static_cast<std::size_t>(row)]].summary.id
                                        : 0;
}

int HistoryModel::rowOf(std::int64_t id) const {
    const auto slot = slotOf_.find(id);
    if (slot == slotOf_.end() || rows_[slot->second].removed)
        return -1;
    const auto it = std::find(visible_.begin(), visible_.end(), slot->second);
    return it == visible_.end() ? -1 : static_cast<int>(it - visible_.begin());
}

const DecisionSummary* HistoryModel::summaryAt(int row) const {
    return row >= 0 && row < rowCount() ? &rows_[visible_[static_cast<std::size_t>(row)]].summary
                                        : nullptr;
}

bool HistoryModel::dueAt(int row) const {
    const DecisionSummary* s = summaryAt(row);
    return s && s->dueOn(todayIso_);
}

int HistoryModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(visible_.size());
}

int HistoryModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::displayData(const Row& row, int column) const {
    const DecisionSummary& s = row.summary;
    switch (column) {
    case Title:
        return row.title.isEmpty() ? tr("Untitled decision") : row.title;
    case Winner:
        return row.winnerName;
    case Verdict:
        return verdictText(s.verdict);
    case Margin:
        return marginText(s.margin);
    case Confidence:
        return confidenceText(s.confidence);
    case Created:
        return localDate(s.createdAt);
    case Updated:
        return localDate(s.updatedAt);
    case Revisit:
        if (!s.revisitOn)
            return QString();
        if (s.dueOn(todayIso_))
            return tr("%1 — due").arg(QString::fromStdString(*s.revisitOn));
        if (s.hasOutcome)
            return tr("%1 — reviewed").arg(QString::fromStdString(*s.revisitOn));
        return QString::fromStdString(*s.revisitOn);
    default:
        return {};
    }
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = rows_[visible_[static_cast<std::size_t>(index.row())]];
    const DecisionSummary& s = row.summary;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, column);
    case Qt::EditRole:
        return column == Title ? QVariant(row.title) : displayData(row, column);
    case Qt::ToolTipRole:
        if (column == Revisit && s.dueOn(todayIso_))
            return tr("The revisit date has come: record how the choice turned out.");
        if (column == Title)
            return row.title;
        if (column == Created)
            return localTimestamp(s.createdAt);
        if (column == Updated)
            return localTimestamp(s.updatedAt);
        return {};
    case Qt::DecorationRole:
        if (column == Winner && kb_) {
            if (const auto alt = kb_->alternativeIndex(s.winner))
                return alternativeColor(*kb_, *alt);
        }
        return {};
    case Qt::FontRole:
        if (column == Title && row.title.isEmpty()) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        if (column == Revisit && s.dueOn(todayIso_)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ForegroundRole:
        if (column == Revisit && s.dueOn(todayIso_))
            return QPalette().color(QPalette::Link);
        return {};
    case Qt::TextAlignmentRole:
        if (column == Margin || column == Confidence)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return QVariant::fromValue<qlonglong>(s.id);
    case DueRole:
        return s.dueOn(todayIso_);
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Title:
            return tr("Title");
        case Winner:
            return tr("Winner");
        case Verdict:
            return tr("Verdict");
        case Margin:
            return tr("Margin");
        case Confidence:
            return tr("Confidence");
        case Created:
            return tr("Created");
        case Updated:
            return tr("Updated");
        case Revisit:
            return tr("Revisit");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Margin:
            return tr("The winner's lead over the runner-up, in points on a 0–10 scale");
        case Confidence:
            return tr("How often the winner wins when the weights are varied");
        case Revisit:
            return tr("When to look back at how the choice turned out");
        default:
            return {};
        }
    }
    return {};
}

Qt::ItemFlags HistoryModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == Title)
        f |= Qt::ItemIsEditable;
    return f;
}

bool HistoryModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !index.isValid() || index.column() != Title)
        return false;
    const QString title = value.toString().trimmed();
    const std::int64_t id = idAt(index.row());
    if (title == rows_[visible_[static_cast<std::size_t>(index.row())]].title)
        return true;
    // The library announces the rename; changed() then updates (and maybe moves) the row.
    return library_->rename(id, title);
}

bool HistoryModel::less(std::size_t a, std::size_t b) const {
    const Row& ra = rows_[a];
    const Row& rb = rows_[b];
    const DecisionSummary& x = ra.summary;
    const DecisionSummary& y = rb.summary;
    int c = 0;
    switch (sortColumn_) {
    case Title:
        c = ra.title.compare(rb.title, Qt::CaseInsensitive);
        break;
    case Winner:
        c = ra.winnerName.compare(rb.winnerName, Qt::CaseInsensitive);
        break;
    case Verdict:
        c = verdictRank(x.verdict) - verdictRank(y.verdict);
        break;
    case Margin:
        c = x.margin < y.margin ? -1 : (y.margin < x.margin ? 1 : 0);
        break;
    case Confidence:
        c = compareOptional(x.confidence, y.confidence);
        break;
    case Created:
        c = x.createdAt.compare(y.createdAt);
        break;
    case Updated:
        c = x.updatedAt.compare(y.updatedAt);
        break;
    case Revisit:
        c = compareOptional(x.revisitOn, y.revisitOn);
        break;
    default:
        break;
    }
    if (c == 0)
        c = x.id < y.id ? -1 : (x.id > y.id ? 1 : 0);
    return sortOrder_ == Qt::AscendingOrder ? c < 0 : c > 0;
}

void HistoryModel::sortAll() {
    sorted_.clear();
    sorted_.reserve(rows_.size());
    for (std::size_t slot = 0; slot < rows_.size(); ++slot)
        if (!rows_[slot].removed)
            sorted_.push_back(slot);
    std::sort(sorted_.begin(), sorted_.end(),
              [this](std::size_t a, std::size_t b) { return less(a, b); });
}

void HistoryModel::rebuildVisible() {
    if (!matches_) {
        visible_ = sorted_;
        return;
    }
    visible_.clear();
    visible_.reserve(matches_->size());
    for (std::size_t slot : sorted_)
        if (matches_->count(rows_[slot].summary.id))
            visible_.push_back(slot);
}

std::size_t HistoryModel::sortedPosition(const std::vector<std::size_t>& in,
                                         std::size_t slot) const {
    const auto it = std::lower_bound(in.begin(), in.end(), slot,
                                     [this](std::size_t a, std::size_t b) { return less(a, b); });
    return static_cast<std::size_t>(it - in.begin());
}

void HistoryModel::sort(int column, Qt::SortOrder order) {
    if (column < 0 || column >= ColumnCount)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<std::size_t> slotsBefore;
    slotsBefore.reserve(static_cast<std::size_t>(before.size()));
    for (const QModelIndex& i : before)
        slotsBefore.push_back(visible_[static_cast<std::size_t>(i.row())]);
    sortColumn_ = column;
    sortOrder_ = order;
    sortAll();
    rebuildVisible();
    // Selection and the current row follow their decisions to the new positions.
    std::unordered_map<std::size_t, int> newRow;
    newRow.reserve(visible_.size());
    for (std::size_t r = 0; r < visible_.size(); ++r)
        newRow[visible_[r]] = static_cast<int>(r);
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        after.push_back(
            index(newRow.at(slotsBefore[static_cast<std::size_t>(i)]), before[i].column()));
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

std::unordered_set<std::int64_t> HistoryModel::findMatches() const {
    std::unordered_set<std::int64_t> ids;
    for (std::size_t slot : sorted_)
        if (rows_[slot].haystack.find(needle_) != std::string::npos)
            ids.insert(rows_[slot].summary.id);
    // Notes can be long, so the rows do not hold them: the store searches that one column (a
    // single LIKE per row; asking it for all four fields, or for a count first, cost a
    // keystroke at 10,000 decisions two to three times as much).
    for (const std::int64_t id : library_->idsWithNotesMatching(search_))
        ids.insert(id);
    return ids;
}

bool HistoryModel::matches(const Decision& d) const {
    if (!matches_)
        return true;
    return containsAscii(d.title, needle_) || containsAscii(d.notes, needle_) ||
           containsAscii(d.winner, needle_) || containsAscii(d.winnerName, needle_);
}

void HistoryModel::setRow(std::size_t slot, const Decision& decision) {
    Row& row = rows_[slot];
    row.summary = summaryOf(decision);
    row.title = QString::fromStdString(row.summary.title);
    row.winnerName = QString::fromStdString(row.summary.winnerName);
    row.haystack = haystackOf(row.summary);
    row.removed = false;
    if (matches_) {
        if (matches(decision))
            matches_->insert(decision.id);
        else
            matches_->erase(decision.id);
    }
}

void HistoryModel::added(std::int64_t id) {
    const auto decision = library_->get(id);
    if (!decision)
        return;
    std::size_t slot = 0;
    if (const auto known = slotOf_.find(id); known != slotOf_.end()) {
        slot = known->second; // a restored delete comes back to its old slot
        if (!rows_[slot].removed)
            return changed(id);
    } else {
        slot = rows_.size();
        rows_.push_back({});
        slotOf_[id] = slot;
    }
    setRow(slot, *decision);
    sorted_.insert(sorted_.begin() + static_cast<std::ptrdiff_t>(sortedPosition(sorted_, slot)),
                   slot);
    if (matches_ && !matches_->count(id))
        return;
    const std::size_t at = sortedPosition(visible_, slot);
    beginInsertRows({}, static_cast<int>(at), static_cast<int>(at));
    visible_.insert(visible_.begin() + static_cast<std::ptrdiff_t>(at), slot);
    endInsertRows();
}

void HistoryModel::changed(std::int64_t id) {
    const auto known = slotOf_.find(id);
    if (known == slotOf_.end() || rows_[known->second].removed)
        return added(id);
    const std::size_t slot = known->second;
    const auto decision = library_->get(id);
    if (!decision)
        return;
    const int oldRow = rowOf(id);
    sorted_.erase(std::find(sorted_.begin(), sorted_.end(), slot));
    setRow(slot, *decision);
    sorted_.insert(sorted_.begin() + static_cast<std::ptrdiff_t>(sortedPosition(sorted_, slot)),
                   slot);
    const bool shown = !matches_ || matches_->count(id);

    if (oldRow >= 0) {
        visible_.erase(visible_.begin() + oldRow);
        if (!shown) {
            // Put it back for the removal signals, which must see the old layout.
            visible_.insert(visible_.begin() + oldRow, slot);
            beginRemoveRows({}, oldRow, oldRow);
            visible_.erase(visible_.begin() + oldRow);
            endRemoveRows();
            return;
        }
        const int newRow = static_cast<int>(sortedPosition(visible_, slot));
        visible_.insert(visible_.begin() + oldRow, slot);
        if (newRow != oldRow) {
            // beginMoveRows counts the destination before the row is taken out.
            const int destination = newRow > oldRow ? newRow + 1 : newRow;
            beginMoveRows({}, oldRow, oldRow, {}, destination);
            visible_.erase(visible_.begin() + oldRow);
            visible_.insert(visible_.begin() + newRow, slot);
            endMoveRows();
        }
        const int row = rowOf(id);
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    } else if (shown) {
        const std::size_t at = sortedPosition(visible_, slot);
        beginInsertRows({}, static_cast<int>(at), static_cast<int>(at));
        visible_.insert(visible_.begin() + static_cast<std::ptrdiff_t>(at), slot);
        endInsertRows();
    }
}

void HistoryModel::removed(std::int64_t id) {
    const auto known = slotOf_.find(id);
    if (known == slotOf_.end() || rows_[known->second].removed)
        return;
    const std::size_t slot = known->second;
    const int row = rowOf(id);
    if (row >= 0) {
        beginRemoveRows({}, row, row);
        visible_.erase(visible_.begin() + row);
        endRemoveRows();
    }
    rows_[slot].removed = true;
    sorted_.erase(std::find(sorted_.begin(), sorted_.end(), slot));
}

} // namespace advisor::ui
