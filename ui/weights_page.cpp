#include "ui/weights_page.h"

#include "core/model/explanations.h"
#include "ui/decision_session.h"
#include "ui/locale_format.h"
#include "ui/phrase_text.h"
#include "ui/results/lenses_panel.h"
#include "ui/weights/flip_chart.h"
#include "ui/weights/pairwise_panel.h"
#include "ui/weights/sentence_list.h"
#include "ui/weights/weight_sliders.h"
#include "ui/weights/win_probability_chart.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace advisor::ui {
namespace {

QString sourceText(WeightSource source) {
    switch (source) {
    case WeightSource::Answers:
        return WeightsPage::tr("Weights: from your answers");
    case WeightSource::Direct:
        return WeightsPage::tr("Weights: set directly");
    case WeightSource::Pairwise:
        return WeightsPage::tr("Weights: from pairwise comparisons");
    case WeightSource::Group:
        return WeightsPage::tr("Weights: the respondents’ weights combined");
    }
    return {};
}

QGroupBox* group(const QString& title, QWidget* content, QWidget* parent) {
    auto* box = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(box);
    content->setParent(box);
    layout->addWidget(content);
    return box;
}

} // namespace

WeightsPage::WeightsPage(DecisionSession* session, QWidget* parent)
    : QWidget(parent), session_(session) {
    setObjectName(QStringLiteral("weightsPage"));
    const auto& kb = session_->knowledgeBase();

    // Everything scrolls so that nothing is cut off on a small screen (1024×700).
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("weightsScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto* content = new QWidget(scroll);
    auto* rows = new QVBoxLayout(content);

    pairwise_ = new PairwisePanel(session_, content);
    pairwise_->setObjectName(QStringLiteral("pairwisePanel"));
    flipChart_ = new FlipChart(kb, content);
    flipChart_->setObjectName(QStringLiteral("flipChart"));
    winChart_ = new WinProbabilityChart(kb, content);
    winChart_->setObjectName(QStringLiteral("winProbabilityChart"));
    answerFlipSentences_ =
        new SentenceList(tr("If one answer changed"),
                         tr("No single answer, changed alone, would change the winner."), content);
    answerFlipSentences_->setObjectName(QStringLiteral("answerFlipSentences"));

    // Each row shares its width by need: the matrix wants room for its column names, the flip
    // chart for its legend; sliders and bars do well narrower.
    auto* top = new QHBoxLayout;
    top->addWidget(buildWeightsBox(content), 2);
    top->addWidget(group(tr("Pairwise comparisons (AHP)"), pairwise_, content), 3);
    rows->addLayout(top);
    // Beside the criteria: the team's situation, weighed by one control of its own.
    lenses_ = new LensesPanel(kb, QStringLiteral("weights_"), content);
    rows->addWidget(lenses_);
    auto* charts = new QHBoxLayout;
    charts->addWidget(group(tr("Where the winner changes"), flipChart_, content), 3);
    charts->addWidget(group(tr("How often each alternative wins"), winChart_, content), 2);
    rows->addLayout(charts, 1);
    rows->addWidget(group(tr("What else would change the answer"), answerFlipSentences_, content));
    scroll->setWidget(content);

    connect(sliders_, &WeightSliders::weightsEdited, session_,
            [this](const std::vector<double>& weights) { session_->setWeightOverride(weights); });
    connect(reset_, &QPushButton::clicked, session_, &DecisionSession::resetWeights);
    connect(lenses_, &LensesPanel::countsChosen, session_,
            [this](double counts) { session_->setSituationCounts(counts); });
    connect(session_, &DecisionSession::evaluationChanged, this, &WeightsPage::showEvaluation);
    showEvaluation();
}

QWidget* WeightsPage::buildWeightsBox(QWidget* parent) {
    auto* box = new QGroupBox(tr("Criterion weights"), parent);
    auto* layout = new QVBoxLayout(box);

    auto* sourceRow = new QHBoxLayout;
    source_ = new QLabel(box);
    source_->setObjectName(QStringLiteral("weightSource"));
    reset_ = new QPushButton(tr("&Reset to answers’ weights"), box);
    reset_->setObjectName(QStringLiteral("resetWeightsButton"));
    reset_->setToolTip(tr("Drop the weights set here and use the ones your answers imply"));
    sourceRow->addWidget(source_, 1);
    sourceRow->addWidget(reset_);
    layout->addLayout(sourceRow);

    auto* hint = new QLabel(tr("Move a slider to set a weight directly; the others shrink or "
                               "grow in proportion so that all add up to 1."),
                            box);
    hint->setWordWrap(true);
    layout->addWidget(hint);

    sliders_ = new WeightSliders(session_->knowledgeBase(), box);
    sliders_->setObjectName(QStringLiteral("weightSliders"));
    layout->addWidget(sliders_);

    // Right under the sliders: how far each one can move before the winner changes.
    flipSentences_ = new SentenceList(tr("If one weight changed"), QString(), box);
    flipSentences_->setObjectName(QStringLiteral("flipSentences"));
    layout->addSpacing(layout->spacing());
    layout->addWidget(flipSentences_);
    layout->addStretch(1);
    return box;
}

void WeightsPage::showEvaluation() {
    const Evaluation& ev = session_->shownEvaluation();
    source_->setText(sourceText(ev.weightSource));
    reset_->setEnabled(ev.weightSource != WeightSource::Answers);
    sliders_->setWeights(ev.weights);
    lenses_->showEvaluation(ev);
    flipChart_->setEvaluation(ev);
    winChart_->setEvaluation(ev);
    const auto& kb = session_->knowledgeBase();
    QStringList flips;
    for (const auto& point : ev.sensitivity.flipPoints)
        flips << phraseText(flipPhrase(kb, ev, point, localeNumberFormat()));
    flipSentences_->setSentences(flips);
    QStringList answerFlips;
    for (const auto& flip : ev.sensitivity.answerFlips)
        answerFlips << phraseText(answerFlipPhrase(kb, flip));
    answerFlipSentences_->setSentences(answerFlips);
}

} // namespace advisor::ui
