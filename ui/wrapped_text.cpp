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
    // One word per line: the text is shaped once, and each word's natural width plus a space
    // are all that wrapping at any width needs. Qt decides where each line really ends (a
    // ligature is one column, a no-break space does not break), so each entry follows Qt's line
    // rather than the word asked for, and holds whatever that line holds.
    const qreal space = QFontMetricsF(font()).horizontalAdvance(QLatin1Char(' '));
    for (QTextLine line = shaped.createLine(); line.isValid(); line = shaped.createLine()) {
        const int lineStart = line.textStart();
        int askFor = lineStart;
        while (askFor < size && text_.at(askFor).isSpace())
            ++askFor;
        while (askFor < size && !text_.at(askFor).isSpace())
            ++askFor;
        line.setNumColumns(std::max(1, askFor - lineStart));
        const int lineEnd = lineStart + line.textLength();
        if (lineEnd <= lineStart)
            break; // nothing consumed: never loop forever on a line Qt cannot fill
        int start = lineStart;
        while (start < lineEnd && text_.at(start).isSpace())
            ++start;
        int end = lineEnd;
        while (end > start && text_.at(end - 1).isSpace())
            --end;
        const qreal width = line.naturalTextWidth();
        // Painting joins a row's words with one space, whatever separated them in the text.
        words_.push_back({start, end - start, width, end < lineEnd ? width + space : width});
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
            QString line;
            for (std::size_t i = row.first; i <= row.last; ++i) {
                if (i > row.first)
                    line += QLatin1Char(' ');
                line += QStringView(text_).mid(words_[i].start, words_[i].length);
            }
            painter.drawText(QPointF(0, top + metrics.ascent()), line);
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
