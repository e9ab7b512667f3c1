// Weights & sensitivity: sliders and a pairwise (AHP) matrix to set the criterion weights, and
// what would change the recommendation: flip points chart, flip sentences, win probabilities.
#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
QT_END_NAMESPACE

namespace advisor::ui {

class DecisionSession;
class FlipChart;
class LensesPanel;
class PairwisePanel;
class SentenceList;
class WeightSliders;
class WinProbabilityChart;

class WeightsPage : public QWidget {
    Q_OBJECT

public:
    explicit WeightsPage(DecisionSession* session, QWidget* parent = nullptr);

private:
    QWidget* buildWeightsBox(QWidget* parent);
    // Shows the evaluation in force; every part redraws in place.
    void showEvaluation();

    DecisionSession* session_;
    QLabel* source_ = nullptr;
    QPushButton* reset_ = nullptr;
    WeightSliders* sliders_ = nullptr;
    PairwisePanel* pairwise_ = nullptr;
    LensesPanel* lenses_ = nullptr;
    FlipChart* flipChart_ = nullptr;
    WinProbabilityChart* winChart_ = nullptr;
    SentenceList* flipSentences_ = nullptr;
    SentenceList* answerFlipSentences_ = nullptr;
};

} // namespace advisor::ui
