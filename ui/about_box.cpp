#include "ui/about_box.h"

#include "core/kb/knowledge_base.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <set>

namespace advisor::ui {
namespace {

QString escaped(const std::string& text) {
    return QString::fromStdString(text).toHtmlEscaped();
}

QString tr(const char* text) {
    return QCoreApplication::translate("AboutBox", text);
}

} // namespace

QString aboutText(const KnowledgeBase& kb) {
    QString html = tr("<h3>Backend Advisor %1</h3>"
                      "<p>Helps a team choose between Node.js and Python for a backend, with "
                      "the reasons and cited evidence behind the choice.</p>")
                       .arg(QCoreApplication::applicationVersion().toHtmlEscaped());
    html += tr("<p><b>Knowledge base:</b> %1<br>version %2<br>hash <code>%3</code></p>")
                .arg(escaped(kb.title), escaped(kb.version), escaped(kb.hash));
    // Every distinct source article, in the order the evidence first cites it.
    std::set<std::string> seen;
    QStringList sources;
    for (const EvidenceItem& item : kb.evidence) {
        const std::string key = item.source.title + '\n' + item.source.date;
        if (!seen.insert(key).second)
            continue;
        sources << tr("“%1” (%2)").arg(escaped(item.source.title), escaped(item.source.date));
    }
    if (!sources.isEmpty())
        html += tr("<p><b>Source:</b> %1</p>").arg(sources.join(QStringLiteral("<br>")));
    return html;
}

void showAboutBox(QWidget* parent, const KnowledgeBase& kb) {
    QMessageBox::about(parent, tr("About Backend Advisor"), aboutText(kb));
}

} // namespace advisor::ui
