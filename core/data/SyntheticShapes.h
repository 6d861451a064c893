// SyntheticShapes: generated images of ten simple shapes (circle, square, triangle, cross, lines,
// outlines…) at random positions, sizes and brightness, with noise. Needs nothing installed, fits
// every built-in model's ten outputs, and a small CNN learns it in seconds: the classroom's first
// demo.
#pragma once

#include "data/Dataset.h"

#include <cstdint>
#include <string>
#include <vector>

namespace convsight::data {

struct ShapesOptions {
    std::int64_t count{6000};
    std::uint64_t seed{0};
    // Example i is drawn as number first_index + i of the seed's stream, so a test set that starts
    // where the training set ends shares no example with it.
    std::int64_t first_index{0};
    int image_size{28}; // the images are image_size × image_size
    int channels{1};    // 1 (grey) or 3 (each shape in a random colour)
    float noise{0.1f};  // uniform noise in [-noise, noise] added to every pixel, then clipped
};

class SyntheticShapes final : public Dataset {
public:
    // Throws std::invalid_argument for a count below 1, an image_size below 16, channels other
    // than 1 or 3, or a noise outside [0, 1].
    SyntheticShapes(std::string name, ShapesOptions options);

    // "circle", "square", "triangle", "cross", "horizontal line", "vertical line", "ring"
    // (a circle's outline), "frame" (a square's), "diagonal line" ("/"), "diagonal cross" ("×").
    static const std::vector<std::string>& shape_names();

    std::string name() const override { return name_; }
    std::int64_t size() const override { return options_.count; }
    Shape example_shape() const override;
    const std::vector<std::string>& class_names() const override { return shape_names(); }
    // The classes take turns, so every class has size() / 10 examples, give or take one.
    int label(std::int64_t index) const override;
    // A pure function of (seed, first_index + index): no state, safe from any thread.
    void read(std::int64_t index, float* out) const override;

    const ShapesOptions& options() const { return options_; }

private:
    std::string name_;
    ShapesOptions options_;
};

// "shapes (train)" of `train` examples and "shapes (test)" of `test` more from the same seed.
DatasetSplit make_shapes(std::int64_t train = 6000, std::int64_t test = 1000,
                         std::uint64_t seed = 0, int image_size = 28, int channels = 1);

} // namespace convsight::data
