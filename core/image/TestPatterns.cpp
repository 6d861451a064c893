// The generated test images.
#include "image/TestPatterns.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <stdexcept>

namespace convsight::image {

const std::vector<TestPattern>& test_patterns() {
    static const std::vector<TestPattern> all = {TestPattern::Checkerboard, TestPattern::StepEdges,
                                                 TestPattern::ZonePlate, TestPattern::Impulse};
    return all;
}

std::string test_pattern_name(TestPattern pattern) {
    switch (pattern) {
    case TestPattern::Checkerboard:
        return "Checkerboard";
    case TestPattern::StepEdges:
        return "Step edges";
    case TestPattern::ZonePlate:
        return "Zone plate";
    case TestPattern::Impulse:
        return "Impulse";
    }
    return {};
}

cv::Mat make_test_pattern(TestPattern pattern, int size) {
    if (size < 8)
        throw std::invalid_argument("a test pattern needs at least 8 × 8 pixels, not " +
                                    std::to_string(size));
    cv::Mat image(size, size, CV_8UC1, cv::Scalar(0));
    switch (pattern) {
    case TestPattern::Checkerboard: {
        const int square = size / 8;
        for (int y = 0; y < size; ++y)
            for (int x = 0; x < size; ++x)
                image.at<uchar>(y, x) = ((y / square + x / square) % 2) ? 255 : 0;
        break;
    }
    case TestPattern::StepEdges: {
        // Left half: a vertical step (dark | light); right half: a horizontal step over a
        // diagonal one, so each edge detector lights up a different part.
        const int half = size / 2;
        for (int y = 0; y < size; ++y)
            for (int x = 0; x < size; ++x) {
                uchar value = 0;
                if (x < half)
                    value = x < half / 2 ? 40 : 200;
                else if (y < half)
                    value = y < half / 2 ? 200 : 40;
                else
                    value = (x - half) > (y - half) ? 40 : 200;
                image.at<uchar>(y, x) = value;
            }
        break;
    }
    case TestPattern::ZonePlate: {
        // cos(k·r²) with k chosen so the frequency reaches Nyquist (π per pixel) at the edge.
        const double centre = (size - 1) / 2.0;
        const double k = std::numbers::pi / (2.0 * centre);
        for (int y = 0; y < size; ++y)
            for (int x = 0; x < size; ++x) {
                const double r2 = (x - centre) * (x - centre) + (y - centre) * (y - centre);
                const double value = 127.5 + 127.5 * std::cos(k * r2);
                image.at<uchar>(y, x) =
                    static_cast<uchar>(std::clamp(std::lround(value), 0L, 255L));
            }
        break;
    }
    case TestPattern::Impulse:
        image.at<uchar>(size / 2, size / 2) = 255;
        break;
    }
    return image;
}

} // namespace convsight::image
