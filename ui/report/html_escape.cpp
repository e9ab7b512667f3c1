#include "ui/report/report_body.h"

namespace advisor::ui {

QString escapeHtml(const QString& text) {
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&':
            out += QStringLiteral("&amp;");
            break;
        case '<':
            out += QStringLiteral("&lt;");
            break;
        case '>':
            out += QStringLiteral("&gt;");
            break;
        case '"':
            out += QStringLiteral("&quot;");
            break;
        case '\'':
            out += QStringLiteral("&#39;");
            break;
        default:
            // Control characters have no business in a report and some are invalid in HTML.
            if (c.unicode() >= 0x20 || c == QLatin1Char('\n') || c == QLatin1Char('\t'))
                out += c;
        }
    }
    return out;
}

QString escapeHtml(const std::string& text) {
    return escapeHtml(QString::fromStdString(text));
}

} // namespace advisor::ui
