// Turning a filter's float output, which can be negative or above 255, into 8-bit pixels. Each
// mode answers "where did the negative values go?" differently; the GUI shows them side by side.
#pragma once

#include <opencv2/core.hpp>
#include <string>
#include <vector>

namespace convsight::image {

enum class SignedDisplay {
    Clamp,     // v saturated to [0, 255]: negative values become black (what most tools do)
    Absolute,  // |v| saturated: an edge's two sides look alike
    Offset128, // v + 128 saturated: zero is mid-grey, negative darker, positive lighter
    Normalize, // (v − min) / (max − min) · 255: the whole range, but zero moves
    Diverging, // blue (negative) – white (zero) – orange (positive), symmetric about zero:
               // ±scale at the ends, scale = diverging_scale(values)
};

// All modes, in menu order.
const std::vector<SignedDisplay>& signed_displays();
// "Clamp", "Absolute value", "Offset by 128", "Normalised", "Diverging colours".
std::string signed_display_name(SignedDisplay mode);
// "clamp", "abs", "offset", "normalize", "diverging" (command-line names).
std::string signed_display_id(SignedDisplay mode);

// Range of the values of a CV_32F image, over every channel.
struct ValueRange {
    double min{};
    double max{};
    // max(|min|, |max|): the diverging map's scale, ±scale at the ends.
    double abs_max() const;
};
ValueRange value_range(const cv::Mat& values);

// The diverging map's scale: the 99th percentile of |v| (v the mean of the channels), so that a
// few extreme pixels do not wash out every other edge; values beyond ±scale saturate. 0 for an
// image of zeros.
double diverging_scale(const cv::Mat& values);

// `values` CV_32FC1 or CV_32FC3 (BGR) → 8-bit with the same channels for Clamp, Absolute,
// Offset128 and Normalize (rounded and saturated as cv::Mat::convertTo does), and CV_8UC3 (BGR)
// for Diverging, which maps the mean of the channels. Throws ImageError for another type.
cv::Mat to_display(const cv::Mat& values, SignedDisplay mode);

// The diverging map's colour (BGR) for t in [−1, 1]: −1 blue, 0 white, +1 orange; t outside
// saturates. Colour-blind safe (blue and orange stay apart for every common deficiency) and
// symmetric: ±t have the same CIELAB lightness, which falls steadily from 0 to either end, so a
// filter's positive and negative responses of the same size look equally strong.
cv::Vec3b diverging_colour(double t);

// Cividis (Nuñez, Anderton and Renslow 2018, as matplotlib tabulates it): the map for
// magnitudes, t in [0, 1] from dark blue through grey to yellow, read the same by people with
// red–green colour blindness; t outside saturates. BGR.
cv::Vec3b cividis_colour(double t);

// CIELAB lightness L* (0 black … 100 white) of an sRGB colour given as BGR: what the maps'
// tests and legends use to compare how light two colours look.
double lightness(cv::Vec3b bgr);

} // namespace convsight::image
