// model_summary() walks a JSON architecture with the shape arithmetic of conv::ConvGeometry and
// the parameter counts of each layer type; tst_summary checks it against Sequential's own
// numbers for every trainable preset, so the two cannot drift apart.
#include "nn/Summary.h"

#include "io/Json.h"
#include "io/Limits.h"
#include "nn/Conv2d.h"
#include "nn/LayerSchema.h"
#include "nn/LayerSettings.h"
#include "nn/ModelFile.h"
#include "nn/Pad2d.h"
#include "nn/PaddingSpec.h"
#include "nn/Sequential.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <stdexcept>
#include <utility>

namespace convsight::nn {

namespace {

using nlohmann::json;

// The stem Sequential names a layer of this type with (Layer::name_prefix()).
std::string name_prefix(const std::string& type) {
    static const std::map<std::string, std::string> prefixes = {{"conv2d", "conv"},
                                                                {"leaky_relu", "leakyrelu"},
                                                                {"locally_connected2d", "local"},
                                                                {"log_softmax", "logsoftmax"}};
    const auto found = prefixes.find(type);
    return found == prefixes.end() ? type : found->second;
}

struct Window {
    int height{}, width{};
    std::int64_t out_height{}, out_width{};
};

// A filter or pooling window over a (C, H, W) input, or the reason it does not fit.
Window window_over(const LayerSettings& s, const compute::Shape& in, const char* size_key,
                   std::pair<int, int> stride_default, bool dilated) {
    if (in.size() != 3)
        s.reject("expects a (C, H, W) input, got " + compute::shape_string(in) +
                 (in.size() == 1 ? ": it cannot follow a Flatten or a Dense layer" : ""));
    WindowSpec w;
    std::tie(w.height, w.width) = s.positive_pair(size_key, {1, 1});
    std::tie(w.stride_y, w.stride_x) = s.positive_pair("stride", stride_default);
    if (dilated)
        std::tie(w.dilation_y, w.dilation_x) = s.positive_pair("dilation", {1, 1});
    // The window's reach, dilation included, before ConvGeometry's int arithmetic sees it.
    s.check_window({w.height, w.width}, {w.dilation_y, w.dilation_x});
    const conv::ConvGeometry geometry =
        window_geometry(s.padding("padding"), w, static_cast<int>(in[1]), static_cast<int>(in[2]));
    if (const auto why = geometry.why_invalid())
        s.reject("on a " + lecture_shape(in) + " input: " + *why);
    return {w.height, w.width, geometry.output_height(), geometry.output_width()};
}

std::string size_text(int y, int x) {
    return std::to_string(y) + "×" + std::to_string(x);
}

// ", stride 2" or ", stride 2×1"; nothing for 1.
std::string stride_text(std::pair<int, int> stride) {
    if (stride.first == 1 && stride.second == 1)
        return {};
    return ", stride " + (stride.first == stride.second ? std::to_string(stride.first)
                                                        : size_text(stride.first, stride.second));
}

// What Layer::description() says of a layer without weights (or with a handful, BatchNorm's):
// the layer itself, built for this input.
std::string built_description(const json& config, const compute::Shape& in) {
    json layer = config;
    layer.erase("name");
    layer.erase("frozen");
    const Sequential built =
        model_from_json({{"input", in}, {"layers", json::array({std::move(layer)})}});
    return built.layer(0).description();
}

SummaryRow summarise(const LayerSettings& s, const json& config, const std::string& type,
                     const compute::Shape& in, bool describe) {
    SummaryRow row;
    row.type = type;
    const auto numel = [&] { return compute::shape_numel(in); };
    if (type == "conv2d" || type == "locally_connected2d") {
        const int filters = s.positive_int("filters");
        const Window w = window_over(s, in, "kernel", {1, 1}, type == "conv2d");
        // A grouped convolution's filter reads the C/groups channels of its group.
        const int groups = type == "conv2d" ? s.groups(filters, in[0]) : 1;
        const std::int64_t positions = w.out_height * w.out_width;
        s.check_size(
            type == "conv2d"
                ? std::initializer_list<std::int64_t>{filters, in[0] / groups, w.height, w.width}
                : std::initializer_list<std::int64_t>{positions, filters, in[0], w.height, w.width},
            "weight");
        const std::int64_t taps = in[0] / groups * w.height * w.width;
        const std::int64_t bias = s.flag("bias") ? 1 : 0;
        row.output_shape = {filters, w.out_height, w.out_width};
        row.parameters =
            type == "conv2d" ? filters * (taps + bias) : positions * filters * (taps + bias);
        row.flops = 2 * positions * filters * taps;
        row.window_height = w.height;
        row.window_width = w.width;
        row.groups = groups;
        // Conv2d's and LocallyConnected2d's descriptions, written here: building the layer
        // would allocate its weights.
        row.description = std::string(type == "conv2d" ? "Conv2d " : "LocallyConnected2d ") +
                          size_text(w.height, w.width) + ", " + std::to_string(in[0]) + " → " +
                          std::to_string(filters) + ", " +
                          (type == "conv2d" ? s.padding("padding").description() : "VALID") +
                          stride_text(s.positive_pair("stride", {1, 1}));
        if (type == "conv2d") {
            const auto dilation = s.positive_pair("dilation", {1, 1});
            if (dilation.first != 1 || dilation.second != 1)
                row.description +=
                    ", dilation " + (dilation.first == dilation.second
                                         ? std::to_string(dilation.first)
                                         : size_text(dilation.first, dilation.second));
            row.description += conv_groups_text(groups, in[0]);
        }
        if (!bias)
            row.description += ", no bias";
    } else if (type == "maxpool" || type == "avgpool") {
        const auto size = s.positive_pair("size", {1, 1});
        const Window w = window_over(s, in, "size", size, false);
        row.output_shape = {in[0], w.out_height, w.out_width};
        row.window_height = w.height;
        row.window_width = w.width;
    } else if (type == "dense") {
        if (in.size() != 1)
            s.reject("expects a vector of features, got " + lecture_shape(in) +
                     ": put a Flatten before it");
        const int units = s.positive_int("units");
        s.check_size({in[0], units}, "weight");
        row.output_shape = {units};
        row.parameters = (in[0] + (s.flag("bias") ? 1 : 0)) * units;
        row.flops = 2 * in[0] * units;
        row.description = "Dense " + std::to_string(in[0]) + " → " + std::to_string(units) +
                          (s.flag("bias") ? "" : ", no bias");
    } else if (type == "batchnorm") {
        check_limit(in[0], io::limits::max_extent, s.context() + ": its channels");
        row.output_shape = in;
        row.parameters = 2 * in[0];
        row.flops = 2 * numel();
    } else if (type == "flatten") {
        row.output_shape = {numel()};
    } else if (type == "softmax" || type == "log_softmax") {
        if (in.size() != 1)
            s.reject("expects a vector of scores, got " + lecture_shape(in) +
                     ": put a Flatten before it");
        row.output_shape = in;
    } else if (type == "pad") {
        if (in.size() != 3)
            s.reject("expects a (C, H, W) input, got " + compute::shape_string(in) +
                     (in.size() == 1 ? ": it cannot follow a Flatten or a Dense layer" : ""));
        if (!s.has("padding"))
            s.reject("'padding' must be a number of pixels or [top, bottom, left, right] (it is "
                     "missing)");
        const PaddingSpec padding = s.padding("padding");
        if (padding.mode != conv::PaddingMode::Explicit)
            s.reject("'padding' must be a number of pixels or [top, bottom, left, right], not " +
                     io::json_excerpt(padding.config()));
        const conv::Padding& sides = padding.sides;
        const compute::ops::PadParams params{
            sides.top, sides.bottom, sides.left, sides.right, *pad_mode_from_name(s.choice("mode")),
            0.0f};
        try {
            const compute::PadDims d = compute::ops::pad2d_dims({1, in[0], in[1], in[2]}, params);
            row.output_shape = {in[0], d.OH, d.OW};
        } catch (const std::invalid_argument& e) {
            const std::string what = e.what(); // "pad2d: reflect padding of 3 ..."
            s.reject(what.substr(what.find(": ") + 2));
        }
    } else {
        row.output_shape = in; // activations and dropout
    }
    check_limit(compute::shape_numel(row.output_shape), io::limits::max_tensor_elements,
                s.context() + ": its output's values");
    if (describe && row.description.empty())
        row.description = built_description(config, in);
    return row;
}

// model_summary's walk; `describe` false for the dry pass before building, which must not build
// the layers it describes.
ModelSummary summarise_architecture(const json& architecture, bool describe) {
    if (!architecture.is_object() || !architecture.contains("input") ||
        !architecture["input"].is_array() || !architecture.contains("layers") ||
        !architecture["layers"].is_array())
        throw std::invalid_argument("an architecture is an object with an \"input\" shape and a "
                                    "list of \"layers\", not " +
                                    io::json_excerpt(architecture));
    ModelSummary summary;
    summary.name = architecture.value("name", std::string("model"));
    for (const json& d : architecture["input"]) {
        if (!d.is_number_integer() || d.get<std::int64_t>() < 1)
            throw std::invalid_argument("the architecture's 'input' must be one example's shape, "
                                        "such as [3, 224, 224], not " +
                                        io::json_excerpt(architecture["input"]));
        check_limit(d.get<std::int64_t>(), io::limits::max_extent, "the architecture's 'input'");
        summary.input_shape.push_back(d.get<std::int64_t>());
    }
    if (summary.input_shape.empty() || summary.input_shape.size() == 2 ||
        summary.input_shape.size() > 3)
        throw std::invalid_argument("the architecture's 'input' must be (C, H, W) or (F), not " +
                                    io::json_excerpt(architecture["input"]));
    check_limit(compute::shape_numel(summary.input_shape), io::limits::max_tensor_elements,
                "the architecture's 'input' values");

    compute::Shape shape = summary.input_shape;
    std::set<std::string> taken;
    for (const json& config : architecture["layers"]) {
        const int index = static_cast<int>(summary.layers.size()) + 1;
        const std::string type =
            config.is_object() && config.contains("type") && config["type"].is_string()
                ? config["type"].get<std::string>()
                : std::string();
        const LayerKind* kind = find_layer_kind(type);
        if (!kind)
            throw std::invalid_argument(
                "layer " + std::to_string(index) + " (" + type +
                "): unknown layer type; the types are: " + layer_type_list());
        const LayerSettings settings(config, index, *kind);
        settings.allow_only_schema();
        SummaryRow row = summarise(settings, config, type, shape, describe);
        if (config.contains("name") && config["name"].is_string()) {
            row.name = config["name"].get<std::string>();
        } else {
            for (int number = 1; row.name.empty() || taken.count(row.name); ++number)
                row.name = name_prefix(type) + std::to_string(number);
        }
        taken.insert(row.name);
        shape = row.output_shape;
        summary.total_parameters += row.parameters;
        check_limit(summary.total_parameters, io::limits::max_model_parameters,
                    "the network's parameters (up to " + settings.context() + ")");
        summary.total_flops += row.flops;
        summary.layers.push_back(std::move(row));
    }
    return summary;
}

} // namespace

ModelSummary model_summary(const json& architecture) {
    return summarise_architecture(architecture, true);
}

std::optional<ModelSummary> check_architecture_sizes(const json& architecture) {
    try {
        return summarise_architecture(architecture, false);
    } catch (const LimitError&) {
        throw;
    } catch (const std::invalid_argument&) {
        // A setting or shape the layers' own checks refuse, with their messages, when the
        // network is built; nothing past it is sized from a known shape.
        return std::nullopt;
    }
}

ModelSummary model_summary(const Sequential& model) {
    ModelSummary summary;
    summary.name = model.name();
    summary.input_shape = model.input_shape();
    for (const LayerSummary& layer : model.layer_summaries()) {
        const json config = model.layer(layer.index - 1).config();
        SummaryRow row{layer.name,        config.value("type", std::string()),
                       layer.description, layer.output_shape,
                       layer.parameters,  layer.flops};
        row.groups = config.value("groups", 1);
        const json window =
            config.contains("kernel") ? config["kernel"] : config.value("size", json());
        if (window.is_number_integer())
            row.window_height = row.window_width = window.get<int>();
        else if (window.is_array() && window.size() == 2)
            std::tie(row.window_height, row.window_width) =
                std::pair{window[0].get<int>(), window[1].get<int>()};
        summary.layers.push_back(std::move(row));
        summary.total_parameters += layer.parameters;
        summary.total_flops += layer.flops;
    }
    return summary;
}

std::string lecture_shape(const compute::Shape& shape) {
    if (shape.size() == 3)
        return std::to_string(shape[1]) + "×" + std::to_string(shape[2]) + "×" +
               std::to_string(shape[0]);
    std::string text;
    for (const std::int64_t d : shape)
        text += (text.empty() ? "" : "×") + std::to_string(d);
    return text;
}

json summary_json(const ModelSummary& summary) {
    json layers = json::array();
    for (const SummaryRow& row : summary.layers)
        layers.push_back({{"name", row.name},
                          {"output_shape", lecture_shape(row.output_shape)},
                          {"parameters", row.parameters},
                          {"flops", row.flops}});
    return {{"name", summary.name},
            {"input_shape", lecture_shape(summary.input_shape)},
            {"layers", std::move(layers)},
            {"total_parameters", summary.total_parameters},
            {"total_flops", summary.total_flops}};
}

std::string grouped(std::int64_t value) {
    const std::string digits = std::to_string(value);
    const std::size_t sign = value < 0 ? 1 : 0;
    std::string text;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > sign && (digits.size() - i) % 3 == 0)
            text.push_back(',');
        text.push_back(digits[i]);
    }
    return text;
}

