#include "core/base/random.h"

#include <array>
#include <cmath>

namespace advisor {
namespace {

std::uint64_t splitmix64(std::uint64_t& state) {
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

constexpr std::uint64_t rotl(std::uint64_t x, int k) {
    return (x << k) | (x >> (64 - k));
}

constexpr int kLayers = 128;
constexpr double kTailStart = 3.442619855899;      // r: where the tail layer begins
constexpr double kLayerArea = 9.91256303526217e-3; // v: the area of each layer

struct ZigguratTables {
    std::array<std::uint32_t, kLayers> k{}; // acceptance thresholds on |hz|
    std::array<double, kLayers> w{};        // scale from a 32-bit integer to x
    std::array<double, kLayers> f{};        // the density at each layer's edge

    ZigguratTables() {
        constexpr double m1 = 2147483648.0; // 2^31
        double dn = kTailStart;
        double tn = dn;
        const double q = kLayerArea / std::exp(-0.5 * dn * dn);
        k[0] = static_cast<std::uint32_t>((dn / q) * m1);
        k[1] = 0;
        w[0] = q / m1;
        w[kLayers - 1] = dn / m1;
        f[0] = 1.0;
        f[kLayers - 1] = std::exp(-0.5 * dn * dn);
        for (int i = kLayers - 2; i >= 1; --i) {
            dn = std::sqrt(-2.0 * std::log(kLayerArea / dn + std::exp(-0.5 * dn * dn)));
            k[i + 1] = static_cast<std::uint32_t>((dn / tn) * m1);
            tn = dn;
            f[i] = std::exp(-0.5 * dn * dn);
            w[i] = dn / m1;
        }
    }
};

const ZigguratTables& tables() {
    static const ZigguratTables t;
    return t;
}

} // namespace

Xoshiro256::Xoshiro256(std::uint64_t seed) {
    std::uint64_t state = seed;
    for (auto& s : s_)
        s = splitmix64(state);
}

std::uint64_t Xoshiro256::next() {
    const std::uint64_t result = rotl(s_[0] + s_[3], 23) + s_[0];
    const std::uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = rotl(s_[3], 45);
    return result;
}

double standardNormal(Xoshiro256& rng) {
    const auto& t = tables();
    for (;;) {
        const std::uint64_t bits = rng.next();
        const auto hz = static_cast<std::int32_t>(static_cast<std::uint32_t>(bits));
        const auto iz = static_cast<int>((bits >> 32) & (kLayers - 1));
        const std::uint32_t magnitude =
            hz < 0 ? static_cast<std::uint32_t>(-static_cast<std::int64_t>(hz))
                   : static_cast<std::uint32_t>(hz);
        const double x = hz * t.w[iz];
        if (magnitude < t.k[iz])
            return x; // inside the layer's rectangle: the common, fast case
        if (iz == 0) {
            // The tail beyond r, by Marsaglia's exponential rejection.
            double tx = 0.0;
            double ty = 0.0;
            do {
                tx = -std::log(rng.uniform()) / kTailStart;
                ty = -std::log(rng.uniform());
            } while (ty + ty < tx * tx);
            return hz > 0 ? kTailStart + tx : -kTailStart - tx;
        }
        if (t.f[iz] + rng.uniform() * (t.f[iz - 1] - t.f[iz]) < std::exp(-0.5 * x * x))
            return x;
    }
}

double gammaSample(Xoshiro256& rng, double shape) {
    if (shape < 1.0) {
        const double boosted = gammaSample(rng, shape + 1.0);
        return boosted * std::pow(rng.uniform(), 1.0 / shape);
    }
    const double d = shape - 1.0 / 3.0;
    const double c = 1.0 / std::sqrt(9.0 * d);
    for (;;) {
        double x = 0.0;
        double v = 0.0;
        do {
            x = standardNormal(rng);
            v = 1.0 + c * x;
        } while (v <= 0.0);
        v = v * v * v;
        const double u = rng.uniform();
        const double x2 = x * x;
        if (u < 1.0 - 0.0331 * x2 * x2)
            return d * v; // the squeeze accepts about 98% without a logarithm
        if (std::log(u) < 0.5 * x2 + d * (1.0 - v + std::log(v)))
            return d * v;
    }
}

} // namespace advisor
