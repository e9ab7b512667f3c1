// Filters the evidence by any word of an item (its paraphrase, quote, source, figure, the
// answers that apply it, its id) and orders each criterion's items: as in the knowledge base,
// or those that move today's result most first. Criteria keep their order.
#pragma once

#include <QSortFilterProxyModel>

namespace advisor::ui {

class EvidenceFilter : public QSortFilterProxyModel {
    Q_OBJECT

public:
    enum class Order { KnowledgeBase, Effect };

    explicit EvidenceFilter(QObject* parent = nullptr);

    void setOrder(Order order);
    [[nodiscard]] Order order() const { return order_; }

protected:
    [[nodiscard]] bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    Order order_ = Order::KnowledgeBase;
};

} // namespace advisor::ui
