// Helpers the compute suites share: what a call threw, seeded random values, the normalised
// error (NMSE) the cross-device checks compare with, and vectors printed for failure messages.
#pragma once

#include <QString>
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

namespace convsight::compute::testing {

inline QString q(const std::string& text) {
    return QString::fromStdString(text);
}

// What a call threw: the kind of exception and its message.
struct Thrown {
    enum class Kind {
        Nothing,
        InvalidArgument,
        OutOfRange,
        RuntimeError,
        Other
    } kind{Kind::Nothing};
    QString message;
};

template <typename F>
Thrown thrownBy(F&& call) {
    try {
        call();
    } catch (const std::invalid_argument& e) {
        return {Thrown::Kind::InvalidArgument, q(e.what())};
    } catch (const std::out_of_range& e) {
        return {Thrown::Kind::OutOfRange, q(e.what())};
    } catch (const std::runtime_error& e) {
        return {Thrown::Kind::RuntimeError, q(e.what())};
    } catch (const std::exception& e) {
        return {Thrown::Kind::Other, q(e.what())};
    }
    return {};
}

// n values uniform in [lo, hi).
template <class T = float>
std::vector<T> uniform(std::mt19937& rng, std::size_t n, double lo = -1.0, double hi = 1.0) {
    std::uniform_real_distribution<double> dist(lo, hi);
    std::vector<T> values(n);
    for (T& v : values)
        v = static_cast<T>(dist(rng));
    return values;
}

// n values with |v| in [0.1, 1) and a random sign: at least 0.1 away from the ReLU kink at 0.
template <class T = float>
std::vector<T> awayFromZero(std::mt19937& rng, std::size_t n) {
    std::uniform_real_distribution<double> magnitude(0.1, 1.0);
    std::bernoulli_distribution negative(0.5);
    std::vector<T> values(n);
    for (T& v : values)
        v = static_cast<T>(negative(rng) ? -magnitude(rng) : magnitude(rng));
    return values;
}

// The n distinct values −(n−1)/2·step, ..., (n−1)/2·step in random order: no two are closer than
// step, so no pooling window has a tie (nor one that a finite-difference step could create).
template <class T = float>
std::vector<T> distinct(std::mt19937& rng, std::size_t n, double step = 0.05) {
    std::vector<T> values(n);
    for (std::size_t i = 0; i < n; ++i)
        values[i] =
            static_cast<T>((static_cast<double>(i) - static_cast<double>(n - 1) / 2) * step);
    std::shuffle(values.begin(), values.end(), rng);
    return values;
}

// Normalised mean squared error Σ(a−b)²/Σb² of a against the reference b (ggml's NMSE); 0 when
// both are all zeros, infinite when a has a NaN or Inf or the sizes differ.
template <class A, class B>
double nmse(const std::vector<A>& a, const std::vector<B>& b) {
    if (a.size() != b.size())
        return std::numeric_limits<double>::infinity();
    double error = 0.0, norm = 0.0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const double x = static_cast<double>(a[i]), y = static_cast<double>(b[i]);
        if (!std::isfinite(x))
            return std::numeric_limits<double>::infinity();
        error += (x - y) * (x - y);
        norm += y * y;
    }
    if (norm == 0.0)
        return error == 0.0 ? 0.0 : std::numeric_limits<double>::infinity();
    return error / norm;
}

template <class T>
bool allFinite(const std::vector<T>& values) {
    for (const T v : values)
        if (!std::isfinite(static_cast<double>(v)))
            return false;
    return true;
}

// "[1, -2.5, 3]" (at most `limit` values), for QVERIFY2 messages.
template <class T>
QString str(const std::vector<T>& values, std::size_t limit = 16) {
    QString text = QStringLiteral("[");
    for (std::size_t i = 0; i < values.size() && i < limit; ++i)
        text += (i ? QStringLiteral(", ") : QString()) +
                QString::number(static_cast<double>(values[i]), 'g', 9);
    if (values.size() > limit)
        text += QStringLiteral(", ... (%1 values)").arg(values.size());
    return text + QStringLiteral("]");
}

// True when every |a − b| <= tolerance·max(1, |b|): exact-looking comparisons of small
// hand-computed values that float arithmetic can only round.
template <class A, class B>
bool closeTo(const std::vector<A>& a, const std::vector<B>& b, double tolerance = 1e-6) {
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const double x = static_cast<double>(a[i]), y = static_cast<double>(b[i]);
        if (!(std::fabs(x - y) <= tolerance * std::fmax(1.0, std::fabs(y))))
            return false;
    }
    return true;
}

} // namespace convsight::compute::testing
