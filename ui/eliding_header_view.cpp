#include "ui/eliding_header_view.h"

#include <QStyle>
#include <QStyleOptionHeader>

namespace advisor::ui {

ElidingHeaderView::ElidingHeaderView(Qt::Orientation orientation, QWidget* parent)
    : QHeaderView(orientation, parent) {}

QString ElidingHeaderView::displayedText(int logicalIndex) const {
    QStyleOptionHeader option;
    initStyleOption(&option);
    initStyleOptionForIndex(&option, logicalIndex);
    return option.text;
}

void ElidingHeaderView::initStyleOptionForIndex(QStyleOptionHeader* option,
                                                int logicalIndex) const {
    QHeaderView::initStyleOptionForIndex(option, logicalIndex);
    // The style keeps a margin at each side of the label.
    const int margin = style()->pixelMetric(QStyle::PM_HeaderMargin, option, this);
    const int room = (orientation() == Qt::Horizontal ? sectionSize(logicalIndex) : width());
    option->text = option->fontMetrics.elidedText(option->text, Qt::ElideRight, room - 2 * margin);
}

} // namespace advisor::ui
