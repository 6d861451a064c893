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

namespace {

// sRGB's transfer function and its inverse, on [0, 1].
double srgb_to_linear(double c) {
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}
double linear_to_srgb(double c) {
    return c <= 0.0031308 ? 12.92 * c : 1.055 * std::pow(c, 1.0 / 2.4) - 0.055;
}

// D65 white, the reference of CIELAB here.
constexpr double kWhiteX = 0.95047;
constexpr double kWhiteY = 1.0;
constexpr double kWhiteZ = 1.08883;

double lab_f_inverse(double f) {
    constexpr double delta = 6.0 / 29.0;
    return f > delta ? f * f * f : 3.0 * delta * delta * (f - 4.0 / 29.0);
}

double lab_f(double t) {
    constexpr double delta = 6.0 / 29.0;
    return t > delta * delta * delta ? std::cbrt(t) : t / (3.0 * delta * delta) + 4.0 / 29.0;
}

// CIELAB → sRGB bytes (BGR), clipped to the gamut.
cv::Vec3b lab_to_bgr(double l, double a, double b) {
    const double fy = (l + 16.0) / 116.0;
    const double x = kWhiteX * lab_f_inverse(fy + a / 500.0);
    const double y = kWhiteY * lab_f_inverse(fy);
    const double z = kWhiteZ * lab_f_inverse(fy - b / 200.0);
    const double linear[3] = {3.2404542 * x - 1.5371385 * y - 0.4985314 * z,
                              -0.9692660 * x + 1.8760108 * y + 0.0415560 * z,
                              0.0556434 * x - 0.2040259 * y + 1.0572252 * z};
    auto byte = [](double c) {
        return cv::saturate_cast<uchar>(255.0 * linear_to_srgb(std::clamp(c, 0.0, 1.0)));
    };
    return {byte(linear[2]), byte(linear[1]), byte(linear[0])};
}

// matplotlib's cividis table at entries 0, 17, 34, …, 255 (RGB in [0, 1]); between them the
// map is linear, within 0.005 of the full 256-entry table.
constexpr double kCividis[16][3] = {
    {0.000000, 0.135112, 0.304751}, {0.000000, 0.181610, 0.421859}, {0.117612, 0.225935, 0.434308},
    {0.208926, 0.272546, 0.424809}, {0.279411, 0.318677, 0.423031}, {0.342246, 0.364939, 0.428559},
    {0.401418, 0.411790, 0.440708}, {0.458366, 0.459552, 0.460457}, {0.517920, 0.508454, 0.472707},
    {0.582087, 0.558670, 0.468118}, {0.648222, 0.610553, 0.454801}, {0.716177, 0.664384, 0.432386},
    {0.785965, 0.720438, 0.399613}, {0.857809, 0.778969, 0.353259}, {0.932180, 0.840159, 0.285880},
    {0.995737, 0.909344, 0.217772},
};

} // namespace

cv::Vec3b diverging_colour(double t) {
    // Built in CIELAB so that both halves fall in lightness alike: from white (L* 100) at zero
    // to L* 45 at ±1, the chroma growing with |t| towards a blue (hue ≈ 265°) or an orange
    // (hue ≈ 60°). White at zero so that "nothing happens here" reads as blank paper.
    const double s = std::clamp(std::abs(t), 0.0, 1.0);
    const double l = 100.0 - 55.0 * s;
    const double a = t < 0 ? 6.0 * s : 32.0 * s;
    const double b = t < 0 ? -52.0 * s : 56.0 * s;
    return lab_to_bgr(l, a, b);
}

cv::Vec3b cividis_colour(double t) {
    const double scaled = std::clamp(t, 0.0, 1.0) * 15.0;
    const int index = std::min(14, static_cast<int>(scaled));
    const double f = scaled - index;
    cv::Vec3b bgr;
    for (int c = 0; c < 3; ++c) {
        const double v = kCividis[index][c] * (1.0 - f) + kCividis[index + 1][c] * f;
        bgr[2 - c] = cv::saturate_cast<uchar>(255.0 * v);
    }
    return bgr;
}

double lightness(cv::Vec3b bgr) {
    const double r = srgb_to_linear(bgr[2] / 255.0);
    const double g = srgb_to_linear(bgr[1] / 255.0);
    const double b = srgb_to_linear(bgr[0] / 255.0);
    const double y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b;
    return 116.0 * lab_f(y / kWhiteY) - 16.0;
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
