// A table view that says something when it has no rows: why it is empty and what fills it,
// instead of a blank white box.
#pragma once

#include <QTableView>

namespace advisor::ui {

class PlaceholderTableView : public QTableView {
public:
    using QTableView::QTableView;

    // Shown, centred and word-wrapped, while the model has no rows.
    void setPlaceholderText(const QString& text);
    // What the viewport shows now: the placeholder, or nothing when there are rows.
    [[nodiscard]] QString shownPlaceholder() const;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString placeholder_;
};

} // namespace advisor::ui
