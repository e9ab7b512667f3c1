#include "ui/wrapped_text.h"

#include <QImage>
#include <QTextLayout>
#include <catch2/catch.hpp>

using advisor::ui::WrappedText;

namespace {

const QString kText = QStringLiteral(
    "Many open connections with messages pushed instantly: Node.js's home ground. A "
    "supercalifragilisticexpialidocious word stands alone when nothing else fits beside it.");

// Qt's own greedy word wrap at `width`, in lines.
int qtLines(const QString& text, const QFont& font, int width) {
    QTextLayout layout(text, font);
    layout.beginLayout();
    int lines = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        ++lines;
    }
    layout.endLayout();
    return lines;
}

} // namespace

TEST_CASE("WrappedText breaks its lines where Qt's word wrap does", "[wrapped]") {
    WrappedText text(kText);
    const int lineSpacing = text.fontMetrics().lineSpacing();
    int agree = 0;
    int widths = 0;
    for (int width = 60; width <= 900; width += 7) {
        ++widths;
        const int ours = text.heightForWidth(width) / lineSpacing;
        agree += ours == qtLines(kText, text.font(), width) ? 1 : 0;
    }
    INFO(agree << " of " << widths << " widths agree");
    // Sub-pixel rounding may move one word at an exact boundary; nothing more.
    CHECK(agree >= widths * 95 / 100);
    CHECK(text.heightForWidth(100000) == lineSpacing);
}

TEST_CASE("WrappedText paints as many rows as it asks for, and follows setText", "[wrapped]") {
    WrappedText text(kText);
    text.resize(220, text.heightForWidth(220));
    const int rows = text.height() / text.fontMetrics().lineSpacing();
    REQUIRE(rows >= 4);
    const QImage image = text.grab().toImage();
    const QRgb background = image.pixel(image.width() - 1, 0);
    // Every row of text puts ink in its band of pixels.
    int inkedRows = 0;
    const int lineSpacing = text.fontMetrics().lineSpacing();
    for (int row = 0; row < rows; ++row) {
        bool ink = false;
        for (int y = row * lineSpacing; y < (row + 1) * lineSpacing && !ink; ++y)
            for (int x = 0; x < image.width() && !ink; ++x)
                ink = image.pixel(x, y) != background;
        inkedRows += ink ? 1 : 0;
    }
    CHECK(inkedRows == rows);

    text.setText(QStringLiteral("Short."));
    CHECK(text.heightForWidth(220) == lineSpacing);
    CHECK(text.accessibleName() == QStringLiteral("Short."));
}

namespace {

QImage rendered(const QString& text, int width) {
    WrappedText widget(text);
    widget.resize(width, widget.heightForWidth(width));
    return widget.grab().toImage();
}

} // namespace

TEST_CASE("WrappedText draws every word, whatever Qt merges into one line", "[wrapped]") {
    // A ligature ("ffi") is one column to Qt and a no-break space no break: a word after either
    // once went missing from the painting. A line break in the text is a space.
    const struct {
        QString text;
        QString without; // the same text less its last word, or joined up
    } cases[] = {
        {QStringLiteral("Heavy traffic a"), QStringLiteral("Heavy traffic")},
        {QStringLiteral("Heavy office b"), QStringLiteral("Heavy office")},
        {QStringLiteral("Limit 100\u00a0km"), QStringLiteral("Limit 100")},
        {QStringLiteral("one\ntwo"), QStringLiteral("onetwo")},
    };
    for (const auto& c : cases) {
        INFO(c.text.toStdString());
        CHECK(rendered(c.text, 600) != rendered(c.without, 600));
    }
    WrappedText spaced(QStringLiteral("one\ntwo"));
    CHECK(rendered(QStringLiteral("one\ntwo"), 600) == rendered(QStringLiteral("one two"), 600));
    CHECK(spaced.heightForWidth(600) == spaced.fontMetrics().lineSpacing());
}
