// One slider per criterion for setting the weights directly, kept normalised: moving one
// rescales the others in proportion. Shows each weight as a number.
#pragma once

#include "core/kb/knowledge_base.h"

#include <QWidget>
#include <vector>

QT_BEGIN_NAMESPACE
class QLabel;
class QSlider;
QT_END_NAMESPACE

namespace advisor::ui {

class WeightSliders : public QWidget {
    Q_OBJECT

public:
    // Slider positions per unit of weight: 0.001 steps are finer than the two decimals shown.
    static constexpr int kResolution = 1000;

    WeightSliders(const KnowledgeBase& kb, QWidget* parent);

    // Shows the weights in force; does not emit weightsEdited.
    void setWeights(const std::vector<double>& weights);
    [[nodiscard]] const std::vector<double>& weights() const { return weights_; }

    [[nodiscard]] QSlider* slider(std::size_t criterion) const { return sliders_[criterion]; }
    [[nodiscard]] QLabel* valueLabel(std::size_t criterion) const { return values_[criterion]; }

signals:
    // The user moved a slider: the new, normalised weights for every criterion.
    void weightsEdited(const std::vector<double>& weights);

private:
    void onSliderMoved(std::size_t criterion, int position);
    void showWeights();

    std::vector<double> weights_;
    std::vector<QSlider*> sliders_;
    std::vector<QLabel*> values_;
};

} // namespace advisor::ui