WeightCounts weight_counts(std::int64_t input_height, std::int64_t input_width,
                           std::int64_t input_channels, std::int64_t kernel_height,
                           std::int64_t kernel_width, std::int64_t output_height,
                           std::int64_t output_width, std::int64_t filters) {
    const std::int64_t outputs = output_height * output_width * filters;
    const std::int64_t window = kernel_height * kernel_width * input_channels;
    return {(input_height * input_width * input_channels + 1) * outputs, outputs * (window + 1),
            filters * (window + 1)};
}

std::string weight_counts_line(const WeightCounts& counts) {
    return "fully connected: " + grouped(counts.fully_connected) +
           " · locally connected: " + grouped(counts.locally_connected) +
           " · convolution: " + grouped(counts.convolution) + " parameters";
}

std::string summary_text(const ModelSummary& summary) {
    std::size_t name_width = 5;
    for (const SummaryRow& row : summary.layers)
        name_width = std::max(name_width, row.name.size());
    const auto padded = [](std::string text, std::size_t width, bool right) {
        // Pads by characters as a terminal shows them (× is two bytes, one column).
        std::size_t columns = 0;
        for (const unsigned char c : text)
            columns += (c & 0xC0) != 0x80;
        const std::string fill(width > columns ? width - columns : 0, ' ');
        return right ? fill + text : text + fill;
    };
    std::string text = summary.name + ": input " + lecture_shape(summary.input_shape) + "\n";
    text += padded("layer", name_width, false) + "  " + padded("output", 13, false) + "  " +
            padded("parameters", 13, true) + "  " + padded("FLOPs", 17, true) + "\n";
    compute::Shape in = summary.input_shape;
    std::string comparisons;
    for (const SummaryRow& row : summary.layers) {
        text += padded(row.name, name_width, false) + "  " +
                padded(lecture_shape(row.output_shape), 13, false) + "  " +
                padded(grouped(row.parameters), 13, true) + "  " +
                padded(grouped(row.flops), 17, true) + "\n";
        // The comparison is of a dense convolution (every filter reads every channel).
        if ((row.type == "conv2d" || row.type == "locally_connected2d") && row.groups == 1 &&
            in.size() == 3 && row.output_shape.size() == 3) {
            const WeightCounts counts =
                weight_counts(in[1], in[2], in[0], row.window_height, row.window_width,
                              row.output_shape[1], row.output_shape[2], row.output_shape[0]);
            comparisons += "  " + row.name + " (" + lecture_shape(in) + " → " +
                           lecture_shape(row.output_shape) + "): " + weight_counts_line(counts) +
                           "\n";
        }
        in = row.output_shape;
    }
    text += "total: " + grouped(summary.total_parameters) + " parameters, " +
            grouped(summary.total_flops) +
            " FLOPs per image (2 × multiply-adds of the forward pass)\n";
    if (!comparisons.empty())
        text += "\nThe same layers fully connected, locally connected and as a convolution:\n" +
                comparisons;
    return text;
}

} // namespace convsight::nn
