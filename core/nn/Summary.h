// A network's summary from its architecture alone: every layer's output shape as the lecture
// writes it (224×224×64), its parameters and FLOPs, and the totals, without allocating a single
// weight, so VGG-16's 138 million parameters can be shown anywhere. Also the lecture's weight
// counts side by side: fully connected, locally connected and convolution for one layer.
#pragma once

#include "compute/Tensor.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace convsight::nn {

class Sequential;

// How FLOPs are counted everywhere in ConvSight: 2 × the multiply-adds of one image's forward
// pass (convolution, locally connected, dense, batchnorm's scale-and-shift); pooling,
// activations, dropout and flatten count 0. Per image: no batch dimension.
struct SummaryRow {
    std::string name;            // "conv1", as Sequential names the layer (or the file's "name")
    std::string type;            // "conv2d", the JSON architecture's type
    std::string description;     // as Layer::description() says it: "Conv2d 3×3, 3 → 64, SAME"
    compute::Shape output_shape; // one image's: (C, H, W) or (F)
    std::int64_t parameters{};
    std::int64_t flops{};
    // A convolution's, locally connected layer's or pooling's window; 0 for other layers.
    int window_height{}, window_width{};
    int groups{1}; // a convolution's groups (Conv2dOptions::groups); 1 for other layers
};

struct ModelSummary {
    std::string name;
    compute::Shape input_shape; // (C, H, W) or (F)
    std::vector<SummaryRow> layers;
    std::int64_t total_parameters{};
    std::int64_t total_flops{};
};

// The summary of a JSON architecture (ModelFile.h's format), computed from the settings with
// the layers' own defaults (LayerSchema.h). Throws std::invalid_argument naming the layer
// ("layer 3 (conv2d): ...") for an unknown type, a bad setting or an impossible shape.
ModelSummary model_summary(const nlohmann::json& architecture);
// The dry pass before building a network from an architecture: model_summary's walk without
// building anything, refusing with a LimitError (LayerSettings.h) any extent, tensor, output or
// total of parameters beyond io/Limits.h's limits. Other problems are left to the build: nullopt
// then, the summary (without descriptions) otherwise.
std::optional<ModelSummary> check_architecture_sizes(const nlohmann::json& architecture);
// The same numbers for a model already built (its input shape set).
ModelSummary model_summary(const Sequential& model);

// A shape as the lecture writes it: (64, 224, 224) as "224×224×64" (H×W×C), (4096) as "4096".
std::string lecture_shape(const compute::Shape& shape);
// {"name", "input_shape", "layers": [{"name", "output_shape", "parameters", "flops"}],
//  "total_parameters", "total_flops"}; shapes as lecture_shape() writes them.
nlohmann::json summary_json(const ModelSummary& summary);
// A table for a terminal: layer, output shape, parameters, FLOPs, the totals, and for each
// convolution the weight counts side by side (weight_counts_line()).
std::string summary_text(const ModelSummary& summary);

// The lecture's comparison for one layer that turns an H×W×C input into K maps of out_h × out_w
// with kh × kw windows: how many parameters each kind of layer needs, biases included (one per
// output value where nothing is shared), so the convolution's count is its Parameters column.
struct WeightCounts {
    std::int64_t fully_connected{}; // every input value to every output value: (H·W·C + 1)·oh·ow·K
    std::int64_t locally_connected{}; // each output position its own window: oh·ow·K·(kh·kw·C + 1)
    std::int64_t convolution{};       // one window per map, shared everywhere: K·(kh·kw·C + 1)
};
WeightCounts weight_counts(std::int64_t input_height, std::int64_t input_width,
                           std::int64_t input_channels, std::int64_t kernel_height,
                           std::int64_t kernel_width, std::int64_t output_height,
                           std::int64_t output_width, std::int64_t filters);
// "fully connected: 4,917,248 · locally connected: 21,632 · convolution: 320 weights"
std::string weight_counts_line(const WeightCounts& counts);
// 138357544 as "138,357,544".
std::string grouped(std::int64_t value);

} // namespace convsight::nn
