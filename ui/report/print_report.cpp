#include "ui/report/print_report.h"

#include "ui/report/gui_report_writers.h"
#include "ui/report/report_body.h"
#include "ui/report/report_charts.h"
#include "ui/report/report_document.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>

namespace advisor::ui {
namespace {

// The translation context of this file's texts.
struct ReportExport {
    Q_DECLARE_TR_FUNCTIONS(ReportExport)
};

// A file name from the title: letters, digits and dashes, so it is safe on every system.
QString suggestedFileName(const ReportInput& input) {
    QString name = reportTitle(input).toLower();
    name.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    name = name.mid(0, 60);
    while (name.startsWith(QLatin1Char('-')))
        name.remove(0, 1);
    while (name.endsWith(QLatin1Char('-')))
        name.chop(1);
    return name.isEmpty() ? QStringLiteral("backend-decision") : name;
}

} // namespace

void printReport(QWidget* parent, const ReportInput& input) {
    ReportDocument document(input);
    QPrinter printer(QPrinter::ScreenResolution);
    printer.setResolution(reportDpi()); // see ReportDocument::setUpPage
    printer.setDocName(document.title());
    ReportDocument::setUpPage(printer);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(ReportExport::tr("Print Report"));
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
                     [&document](QPrinter* target) { document.paint(*target); });
    preview.exec();
}

QString askReportExportPath(QWidget* parent, const ReportInput& input) {
    struct Format {
        QString filter;
        QString extension;
    };
    const Format formats[] = {
        {ReportExport::tr("PDF document (*.pdf)"), QStringLiteral(".pdf")},
        {ReportExport::tr("Web page (*.html)"), QStringLiteral(".html")},
        {ReportExport::tr("Markdown decision record (*.md)"), QStringLiteral(".md")},
        {ReportExport::tr("JSON report, re-importable (*.json)"), QStringLiteral(".json")},
    };
    QStringList filters;
    for (const Format& f : formats)
        filters << f.filter;
    QString selected = formats[0].filter;
    QString path = QFileDialog::getSaveFileName(
        parent, ReportExport::tr("Export Report"),
        QDir::home().filePath(suggestedFileName(input) + formats[0].extension),
        filters.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty())
        return path;
    // A name typed without an extension takes the chosen filter's.
    if (reportExtension(path.toStdString()).empty())
        for (const Format& f : formats)
            if (f.filter == selected)
                path += f.extension;
    return path;
}

void showReportExportFailure(QWidget* parent, const Error& error) {
    QMessageBox::warning(parent, ReportExport::tr("Export Failed"),
                         ReportExport::tr("The report could not be written.") + QLatin1Char('\n') +
                             QString::fromStdString(error.oneLine()));
}

bool exportReport(QWidget* parent, const ReportInput& input) {
    const QString path = askReportExportPath(parent, input);
    if (path.isEmpty())
        return false;
    const std::string target = QFile::encodeName(path).toStdString();
    auto writer = reportWriterFor(target, guiReportWriters());
    Status written = writer ? (*writer)(input, target) : Status(writer.error());
    if (!written) {
        showReportExportFailure(parent, written.error());
        return false;
    }
    return true;
}

} // namespace advisor::ui
