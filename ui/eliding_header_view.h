// A table header that ends a name too long for its section in "…".
//
// QHeaderView::setTextElideMode is ignored by Qt 6 up to at least 6.4 (QTBUG-97571): a name
// wider than its section is centred and cut at both ends ("rforman" for "Performance"), which
// leaves neither end to read. This header elides at the right, as Qt 5 did.
#pragma once

#include <QHeaderView>

namespace advisor::ui {

class ElidingHeaderView : public QHeaderView {
public:
    explicit ElidingHeaderView(Qt::Orientation orientation, QWidget* parent = nullptr);

    // The text section `logicalIndex` shows at its current size.
    [[nodiscard]] QString displayedText(int logicalIndex) const;

protected:
    void initStyleOptionForIndex(QStyleOptionHeader* option, int logicalIndex) const override;
};

} // namespace advisor::ui
