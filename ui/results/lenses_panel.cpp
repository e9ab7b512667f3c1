#include "ui/results/lenses_panel.h"

#include "core/kb/knowledge_base.h"
#include "core/model/evaluation.h"
#include "core/model/situation_explanations.h"
#include "ui/locale_format.h"
#include "ui/phrase_text.h"

#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <cmath>

namespace advisor::ui {
namespace {

QLabel* sentenceLabel(QWidget* parent, const QString& objectName) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText); // knowledge-base text is never markup
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString percent(int value) {
    return LensesPanel::tr("%1 %", "how much the situation counts, in per cent").arg(value);
}

} // namespace

LensesPanel::LensesPanel(const KnowledgeBase& kb, const QString& namePrefix, QWidget* parent)
    : QGroupBox(tr("Two lenses: the article, and your situation"), parent), kb_(kb),
      article_(sentenceLabel(this, namePrefix + QStringLiteral("articleLensLabel"))),
      situation_(sentenceLabel(this, namePrefix + QStringLiteral("situationLensLabel"))),
      countsCaption_(new QLabel(tr("How much your &situation counts:"), this)),
      slider_(new QSlider(Qt::Horizontal, this)), countsValue_(new QLabel(this)),
      flip_(sentenceLabel(this, namePrefix + QStringLiteral("situationFlipLabel"))),
      disputed_(sentenceLabel(this, namePrefix + QStringLiteral("disputedSituationLabel"))),
      advice_(sentenceLabel(this, namePrefix + QStringLiteral("closeCallAdviceLabel"))) {
    setObjectName(namePrefix + QStringLiteral("lensesPanel"));
    buildRows(namePrefix);
}

void LensesPanel::buildRows(const QString& namePrefix) {
    slider_->setObjectName(namePrefix + QStringLiteral("situationCountsSlider"));
    slider_->setRange(0, 100);
    slider_->setSingleStep(5);
    slider_->setPageStep(25);
    slider_->setTickPosition(QSlider::TicksBelow);
    slider_->setTickInterval(25);
    slider_->setAccessibleName(tr("How much your situation counts"));
    slider_->setAccessibleDescription(
        tr("0 % is the article's criteria alone; 100 % counts your situation's facts in full, "
           "up to the most they can move a lead."));
    countsCaption_->setBuddy(slider_);
    countsValue_->setObjectName(namePrefix + QStringLiteral("situationCountsValue"));
    countsValue_->setMinimumWidth(countsValue_->fontMetrics().horizontalAdvance(percent(100)));
    countsValue_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    disputed_->setForegroundRole(QPalette::PlaceholderText);
    connect(slider_, &QSlider::valueChanged, this, [this](int value) {
        countsValue_->setText(percent(value));
        emit countsChosen(value / 100.0);
    });

    auto* grid = new QGridLayout(this);
    grid->addWidget(article_, 0, 0, 1, 3);
    grid->addWidget(situation_, 1, 0, 1, 3);
    grid->addWidget(countsCaption_, 2, 0);
    grid->addWidget(slider_, 2, 1);
    grid->addWidget(countsValue_, 2, 2);
    grid->addWidget(flip_, 3, 0, 1, 3);
    grid->addWidget(disputed_, 4, 0, 1, 3);
    grid->addWidget(advice_, 5, 0, 1, 3);
    grid->setColumnStretch(1, 1);
}

void LensesPanel::showEvaluation(const Evaluation& evaluation) {
    const NumberFormat numbers = localeNumberFormat();
    article_->setText(phraseText(articleLensPhrase(kb_, evaluation, numbers)));
    situation_->setText(phraseText(situationLensPhrase(kb_, evaluation, numbers)));
    const bool weighed = !kb_.situation.empty();
    const int value = static_cast<int>(std::lround(evaluation.situation.counts * 100.0));
    {
        const QSignalBlocker quiet(slider_);
        slider_->setValue(value);
    }
    countsValue_->setText(percent(value));
    for (QWidget* w : {static_cast<QWidget*>(countsCaption_), static_cast<QWidget*>(slider_),
                       static_cast<QWidget*>(countsValue_), static_cast<QWidget*>(flip_)})
        w->setVisible(weighed);
    flip_->setText(weighed ? phraseText(situationFlipPhrase(kb_, evaluation, numbers)) : QString());
    const auto disputed = disputedSituationPhrase(kb_, evaluation);
    disputed_->setText(disputed ? phraseText(*disputed) : QString());
    disputed_->setVisible(disputed.has_value());
    const auto advice = closeCallAdvicePhrase(kb_, evaluation);
    advice_->setText(advice ? phraseText(*advice) : QString());
    advice_->setVisible(advice.has_value());
    setAccessibleDescription(text());
}

QString LensesPanel::text() const {
    QStringList parts;
    for (const QLabel* label : {article_, situation_, flip_, disputed_, advice_})
        if (!label->text().isEmpty())
            parts << label->text();
    return parts.join(QLatin1Char('\n'));
}

} // namespace advisor::ui
