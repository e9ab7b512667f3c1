#include "ui/evidence/evidence_card_delegate.h"

#include "core/model/explanations.h"
#include "ui/chart_style.h"
#include "ui/evidence/evidence_model.h"
#include "ui/phrase_text.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextDocument>
#include <QTreeView>
#include <algorithm>
#include <cmath>

namespace advisor::ui {
namespace {

constexpr int kPadding = 8; // inside a card
constexpr int kGap = 6;     // between cards

QString colour(const QColor& c) {
    return c.name(QColor::HexRgb);
}

// An accent for "outside the article" that reads on light and dark backgrounds.
QColor outsideColour(const QPalette& palette) {
    return isDarkPalette(palette) ? QColor(0xf0, 0xb0, 0x60) : QColor(0x8a, 0x4b, 0x00);
}

// Measurements from the user's machine, distinct from the article's words.
QColor measuredColour(const QPalette& palette) {
    return isDarkPalette(palette) ? QColor(0x7f, 0xc4, 0xf0) : QColor(0x1f, 0x5f, 0x8b);
}

QString escaped(const QVariant& value) {
    return value.toString().toHtmlEscaped();
}

} // namespace

EvidenceCardDelegate::EvidenceCardDelegate(QTreeView* view)
    : QStyledItemDelegate(view), view_(view) {}

void EvidenceCardDelegate::setShowIds(bool show) {
    showIds_ = show;
    view_->doItemsLayout(); // heights change with the extra line
    view_->viewport()->update();
}

QString EvidenceCardDelegate::cardHtml(const QModelIndex& index, const QPalette& palette,
                                       bool selected) const {
    const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor muted = selected ? text : palette.color(QPalette::PlaceholderText);
    const auto kind = static_cast<EvidenceModel::Kind>(index.data(EvidenceModel::KindRole).toInt());
    QString html = QStringLiteral("<div style=\"color:%1\">").arg(colour(text));
    const QString id = showIds_
                           ? QStringLiteral(" <span style=\"color:%1\">[%2]</span>")
                                 .arg(colour(muted), escaped(index.data(EvidenceModel::IdRole)))
                           : QString();
    if (kind == EvidenceModel::Kind::Criterion) {
        html += QStringLiteral("<p style=\"margin:0\"><span style=\"font-size:large; "
                               "font-weight:bold\">%1</span> <span style=\"color:%2\">%3</span>%4"
                               "</p><p style=\"margin:0; color:%2\">%5</p>")
                    .arg(escaped(index.data(Qt::DisplayRole)), colour(muted),
                         escaped(index.data(EvidenceModel::EffectRole)), id,
                         escaped(index.data(EvidenceModel::SummaryRole)));
        return html + QStringLiteral("</div>");
    }
    const auto p = [](const QString& style, const QString& body) {
        return QStringLiteral("<p style=\"margin:0 0 3px 0;%1\">%2</p>").arg(style, body);
    };
    html += p(QString(), escaped(index.data(EvidenceModel::SummaryRole)));
    if (const QString quote = index.data(EvidenceModel::QuoteRole).toString(); !quote.isEmpty())
        html += p(QStringLiteral("font-style:italic"),
                  tr("The article: “%1”").arg(quote.toHtmlEscaped()));
    QString source = escaped(index.data(EvidenceModel::CitationRole));
    if (index.data(EvidenceModel::OutsideArticleRole).toBool())
        source = QStringLiteral("<span style=\"color:%1; font-weight:bold\">%2</span>")
                     .arg(colour(selected ? text : outsideColour(palette)), source);
    html += p(QStringLiteral("color:%1").arg(colour(muted)), source + id);
    if (const QString figure = index.data(EvidenceModel::FigureRole).toString(); !figure.isEmpty())
        html += p(QString(), tr("<b>Figure:</b> %1").arg(figure.toHtmlEscaped()));
    if (const QString m = index.data(EvidenceModel::MeasuredRole).toString(); !m.isEmpty())
        html += p(QStringLiteral("color:%1").arg(colour(selected ? text : measuredColour(palette))),
                  m.toHtmlEscaped());
    QString effect = escaped(index.data(EvidenceModel::EffectRole));
    if (const QString by = index.data(EvidenceModel::AppliedByRole).toString(); !by.isEmpty())
        effect = tr("<b>Applied by your answers:</b> %1. %2").arg(by.toHtmlEscaped(), effect);
    html += p(QString(), effect);
    html += p(QStringLiteral("color:%1").arg(colour(muted)),
              tr("Ratings (0–10): %1 · favours %2")
                  .arg(escaped(index.data(EvidenceModel::RatingsRole)),
                       escaped(index.data(EvidenceModel::FavoursRole))));
    return html + QStringLiteral("</div>");
}

int EvidenceCardDelegate::textWidth(const QModelIndex& index) const {
    int depth = 0;
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        ++depth;
    const int width = view_->viewport()->width() - depth * view_->indentation() - 2 * kPadding;
    return std::max(width, 120);
}

void EvidenceCardDelegate::layOut(QTextDocument& document, const QModelIndex& index,
                                  const QPalette& palette, bool selected, int width) const {
    document.setDocumentMargin(0);
    document.setDefaultFont(view_->font());
    document.setHtml(cardHtml(index, palette, selected));
    document.setTextWidth(width);
}

QSize EvidenceCardDelegate::sizeHint(const QStyleOptionViewItem& option,
                                     const QModelIndex& index) const {
    QTextDocument document;
    const int width = textWidth(index);
    layOut(document, index, option.palette, false, width);
    return {width + 2 * kPadding,
            static_cast<int>(std::ceil(document.size().height())) + 2 * kPadding + kGap};
}

void EvidenceCardDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const {
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const bool item = index.parent().isValid();
    const QRect card = option.rect.adjusted(0, 0, 0, -kGap);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (selected || item) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(
            option.palette.color(selected ? QPalette::Highlight : QPalette::AlternateBase));
        painter->drawRoundedRect(card, 4, 4);
    }
    if (option.state.testFlag(QStyle::State_HasFocus)) {
        QPen focus(option.palette.color(QPalette::Highlight));
        focus.setWidth(2);
        painter->setPen(focus);
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(card.adjusted(1, 1, -1, -1), 4, 4);
    }
    QTextDocument document;
    layOut(document, index, option.palette, selected, card.width() - 2 * kPadding);
    painter->translate(card.topLeft() + QPoint(kPadding, kPadding));
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = QRectF(0, 0, card.width() - 2 * kPadding, card.height() - 2 * kPadding);
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

} // namespace advisor::ui
