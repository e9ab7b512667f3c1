// The report's style sheet, kept apart from the content so the look can change without touching
// what the report says.
#include "ui/report/report_body.h"

namespace advisor::ui {
namespace {

// Understood by QTextDocument (a CSS subset) and by browsers alike.
constexpr auto kCommonCss = R"(
h1 { font-size: 20pt; font-weight: bold; color: #1b2a3a; margin-top: 0; margin-bottom: 2px; }
h2 { font-size: 13pt; font-weight: bold; color: #1b2a3a; margin-top: 16px; margin-bottom: 6px; }
h3 { font-size: 10.5pt; font-weight: bold; color: #1b2a3a; margin-top: 12px; margin-bottom: 4px; }
p { margin-top: 3px; margin-bottom: 5px; }
li { margin-bottom: 3px; }
p.meta { color: #666666; font-size: 8.5pt; margin-bottom: 10px; }
p.winner { font-size: 15pt; color: #1b2a3a; margin-bottom: 2px; }
p.headline { font-size: 11pt; margin-bottom: 8px; }
p.notes { font-style: italic; color: #333333; }
p.charts { margin-top: 4px; margin-bottom: 4px; }
p.caption { font-size: 8pt; color: #555555; margin-bottom: 6px; }
table.facts { background-color: #f2f5f9; border-collapse: collapse; border-width: 0; margin-bottom: 6px; }
table.facts th { text-align: left; font-weight: bold; color: #1b2a3a; width: 22%; vertical-align: top; }
table.facts td { vertical-align: top; }
table.grid { border-collapse: collapse; border: 1px solid #c8ced6; margin-bottom: 6px; }
table.grid th { text-align: left; background-color: #e8edf3; border: 1px solid #c8ced6; }
table.grid td { border: 1px solid #c8ced6; vertical-align: top; }
table.grid th.num, td.num { text-align: right; }
tr.total td { background-color: #f2f5f9; }
.muted { color: #6b6b6b; }
.figure { color: #444444; font-style: italic; }
.cite { color: #555555; font-size: 8.5pt; }
.outside { color: #8a4b00; font-style: italic; }
.measured { color: #1f5f8b; }
p.source { font-size: 8.5pt; margin-top: 1px; margin-bottom: 2px; }
)";

// What only browsers apply: the page itself, the SVG charts' sizing and print breaks.
constexpr auto kBrowserCss = R"(
html { background: #ffffff; }
/* 184 mm less the padding leaves the 172 mm two charts of a row need side by side. */
body { font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; font-size: 10pt;
       line-height: 1.45; color: #222222; max-width: 184mm; margin: 2em auto; padding: 0 1em; }
header.page, footer.page { color: #666666; font-size: 8.5pt; display: flex;
       justify-content: space-between; border-color: #c8ced6; border-style: solid; border-width: 0; }
header.page { border-bottom-width: 1px; padding-bottom: 4px; margin-bottom: 14px; }
footer.page { border-top-width: 1px; padding-top: 4px; margin-top: 24px; }
table { width: 100%; }
table.facts th, table.facts td, table.grid th, table.grid td { padding: 4px 6px; }
p.charts { display: flex; flex-wrap: wrap; justify-content: space-between; }
p.charts svg { max-width: 100%; height: auto; }
/* QSvgGenerator names Qt's "Sans Serif", which is no CSS family: browsers would pick a serif. */
p.charts svg text { font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; }
@page { size: A4; margin: 14mm 16mm; }
@media print {
  body { margin: 0; max-width: none; padding: 0; }
  h2, h3 { break-after: avoid; }
  p.charts, tr, li { break-inside: avoid; }
}
)";

} // namespace

QString reportCss(bool forBrowser) {
    QString css = QString::fromUtf8(kCommonCss);
    if (forBrowser)
        css += QString::fromUtf8(kBrowserCss);
    return css;
}

} // namespace advisor::ui
