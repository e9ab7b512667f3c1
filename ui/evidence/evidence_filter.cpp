#include "ui/evidence/evidence_filter.h"

#include "ui/evidence/evidence_model.h"

#include <cmath>

namespace advisor::ui {

EvidenceFilter::EvidenceFilter(QObject* parent) : QSortFilterProxyModel(parent) {
    setRecursiveFilteringEnabled(true); // a criterion stays while any of its items matches
    setFilterRole(EvidenceModel::SearchTextRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true); // a new evaluation re-orders by effect at once
}

void EvidenceFilter::setOrder(Order order) {
    order_ = order;
    invalidate();
    sort(0, Qt::AscendingOrder);
}

bool EvidenceFilter::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    const int leftOrder = left.data(EvidenceModel::KbOrderRole).toInt();
    const int rightOrder = right.data(EvidenceModel::KbOrderRole).toInt();
    const bool items = left.parent().isValid();
    if (items && order_ == Order::Effect) {
        const double a = std::abs(left.data(EvidenceModel::ImpactRole).toDouble());
        const double b = std::abs(right.data(EvidenceModel::ImpactRole).toDouble());
        if (a != b)
            return a > b; // the strongest first
    }
    return leftOrder < rightOrder;
}

} // namespace advisor::ui
