#include "ui/results/recommendation_banner.h"

#include "core/evaluation.h"
#include "core/explanations.h"
#include "core/knowledge_base.h"
#include "ui/chart_style.h"
#include "ui/locale_format.h"
#include "ui/phrase_text.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace advisor::ui {
namespace {

QLabel* plainLabel(QWidget* parent, const QString& objectName) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText); // knowledge-base and user text is never markup
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

RecommendationBanner::RecommendationBanner(const KnowledgeBase& kb, QWidget* parent)
    : QFrame(parent), kb_(kb), stripe_(new QWidget(this)),
      verdict_(plainLabel(this, QStringLiteral("verdictLabel"))),
      headline_(plainLabel(this, QStringLiteral("headlineLabel"))),
      confidence_(plainLabel(this, QStringLiteral("confidenceLabel"))),
      hybrid_(plainLabel(this, QStringLiteral("hybridLabel"))),
      defaults_(plainLabel(this, QStringLiteral("defaultsLabel"))) {
    setObjectName(QStringLiteral("recommendationBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Recommendation"));
    stripe_->setFixedWidth(8);
    stripe_->setAutoFillBackground(true);

    QFont font = headline_->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    headline_->setFont(font);
    QFont small = verdict_->font();
    small.setBold(true);
    small.setCapitalization(QFont::AllUppercase);
    verdict_->setFont(small);
    defaults_->setForegroundRole(QPalette::PlaceholderText);

    auto* text = new QVBoxLayout;
    text->addWidget(verdict_);
    text->addWidget(headline_);
    text->addWidget(confidence_);
    text->addWidget(hybrid_);
    text->addWidget(defaults_);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 8, 0);
    layout->addWidget(stripe_);
    layout->addLayout(text, 1);
}

void RecommendationBanner::showEvaluation(const Evaluation& evaluation) {
    const Recommendation& rec = evaluation.recommendation;
    QPalette stripe = stripe_->palette();
    stripe.setColor(QPalette::Window, alternativeColor(kb_, rec.winner));
    stripe_->setPalette(stripe);

    verdict_->setText(tr("Verdict: %1").arg(phraseText(verdictPhrase(rec.verdict))));
    headline_->setText(phraseText(headlinePhrase(kb_, evaluation, localeNumberFormat())));
    confidence_->setText(phraseText(confidencePhrase(kb_, evaluation, localeNumberFormat())));
    confidence_->setVisible(!confidence_->text().isEmpty());
    hybrid_->setText(rec.hybrid
                         ? tr("Consider a hybrid: %1").arg(QString::fromStdString(*rec.hybrid))
                         : QString());
    hybrid_->setVisible(rec.hybrid.has_value());

    QStringList defaults;
    for (std::size_t q : evaluation.defaultsUsed) {
        const Question& question = kb_.questions[q];
        QStringList labels;
        for (std::size_t o : question.defaultOptions)
            labels << QString::fromStdString(question.options[o].label);
        defaults << tr("%1 → %2").arg(QString::fromStdString(question.text),
                                      labels.isEmpty() ? tr("none") : labels.join(tr(", ")));
    }
    defaults_->setText(defaults.isEmpty()
                           ? tr("Every question was answered; no defaults were used.")
                           : tr("Unanswered, so neutral defaults were used (%1): %2")
                                 .arg(defaults.size())
                                 .arg(defaults.join(tr("; "))));
    setAccessibleDescription(text());
}

QString RecommendationBanner::text() const {
    QStringList parts;
    for (const QLabel* label : {verdict_, headline_, confidence_, hybrid_, defaults_})
        if (!label->text().isEmpty())
            parts << label->text();
    return parts.join(QLatin1Char('\n'));
}

} // namespace advisor::ui
