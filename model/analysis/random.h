// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <cmath>
#include <numbers>
#include <random>

namespace pw {

/// A seeded pseudo-random source whose draws are the same on every platform and standard
/// library: it uses only the raw 64-bit output of std::mt19937_64 (fully specified by the
/// standard) and does its own conversions, never std::*_distribution.
class Random
{
public:
    explicit Random(quint64 seed)
        : m_engine(seed)
    { }

    /// The next raw 64-bit value.
    quint64 next() { return m_engine(); }
    /// Uniform in [0, 1), 53 bits of precision.
    double uniform() { return double(m_engine() >> 11) * 0x1.0p-53; }
    /// Uniform in [low, high).
    double uniform(double low, double high) { return low + (high - low) * uniform(); }
    /// Uniform integer in [0, n), without modulo bias; 0 when n is 0.
    quint64 below(quint64 n)
    {
        if (n == 0)
            return 0;
        const quint64 threshold = (0 - n) % n;
        for (;;) {
            const quint64 x = m_engine();
            if (x >= threshold)
                return x % n;
        }
    }
    /// Uniform integer in [low, high] (inclusive).
    int range(int low, int high) { return low + int(below(quint64(high - low) + 1)); }
    /// True with probability p.
    bool chance(double p) { return uniform() < p; }
    /// Standard normal (Box-Muller).
    double normal()
    {
        if (m_hasSpare) {
            m_hasSpare = false;
            return m_spare;
        }
        double u = 0;
        while (u <= 0)
            u = uniform();
        const double v = uniform();
        const double r = std::sqrt(-2.0 * std::log(u));
        m_spare = r * std::sin(2.0 * std::numbers::pi * v);
        m_hasSpare = true;
        return r * std::cos(2.0 * std::numbers::pi * v);
    }
    double normal(double mean, double sd) { return mean + sd * normal(); }
    /// exp(normal(mu, sigma)): a positive, right-skewed amount.
    double logNormal(double mu, double sigma) { return std::exp(normal(mu, sigma)); }

private:
    std::mt19937_64 m_engine;
    double m_spare = 0;
    bool m_hasSpare = false;
};

} // namespace pw
