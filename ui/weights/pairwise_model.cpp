#include "ui/weights/pairwise_model.h"

#include "ui/weights/saaty_scale.h"

#include <QFont>
#include <cmath>

namespace advisor::ui {
namespace {

PairwiseJudgements equalJudgements(std::size_t n) {
    return {std::vector<std::vector<double>>(n, std::vector<double>(n, 1.0))};
}

} // namespace

PairwiseModel::PairwiseModel(const KnowledgeBase& kb, QObject* parent)
    : QAbstractTableModel(parent), judgements_(equalJudgements(kb.criteria.size())) {
    for (const auto& criterion : kb.criteria)
        names_ << QString::fromStdString(criterion.name);
}

int PairwiseModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(names_.size());
}

int PairwiseModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(names_.size());
}

QVariant PairwiseModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const double value = judgements_.matrix[static_cast<std::size_t>(index.row())]
                                           [static_cast<std::size_t>(index.column())];
    switch (role) {
    case Qt::DisplayRole:
        return saatyText(value);
    case Qt::EditRole:
        return value;
    case Qt::ToolTipRole:
        return judgementToolTip(index.row(), index.column());
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignCenter);
    case Qt::FontRole:
        if (index.row() >= index.column()) {
            // Derived cells look different from the ones the user sets.
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant PairwiseModel::headerData(int section, Qt::Orientation, int role) const {
    if (section < 0 || section >= names_.size())
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return names_[section];
    return {};
}

Qt::ItemFlags PairwiseModel::flags(const QModelIndex& index) const {
    // Views ask for the root's flags too; that is not a mistake worth a warning.
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.row() < index.column())
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool PairwiseModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        index.row() >= index.column())
        return false;
    bool ok = false;
    const double requested = value.toDouble(&ok);
    if (!ok || !(requested > 0.0))
        return false;
    const double judgement = nearestSaaty(requested);
    const auto i = static_cast<std::size_t>(index.row());
    const auto j = static_cast<std::size_t>(index.column());
    if (judgements_.matrix[i][j] == judgement)
        return true;
    judgements_.matrix[i][j] = judgement;
    judgements_.matrix[j][i] = 1.0 / judgement;
    emit dataChanged(index, index);
    const QModelIndex mirror = this->index(index.column(), index.row());
    emit dataChanged(mirror, mirror);
    emit judgementsEdited();
    return true;
}

void PairwiseModel::setJudgements(const PairwiseJudgements& judgements) {
    if (judgements.matrix.size() != static_cast<std::size_t>(names_.size()) ||
        judgements.matrix == judgements_.matrix)
        return;
    beginResetModel();
    judgements_ = judgements;
    endResetModel();
}

QString PairwiseModel::judgementToolTip(int row, int column) const {
    if (row == column)
        return tr("%1 compared with itself").arg(names_[row]);
    const double value =
        judgements_.matrix[static_cast<std::size_t>(row)][static_cast<std::size_t>(column)];
    const double snapped = nearestSaaty(value);
    if (snapped == 1.0)
        return tr("%1 and %2 matter equally").arg(names_[row], names_[column]);
    const bool rowWins = snapped > 1.0;
    const QString more = rowWins ? names_[row] : names_[column];
    const QString less = rowWins ? names_[column] : names_[row];
    const long times = std::lround(rowWins ? snapped : 1.0 / snapped);
    // One multi-argument arg(): chained calls would substitute into a name holding "%2".
    return tr("%1 matters %2 times as much as %3").arg(more, QString::number(times), less);
}

} // namespace advisor::ui
