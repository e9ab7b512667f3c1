// Evidence: every knowledge-base evidence item with its source, sortable by any column and
// filtered as the user types; the selected item is shown in full below the table.
#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;
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
    void showDetails(const QModelIndex& current);

    EvidenceModel* model_;
    QSortFilterProxyModel* proxy_;
    QLineEdit* filter_;
    QTableView* table_;
    QTextBrowser* details_; // the selected item in full: the table shows one line per item
};

} // namespace advisor::ui
