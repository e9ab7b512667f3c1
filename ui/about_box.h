// The About box: the app's version and which knowledge base it reasons from (version, content
// hash, and the article the evidence comes from).
#pragma once

#include <QString>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace advisor {
struct KnowledgeBase;
}

namespace advisor::ui {

// Rich text; every knowledge-base string in it is escaped.
QString aboutText(const KnowledgeBase& kb);
void showAboutBox(QWidget* parent, const KnowledgeBase& kb);

} // namespace advisor::ui
