// SyntheticShapes: each example is drawn from its own random stream, mix_seed(seed, number), so
// reading example 4711 needs no other example. Shapes are rendered with 4×4 samples per pixel,
// smooth edges a CNN can learn from at any position.
#include "data/SyntheticShapes.h"

#include "data/Random.h"
#include "io/TranslationMark.h" // the GUI translates the texts marked here

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>
#include <stdexcept>
#include <utility>

namespace convsight::data {

namespace {

enum class ShapeKind {
    Circle,
    Square,
    Triangle,
    Cross,
    HorizontalLine,
    VerticalLine,
    Ring,
    Frame,
    DiagonalLine,
    DiagonalCross,
    Count
};
constexpr int kShapeCount = static_cast<int>(ShapeKind::Count);

// One shape: its centre and size in pixels.
struct ShapeGeometry {
    ShapeKind kind{};
    float cx{}, cy{};  // the centre
    float extent{};    // the half-width of its bounding box
    float thickness{}; // half the stroke width of crosses and lines
};

// Whether the point (x, y) lies inside the shape (y grows downwards).
bool inside(const ShapeGeometry& g, float x, float y) {
    const float dx = x - g.cx;
    const float dy = y - g.cy;
    const float r = g.extent;
    const float t = g.thickness;
    switch (g.kind) {
    case ShapeKind::Circle:
        return dx * dx + dy * dy <= r * r;
    case ShapeKind::Square:
        return std::abs(dx) <= r && std::abs(dy) <= r;
    case ShapeKind::Triangle: // apex at the top, base at the bottom: as wide at the base as tall
        return dy >= -r && dy <= r && std::abs(dx) <= (dy + r) / 2;
    case ShapeKind::Cross:
        return (std::abs(dx) <= t && std::abs(dy) <= r) || (std::abs(dy) <= t && std::abs(dx) <= r);
    case ShapeKind::HorizontalLine:
        return std::abs(dy) <= t && std::abs(dx) <= r;
    case ShapeKind::VerticalLine:
        return std::abs(dx) <= t && std::abs(dy) <= r;
    case ShapeKind::Ring: // a circle's outline, 2t wide, inside radius r
        return std::abs(std::sqrt(dx * dx + dy * dy) - (r - t)) <= t;
    case ShapeKind::Frame: // a square's outline, 2t wide
        return std::max(std::abs(dx), std::abs(dy)) <= r &&
               std::max(std::abs(dx), std::abs(dy)) >= r - 2 * t;
    case ShapeKind::DiagonalLine: // "/": from the bottom left to the top right
        return std::abs(dx + dy) <= t * std::numbers::sqrt2_v<float> && std::abs(dx) <= r &&
               std::abs(dy) <= r;
    case ShapeKind::DiagonalCross: // "×"
        return (std::abs(dx + dy) <= t * std::numbers::sqrt2_v<float> ||
                std::abs(dx - dy) <= t * std::numbers::sqrt2_v<float>)&&std::abs(dx) <= r &&
               std::abs(dy) <= r;
    case ShapeKind::Count:
        break;
    }
    return false;
}

} // namespace

const std::vector<std::string>& SyntheticShapes::shape_names() {
    static const std::vector<std::string> names{QT_TRANSLATE_NOOP("core", "circle"),
                                                QT_TRANSLATE_NOOP("core", "square"),
                                                QT_TRANSLATE_NOOP("core", "triangle"),
                                                QT_TRANSLATE_NOOP("core", "cross"),
                                                QT_TRANSLATE_NOOP("core", "horizontal line"),
                                                QT_TRANSLATE_NOOP("core", "vertical line"),
                                                QT_TRANSLATE_NOOP("core", "ring"),
                                                QT_TRANSLATE_NOOP("core", "frame"),
                                                QT_TRANSLATE_NOOP("core", "diagonal line"),
                                                QT_TRANSLATE_NOOP("core", "diagonal cross")};
    return names;
}

SyntheticShapes::SyntheticShapes(std::string name, ShapesOptions options)
    : name_(std::move(name))
    , options_(options) {
    if (options_.count < 1)
        throw std::invalid_argument("shapes: the count must be at least 1, not " +
                                    std::to_string(options_.count));
    if (options_.first_index < 0)
        throw std::invalid_argument("shapes: the first index must not be negative");
    if (options_.image_size < 16)
        throw std::invalid_argument("shapes: images must be at least 16×16, not " +
                                    std::to_string(options_.image_size) + "×" +
                                    std::to_string(options_.image_size));
    if (options_.channels != 1 && options_.channels != 3)
        throw std::invalid_argument("shapes: the channels must be 1 (grey) or 3 (colour), not " +
                                    std::to_string(options_.channels));
    if (!(options_.noise >= 0.0f && options_.noise <= 1.0f))
        throw std::invalid_argument("shapes: the noise must be in [0, 1]");
}

Shape SyntheticShapes::example_shape() const {
    return {options_.channels, options_.image_size, options_.image_size};
}

int SyntheticShapes::label(std::int64_t index) const {
    if (index < 0 || index >= options_.count)
        throw std::out_of_range(name_ + ": example " + std::to_string(index) + " of " +
                                std::to_string(options_.count));
    return static_cast<int>((options_.first_index + index) % kShapeCount);
}

void SyntheticShapes::read(std::int64_t index, float* out) const {
    const int kind = label(index);
    std::mt19937_64 rng(
        mix_seed(options_.seed, static_cast<std::uint64_t>(options_.first_index + index)));

    // Sizes are chosen for 28×28 and scale with the image. Strokes and outlines start larger than
    // the filled shapes, so that no class looks like another (a ring keeps a visible hole).
    const int n = options_.image_size;
    const float scale = static_cast<float>(n) / 28.0f;
    ShapeGeometry g;
    g.kind = static_cast<ShapeKind>(kind);
    const bool filled =
        g.kind == ShapeKind::Circle || g.kind == ShapeKind::Square || g.kind == ShapeKind::Triangle;
    g.extent = scale * (filled ? uniform_float(rng, 5.0f, 10.0f) : uniform_float(rng, 6.0f, 11.0f));
    g.thickness = scale * uniform_float(rng, 0.9f, 1.5f);
    const float margin = g.extent + 1.0f;
    g.cx = uniform_float(rng, margin, static_cast<float>(n) - margin);
    g.cy = uniform_float(rng, margin, static_cast<float>(n) - margin);
    const float brightness = uniform_float(rng, 0.6f, 1.0f);
    std::array<float, 3> colour{1.0f, 1.0f, 1.0f};
    if (options_.channels == 3)
        for (float& c : colour)
            c = uniform_float(rng, 0.3f, 1.0f);

    constexpr int kSamples = 4; // per pixel side
    const std::size_t plane = static_cast<std::size_t>(n) * static_cast<std::size_t>(n);
    // Every shape lies within extent of its centre: only the pixels of that box need sampling.
    const auto near = [&](int pixel, float centre) {
        return std::abs(static_cast<float>(pixel) + 0.5f - centre) <= g.extent + 1.0f;
    };
    for (int y = 0; y < n; ++y)
        for (int x = 0; x < n; ++x) {
            int hits = 0;
            if (near(x, g.cx) && near(y, g.cy))
                for (int sy = 0; sy < kSamples; ++sy)
                    for (int sx = 0; sx < kSamples; ++sx)
                        hits +=
                            inside(
                                g,
                                static_cast<float>(x) + (static_cast<float>(sx) + 0.5f) / kSamples,
                                static_cast<float>(y) + (static_cast<float>(sy) + 0.5f) / kSamples)
                                ? 1
                                : 0;
            const float coverage = static_cast<float>(hits) / (kSamples * kSamples);
            for (int c = 0; c < options_.channels; ++c) {
                const float noise = uniform_float(rng, -options_.noise, options_.noise);
                out[static_cast<std::size_t>(c) * plane + static_cast<std::size_t>(y * n + x)] =
                    std::clamp(brightness * colour[static_cast<std::size_t>(c)] * coverage + noise,
                               0.0f, 1.0f);
            }
        }
}

DatasetSplit make_shapes(std::int64_t train, std::int64_t test, std::uint64_t seed, int image_size,
                         int channels) {
    ShapesOptions options;
    options.seed = seed;
    options.image_size = image_size;
    options.channels = channels;
    options.count = train;
    auto train_set = std::make_shared<SyntheticShapes>("shapes (train)", options);
    options.count = test;
    options.first_index = train;
    return {std::move(train_set), std::make_shared<SyntheticShapes>("shapes (test)", options)};
}

} // namespace convsight::data
