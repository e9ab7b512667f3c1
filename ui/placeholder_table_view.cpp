#include "ui/placeholder_table_view.h"

#include <QPainter>

namespace advisor::ui {

void PlaceholderTableView::setPlaceholderText(const QString& text) {
    if (text == placeholder_)
        return;
    placeholder_ = text;
    viewport()->update();
}

QString PlaceholderTableView::shownPlaceholder() const {
    return model() && model()->rowCount(rootIndex()) > 0 ? QString() : placeholder_;
}

void PlaceholderTableView::paintEvent(QPaintEvent* event) {
    QTableView::paintEvent(event);
    const QString text = shownPlaceholder();
    if (text.isEmpty())
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    const int margin = 2 * fontMetrics().height();
    painter.drawText(viewport()->rect().adjusted(margin, margin, -margin, -margin),
                     Qt::AlignCenter | Qt::TextWordWrap, text);
}

} // namespace advisor::ui
