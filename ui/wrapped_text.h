// Read-only, word-wrapped plain text that shapes its text once.
//
// A word-wrapped QLabel re-shapes its whole text for every size query a layout makes (dozens
// per label while a page is first laid out), which made the questionnaire's help texts the
// largest single cost of start-up. This widget shapes the text once, laid out one word per
// QTextLine, and keeps each word's width and advance: every height-for-width query is answered
// by packing those numbers. Painting draws each row's words as one string (one text item per
// row rather than one per word).
#pragma once

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
        int start = 0;     // character index in text_
        int length = 0;    // characters, without the spaces after it
        qreal width = 0;   // the glyphs alone
        qreal advance = 0; // with the spaces after it: where the next word starts
    };
    struct Row {
        std::size_t first = 0; // index into words_
        std::size_t last = 0;  // inclusive
    };

    void measure() const;
    [[nodiscard]] std::vector<Row> breakRows(int width) const;

    QString text_;
    mutable std::vector<Word> words_;
    mutable bool measured_ = false;
};

} // namespace advisor::ui
