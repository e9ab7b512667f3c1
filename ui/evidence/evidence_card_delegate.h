// Draws each evidence item as a card that shows it in full: the paraphrase, the article's own
// words, the source (marked when it is outside the article), the figure, and what the current
// answers do with it; a criterion as a heading with its weight. Cards wrap to the view's width.
#pragma once

#include <QStyledItemDelegate>

QT_BEGIN_NAMESPACE
class QTextDocument;
class QTreeView;
QT_END_NAMESPACE

namespace advisor::ui {

class EvidenceCardDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit EvidenceCardDelegate(QTreeView* view);

    // Ids are for power users: shown only when asked for.
    void setShowIds(bool show);
    [[nodiscard]] bool showIds() const { return showIds_; }

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const override;

    // The card's text as rich text, for painting and for tests.
    [[nodiscard]] QString cardHtml(const QModelIndex& index, const QPalette& palette,
                                   bool selected) const;

private:
    void layOut(QTextDocument& document, const QModelIndex& index, const QPalette& palette,
                bool selected, int width) const;
    [[nodiscard]] int textWidth(const QModelIndex& index) const;

    QTreeView* view_;
    bool showIds_ = false;
};

} // namespace advisor::ui
