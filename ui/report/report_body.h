// The report's content as HTML, section by section — summary, charts, reasons, answers,
// weights, sensitivity, consequences, sources — shared by the PDF (laid out by QTextDocument)
// and the HTML file so both carry what the Markdown decision record carries. Every user and
// knowledge-base text is HTML-escaped here, in one place.
#pragma once

#include "core/report/report_input.h"

#include <QString>
#include <QStringList>

namespace advisor::ui {

// How each chart appears in the body: inline <svg> for the HTML file, a placeholder object for
// QTextDocument.
struct ReportChartMarkup {
    QStringList charts;
};

// The body's markup uses only what both QTextDocument and browsers understand: headings,
// paragraphs, lists, tables and class attributes styled by reportCss().
QString reportBodyHtml(const ReportInput& input, const ReportChartMarkup& charts);

// The title as the user wrote it (plain, unescaped), or a default one.
QString reportTitle(const ReportInput& input);
// "2025-04-24", the UTC date the report was generated.
QString reportDate(const ReportInput& input);

// The body's style sheet. QTextDocument understands a subset of CSS; `forBrowser` adds the
// rules only browsers apply (page width, print breaks, SVG sizing).
QString reportCss(bool forBrowser);

// Text made safe to place between HTML tags or in a quoted attribute.
QString escapeHtml(const QString& text);
QString escapeHtml(const std::string& text);

} // namespace advisor::ui
