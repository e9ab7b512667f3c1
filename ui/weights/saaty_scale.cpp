#include "ui/weights/saaty_scale.h"

#include <cmath>

namespace advisor::ui {

const std::array<double, 17>& saatyScale() {
    static const std::array<double, 17> scale = [] {
        std::array<double, 17> values{};
        for (int i = 0; i < 8; ++i) {
            values[static_cast<std::size_t>(i)] = 1.0 / (9 - i);
            values[static_cast<std::size_t>(16 - i)] = 9 - i;
        }
        values[8] = 1.0;
        return values;
    }();
    return scale;
}

double nearestSaaty(double value) {
    if (!(value > 0.0))
        return 1.0;
    double best = 1.0;
    double bestDistance = std::abs(std::log(value));
    for (double candidate : saatyScale()) {
        const double distance = std::abs(std::log(value / candidate));
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

QString saatyText(double value) {
    const double snapped = nearestSaaty(value);
    if (snapped >= 1.0)
        return QString::number(std::lround(snapped));
    return QStringLiteral("1/%1").arg(std::lround(1.0 / snapped));
}

} // namespace advisor::ui
