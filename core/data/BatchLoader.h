// BatchLoader: an epoch of a data set as batches of tensors, shuffled from a seed, augmented, and
// prepared on a worker thread one batch ahead of the compute.
#pragma once

#include "data/Dataset.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace convsight::data {

struct Augmentation {
    int max_shift{0};            // random translation by up to ±max_shift pixels, zero filled
    bool horizontal_flip{false}; // mirror half the examples
    bool enabled() const { return max_shift > 0 || horizontal_flip; }
};

struct BatchOptions {
    int batch_size{64};
    bool shuffle{true};
    std::uint64_t seed{0}; // the order and augmentation of epoch e depend only on (seed, e)
    bool drop_last{false}; // skip a last batch smaller than batch_size
    Augmentation augmentation;
};

struct Batch {
    compute::Tensor images;              // (N, C, H, W) on the CPU
    compute::Tensor labels;              // (N) class indices as floats, on the CPU
    std::vector<std::int64_t> indices;   // which examples of the data set, in order
};

class BatchLoader {
public:
    // Throws std::invalid_argument for a batch size below 1 or an empty data set.
    BatchLoader(DatasetPtr dataset, BatchOptions options);
    ~BatchLoader(); // stops and joins the worker
    BatchLoader(const BatchLoader&) = delete;
    BatchLoader& operator=(const BatchLoader&) = delete;

    // Begins epoch `epoch` (0-based): its order is a permutation drawn from (seed, epoch).
    // `first_batch` skips ahead (resuming mid-epoch gives the same batches as never stopping).
    void start_epoch(int epoch, std::int64_t first_batch = 0);
    // The next batch of the current epoch, or nullopt after its last.
    std::optional<Batch> next();

    std::int64_t batches_per_epoch() const;
    const Dataset& dataset() const;
    const BatchOptions& options() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace convsight::data
