#include "ui/wrapped_text.h"

#include <QEvent>
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
    shaped_.setText(text_);
    shaped_.setFont(font());
    shaped_.beginLayout();
    QTextLine line = shaped_.createLine();
    if (!line.isValid()) {
        shaped_.endLayout();
        return;
    }
    line.setLineWidth(1e9); // everything on one line: one shaping pass gives every position
    shaped_.endLayout();
    const auto isSpace = [this](int i) {
        return text_.at(i).isSpace();
    };
    for (int i = 0; i < text_.size();) {
        while (i < text_.size() && isSpace(i))
            ++i;
        if (i >= text_.size())
            break;
        int end = i;
        while (end < text_.size() && !isSpace(end))
            ++end;
        words_.push_back({i, end - i, line.cursorToX(i), line.cursorToX(end)});
        i = end;
    }
}

std::vector<WrappedText::Line> WrappedText::breakLines(int width) const {
    measure();
    std::vector<Line> lines;
    std::size_t first = 0;
    while (first < words_.size()) {
        // Greedy: take words while the span from the line's first word still fits; a word
        // wider than the whole line stands alone on its line.
        std::size_t last = first;
        while (last + 1 < words_.size() && words_[last + 1].right - words_[first].left <= width)
            ++last;
        const int start = words_[first].start;
        lines.push_back({start, words_[last].start + words_[last].length - start});
        first = last + 1;
    }
    return lines;
}

int WrappedText::heightForWidth(int width) const {
    const auto lines = static_cast<int>(breakLines(std::max(width, 1)).size());
    return std::max(1, lines) * fontMetrics().lineSpacing();
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

void WrappedText::paintEvent(QPaintEvent*) {
    const auto lines = breakLines(width());
    if (lines.empty() || shaped_.lineCount() == 0)
        return;
    QPainter painter(this);
    painter.setPen(palette().color(foregroundRole()));
    const QTextLine shapedLine = shaped_.lineAt(0);
    const int lineSpacing = fontMetrics().lineSpacing();
    qreal top = 0;
    for (const Line& line : lines) {
        // The glyph runs keep their x on the single shaped line; shift each wrapped line back
        // to the left edge and down to its row.
        const qreal left = shapedLine.cursorToX(line.start);
        for (const QGlyphRun& run : shapedLine.glyphRuns(line.start, line.length))
            painter.drawGlyphRun(QPointF(-left, top), run);
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
