// BatchLoader: a worker thread prepares batches (read, augment, copy into a tensor) up to
// kBatchesAhead ahead of next(). Every start_epoch bumps a generation number, so a batch the
// worker was preparing for an abandoned epoch is dropped instead of delivered.
#include "data/BatchLoader.h"

#include "data/Random.h"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <numeric>
#include <stdexcept>
#include <string>
#include <thread>
#include <utility>

namespace convsight::data {

namespace {

constexpr std::size_t kBatchesAhead = 2;
// Salts that keep the order's and the augmentation's random streams apart for one seed.
constexpr std::uint64_t kOrderStream = 0x0D3E5;
constexpr std::uint64_t kAugmentStream = 0xA06E5;

// Mirrors (when `flip`) then moves one CHW example by (dx, dy) pixels, filling with zeros what
// comes in from outside. `scratch` holds a copy of the example.
void augment(float* example, std::vector<float>& scratch, const Shape& shape, bool flip, int dx,
             int dy) {
    const std::int64_t channels = shape[0], height = shape[1], width = shape[2];
    scratch.assign(example, example + channels * height * width);
    for (std::int64_t c = 0; c < channels; ++c)
        for (std::int64_t y = 0; y < height; ++y)
            for (std::int64_t x = 0; x < width; ++x) {
                const std::int64_t source_y = y - dy;
                std::int64_t source_x = x - dx;
                float value = 0.0f;
                if (source_y >= 0 && source_y < height && source_x >= 0 && source_x < width) {
                    if (flip)
                        source_x = width - 1 - source_x;
                    value = scratch[static_cast<std::size_t>((c * height + source_y) * width +
                                                             source_x)];
                }
                example[(c * height + y) * width + x] = value;
            }
}

} // namespace

struct BatchLoader::Impl {
    DatasetPtr dataset;
    BatchOptions options;
    Shape example_shape;
    std::int64_t example_numel{};
    std::int64_t batch_count{};

    std::mutex mutex;
    std::condition_variable changed;
    // Guarded by mutex:
    bool stopping{false};
    bool started{false};
    std::uint64_t generation{0};
    int epoch{0};
    std::shared_ptr<const std::vector<std::int64_t>> order; // the epoch's examples, in order
    std::int64_t next_to_prepare{0};
    std::int64_t next_to_deliver{0};
    std::deque<Batch> ready;
    std::exception_ptr failure; // what the worker threw, rethrown by next()

    std::thread worker; // last: starts once everything above exists

