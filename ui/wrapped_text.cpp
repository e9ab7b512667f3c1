#include "ui/wrapped_text.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QPaintEvent>
#include <QPainter>
#include <QTextLayout>

namespace advisor::ui {

WrappedText::WrappedText(const QString& text, QWidget* parent) : QWidget(parent), text_(text) {
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setAccessibleName(text_);
}

void WrappedText::setText(const QString& text) {
    if (text == text_)
        return;
    text_ = text;
    setAccessibleName(text_);
    measured_ = false;
    updateGeometry();
    update();
}

void WrappedText::measure() const {
    if (measured_)
        return;
    measured_ = true;
    words_.clear();
    QTextLayout shaped(text_, font());
    const auto size = static_cast<int>(text_.size());
    shaped.beginLayout();
    // One word per line: the text is shaped once, and each word's natural width plus the
    // spaces after it are all that wrapping at any width needs. Qt hangs the spaces after a
    // word on its line (outside its natural width), so the next line starts at the next word.
    const qreal space = QFontMetricsF(font()).horizontalAdvance(QLatin1Char(' '));
    for (QTextLine line = shaped.createLine(); line.isValid(); line = shaped.createLine()) {
        const int start = line.textStart();
        int end = start;
        while (end < size && text_.at(end).isSpace())
            ++end;
        while (end < size && !text_.at(end).isSpace())
            ++end;
        int next = end;
        while (next < size && text_.at(next).isSpace())
            ++next;
        line.setNumColumns(std::max(1, end - start));
        const qreal width = line.naturalTextWidth();
        words_.push_back({start, end - start, width, width + space * (next - end)});
    }
    shaped.endLayout();
}

std::vector<WrappedText::Row> WrappedText::breakRows(int width) const {
    measure();
    std::vector<Row> rows;
    std::size_t first = 0;
    while (first < words_.size()) {
        // Greedy: take words while the row still fits; a word wider than the whole row stands
        // alone on its row.
        std::size_t last = first;
        qreal start = words_[first].advance; // where the row's next word would begin
        while (last + 1 < words_.size() && start + words_[last + 1].width <= width) {
            ++last;
            start += words_[last].advance;
        }
        rows.push_back({first, last});
        first = last + 1;
    }
    return rows;
}

int WrappedText::heightForWidth(int width) const {
    const auto rows = static_cast<int>(breakRows(std::max(width, 1)).size());
    return std::max(1, rows) * fontMetrics().lineSpacing();
}

QSize WrappedText::sizeHint() const {
    // About 60 characters a line reads well; the layout gives us more or less as it can.
    const int width = fontMetrics().averageCharWidth() * 60;
    return {width, heightForWidth(width)};
}

QSize WrappedText::minimumSizeHint() const {
    // Font metrics only: the real height comes from heightForWidth once the width is known.
    return {fontMetrics().averageCharWidth() * 12, fontMetrics().height()};
}

void WrappedText::paintEvent(QPaintEvent* event) {
    const auto rows = breakRows(width());
    const QFontMetrics metrics = fontMetrics();
    const int lineSpacing = metrics.lineSpacing();
    QPainter painter(this);
    painter.setPen(palette().color(foregroundRole()));
    int top = 0;
    for (const Row& row : rows) {
        // Rows outside the area being repainted cost nothing.
        if (event->rect().intersects(QRect(0, top, width(), lineSpacing))) {
            const Word& first = words_[row.first];
            const Word& last = words_[row.last];
            painter.drawText(QPointF(0, top + metrics.ascent()),
                             text_.mid(first.start, last.start + last.length - first.start));
        }
        top += lineSpacing;
    }
}

void WrappedText::changeEvent(QEvent* event) {
    if (event->type() == QEvent::FontChange) {
        measured_ = false;
        updateGeometry();
    }
    QWidget::changeEvent(event);
}

} // namespace advisor::ui
