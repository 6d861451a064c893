// Helpers of the data suites: small data sets whose every value is known, and file writers.
#pragma once

#include "data/Dataset.h"

#include <QByteArray>
#include <QFile>
#include <QString>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace convsight::data::test {

// n examples of shape (channels, height, width) whose value at (c, y, x) of example i is
// i·1000 + (c·height + y)·width + x: every value tells which example and pixel it came from.
// Labels are i % classes.
class Numbered final : public Dataset {
public:
    Numbered(std::int64_t n, Shape shape, int classes = 3)
        : n_(n)
        , shape_(std::move(shape)) {
        for (int c = 0; c < classes; ++c)
            names_.push_back("class " + std::to_string(c));
    }
    std::string name() const override { return "numbered"; }
    std::int64_t size() const override { return n_; }
    Shape example_shape() const override { return shape_; }
    const std::vector<std::string>& class_names() const override { return names_; }
    int label(std::int64_t index) const override {
        return static_cast<int>(index % static_cast<std::int64_t>(names_.size()));
    }
    void read(std::int64_t index, float* out) const override {
        for (std::int64_t p = 0; p < shape_numel(shape_); ++p)
            out[p] = static_cast<float>(index * 1000 + p);
    }

private:
    std::int64_t n_;
    Shape shape_;
    std::vector<std::string> names_;
};

inline bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Example `index` of `dataset`, read into a vector.
inline std::vector<float> example(const Dataset& dataset, std::int64_t index) {
    std::vector<float> values(std::size_t(shape_numel(dataset.example_shape())));
    dataset.read(index, values.data());
    return values;
}

// The message of what `open` throws as std::runtime_error, or "" when it throws nothing.
template <typename Open>
QString runtimeError(Open open) {
    try {
        open();
    } catch (const std::runtime_error& error) {
        return QString::fromStdString(error.what());
    }
    return {};
}

} // namespace convsight::data::test
