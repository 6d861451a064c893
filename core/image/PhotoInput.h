// A photo as the input of a network that has no data set of its own (an imported ONNX model, a
// preset such as VGG-16): resized so its shorter side fits, centre-cropped to the network's H×W,
// RGB, and normalised by the model's own statistics, ImageNet's, or left in [0, 1].
#pragma once

#include "compute/Tensor.h"
#include "data/Views.h"

#include <opencv2/core.hpp>
#include <optional>
#include <string>

namespace convsight::image {

// The statistics a photo is normalised by, and where they come from, for the screen.
struct PhotoNormalisation {
    enum class Source { Metadata, ImageNet, UnitRange };
    data::ChannelStats stats;
    Source source{Source::UnitRange};
    std::string description; // "ImageNet's mean and standard deviation", ...
};

// ImageNet's per-channel mean and standard deviation (RGB), as torchvision's models expect.
data::ChannelStats imagenet_stats();

// The model's own statistics when `from_metadata` holds one per channel of `chw`; otherwise
// ImageNet's for a 3×224×224 input; otherwise none (mean 0, std 1: values in [0, 1]).
PhotoNormalisation photo_normalisation(const compute::Shape& chw,
                                       const std::optional<data::ChannelStats>& from_metadata);

// `image` (grey, BGR or BGRA) with `channels` channels: grey for 1, BGR for 3 (the image itself
// when it has them already).
cv::Mat with_channels(const cv::Mat& image, int channels);

// `image` (8-bit BGR, BGRA or grey, as load_image reads it) as a (C,H,W) tensor for `chw`: grey or
// RGB as C says, the shorter side resized to fit (area average when shrinking), the middle H×W
// cut out, values in [0, 1], then (x − mean[c]) / std[c]. Throws std::invalid_argument for an
// empty image or a shape that is not (1 or 3, H, W) or statistics of another channel count.
compute::Tensor photo_to_input(const cv::Mat& image, const compute::Shape& chw,
                               const data::ChannelStats& stats);

} // namespace convsight::image
