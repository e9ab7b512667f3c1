#include "ui/report/report_document.h"

#include "ui/report/report_body.h"
#include "ui/report/report_charts.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextObjectInterface>
#include <cmath>
#include <vector>

namespace advisor::ui {
namespace {

constexpr int kChartObjectType = QTextFormat::UserObject + 1;
constexpr int kChartIndexProperty = QTextFormat::UserProperty + 1;
// The body marks where each chart goes with an <img> of this scheme; the document then turns
// each into a chart object, which QTextDocument lays out like an image but lets us draw.
const auto kChartScheme = QStringLiteral("report-chart:");

constexpr double kHeaderMm = 9.0; // header band, including the gap above the body
constexpr double kFooterMm = 8.0;
// A heading with less room than this below it on its page moves to the next page.
constexpr double kKeepWithHeadingMm = 28.0; // a heading and about five lines
const QColor kFrameText(0x66, 0x66, 0x66);
const QColor kFrameRule(0xc8, 0xce, 0xd6);

// Draws a chart wherever the layout placed its object: into a PDF it stays vector graphics.
class ChartTextObject : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    ChartTextObject(const RecordedCharts& charts, QObject* parent)
        : QObject(parent), charts_(charts) {}

    QSizeF intrinsicSize(QTextDocument*, int, const QTextFormat& format) override {
        return charts_.size(format.intProperty(kChartIndexProperty));
    }
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int,
                    const QTextFormat& format) override {
        // The layout also hands over objects that only touch the page being drawn (a chart
        // pushed to the next page starts a hair above its top). Chart items replace the
        // painter's clip with their plot area, so such a chart would spill over this page's
        // footer: draw each chart only on the page that holds its centre.
        if (painter->hasClipping() && !painter->clipBoundingRect().contains(rect.center()))
            return;
        charts_.render(format.intProperty(kChartIndexProperty), painter, rect);
    }

private:
    const RecordedCharts& charts_;
};

void turnPlaceholdersIntoCharts(QTextDocument& document) {
    std::vector<std::pair<int, int>> found; // position, chart
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (!format.isImageFormat())
                continue;
            const QString name = format.toImageFormat().name();
            if (name.startsWith(kChartScheme))
                found.emplace_back(fragment.position(), name.mid(kChartScheme.size()).toInt());
        }
    QTextCursor cursor(&document);
    for (const auto& [position, chart] : found) {
        cursor.setPosition(position);
        cursor.setPosition(position + 1, QTextCursor::KeepAnchor);
        QTextCharFormat format;
        format.setObjectType(kChartObjectType);
        format.setProperty(kChartIndexProperty, chart);
        cursor.setCharFormat(format);
    }
}

double firstLineTop(const QTextDocument& document, const QTextBlock& block) {
    const QRectF rect = document.documentLayout()->blockBoundingRect(block);
    const QTextLayout* layout = block.layout();
    return layout && layout->lineCount() > 0 ? rect.top() + layout->lineAt(0).y() : rect.top();
}

// QTextDocument has no "keep with next": left alone, a heading can end a page while its section
// starts on the next. Once laid out, such headings get a page break before them. Each break
// re-lays out what follows, so the later headings are checked against the new layout.
// The breaks depend on the page size, which the print preview lets the user change: breaks
// from an earlier layout are removed first.
void keepHeadingsWithTheirSections(QTextDocument& document, double pageHeight, double minRoom) {
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
        if (QTextBlockFormat format = block.blockFormat();
            format.headingLevel() > 0 && format.pageBreakPolicy() != QTextFormat::PageBreak_Auto) {
            format.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
            QTextCursor(block).setBlockFormat(format);
            document.markContentsDirty(0, document.characterCount());
        }
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        if (format.headingLevel() < 2 || !block.next().isValid())
            continue;
        const QRectF heading = layout->blockBoundingRect(block);
        const double page = std::floor(heading.top() / pageHeight);
        const double pageEnd = (page + 1) * pageHeight;
        const bool nextOnLaterPage =
            std::floor(firstLineTop(document, block.next()) / pageHeight) > page;
        if (page > 0 && heading.top() - page * pageHeight < 1.0)
            continue; // already at the top of a page
        if (nextOnLaterPage || pageEnd - heading.bottom() < minRoom) {
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(block).setBlockFormat(format);
            // The incremental relayout after a format change does not re-paginate the tables
            // further down (they lose their tail); mark everything from here on as changed.
            document.markContentsDirty(block.position(),
                                       document.characterCount() - block.position());
        }
    }
}

} // namespace

