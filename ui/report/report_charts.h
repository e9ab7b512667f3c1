// The four results charts, rebuilt for a report: always on a light, print-friendly palette,
// sized for an A4 page and drawn as vector graphics (paths and text, never bitmaps) onto any
// painter — a PDF, a printer or an SVG generator.
#pragma once

#include <QByteArray>
#include <QPicture>
#include <QSizeF>
#include <QString>
#include <memory>
#include <span>
#include <vector>

QT_BEGIN_NAMESPACE
class QPainter;
class QRectF;
QT_END_NAMESPACE

namespace advisor {
struct Evaluation;
struct KnowledgeBase;
} // namespace advisor

namespace advisor::ui {

class ResultChartView;

// The charts as recorded drawings: a value that any thread may draw or copy, so a report can be
// laid out and written off the GUI thread once the charts (widgets, GUI thread only) are drawn.
class RecordedCharts {
public:
    [[nodiscard]] int count() const { return static_cast<int>(charts_.size()); }
    [[nodiscard]] QSizeF size(int chart) const;
    [[nodiscard]] QString title(int chart) const;
    // The resolution they were drawn at (reportDpi() on the GUI thread): the page's too.
    [[nodiscard]] int dpi() const { return dpi_; }
    // Draws the chart into `target`, scaled from size(chart); vector graphics stay vectors.
    void render(int chart, QPainter* painter, const QRectF& target) const;
    // The chart as a standalone SVG document (no XML declaration), for inlining in HTML.
    [[nodiscard]] QByteArray svg(int chart) const;
    // Adds `more` after these charts (recorded a few at a time, to spread the work).
    void append(const RecordedCharts& more);

private:
    friend class ReportCharts;
    struct Chart {
        QPicture picture;
        QSizeF size;
        QString title;
    };
    std::vector<Chart> charts_;
    int dpi_ = 96;
};

// The charts a report holds, in order: the figures chart only when the knowledge base has
// figures.
enum class ReportChartKind { Scores, Contributions, Profiles, Figures };
inline constexpr ReportChartKind kAllReportCharts[] = {
    ReportChartKind::Scores, ReportChartKind::Contributions, ReportChartKind::Profiles,
    ReportChartKind::Figures};

class ReportCharts {
public:
    // `dpi` is the resolution of the device the charts will be drawn on. It must match the
    // resolution Qt measures chart fonts at (reportDpi()), or labels come out too big or too
    // small for the boxes the chart laid out for them.
    ReportCharts(const KnowledgeBase& kb, const Evaluation& evaluation, int dpi);
    // Only the charts of these kinds, in report order (one at a time keeps each GUI-thread
    // step short).
    ReportCharts(const KnowledgeBase& kb, const Evaluation& evaluation, int dpi,
                 std::span<const ReportChartKind> kinds);
    ~ReportCharts();
    ReportCharts(const ReportCharts&) = delete;
    ReportCharts& operator=(const ReportCharts&) = delete;

    [[nodiscard]] int count() const { return static_cast<int>(views_.size()); }
    // The chart's size on the page, in device pixels at the dpi given.
    [[nodiscard]] QSizeF size(int chart) const;
    [[nodiscard]] QString title(int chart) const;

    // Draws the chart into `target` (same size as size(chart)) through its scene.
    void render(int chart, QPainter* painter, const QRectF& target) const;
    // Every chart drawn once into a picture, for drawing later on any thread.
    [[nodiscard]] RecordedCharts recorded() const;

private:
    std::vector<std::unique_ptr<ResultChartView>> views_;
    std::vector<QSizeF> sizes_;
    int dpi_;
};

// The resolution Qt lays chart and document text out at: the primary screen's logical dpi (96
// under the offscreen platform). Report devices (QPdfWriter, QPrinter) are set to it.
int reportDpi();

} // namespace advisor::ui
