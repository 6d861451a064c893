// The display modes of signed filter output.
#include "image/SignedDisplay.h"

#include "image/ImageIO.h"

#include <algorithm>
#include <cmath>
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

namespace convsight::image {

const std::vector<SignedDisplay>& signed_displays() {
    static const std::vector<SignedDisplay> all = {
        SignedDisplay::Clamp, SignedDisplay::Absolute, SignedDisplay::Offset128,
        SignedDisplay::Normalize, SignedDisplay::Diverging};
    return all;
}

std::string signed_display_name(SignedDisplay mode) {
    switch (mode) {
    case SignedDisplay::Clamp:
        return "Clamp";
    case SignedDisplay::Absolute:
        return "Absolute value";
    case SignedDisplay::Offset128:
        return "Offset by 128";
    case SignedDisplay::Normalize:
        return "Normalised";
    case SignedDisplay::Diverging:
        return "Diverging colours";
    }
    return {};
}

std::string signed_display_id(SignedDisplay mode) {
    switch (mode) {
    case SignedDisplay::Clamp:
        return "clamp";
    case SignedDisplay::Absolute:
        return "abs";
    case SignedDisplay::Offset128:
        return "offset";
    case SignedDisplay::Normalize:
        return "normalize";
    case SignedDisplay::Diverging:
        return "diverging";
    }
    return {};
}

double ValueRange::abs_max() const {
    return std::max(std::abs(min), std::abs(max));
}

ValueRange value_range(const cv::Mat& values) {
    ValueRange range;
    cv::minMaxLoc(values.reshape(1), &range.min, &range.max);
    return range;
}

namespace {

cv::Mat channel_mean(const cv::Mat& values) {
    if (values.channels() == 1)
        return values;
    cv::Mat mean;
    cv::transform(values, mean, cv::Matx13f(1.f / 3, 1.f / 3, 1.f / 3));
    return mean;
}

double percentile_scale(const cv::Mat& mean) {
    std::vector<float> magnitudes;
    magnitudes.reserve(mean.total());
    for (int y = 0; y < mean.rows; ++y) {
        const float* row = mean.ptr<float>(y);
        for (int x = 0; x < mean.cols; ++x)
            magnitudes.push_back(std::abs(row[x]));
    }
    const auto k = static_cast<std::ptrdiff_t>(0.99 * static_cast<double>(magnitudes.size() - 1));
    std::nth_element(magnitudes.begin(), magnitudes.begin() + k, magnitudes.end());
    double scale = magnitudes[static_cast<std::size_t>(k)];
    if (scale == 0) // mostly zeros (an impulse, a flat image): the largest value instead
        scale = *std::max_element(magnitudes.begin(), magnitudes.end());
    return scale;
}

} // namespace

double diverging_scale(const cv::Mat& values) {
    if (values.empty() || values.depth() != CV_32F)
        throw ImageError("a signed display needs a float image with 1 or 3 channels");
    return percentile_scale(channel_mean(values));
}

cv::Vec3b diverging_colour(double t) {
    // A blue–white–red ramp (the ends of ColorBrewer's RdBu): white at zero so that "nothing
    // happens here" reads as blank paper, saturated colour where the filter responds.
    static const cv::Vec3d blue(172, 102, 33); // BGR of #2166ac
    static const cv::Vec3d red(43, 24, 178);   // BGR of #b2182b
    static const cv::Vec3d white(255, 255, 255);
    const double s = std::clamp(std::abs(t), 0.0, 1.0);
    const cv::Vec3d& end = t < 0 ? blue : red;
    const cv::Vec3d colour = white * (1.0 - s) + end * s;
    return {cv::saturate_cast<uchar>(colour[0]), cv::saturate_cast<uchar>(colour[1]),
            cv::saturate_cast<uchar>(colour[2])};
}

cv::Mat to_display(const cv::Mat& values, SignedDisplay mode) {
    if (values.empty() || values.depth() != CV_32F ||
        (values.channels() != 1 && values.channels() != 3))
        throw ImageError("a signed display needs a float image with 1 or 3 channels");
    cv::Mat display;
    switch (mode) {
    case SignedDisplay::Clamp:
        values.convertTo(display, CV_8U);
        break;
    case SignedDisplay::Absolute:
        cv::convertScaleAbs(values, display);
        break;
    case SignedDisplay::Offset128:
        values.convertTo(display, CV_8U, 1.0, 128.0);
        break;
    case SignedDisplay::Normalize: {
        const ValueRange range = value_range(values);
        const double span = range.max - range.min;
        const double scale = span > 0 ? 255.0 / span : 0.0;
        values.convertTo(display, CV_8U, scale, -range.min * scale);
        break;
    }
    case SignedDisplay::Diverging: {
        const cv::Mat mean = channel_mean(values);
        const double scale = percentile_scale(mean);
        display.create(values.size(), CV_8UC3);
        for (int y = 0; y < mean.rows; ++y) {
            const float* in = mean.ptr<float>(y);
            auto* out = display.ptr<cv::Vec3b>(y);
            for (int x = 0; x < mean.cols; ++x)
                out[x] = diverging_colour(scale > 0 ? in[x] / scale : 0.0);
        }
        break;
    }
    }
    return display;
}

} // namespace convsight::image
