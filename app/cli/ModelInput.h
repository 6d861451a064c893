// An image file as a saved model's input, sized and normalised as its training data was: what
// `predict`, `explain` and `visualize` show a network.
#pragma once

#include "compute/Tensor.h"
#include "data/Views.h"

#include <optional>
#include <string>

namespace convsight::cli {

// The image at `path` as the model's input (1, C, H, W) for `input` = (C, H, W): grey or colour as
// C says, resized to H × W, scaled to [0, 1], normalised per channel by `normalization` (as the
// model file's metadata says; none: left in [0, 1]). Throws image::ImageError for a file that
// cannot be read, std::runtime_error for a model that does not take 1 or 3 channels.
compute::Tensor imageInput(const std::string& path, const compute::Shape& input,
                           const std::optional<data::ChannelStats>& normalization);

// The range of the model's normalised pixels: [0, 1] mapped through (x − mean[c]) / std[c], the
// smallest and largest over the `channels` channels; [0, 1] without a normalisation.
struct PixelRange {
    float low{0.0f};
    float high{1.0f};
};
PixelRange normalisedPixelRange(int channels,
                                const std::optional<data::ChannelStats>& normalization);

} // namespace convsight::cli
