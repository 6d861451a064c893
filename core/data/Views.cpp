// Subset, Normalized, Shifted, PixelPermuted and the per-channel statistics.
#include "data/Views.h"

#include "data/Random.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <numeric>
#include <stdexcept>
#include <utility>

namespace convsight::data {

Subset::Subset(DatasetPtr base, std::vector<std::int64_t> indices, std::string name)
    : base_(std::move(base))
    , indices_(std::move(indices))
    , name_(std::move(name)) {
    if (!base_)
        throw std::invalid_argument("Subset: no data set");
    for (const std::int64_t index : indices_)
        if (index < 0 || index >= base_->size())
            throw std::invalid_argument("Subset of " + base_->name() + ": index " +
                                        std::to_string(index) + " is outside 0 to " +
                                        std::to_string(base_->size() - 1));
}

int Subset::label(std::int64_t index) const {
    return base_->label(indices_.at(static_cast<std::size_t>(index)));
}

void Subset::read(std::int64_t index, float* out) const {
    base_->read(indices_.at(static_cast<std::size_t>(index)), out);
}

DatasetSplit split_train_validation(const DatasetPtr& dataset, double validation_fraction,
                                    std::uint64_t seed) {
    if (!dataset)
        throw std::invalid_argument("split_train_validation: no data set");
    if (!(validation_fraction > 0.0 && validation_fraction < 1.0))
        throw std::invalid_argument("split_train_validation: the validation fraction must be "
                                    "between 0 and 1, not " +
                                    std::to_string(validation_fraction));
    const std::int64_t n = dataset->size();
    if (n < 2)
        throw std::invalid_argument(dataset->name() +
                                    " has fewer than two examples: nothing to split");
    const auto validation = std::clamp<std::int64_t>(
        std::llround(static_cast<double>(n) * validation_fraction), 1, n - 1);
    std::vector<std::int64_t> order(static_cast<std::size_t>(n));
    std::iota(order.begin(), order.end(), std::int64_t{0});
    std::mt19937_64 rng(mix_seed(seed, 0x5B117));
    shuffle_with(rng, order);
    std::vector<std::int64_t> validation_part(order.begin(), order.begin() + validation);
    std::vector<std::int64_t> train_part(order.begin() + validation, order.end());
    // Each part in the data set's own order: a subset reads like the set it came from.
    std::sort(validation_part.begin(), validation_part.end());
    std::sort(train_part.begin(), train_part.end());
    return {
        std::make_shared<Subset>(dataset, std::move(train_part), dataset->name() + " (train part)"),
        std::make_shared<Subset>(dataset, std::move(validation_part),
                                 dataset->name() + " (validation)")};
}

ChannelStats compute_channel_stats(const Dataset& dataset) {
    const Shape shape = dataset.example_shape();
    const auto channels = static_cast<std::size_t>(shape.at(0));
    const auto plane = static_cast<std::size_t>(shape_numel(shape)) / channels;
    std::vector<double> sum(channels), sum_squares(channels);
    std::vector<float> example(channels * plane);
    for (std::int64_t i = 0; i < dataset.size(); ++i) {
        dataset.read(i, example.data());
        for (std::size_t c = 0; c < channels; ++c)
            for (std::size_t p = 0; p < plane; ++p) {
                const double x = example[c * plane + p];
                sum[c] += x;
                sum_squares[c] += x * x;
            }
    }
    const double count = static_cast<double>(dataset.size()) * static_cast<double>(plane);
    ChannelStats stats;
    for (std::size_t c = 0; c < channels; ++c) {
        const double mean = sum[c] / count;
        stats.mean.push_back(static_cast<float>(mean));
        stats.std.push_back(
            static_cast<float>(std::sqrt(std::max(0.0, sum_squares[c] / count - mean * mean))));
    }
    return stats;
}

Normalized::Normalized(DatasetPtr base, ChannelStats stats)
    : base_(std::move(base))
    , stats_(std::move(stats)) {
    if (!base_)
        throw std::invalid_argument("Normalized: no data set");
    const auto channels = static_cast<std::size_t>(base_->example_shape().at(0));
    if (stats_.mean.size() != channels || stats_.std.size() != channels)
        throw std::invalid_argument(
            "Normalized: " + base_->name() + " has " + std::to_string(channels) +
            " channels but the statistics have " + std::to_string(stats_.mean.size()));
    for (const float s : stats_.std)
        if (!(s > 0.0f))
            throw std::invalid_argument("Normalized: " + base_->name() +
                                        " has a channel whose standard deviation is " +
                                        std::to_string(s) + ": it cannot be normalised");
}

void Normalized::read(std::int64_t index, float* out) const {
    base_->read(index, out);
    const Shape shape = base_->example_shape();
    const auto channels = static_cast<std::size_t>(shape[0]);
    const auto plane = static_cast<std::size_t>(shape_numel(shape)) / channels;
    for (std::size_t c = 0; c < channels; ++c) {
        const float mean = stats_.mean[c];
        const float inverse_std = 1.0f / stats_.std[c];
        for (std::size_t p = 0; p < plane; ++p)
            out[c * plane + p] = (out[c * plane + p] - mean) * inverse_std;
    }
}

DatasetSplit normalize(const DatasetSplit& split) {
    const ChannelStats stats = compute_channel_stats(*split.train);
    return {std::make_shared<Normalized>(split.train, stats),
            std::make_shared<Normalized>(split.test, stats)};
}

Shifted::Shifted(DatasetPtr base, int dx, int dy, std::vector<float> fill)
    : base_(std::move(base))
    , dx_(dx)
    , dy_(dy)
    , fill_(std::move(fill)) {
    if (!base_)
        throw std::invalid_argument("Shifted: no data set");
    const Shape shape = base_->example_shape();
    const auto channels = static_cast<std::size_t>(shape.at(0));
    if (fill_.empty())
        fill_.assign(channels, 0.0f);
    if (fill_.size() != channels)
        throw std::invalid_argument("Shifted: " + base_->name() + " has " +
                                    std::to_string(channels) + " channels but the fill has " +
                                    std::to_string(fill_.size()) + " values (one per channel)");
    if (std::abs(dx_) >= shape.at(2) || std::abs(dy_) >= shape.at(1))
        throw std::invalid_argument("Shifted: a shift of (" + std::to_string(dx_) + ", " +
                                    std::to_string(dy_) + ") pixels moves " + base_->name() +
                                    "'s " + shape_string(shape) +
                                    " images out of sight; shift by less than their size");
}

std::string Shifted::name() const {
    std::string moves;
    const auto part = [&moves](int pixels, const char* positive, const char* negative) {
        if (pixels != 0)
            moves += (moves.empty() ? "" : " and ") + std::to_string(std::abs(pixels)) + " px " +
                     (pixels > 0 ? positive : negative);
    };
    part(dx_, "right", "left");
    part(dy_, "down", "up");
    return base_->name() + ", shifted " + (moves.empty() ? "0 px" : moves);
}

void shift_image(const float* in, float* out, const Shape& chw, int dx, int dy,
                 const std::vector<float>& fill) {
    const std::int64_t height = chw.at(1), width = chw.at(2);
    // Output pixel (y, x) shows the original's (y − dy, x − dx) when that is inside it.
    for (std::int64_t c = 0; c < chw.at(0); ++c) {
        const float* from = in + c * height * width;
        float* to = out + c * height * width;
        for (std::int64_t y = 0; y < height; ++y)
            for (std::int64_t x = 0; x < width; ++x) {
                const std::int64_t sy = y - dy, sx = x - dx;
                to[y * width + x] = sy >= 0 && sy < height && sx >= 0 && sx < width
                                        ? from[sy * width + sx]
                                        : fill.at(static_cast<std::size_t>(c));
            }
    }
}

void Shifted::read(std::int64_t index, float* out) const {
    const Shape shape = base_->example_shape();
    std::vector<float> original(static_cast<std::size_t>(shape_numel(shape)));
    base_->read(index, original.data());
    shift_image(original.data(), out, shape, dx_, dy_, fill_);
}

std::vector<std::int64_t> pixel_permutation(std::int64_t pixels, std::uint64_t seed) {
    std::vector<std::int64_t> order(static_cast<std::size_t>(std::max<std::int64_t>(pixels, 0)));
    std::iota(order.begin(), order.end(), std::int64_t{0});
    std::mt19937_64 rng(mix_seed(seed, 0x9E2C));
    shuffle_with(rng, order);
    return order;
}

void permute_pixels(float* chw, std::int64_t channels,
                    const std::vector<std::int64_t>& permutation) {
    const auto plane = static_cast<std::int64_t>(permutation.size());
    std::vector<float> original(chw, chw + channels * plane);
    for (std::int64_t c = 0; c < channels; ++c)
        for (std::int64_t p = 0; p < plane; ++p)
            chw[c * plane + p] = original[static_cast<std::size_t>(
                c * plane + permutation[static_cast<std::size_t>(p)])];
}

PixelPermuted::PixelPermuted(DatasetPtr base, std::uint64_t seed)
    : base_(std::move(base))
    , seed_(seed) {
    if (!base_)
        throw std::invalid_argument("PixelPermuted: no data set");
    const Shape shape = base_->example_shape();
    permutation_ = pixel_permutation(shape.at(1) * shape.at(2), seed_);
}

void PixelPermuted::read(std::int64_t index, float* out) const {
    base_->read(index, out);
    permute_pixels(out, base_->example_shape().at(0), permutation_);
}

DatasetSplit permute_pixels(const DatasetSplit& split, std::uint64_t seed) {
    return {std::make_shared<PixelPermuted>(split.train, seed),
            std::make_shared<PixelPermuted>(split.test, seed)};
}

} // namespace convsight::data
