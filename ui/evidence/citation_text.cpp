#include "ui/evidence/citation_text.h"

#include "core/kb/knowledge_base.h"
#include "core/model/explanations.h"
#include "ui/phrase_text.h"

#include <QCoreApplication>

namespace advisor::ui {

QString citationLine(const Citation& source) {
    const QString text = QString::fromStdString(source.text());
    return source.outsideArticle ? QCoreApplication::translate("advisor::ui::Citation", "%1: %2")
                                       .arg(phraseText(outsideArticlePhrase()), text)
                                 : text;
}

QString citationTooltip(const Citation& source) {
    QString html = QStringLiteral("<p>%1</p>").arg(citationLine(source).toHtmlEscaped());
    if (!source.outsideArticle && !source.quote.empty())
        html += QStringLiteral("<p><i>\u201c%1\u201d</i></p>")
                    .arg(QString::fromStdString(source.quote).toHtmlEscaped());
    return html;
}

} // namespace advisor::ui
