#include "ui/report/html_report.h"

#include "core/base/atomic_file.h"
#include "ui/report/gui_application_scope.h"
#include "ui/report/report_body.h"
#include "ui/report/report_charts.h"

#include <QCoreApplication>
#include <string_view>

namespace advisor::ui {

QByteArray htmlReport(const ReportInput& input) {
    return htmlReport(input, ReportCharts(input.kb, input.evaluation, reportDpi()).recorded());
}

QByteArray htmlReport(const ReportInput& input, const RecordedCharts& charts) {
    ReportChartMarkup markup;
    for (int i = 0; i < charts.count(); ++i)
        markup.charts << QString::fromUtf8(charts.svg(i));

    const QString title = escapeHtml(reportTitle(input));
    const QString date = escapeHtml(reportDate(input));
    const QString generator = escapeHtml(generatorName());
    const QString knowledgeBase =
        QCoreApplication::translate("HtmlReport", "Knowledge base %1 (%2)")
            .arg(escapeHtml(input.kb.version), escapeHtml(input.kb.hash));
    const QString seed =
        QCoreApplication::translate("HtmlReport", "Monte Carlo seed %1, %2 samples")
            .arg(QString::number(input.settings.seed), QString::number(input.settings.samples));

    // The policy makes the no-script, no-fetch promise explicit to the browser too.
    QString html =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                       "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
                       "'none'; style-src 'unsafe-inline'\">\n"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                       "<meta name=\"generator\" content=\"%1\">\n<title>%2</title>\n"
                       "<style>%3</style>\n</head>\n<body>\n"
                       "<header class=\"page\"><span>%2</span><span>%4</span></header>\n")
            .arg(generator, title, reportCss(true), date);
    html += reportBodyHtml(input, markup);
    html += QStringLiteral("<footer class=\"page\"><span>%1</span><span>%2 · %3</span></footer>\n"
                           "</body>\n</html>\n")
                .arg(generator, knowledgeBase, seed);
    return html.toUtf8();
}

Status writeHtmlReport(const ReportInput& input, const std::string& path) {
    if (auto ok = checkWritableTarget(path); !ok)
        return ok;
    const GuiApplicationScope app;
    if (!app.ok())
        return Error{path, "", "HTML reports need the GUI application"};
    const QByteArray bytes = htmlReport(input);
    return writeFileAtomically(
        path, std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
}

} // namespace advisor::ui
