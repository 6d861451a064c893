// Helpers shared by the nn suites: exception messages as QString, seeded random tensors, and
// parameter values on the host.
#pragma once

#include "compute/Tensor.h"
#include "nn/Parameter.h"

#include <QString>
#include <QTest>
#include <cstdint>
#include <optional>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

// QCOMPARE cannot print nlohmann::json (its conversions confuse Qt's overloads): compare the
// values and show both texts on a mismatch.
#define COMPARE_JSON(actual, expected)                                                             \
    QVERIFY2((actual) == (expected),                                                               \
             qPrintable(nn_test::q((actual).dump() + "\n   expected " + (expected).dump())))

namespace nn_test {

inline QString q(const std::string& text) {
    return QString::fromStdString(text);
}

// The message of the E that call() throws, or nullopt when it throws nothing (another exception
// type propagates and fails the test).
template <typename E, typename F>
std::optional<QString> messageOf(F&& call) {
    try {
        call();
    } catch (const E& e) {
        return q(e.what());
    }
    return std::nullopt;
}

// Values uniform in [low, high) from a fixed seed, on `device`.
inline convsight::compute::Tensor
randomTensor(convsight::compute::Shape shape, std::uint64_t seed, float low = -1.0f,
             float high = 1.0f,
             convsight::compute::Device device = convsight::compute::Device::cpu()) {
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<float> uniform(low, high);
    std::vector<float> values(static_cast<std::size_t>(convsight::compute::shape_numel(shape)));
    for (float& v : values)
        v = uniform(rng);
    return convsight::compute::Tensor::from(std::move(shape), values, device);
}

// Every parameter's values, in order, on the host.
template <typename Parameters>
std::vector<std::vector<float>> parameterValues(const Parameters& parameters) {
    std::vector<std::vector<float>> values;
    for (const auto* p : parameters)
        values.push_back(p->value.to_vector());
    return values;
}

} // namespace nn_test
