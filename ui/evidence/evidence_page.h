// Evidence: every knowledge-base evidence item with its source, sortable by any column and
// filtered as the user types.
#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
QT_END_NAMESPACE

namespace advisor {
struct KnowledgeBase;
}

namespace advisor::ui {

class EvidenceModel;

class EvidencePage : public QWidget {
    Q_OBJECT

public:
    explicit EvidencePage(const KnowledgeBase& kb, QWidget* parent = nullptr);

    [[nodiscard]] QSortFilterProxyModel* proxy() const { return proxy_; }
    [[nodiscard]] EvidenceModel* model() const { return model_; }

private:
    EvidenceModel* model_;
    QSortFilterProxyModel* proxy_;
    QLineEdit* filter_;
    QTableView* table_;
};

} // namespace advisor::ui
