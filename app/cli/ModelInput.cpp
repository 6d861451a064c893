// Image files as a model's input: one reading of them for every command that shows a network a
// picture.
#include "ModelInput.h"

#include "image/ImageIO.h"
#include "image/TensorMat.h"

#include <algorithm>
#include <opencv2/imgproc.hpp>
#include <stdexcept>
#include <vector>

namespace convsight::cli {
namespace {

// Channel c's mean and standard deviation (one pair may serve every channel).
std::pair<float, float> channelStats(const std::optional<data::ChannelStats>& normalization,
                                     std::size_t c) {
    if (!normalization)
        return {0.0f, 1.0f};
    const std::vector<float>& means = normalization->mean;
    const std::vector<float>& deviations = normalization->std;
    return {means.at(means.size() == 1 ? 0 : c), deviations.at(deviations.size() == 1 ? 0 : c)};
}

} // namespace

compute::Tensor imageInput(const std::string& path, const compute::Shape& input,
                           const std::optional<data::ChannelStats>& normalization) {
    cv::Mat image = image::load_image(path);
    const auto channels = static_cast<int>(input.at(0));
    if (channels != 1 && channels != 3)
        throw std::runtime_error("the model takes images of " + std::to_string(channels) +
                                 " channels; only grey (1) or colour (3) images can be given");
    if (channels == 1 && image.channels() == 3)
        cv::cvtColor(image, image, cv::COLOR_BGR2GRAY);
    else if (channels == 3 && image.channels() == 1)
        cv::cvtColor(image, image, cv::COLOR_GRAY2BGR);
    const cv::Size size(static_cast<int>(input.at(2)), static_cast<int>(input.at(1)));
    if (image.size() != size)
        cv::resize(image, image, size, 0, 0,
                   image.cols > size.width ? cv::INTER_AREA : cv::INTER_LINEAR);
    std::vector<float> values = image::mat_to_tensor(image).to_vector();
    const std::size_t plane = values.size() / static_cast<std::size_t>(channels);
    for (std::size_t c = 0; c < static_cast<std::size_t>(channels); ++c) {
        const auto [mean, deviation] = channelStats(normalization, c);
        for (std::size_t i = 0; i < plane; ++i) {
            float& v = values[c * plane + i];
            v = (v / 255.0f - mean) / deviation;
        }
    }
    compute::Shape shape{1};
    shape.insert(shape.end(), input.begin(), input.end());
    return compute::Tensor::from(shape, values);
}

PixelRange normalisedPixelRange(int channels,
                                const std::optional<data::ChannelStats>& normalization) {
    if (!normalization)
        return {};
    PixelRange range{0.0f, 0.0f};
    for (std::size_t c = 0; c < static_cast<std::size_t>(std::max(channels, 1)); ++c) {
        const auto [mean, deviation] = channelStats(normalization, c);
        // A negative deviation would swap the ends; take both ends either way.
        const float a = (0.0f - mean) / deviation, b = (1.0f - mean) / deviation;
        const float low = std::min(a, b), high = std::max(a, b);
        range.low = c == 0 ? low : std::min(range.low, low);
        range.high = c == 0 ? high : std::max(range.high, high);
    }
    return range;
}

} // namespace convsight::cli
