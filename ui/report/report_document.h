// The report laid out for paper: the shared HTML body in a QTextDocument with the charts placed
// as vector objects, cut into A4 pages with the title and date in a header and page numbers in
// a footer. The PDF writer and the print preview both draw through it, so they match.
#pragma once

#include "core/report/report_input.h"
#include "ui/report/report_charts.h"

#include <QString>
#include <memory>

QT_BEGIN_NAMESPACE
class QPagedPaintDevice;
class QTextDocument;
QT_END_NAMESPACE

namespace advisor::ui {

class ReportDocument {
public:
    // Draws the charts: GUI thread only.
    explicit ReportDocument(const ReportInput& input);
    // With charts drawn beforehand: any thread may make and paint the document.
    ReportDocument(const ReportInput& input, RecordedCharts charts);
    ~ReportDocument();
    ReportDocument(const ReportDocument&) = delete;
    ReportDocument& operator=(const ReportDocument&) = delete;

    [[nodiscard]] QString title() const { return title_; }

    // A4 portrait with the report's margins. The device's resolution must also be reportDpi()
    // (QPdfWriter::setResolution, QPrinter::setResolution) for the charts' text to fit.
    static void setUpPage(QPagedPaintDevice& device);

    // Draws every page onto `device`, starting on its current page; returns the number of
    // pages, or 0 when no painter could be opened on it.
    int paint(QPagedPaintDevice& device);

private:
    RecordedCharts charts_; // outlives document_, whose objects draw them
    std::unique_ptr<QTextDocument> document_;
    QString title_;
    QString date_;
    QString footer_;
};

} // namespace advisor::ui
