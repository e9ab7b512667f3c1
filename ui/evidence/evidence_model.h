// Every evidence item, grouped under its criterion: what it says, the article's own words it
// rests on (or that it comes from outside the article), its source, and what it does for the
// decision being edited now (the answers that apply it and its share of the margin).
// Two levels: criteria at the top, their items below. The data roles carry each part so a
// delegate can lay an item out as a card and a proxy can filter and order them.
#pragma once

#include "core/model/evaluation.h"

#include <QAbstractItemModel>
#include <optional>
#include <vector>

namespace advisor {
struct KnowledgeBase;
}

namespace advisor::ui {

class EvidenceModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Role {
        KindRole = Qt::UserRole + 1, // Kind
        IdRole,                      // the evidence (or criterion) id, for power users
        SummaryRole,                 // the paraphrase
        QuoteRole,                   // the article's words; empty outside the article
        CitationRole,                // one line: title, date, section (or the outside source)
        OutsideArticleRole,          // bool
        FigureRole,                  // the figure in the article's words; empty if none
        RatingsRole,                 // "Node.js 9 · Python 4"
        FavoursRole,                 // the alternative the item rates highest, or "Even"
        AppliedByRole,               // the current answers that apply it, joined; empty if none
        ImpactRole,                  // double: points of today's margin (sign: for the winner)
        EffectRole,                  // the impact in words: "+0.40 points towards Node.js"
        SearchTextRole,              // everything a person might type to find it
        KbOrderRole,                 // int: its place in the knowledge base
        MeasuredRole,                // what the decision's Evidence Lab run measured; or empty
    };
    enum class Kind { Criterion, Item };

    explicit EvidenceModel(const KnowledgeBase& kb, QObject* parent = nullptr);

    // What the decision being edited does with each item; the structure never changes.
    void setEvaluation(const Evaluation& evaluation);

    [[nodiscard]] QModelIndex index(int row, int column,
                                    const QModelIndex& parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex& child) const override;
    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;

    // The index of an evidence item by its knowledge-base index.
    [[nodiscard]] QModelIndex indexOfEvidence(std::size_t evidence) const;

private:
    [[nodiscard]] QVariant criterionData(std::size_t criterion, int role) const;
    [[nodiscard]] QVariant itemData(std::size_t evidence, int role) const;
    [[nodiscard]] QString favours(std::size_t evidence) const;
    [[nodiscard]] QString ratings(std::size_t evidence) const;
    [[nodiscard]] QString appliedBy(std::size_t evidence) const;
    [[nodiscard]] QString effect(std::size_t evidence) const;

    const KnowledgeBase& kb_;
    std::vector<std::vector<std::size_t>> items_; // per criterion: evidence indices, in order
    // What the current evaluation says: the weights, and each evidence item's reason if any.
    std::vector<double> weights_;
    std::vector<std::optional<Reason>> reasons_;
    std::vector<QString> measured_; // per evidence item
};

} // namespace advisor::ui
