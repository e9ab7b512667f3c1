// Read-only, word-wrapped plain text that shapes its text once.
//
// A word-wrapped QLabel re-shapes its whole text for every size query a layout makes (dozens
// per label while a page is first laid out), which made the questionnaire's help texts the
// largest single cost of start-up. This widget shapes the text once on a single line, keeps
// each word's extent, answers every height-for-width query by packing those extents, and paints
// each wrapped line from the glyphs already shaped.
#pragma once

#include <QTextLayout>
#include <QWidget>
#include <vector>

namespace advisor::ui {

class WrappedText : public QWidget {
    Q_OBJECT

public:
    explicit WrappedText(const QString& text, QWidget* parent = nullptr);

    [[nodiscard]] QString text() const { return text_; }
    void setText(const QString& text);

    [[nodiscard]] bool hasHeightForWidth() const override { return true; }
    [[nodiscard]] int heightForWidth(int width) const override;
    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Word {
        int start = 0;  // character index in text_
        int length = 0; // characters, without the following space
        qreal left = 0; // x where the word begins on the single shaped line
        qreal right = 0;
    };
    struct Line {
        int start = 0;
        int length = 0;
    };

    void measure() const;
    [[nodiscard]] std::vector<Line> breakLines(int width) const;

    QString text_;
    mutable QTextLayout shaped_; // the whole text on one line, shaped once
    mutable std::vector<Word> words_;
    mutable bool measured_ = false;
};

} // namespace advisor::ui