    std::vector<std::int64_t> epoch_order(int epoch) const;
    Batch prepare(const std::vector<std::int64_t>& order, int epoch, std::int64_t batch) const;
    void run();
};

std::vector<std::int64_t> BatchLoader::Impl::epoch_order(int for_epoch) const {
    std::vector<std::int64_t> result(static_cast<std::size_t>(dataset->size()));
    std::iota(result.begin(), result.end(), std::int64_t{0});
    if (options.shuffle) {
        std::mt19937_64 rng(
            mix_seed(mix_seed(options.seed, kOrderStream), static_cast<std::uint64_t>(for_epoch)));
        shuffle_with(rng, result);
    }
    return result;
}

Batch BatchLoader::Impl::prepare(const std::vector<std::int64_t>& epoch_examples, int for_epoch,
                                 std::int64_t batch) const {
    const std::int64_t start = batch * options.batch_size;
    const std::int64_t count = std::min<std::int64_t>(options.batch_size, dataset->size() - start);
    Shape images_shape{count};
    images_shape.insert(images_shape.end(), example_shape.begin(), example_shape.end());
    Batch result{compute::Tensor(images_shape), compute::Tensor({count}), {}};
    float* images = result.images.data();
    float* labels = result.labels.data();
    const Augmentation& augmentation = options.augmentation;
    const std::uint64_t epoch_stream =
        mix_seed(mix_seed(options.seed, kAugmentStream), static_cast<std::uint64_t>(for_epoch));
    std::vector<float> scratch;
    for (std::int64_t i = 0; i < count; ++i) {
        const std::int64_t index = epoch_examples[static_cast<std::size_t>(start + i)];
        float* example = images + i * example_numel;
        dataset->read(index, example);
        labels[i] = static_cast<float>(dataset->label(index));
        result.indices.push_back(index);
        if (augmentation.enabled()) {
            // Drawn from (seed, epoch, example), not from the batch: the same example is
            // augmented alike whatever batch it lands in, and a resumed epoch matches.
            std::mt19937_64 rng(mix_seed(epoch_stream, static_cast<std::uint64_t>(index)));
            const bool flip = augmentation.horizontal_flip && (rng() & 1u) != 0;
            const auto shift = [&] {
                const auto span = static_cast<std::uint64_t>(2 * augmentation.max_shift + 1);
                return static_cast<int>(uniform_below(rng, span)) - augmentation.max_shift;
            };
            const int dx = augmentation.max_shift > 0 ? shift() : 0;
            const int dy = augmentation.max_shift > 0 ? shift() : 0;
            if (flip || dx != 0 || dy != 0)
                augment(example, scratch, example_shape, flip, dx, dy);
        }
    }
    return result;
}

void BatchLoader::Impl::run() {
    std::unique_lock lock(mutex);
    while (true) {
        changed.wait(lock, [this] {
            return stopping || (started && !failure && next_to_prepare < batch_count &&
                                ready.size() < kBatchesAhead);
        });
        if (stopping)
            return;
        const std::uint64_t for_generation = generation;
        const std::int64_t batch = next_to_prepare;
        const int for_epoch = epoch;
        const std::shared_ptr<const std::vector<std::int64_t>> examples = order;
        lock.unlock();
        Batch prepared;
        std::exception_ptr error;
        try {
            prepared = prepare(*examples, for_epoch, batch);
        } catch (...) {
            error = std::current_exception();
        }
        lock.lock();
        if (for_generation != generation)
            continue; // start_epoch came meanwhile: this batch belongs to no one
        if (error)
            failure = error;
        else
            ready.push_back(std::move(prepared));
        ++next_to_prepare;
        changed.notify_all();
    }
}

BatchLoader::BatchLoader(DatasetPtr dataset, BatchOptions options)
    : impl_(std::make_unique<Impl>()) {
    if (!dataset)
        throw std::invalid_argument("BatchLoader: no data set");
    if (options.batch_size < 1)
        throw std::invalid_argument("BatchLoader: the batch size must be at least 1, not " +
                                    std::to_string(options.batch_size));
    if (dataset->size() < 1)
        throw std::invalid_argument("BatchLoader: " + dataset->name() + " holds no examples");
    if (options.augmentation.max_shift < 0)
        throw std::invalid_argument("BatchLoader: the largest shift must not be negative");
    const Shape shape = dataset->example_shape();
    if (shape.size() != 3)
        throw std::invalid_argument("BatchLoader: " + dataset->name() + "'s examples are " +
                                    shape_string(shape) + ", not (C, H, W)");
    const std::int64_t n = dataset->size();
    impl_->batch_count = options.drop_last ? n / options.batch_size
                                           : (n + options.batch_size - 1) / options.batch_size;
    if (impl_->batch_count == 0)
        throw std::invalid_argument("BatchLoader: " + dataset->name() + " has " +
                                    std::to_string(n) + " examples, fewer than one batch of " +
                                    std::to_string(options.batch_size) +
                                    " (drop_last leaves nothing)");
    impl_->example_shape = shape;
    impl_->example_numel = shape_numel(shape);
    impl_->dataset = std::move(dataset);
    impl_->options = options;
    if (options.prepare_ahead)
        impl_->worker = std::thread([impl = impl_.get()] { impl->run(); });
}

BatchLoader::~BatchLoader() {
    {
        std::lock_guard lock(impl_->mutex);
        impl_->stopping = true;
    }
    impl_->changed.notify_all();
    if (impl_->worker.joinable())
        impl_->worker.join();
}

void BatchLoader::start_epoch(int epoch, std::int64_t first_batch) {
    if (epoch < 0)
        throw std::invalid_argument("BatchLoader: the epoch must not be negative, not " +
                                    std::to_string(epoch));
    if (first_batch < 0 || first_batch > impl_->batch_count)
        throw std::invalid_argument("BatchLoader: batch " + std::to_string(first_batch) +
                                    " is outside an epoch of " +
                                    std::to_string(impl_->batch_count) + " batches");
    auto order = std::make_shared<const std::vector<std::int64_t>>(impl_->epoch_order(epoch));
    {
        std::lock_guard lock(impl_->mutex);
        ++impl_->generation;
        impl_->started = true;
        impl_->epoch = epoch;
        impl_->order = std::move(order);
        impl_->next_to_prepare = first_batch;
        impl_->next_to_deliver = first_batch;
        impl_->ready.clear();
        impl_->failure = nullptr;
    }
    impl_->changed.notify_all();
}

std::optional<Batch> BatchLoader::next() {
    std::unique_lock lock(impl_->mutex);
    if (!impl_->started)
        throw std::logic_error("BatchLoader::next: call start_epoch first");
    if (impl_->next_to_deliver >= impl_->batch_count)
        return std::nullopt;
    if (!impl_->options.prepare_ahead) {
        // No worker: this thread prepares the batch, the same one the worker would have.
        const std::int64_t batch = impl_->next_to_deliver;
        const int epoch = impl_->epoch;
        const std::shared_ptr<const std::vector<std::int64_t>> examples = impl_->order;
        lock.unlock();
        try {
            Batch prepared = impl_->prepare(*examples, epoch, batch);
            lock.lock();
            ++impl_->next_to_deliver;
            impl_->next_to_prepare = impl_->next_to_deliver;
            return prepared;
        } catch (...) {
            // As with a worker: the epoch cannot go on until start_epoch.
            if (!lock.owns_lock())
                lock.lock();
            impl_->started = false;
            throw;
        }
    }
    impl_->changed.wait(lock, [this] { return !impl_->ready.empty() || impl_->failure; });
    if (impl_->ready.empty()) {
        // Only a failure is left (batches prepared before it were delivered first). The epoch
        // cannot go on: the caller sees the data set's error and starts again.
        const std::exception_ptr failure = std::exchange(impl_->failure, nullptr);
        impl_->started = false;
        std::rethrow_exception(failure);
    }
    Batch batch = std::move(impl_->ready.front());
    impl_->ready.pop_front();
    ++impl_->next_to_deliver;
    lock.unlock();
    impl_->changed.notify_all();
    return batch;
}

std::int64_t BatchLoader::batches_per_epoch() const {
    return impl_->batch_count;
}

const Dataset& BatchLoader::dataset() const {
    return *impl_->dataset;
}

const BatchOptions& BatchLoader::options() const {
    return impl_->options;
}

} // namespace convsight::data
