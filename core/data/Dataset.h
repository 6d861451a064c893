// Dataset: the interface every data set implements (IDX, CIFAR-10, image folders, synthetic
// shapes, and views over them: subsets, normalised or augmented). An example is a float32 image,
// CHW, with an integer label in [0, class_count()).
#pragma once

#include "compute/Tensor.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace convsight::data {

using compute::Shape;
using compute::shape_numel;
using compute::shape_string;

class Dataset {
public:
    virtual ~Dataset() = default;
    Dataset(const Dataset&) = delete;
    Dataset& operator=(const Dataset&) = delete;

    // What the user reads in titles and messages: "Fashion-MNIST (test)", "shapes (train)".
    virtual std::string name() const = 0;
    virtual std::int64_t size() const = 0;
    // One example's shape, (C, H, W).
    virtual Shape example_shape() const = 0;
    // "T-shirt/top", "Trouser", ...; class_count() == class_names().size().
    virtual const std::vector<std::string>& class_names() const = 0;
    int class_count() const { return static_cast<int>(class_names().size()); }

    virtual int label(std::int64_t index) const = 0;
    // Writes example `index` (C·H·W floats, CHW) to `out`. Must be safe to call from several
    // threads at once (the batch loader prepares batches on a worker thread).
    virtual void read(std::int64_t index, float* out) const = 0;

protected:
    Dataset() = default;
};

using DatasetPtr = std::shared_ptr<const Dataset>;

// A data set's training and test (or validation) parts.
struct DatasetSplit {
    DatasetPtr train;
    DatasetPtr test;
};

} // namespace convsight::data
