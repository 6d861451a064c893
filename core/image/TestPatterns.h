// Generated test images for filters: each shows one thing a kernel does (edges, frequencies,
// the impulse response) more plainly than a photograph.
#pragma once

#include <opencv2/core.hpp>
#include <string>
#include <vector>

namespace convsight::image {

enum class TestPattern {
    Checkerboard, // 8 × 8 squares: edges in both directions and corners
    StepEdges,    // vertical, horizontal and diagonal steps between grey levels
    ZonePlate,    // cos(r²): frequency rising from the centre, shows blurring and aliasing
    Impulse,      // one white pixel on black: the output is the (flipped) kernel itself
};

// All patterns, in menu order.
const std::vector<TestPattern>& test_patterns();
// "Checkerboard", "Step edges", "Zone plate", "Impulse".
std::string test_pattern_name(TestPattern pattern);

// An 8-bit single-channel size × size image (size ≥ 8).
cv::Mat make_test_pattern(TestPattern pattern, int size = 256);

} // namespace convsight::image
