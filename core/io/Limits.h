// The largest sizes ConvSight accepts from a file or a person, checked before anything is
// allocated, so a small hostile file cannot make the app reserve gigabytes first and complain
// after. Every refusal names the limit: "model 'x.csmodel': 1.6e9 parameters is more than the limit
// of 536870912".
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace convsight::io::limits {

// Elements in any one tensor: 1 GiB of float (VGG-16's largest weight has 103 M; a batch of 64
// of its first activations 205 M).
inline constexpr std::int64_t max_tensor_elements = std::int64_t{1} << 28;
// Parameters in a whole network: 2 GiB of float (VGG-16 has 138 M).
inline constexpr std::int64_t max_model_parameters = std::int64_t{1} << 29;
// Any one extent: an image side, a channel count, a layer width, a kernel side, a padding.
inline constexpr std::int64_t max_extent = std::int64_t{1} << 20;
// Pixels in one decoded image (16384 x 16384).
inline constexpr std::int64_t max_image_pixels = std::int64_t{1} << 28;
// Examples in one data set file.
inline constexpr std::int64_t max_examples = std::int64_t{1} << 26;
// Worker threads a run may ask for.
inline constexpr int max_threads = 256;
// Examples in one batch.
inline constexpr int max_batch = 65536;
// Nesting of arrays and objects in any JSON document the app reads.
inline constexpr int max_json_depth = 64;

// Throws std::invalid_argument "WHAT: VALUE is more than the limit of LIMIT" when value > limit.
void check_at_most(std::int64_t value, std::int64_t limit, std::string_view what);

} // namespace convsight::io::limits
