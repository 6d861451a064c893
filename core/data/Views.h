// Views over a data set that copy no images: a subset of its examples (a train/validation split),
// a normalised copy of its values (per channel, (x − mean) / std), with the statistics to use, and
// its images shifted by a number of pixels, and its pixels shuffled by one fixed permutation.
#pragma once

#include "data/Dataset.h"

#include <cstdint>
#include <string>
#include <vector>

namespace convsight::data {

// The examples base[indices[0]], base[indices[1]], …, in that order.
class Subset final : public Dataset {
public:
    // Throws std::invalid_argument for a null base or an index outside it.
    Subset(DatasetPtr base, std::vector<std::int64_t> indices, std::string name);

    std::string name() const override { return name_; }
    std::int64_t size() const override { return static_cast<std::int64_t>(indices_.size()); }
    Shape example_shape() const override { return base_->example_shape(); }
    const std::vector<std::string>& class_names() const override { return base_->class_names(); }
    int label(std::int64_t index) const override;
    void read(std::int64_t index, float* out) const override;

    const std::vector<std::int64_t>& indices() const { return indices_; }

private:
    DatasetPtr base_;
    std::vector<std::int64_t> indices_;
    std::string name_;
};

// A training set's "(train part)" and "(validation)" subsets: a `validation_fraction` of its
// examples (rounded, at least one of each part), drawn at random from `seed`. Throws
// std::invalid_argument for a fraction outside (0, 1) or a data set of fewer than two examples.
DatasetSplit split_train_validation(const DatasetPtr& dataset, double validation_fraction,
                                    std::uint64_t seed);

// One value per channel.
struct ChannelStats {
    std::vector<float> mean;
    std::vector<float> std; // the population standard deviation
};

// The mean and standard deviation of every channel over all the examples of `dataset` (summed in
// double, so 60000 images lose nothing).
ChannelStats compute_channel_stats(const Dataset& dataset);

// base's examples with every channel c mapped to (x − mean[c]) / std[c].
class Normalized final : public Dataset {
public:
    // Throws std::invalid_argument for a null base, statistics of another channel count than the
    // base's, or a standard deviation that is not positive.
    Normalized(DatasetPtr base, ChannelStats stats);

    std::string name() const override { return base_->name(); }
    std::int64_t size() const override { return base_->size(); }
    Shape example_shape() const override { return base_->example_shape(); }
    const std::vector<std::string>& class_names() const override { return base_->class_names(); }
    int label(std::int64_t index) const override { return base_->label(index); }
    void read(std::int64_t index, float* out) const override;

    const ChannelStats& stats() const { return stats_; }

private:
    DatasetPtr base_;
    ChannelStats stats_;
};

// Both parts normalised with the training part's statistics (the test set must not leak into
// them).
DatasetSplit normalize(const DatasetSplit& split);

// One (C, H, W) image `in` moved dx pixels right and dy down (negative: left and up) into `out`
// (another buffer of the same size): what moves out of the picture is lost, the uncovered border
// becomes fill[c] (one value per channel).
void shift_image(const float* in, float* out, const Shape& chw, int dx, int dy,
                 const std::vector<float>& fill);

// base's examples moved dx pixels right and dy pixels down (negative: left and up): the part
// moved out of the picture is lost, the uncovered border filled with `fill` (one value per
// channel, e.g. the normalised value of black; empty for 0). The lecture's translation T(x), for
// asking whether a network is translationally invariant: f(T(x)) = f(x)?
class Shifted final : public Dataset {
public:
    // Throws std::invalid_argument for a null base, a fill of another size than the channel
    // count, or a shift of the whole picture out of sight (|dx| >= width or |dy| >= height).
    Shifted(DatasetPtr base, int dx, int dy, std::vector<float> fill = {});

    // "shapes (test), shifted 3 px right"
    std::string name() const override;
    std::int64_t size() const override { return base_->size(); }
    Shape example_shape() const override { return base_->example_shape(); }
    const std::vector<std::string>& class_names() const override { return base_->class_names(); }
    int label(std::int64_t index) const override { return base_->label(index); }
    void read(std::int64_t index, float* out) const override;

    int dx() const { return dx_; }
    int dy() const { return dy_; }

private:
    DatasetPtr base_;
    int dx_;
    int dy_;
    std::vector<float> fill_; // one per channel
};

// The lecture's pixel-permutation experiment: every image's pixels put in one fixed order drawn
// from `seed` (the same for every image and every channel; labels unchanged). An MLP, which sees
// the image as a flat vector anyway, trains as well on it; a CNN, which relies on neighbouring
// pixels being neighbours, does not.
class PixelPermuted final : public Dataset {
public:
    // Throws std::invalid_argument for a null base.
    PixelPermuted(DatasetPtr base, std::uint64_t seed);

    // "shapes (test), pixels permuted"
    std::string name() const override { return base_->name() + ", pixels permuted"; }
    std::int64_t size() const override { return base_->size(); }
    Shape example_shape() const override { return base_->example_shape(); }
    const std::vector<std::string>& class_names() const override { return base_->class_names(); }
    int label(std::int64_t index) const override { return base_->label(index); }
    void read(std::int64_t index, float* out) const override;

    std::uint64_t seed() const { return seed_; }
    // Output pixel p (row-major, y·W + x) is the base's pixel permutation()[p].
    const std::vector<std::int64_t>& permutation() const { return permutation_; }

private:
    DatasetPtr base_;
    std::uint64_t seed_;
    std::vector<std::int64_t> permutation_;
};

// The order of `pixels` positions that `seed` gives (the same on every platform): entry p says
// which original pixel lands at position p.
std::vector<std::int64_t> pixel_permutation(std::int64_t pixels, std::uint64_t seed);

// One (C, H, W) image, `channels` planes of permutation.size() values, put in that order in place.
void permute_pixels(float* chw, std::int64_t channels,
                    const std::vector<std::int64_t>& permutation);

// Both parts permuted with the same seed: train and test see the same order.
DatasetSplit permute_pixels(const DatasetSplit& split, std::uint64_t seed);

} // namespace convsight::data
