// Photos for networks without a data set: resize, centre crop, RGB, normalise.
#include "image/PhotoInput.h"

#include "image/TensorMat.h"

#include <algorithm>
#include <cmath>
#include <opencv2/imgproc.hpp>
#include <stdexcept>

namespace convsight::image {

data::ChannelStats imagenet_stats() {
    return {{0.485f, 0.456f, 0.406f}, {0.229f, 0.224f, 0.225f}};
}

PhotoNormalisation photo_normalisation(const compute::Shape& chw,
                                       const std::optional<data::ChannelStats>& from_metadata) {
    const auto channels = chw.empty() ? std::size_t{0} : static_cast<std::size_t>(chw[0]);
    PhotoNormalisation chosen;
    if (from_metadata && from_metadata->mean.size() == channels &&
        from_metadata->std.size() == channels) {
        chosen.stats = *from_metadata;
        chosen.source = PhotoNormalisation::Source::Metadata;
        chosen.description = "the model's own mean and standard deviation";
    } else if (chw.size() == 3 && chw[0] == 3 && chw[1] == 224 && chw[2] == 224) {
        chosen.stats = imagenet_stats();
        chosen.source = PhotoNormalisation::Source::ImageNet;
        chosen.description = "ImageNet's mean and standard deviation";
    } else {
        chosen.stats = {std::vector<float>(channels, 0.0f), std::vector<float>(channels, 1.0f)};
        chosen.source = PhotoNormalisation::Source::UnitRange;
        chosen.description = "values in [0, 1]";
    }
    return chosen;
}

cv::Mat with_channels(const cv::Mat& image, int channels) {
    cv::Mat converted;
    if (channels == 1 && image.channels() != 1)
        cv::cvtColor(image, converted,
                     image.channels() == 4 ? cv::COLOR_BGRA2GRAY : cv::COLOR_BGR2GRAY);
    else if (channels == 3 && image.channels() == 1)
        cv::cvtColor(image, converted, cv::COLOR_GRAY2BGR);
    else if (channels == 3 && image.channels() == 4)
        cv::cvtColor(image, converted, cv::COLOR_BGRA2BGR);
    else
        converted = image;
    return converted;
}

compute::Tensor photo_to_input(const cv::Mat& image, const compute::Shape& chw,
                               const data::ChannelStats& stats) {
    if (image.empty())
        throw std::invalid_argument("photo_to_input: the image is empty");
    if (chw.size() != 3 || (chw[0] != 1 && chw[0] != 3) || chw[1] < 1 || chw[2] < 1)
        throw std::invalid_argument("photo_to_input: the network's input must be 1 or 3 "
                                    "channels of H×W pixels");
    const auto channels = static_cast<std::size_t>(chw[0]);
    if (stats.mean.size() != channels || stats.std.size() != channels)
        throw std::invalid_argument("photo_to_input: one mean and one standard deviation per "
                                    "channel are needed");
    const cv::Mat converted = with_channels(image, static_cast<int>(chw[0]));

    // The shorter side to the network's, the longer in proportion (never below the crop).
    const int height = static_cast<int>(chw[1]), width = static_cast<int>(chw[2]);
    const double scale = std::max(static_cast<double>(width) / converted.cols,
                                  static_cast<double>(height) / converted.rows);
    const int scaledWidth = std::max(width, static_cast<int>(std::lround(converted.cols * scale)));
    const int scaledHeight =
        std::max(height, static_cast<int>(std::lround(converted.rows * scale)));
    cv::Mat sized;
    cv::resize(converted, sized, cv::Size(scaledWidth, scaledHeight), 0, 0,
               scale < 1.0 ? cv::INTER_AREA : cv::INTER_LINEAR);
    const cv::Rect middle((scaledWidth - width) / 2, (scaledHeight - height) / 2, width, height);
    cv::Mat cropped;
    sized(middle).convertTo(cropped, CV_32F, sized.depth() == CV_8U ? 1.0 / 255.0 : 1.0);

    compute::Tensor tensor = mat_to_tensor(cropped); // BGR in, RGB planes out
    float* values = tensor.data();
    const std::int64_t plane = chw[1] * chw[2];
    for (std::size_t c = 0; c < channels; ++c)
        for (std::int64_t i = 0; i < plane; ++i) {
            float& v = values[static_cast<std::int64_t>(c) * plane + i];
            v = (v - stats.mean[c]) / stats.std[c];
        }
    return tensor;
}

} // namespace convsight::image
