// Weights & sensitivity: sliders and a pairwise (AHP) matrix to set the criterion weights, and
// what would change the recommendation: flip points chart, flip sentences, win probabilities.
#pragma once

#include <QWidget>

namespace advisor::ui {

class DecisionSession;

class WeightsPage : public QWidget {
    Q_OBJECT

public:
    explicit WeightsPage(DecisionSession* session, QWidget* parent = nullptr);

private:
    DecisionSession* session_;
};

} // namespace advisor::ui