ReportDocument::ReportDocument(const ReportInput& input)
    : ReportDocument(input, ReportCharts(input.kb, input.evaluation, reportDpi()).recorded()) {}

ReportDocument::ReportDocument(const ReportInput& input, RecordedCharts charts)
    : charts_(std::move(charts)), document_(std::make_unique<QTextDocument>()),
      title_(reportTitle(input)), date_(reportDate(input)),
      footer_(QString::fromStdString(generatorName())) {
    ReportChartMarkup markup;
    for (int i = 0; i < charts_.count(); ++i) {
        const QSizeF size = charts_.size(i);
        markup.charts << QStringLiteral("<img src=\"%1%2\" width=\"%3\" height=\"%4\">")
                             .arg(kChartScheme, QString::number(i),
                                  QString::number(qRound(size.width())),
                                  QString::number(qRound(size.height())));
    }

    QFont font = QGuiApplication::font();
    font.setPointSizeF(9.5);
    document_->setDefaultFont(font);
    document_->setDocumentMargin(0);
    document_->setDefaultStyleSheet(reportCss(false));
    document_->setHtml(reportBodyHtml(input, markup));
    document_->setMetaInformation(QTextDocument::DocumentTitle, title_);
    turnPlaceholdersIntoCharts(*document_);
    document_->documentLayout()->registerHandler(kChartObjectType,
                                                 new ChartTextObject(charts_, document_.get()));
}

ReportDocument::~ReportDocument() = default;

void ReportDocument::setUpPage(QPagedPaintDevice& device) {
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(18, 12, 18, 10), QPageLayout::Millimeter));
}

int ReportDocument::paint(QPagedPaintDevice& device) {
    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    const double mm = device.logicalDpiY() / 25.4;
    const QRectF page(0, 0, device.width(), device.height());
    const QRectF body = page.adjusted(0, kHeaderMm * mm, 0, -kFooterMm * mm);

    document_->documentLayout()->setPaintDevice(&device);
    document_->setPageSize(body.size());
    keepHeadingsWithTheirSections(*document_, body.height(), kKeepWithHeadingMm * mm);
    const int pages = document_->pageCount();

    QFont small = document_->defaultFont();
    small.setPointSizeF(7.5);
    const QFontMetricsF metrics(small, &device);
    const QRectF header(page.left(), page.top(), page.width(), metrics.height());
    const QRectF footer(page.left(), page.bottom() - metrics.height(), page.width(),
                        metrics.height());
    // The title may be long; leave the date its room.
    const QString title = metrics.elidedText(title_, Qt::ElideRight, page.width() * 0.75);

    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device.newPage();
        painter.setFont(small);
        painter.setPen(kFrameText);
        // The first page opens with the title and date in full; later pages repeat them.
        if (i > 0) {
            painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, title);
            painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter, date_);
        }
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, footer_);
        painter.drawText(
            footer, Qt::AlignRight | Qt::AlignVCenter,
            QCoreApplication::translate("ReportDocument", "Page %1 of %2").arg(i + 1).arg(pages));
        QPen rule(kFrameRule);
        rule.setWidthF(0.3 * mm);
        painter.setPen(rule);
        const double below = header.bottom() + 1.5 * mm;
        const double above = footer.top() - 1.5 * mm;
        if (i > 0)
            painter.drawLine(QPointF(page.left(), below), QPointF(page.right(), below));
        painter.drawLine(QPointF(page.left(), above), QPointF(page.right(), above));

        painter.save();
        painter.translate(body.left(), body.top() - i * body.height());
        document_->drawContents(&painter,
                                QRectF(0, i * body.height(), body.width(), body.height()));
        painter.restore();
    }
    painter.end();
    return pages;
}

} // namespace advisor::ui

#include "report_document.moc"
