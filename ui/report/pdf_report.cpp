#include "ui/report/pdf_report.h"

#include "core/atomic_file.h"
#include "ui/report/gui_application_scope.h"
#include "ui/report/report_charts.h"
#include "ui/report/report_document.h"

#include <QBuffer>
#include <QPdfWriter>
#include <string_view>

namespace advisor::ui {

Result<QByteArray> pdfReport(const ReportInput& input, const std::string& pathForErrors) {
    ReportDocument document(input);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(reportDpi()); // see ReportDocument::setUpPage
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
