#include "ui/report/report_charts.h"

#include "core/kb/knowledge_base.h"
#include "core/model/evaluation.h"
#include "ui/results/profile_charts.h"
#include "ui/results/score_charts.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QBuffer>
#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QLegend>
#include <QPainter>
#include <QRegularExpression>
#include <QScreen>
#include <QSvgGenerator>

namespace advisor::ui {
namespace {

// Sizes on the page in millimetres. Two charts share a row of the A4 text width (174 mm, less
// the width of the space between them): the bar charts evenly, while the square radar leaves
// the figures chart room for its long category labels.
constexpr QSizeF kBarChartMm(86.0, 62.0);
constexpr QSizeF kRadarMm(70.0, 64.0); // wider than tall: the side labels sit outside the circle
constexpr QSizeF kFiguresMm(102.0, 64.0);

constexpr double kLabelPt = 7.0;
constexpr double kTitlePt = 8.5;

QPalette printPalette() {
    // Charts follow their view's palette; a report is read on paper or a light page whatever
    // the app's current appearance, so the views get a fixed light palette.
    QPalette palette(QColor(0xf0, 0xf0, 0xf0), Qt::white);
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, QColor(0x20, 0x20, 0x20));
    palette.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    palette.setColor(QPalette::Mid, QColor(0xd0, 0xd0, 0xd0));
    return palette;
}

// The on-screen fonts crowd a chart a third of a page wide (labels get elided); on paper,
// which is read close up, smaller text is fine.
void useReportFonts(QChart* chart) {
    QFont label = QGuiApplication::font();
    label.setPointSizeF(kLabelPt);
    QFont title = label;
    title.setPointSizeF(kTitlePt);
    title.setBold(true);
    chart->setTitleFont(title);
    chart->legend()->setFont(label);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsFont(label);
        axis->setTitleFont(label);
        // Criterion and alternative names under the bars fit a page; eliding them ("Perfor…")
        // would hide what the reader needs most. Long labels on a left axis must still elide,
        // or they run off the chart.
        if (axis->alignment() == Qt::AlignBottom)
            axis->setTruncateLabels(false);
    }
    for (QAbstractSeries* series : chart->series())
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series))
            for (QBarSet* set : bars->barSets())
                set->setLabelFont(label);
}

} // namespace

int reportDpi() {
    const QScreen* screen = QGuiApplication::primaryScreen();
    return screen ? qRound(screen->logicalDotsPerInchY()) : 96;
}

ReportCharts::ReportCharts(const KnowledgeBase& kb, const Evaluation& evaluation, int dpi)
    : ReportCharts(kb, evaluation, dpi, kAllReportCharts) {}

ReportCharts::ReportCharts(const KnowledgeBase& kb, const Evaluation& evaluation, int dpi,
                           std::span<const ReportChartKind> kinds)
    : dpi_(dpi) {
    const double mm = dpi / 25.4;
    auto add = [&](std::unique_ptr<ResultChartView> view, QSizeF sizeMm) {
        views_.push_back(std::move(view));
        sizes_.push_back(sizeMm * mm);
    };
    for (const ReportChartKind kind : kinds)
        switch (kind) {
        case ReportChartKind::Scores:
            add(std::make_unique<CriterionScoresChart>(kb), kBarChartMm);
            break;
        case ReportChartKind::Contributions:
            add(std::make_unique<ContributionsChart>(kb), kBarChartMm);
            // Its legend names the criteria, too long to share one line at half a page's width.
            views_.back()->chart()->legend()->setAlignment(Qt::AlignRight);
            break;
        case ReportChartKind::Profiles:
            add(std::make_unique<ProfileRadarChart>(kb), kRadarMm);
            break;
        case ReportChartKind::Figures:
            if (auto figures = std::make_unique<EvidenceFiguresChart>(kb); figures->hasFigures())
                add(std::move(figures), kFiguresMm);
            break;
        }

    const QPalette palette = printPalette();
    for (std::size_t i = 0; i < views_.size(); ++i) {
        ResultChartView* view = views_[i].get();
        view->setPalette(palette); // restyles the chart (ResultChartView::changeEvent)
        useReportFonts(view->chart());
        // Reports read the same wherever they are written: "1.62", not the locale's digits.
        view->chart()->setLocalizeNumbers(false);
        view->showEvaluation(evaluation);
        const QSizeF size = sizes_[i];
        QChart* chart = view->chart();
        chart->setGeometry(QRectF(QPointF(0, 0), size));
        // The view is never shown, so nothing would process the chart's deferred layout
        // request; lay it out now so the first render is complete.
        if (QGraphicsLayout* layout = chart->layout())
            layout->activate();
    }
}

ReportCharts::~ReportCharts() = default;

QSizeF ReportCharts::size(int chart) const {
    return sizes_.at(static_cast<std::size_t>(chart));
}

QString ReportCharts::title(int chart) const {
    return views_.at(static_cast<std::size_t>(chart))->chart()->title();
}

void ReportCharts::render(int chart, QPainter* painter, const QRectF& target) const {
    const ResultChartView& view = *views_.at(static_cast<std::size_t>(chart));
    view.scene()->render(painter, target, view.chart()->geometry(), Qt::IgnoreAspectRatio);
}

RecordedCharts ReportCharts::recorded() const {
    RecordedCharts out;
    out.dpi_ = dpi_;
    for (int i = 0; i < count(); ++i) {
        RecordedCharts::Chart chart{QPicture(), size(i), title(i)};
        QPainter painter(&chart.picture);
        render(i, &painter, QRectF(QPointF(0, 0), chart.size));
        painter.end();
        out.charts_.push_back(std::move(chart));
    }
    return out;
}

void RecordedCharts::append(const RecordedCharts& more) {
    charts_.insert(charts_.end(), more.charts_.begin(), more.charts_.end());
    dpi_ = more.dpi_;
}

QSizeF RecordedCharts::size(int chart) const {
    return charts_.at(static_cast<std::size_t>(chart)).size;
}

QString RecordedCharts::title(int chart) const {
    return charts_.at(static_cast<std::size_t>(chart)).title;
}

void RecordedCharts::render(int chart, QPainter* painter, const QRectF& target) const {
    const Chart& c = charts_.at(static_cast<std::size_t>(chart));
    painter->save();
    painter->translate(target.topLeft());
    painter->scale(target.width() / c.size.width(), target.height() / c.size.height());
    painter->drawPicture(QPointF(0, 0), c.picture);
    painter->restore();
}

QByteArray RecordedCharts::svg(int chart) const {
    const QSizeF size = this->size(chart);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size.toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), size));
    generator.setResolution(dpi_);
    // QSvgGenerator escapes drawn text but writes the title verbatim.
    generator.setTitle(title(chart).toHtmlEscaped());
    QPainter painter(&generator);
    render(chart, &painter, QRectF(QPointF(0, 0), size));
    painter.end();
    // Inline SVG in HTML takes no XML declaration; and QSvgGenerator writes a group for every
    // painter state change, most of them empty — dropping those halves the file.
    QString svg = QString::fromUtf8(bytes);
    if (svg.startsWith(QLatin1String("<?xml")))
        svg.remove(0, svg.indexOf(QLatin1String("?>")) + 2);
    static const QRegularExpression emptyGroup(QStringLiteral("<g [^>]*>\\s*</g>\\s*"));
    svg.remove(emptyGroup);
    return svg.trimmed().toUtf8();
}

} // namespace advisor::ui
