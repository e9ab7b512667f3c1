#include "ui/report/pdf_report.h"

#include "core/base/atomic_file.h"
#include "ui/report/gui_application_scope.h"
#include "ui/report/report_charts.h"
#include "ui/report/report_document.h"

#include <QBuffer>
#include <QPdfWriter>
#include <string_view>

namespace advisor::ui {

Result<QByteArray> pdfReport(const ReportInput& input, const std::string& pathForErrors) {
    return pdfReport(input, ReportCharts(input.kb, input.evaluation, reportDpi()).recorded(),
                     pathForErrors);
}

Result<QByteArray> pdfReport(const ReportInput& input, RecordedCharts charts,
                             const std::string& pathForErrors) {
    const int dpi = charts.dpi(); // not reportDpi(): the screen is the GUI thread's
    ReportDocument document(input, std::move(charts));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(dpi); // see ReportDocument::setUpPage
        writer.setTitle(document.title());
        writer.setCreator(QString::fromStdString(generatorName()));
        ReportDocument::setUpPage(writer);
        if (document.paint(writer) == 0)
            return Error{pathForErrors, "", "could not draw the PDF report"};
    } // the writer finishes the file when it goes
    return bytes;
}

Status writePdfReport(const ReportInput& input, const std::string& path) {
    // Refuse a bad target before the drawing work, as the command line does.
    if (auto ok = checkWritableTarget(path); !ok)
        return ok;
    const GuiApplicationScope app;
    if (!app.ok())
        return Error{path, "", "PDF reports need the GUI application"};
    auto bytes = pdfReport(input, path);
    if (!bytes)
        return bytes.error();
    return writeFileAtomically(
        path, std::string_view(bytes->constData(), static_cast<std::size_t>(bytes->size())));
}

} // namespace advisor::ui
