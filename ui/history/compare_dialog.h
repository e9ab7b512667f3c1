// Two saved decisions side by side: a card per decision (title, winner in its colour, verdict,
// margin) above a table of the recommendation, weights, scores and the answers that differ,
// with the differing rows marked.
#pragma once

#include "ui/history/decision_comparison.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QStandardItemModel;
class QTreeView;
QT_END_NAMESPACE

namespace advisor::ui {

class CompareDialog : public QDialog {
    Q_OBJECT

public:
    CompareDialog(const KnowledgeBase& kb, const Decision& left, const Decision& right,
                  QWidget* parent = nullptr);

    [[nodiscard]] QStandardItemModel* model() const { return model_; }
    [[nodiscard]] QTreeView* view() const { return view_; }
    // Every cell as "section / label: left | right" lines, as a screen reader would go through
    // them; tests read what the user sees from here.
    [[nodiscard]] QStringList lines() const;

private:
    QWidget* card(const KnowledgeBase& kb, const Decision& decision, const QString& side);
    void fill(const DecisionComparison& comparison);

    QStandardItemModel* model_;
    QTreeView* view_;
};

} // namespace advisor::ui
