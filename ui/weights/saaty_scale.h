// Saaty's 1/9..9 judgement scale as the pairwise editor offers it, and how a judgement is
// written ("3", "1/3").
#pragma once

#include <QString>
#include <array>

namespace advisor::ui {

// 1/9, 1/8, ... 1/2, 1, 2, ... 9: the seventeen judgements the editor offers, in order.
const std::array<double, 17>& saatyScale();
// The offered judgement nearest to `value` on a log scale (so 1/3 and 3 are equally far from 1).
double nearestSaaty(double value);
QString saatyText(double value);

} // namespace advisor::ui
