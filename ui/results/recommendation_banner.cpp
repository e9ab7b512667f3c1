#include "ui/results/recommendation_banner.h"

#include "core/kb/knowledge_base.h"
#include "core/model/evaluation.h"
#include "core/model/explanations.h"
#include "ui/chart_style.h"
#include "ui/locale_format.h"
#include "ui/phrase_text.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <algorithm>

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
      undecided_(plainLabel(this, QStringLiteral("undecidedLabel"))),
      hybrid_(plainLabel(this, QStringLiteral("hybridLabel"))),
      silent_(plainLabel(this, QStringLiteral("silentLabel"))),
      lab_(plainLabel(this, QStringLiteral("labLabel"))),
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
    text->addWidget(undecided_);
    text->addWidget(hybrid_);
    text->addWidget(silent_);
    text->addWidget(lab_);
    text->addWidget(defaults_);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 8, 0);
    layout->addWidget(stripe_);
    layout->addLayout(text, 1);
}

void RecommendationBanner::showEvaluation(const Evaluation& evaluation) {
    const Recommendation& rec = evaluation.recommendation;
    QPalette stripe = stripe_->palette();
    // A tie has no winner's colour.
    stripe.setColor(QPalette::Window,
                    rec.tied ? palette().color(QPalette::Mid) : alternativeColor(kb_, rec.winner));
    stripe_->setPalette(stripe);

    verdict_->setText(tr("Verdict: %1").arg(phraseText(verdictPhrase(rec.verdict))));
    headline_->setText(phraseText(headlinePhrase(kb_, evaluation, localeNumberFormat())));
    confidence_->setText(phraseText(confidencePhrase(kb_, evaluation, localeNumberFormat())));
    confidence_->setVisible(!confidence_->text().isEmpty());
    // The knowledge base's words for a tie, with the article's own sentence behind them.
    const bool undecided = rec.tied && kb_.undecided.has_value();
    undecided_->setText(undecided ? tr("%1 As the article puts it: \u201c%2.\u201d")
                                        .arg(QString::fromStdString(kb_.undecided->text),
                                             QString::fromStdString(kb_.undecided->source.quote))
                                  : QString());
    undecided_->setVisible(undecided);
    hybrid_->setText(rec.hybrid ? tr("Consider a hybrid (%1): %2")
                                      .arg(phraseText(outsideArticlePhrase()),
                                           QString::fromStdString(*rec.hybrid))
                                : QString());
    hybrid_->setVisible(rec.hybrid.has_value());
    QStringList silent;
    for (const AnswerRef& answer : evaluation.silentAnswers)
        silent << phraseText(silentAnswerPhrase(kb_, answer));
    silent_->setText(silent.join(QLatin1Char('\n')));
    silent_->setVisible(!silent.isEmpty());
    // Measurements from the user's machine are evidence of another kind: say so up front.
    QString lab;
    if (!evaluation.measured.empty()) {
        const QString date = QString::fromStdString(evaluation.measured.front().measuredOn);
        const bool replaces = std::any_of(evaluation.measured.begin(), evaluation.measured.end(),
                                          [](const MeasuredEvidence& m) { return m.replaces; });
        lab = replaces ? tr("Includes measurements from this machine (Evidence Lab, %1): they "
                            "replace the article's performance claims, each counting as much as "
                            "this machine confirms it.")
                             .arg(date)
                       : tr("Includes measurements from this machine (Evidence Lab, %1), shown "
                            "beside the article's performance claims, which still decide the "
                            "score.")
                             .arg(date);
    }
    lab_->setText(lab);
    lab_->setVisible(!lab.isEmpty());

    QStringList defaults;
    for (std::size_t q : evaluation.defaultsUsed) {
        const Question& question = kb_.questions[q];
        QStringList labels;
        for (std::size_t o : question.defaultOptions)
            labels << QString::fromStdString(question.options[o].label);
        defaults << tr("%1 → %2").arg(QString::fromStdString(question.text),
                                      labels.isEmpty() ? tr("none") : labels.join(tr(", ")));
    }
    if (defaults.isEmpty())
        defaults_->setText(tr("Every question was answered; no defaults were used."));
    else if (evaluation.defaultsUsed.size() == kb_.questions.size())
        defaults_->setText(tr("Nothing is answered yet: every question takes its neutral "
                              "default (%1).")
                               .arg(defaults.size()));
    else
        defaults_->setText(tr("Unanswered, so neutral defaults were used (%1): %2")
                               .arg(QString::number(defaults.size()), defaults.join(tr("; "))));
    setAccessibleDescription(text());
}

QString RecommendationBanner::text() const {
    QStringList parts;
    for (const QLabel* label :
         {verdict_, headline_, confidence_, undecided_, hybrid_, silent_, lab_, defaults_})
        if (!label->text().isEmpty())
            parts << label->text();
    return parts.join(QLatin1Char('\n'));
}

} // namespace advisor::ui
