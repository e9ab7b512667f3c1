#include "ui/weights/sentence_list.h"

#include <QLabel>
#include <QVBoxLayout>

namespace advisor::ui {

SentenceList::SentenceList(const QString& heading, const QString& emptyText, QWidget* parent)
    : QWidget(parent), emptyText_(emptyText) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* title = new QLabel(heading, this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    layout->addWidget(title);
    body_ = new QLabel(this);
    body_->setWordWrap(true);
    body_->setTextFormat(Qt::RichText);
    body_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(body_);
    setSentences({});
}

void SentenceList::setSentences(const QStringList& sentences) {
    sentences_ = sentences;
    if (sentences_.isEmpty()) {
        body_->setText(emptyText_.toHtmlEscaped());
        return;
    }
    // Sentences name criteria and options from the knowledge base: escape them, never trust them
    // as markup.
    QString html = QStringLiteral("<ul style=\"margin-left: 0px; -qt-list-indent: 1;\">");
    for (const QString& sentence : sentences_)
        html += QStringLiteral("<li>") + sentence.toHtmlEscaped() + QStringLiteral("</li>");
    body_->setText(html + QStringLiteral("</ul>"));
}

} // namespace advisor::ui
