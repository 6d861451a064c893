// BatchLoader: an epoch of a data set as batches of tensors, shuffled from a seed, augmented, and
// prepared on a worker thread up to two batches ahead of the compute (or in next(), on request).
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
    // Prepare batches on a worker thread, up to two ahead of next(); false: next() prepares
    // each batch on the caller's thread. The batches are the same either way. A worker pays
    // off when a core is free for it; when the compute's threads fill every core, it takes a
    // core from them at every step instead, and preparing in place (a copy of the batch's
    // examples) costs less.
    bool prepare_ahead{true};
};

struct Batch {
    compute::Tensor images;            // (N, C, H, W) on the CPU
    compute::Tensor labels;            // (N) class indices as floats, on the CPU
    std::vector<std::int64_t> indices; // which examples of the data set, in order
};

class BatchLoader {
public:
    // Throws std::invalid_argument for a batch size below 1, an empty data set, examples that
    // are not (C, H, W), a negative max_shift, or drop_last with fewer examples than one batch.
    BatchLoader(DatasetPtr dataset, BatchOptions options);
    ~BatchLoader(); // stops and joins the worker (after the batch it is preparing, if any)
    BatchLoader(const BatchLoader&) = delete;
    BatchLoader& operator=(const BatchLoader&) = delete;

    // Begins epoch `epoch` (0-based): its order is a permutation drawn from (seed, epoch), and
    // each example's shift and flip are drawn from (seed, epoch, example index). `first_batch`
    // skips ahead (resuming mid-epoch gives the same batches as never stopping). May be called
    // at any time: batches prepared for an unfinished epoch are dropped. Throws
    // std::invalid_argument for a negative epoch or a first_batch outside [0, batches_per_epoch()].
    void start_epoch(int epoch, std::int64_t first_batch = 0);
    // The next batch of the current epoch, or nullopt after its last. Rethrows what the data set
    // threw while preparing it (the epoch then needs start_epoch again); throws std::logic_error
    // before the first start_epoch.
    std::optional<Batch> next();

    std::int64_t batches_per_epoch() const;
    const Dataset& dataset() const;
    const BatchOptions& options() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace convsight::data
