#include "ui/weights/weight_sliders.h"

#include "core/model/explanations.h"
#include "ui/locale_format.h"
#include "ui/weights/weight_rebalance.h"

#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <cmath>

namespace advisor::ui {

WeightSliders::WeightSliders(const KnowledgeBase& kb, QWidget* parent)
    : QWidget(parent), weights_(kb.criteria.size(), 0.0) {
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(1, 1);
    for (std::size_t c = 0; c < kb.criteria.size(); ++c) {
        const auto& criterion = kb.criteria[c];
        const QString name = QString::fromStdString(criterion.name);
        const QString id = QString::fromStdString(criterion.id);
        const QString description = QString::fromStdString(criterion.description);

        auto* label = new QLabel(name, this);
        auto* slider = new QSlider(Qt::Horizontal, this);
        auto* value = new QLabel(this);
        label->setBuddy(slider);
        label->setToolTip(description);

        slider->setObjectName(QStringLiteral("weightSlider_") + id);
        slider->setRange(0, kResolution);
        slider->setSingleStep(kResolution / 100); // arrow keys move by 0.01
        slider->setPageStep(kResolution / 10);    // Page Up/Down by 0.1
        slider->setFocusPolicy(Qt::StrongFocus);
        slider->setAccessibleName(tr("Weight of %1").arg(name));
        slider->setAccessibleDescription(description);
        slider->setToolTip(description);

        value->setObjectName(QStringLiteral("weightValue_") + id);
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        value->setAccessibleName(tr("Weight of %1, value").arg(name));
        // Room for "1.00" so the sliders do not shift as the numbers change.
        value->setMinimumWidth(value->fontMetrics().horizontalAdvance(QStringLiteral("0.000")));

        const int row = static_cast<int>(c);
        grid->addWidget(label, row, 0);
        grid->addWidget(slider, row, 1);
        grid->addWidget(value, row, 2);
        sliders_.push_back(slider);
        values_.push_back(value);

        // valueChanged covers dragging, clicks on the groove and the keyboard alike.
        connect(slider, &QSlider::valueChanged, this,
                [this, c](int position) { onSliderMoved(c, position); });
    }
    showWeights();
}

void WeightSliders::setWeights(const std::vector<double>& weights) {
    if (weights.size() != weights_.size())
        return;
    weights_ = weights;
    showWeights();
}

void WeightSliders::onSliderMoved(std::size_t criterion, int position) {
    weights_ = rebalanceWeights(weights_, criterion, static_cast<double>(position) / kResolution);
    showWeights();
    emit weightsEdited(weights_);
}

void WeightSliders::showWeights() {
    for (std::size_t c = 0; c < weights_.size(); ++c) {
        // Moving the other sliders must not feed back into onSliderMoved.
        const QSignalBlocker blocker(sliders_[c]);
        sliders_[c]->setValue(static_cast<int>(std::lround(weights_[c] * kResolution)));
        values_[c]->setText(
            QString::fromStdString(formatWeight(weights_[c], localeNumberFormat())));
    }
}

} // namespace advisor::ui
