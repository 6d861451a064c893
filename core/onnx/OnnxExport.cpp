// ONNX export: one node per layer, read from the layer's config() JSON (the same settings an
// architecture file holds) and its parameters and buffers; the padding each layer applies is
// resolved for the model's input shape and written per side, as ONNX wants it.
#include "onnx/OnnxExport.h"

#include "io/AtomicFile.h"
#include "nn/LayerSchema.h"
#include "nn/LayerSettings.h"
#include "nn/PaddingSpec.h"
#include "onnx/OnnxError.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <onnx/checker.h>
#include <onnx/onnx_pb.h>
#include <onnx/shape_inference/implementation.h>
#include <optional>
#include <stdexcept>
#include <system_error>
#include <vector>

namespace convsight::onnx {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

static_assert(std::endian::native == std::endian::little,
              "ONNX's raw_data is little-endian; this writes the host's bytes");

constexpr std::int64_t kIrVersion = 8; // the IR version ONNX 1.10 to 1.12 write
constexpr std::int64_t kOpset = 13;

// One layer being written: where it sits, what it takes and what it gives.
struct LayerContext {
    const nn::Layer& layer;
    int index{};             // 1-based, as Sequential's messages count
    json config;             // layer.config()
    std::string type;        // config["type"]
    compute::Shape input;    // (1, ...) the example shape with a batch of 1
    std::string input_name;  // the tensor the node reads
    std::string output_name; // the tensor the node writes
};

// Builds the graph node by node; any refusal names the layer.
class GraphWriter {
public:
    GraphWriter(const std::string& path, ::onnx::GraphProto& graph)
        : path_(path)
        , graph_(graph) {}

    [[noreturn]] void refuse(const LayerContext& c, const std::string& problem) const {
        throw OnnxError(path_ + ": layer " + std::to_string(c.index) + " '" + c.layer.name() +
                        "' (" + c.type + "): " + problem);
    }

    void write(const LayerContext& c) {
        const std::string& t = c.type;
        if (t == "conv2d")
            conv(c);
        else if (t == "maxpool" || t == "avgpool")
            pool(c);
        else if (t == "dense")
            dense(c);
        else if (t == "relu")
            node(c, "Relu");
        else if (t == "leaky_relu")
            attribute(node(c, "LeakyRelu"), "alpha", settings(c).number("alpha"));
        else if (t == "sigmoid")
            node(c, "Sigmoid");
        else if (t == "tanh")
            node(c, "Tanh");
        else if (t == "batchnorm")
            batchnorm(c);
        else if (t == "dropout")
            node(c, "Dropout"); // inference: the identity
        else if (t == "flatten")
            attribute(node(c, "Flatten"), "axis", std::int64_t{1});
        else if (t == "softmax")
            attribute(node(c, "Softmax"), "axis", std::int64_t{1});
        else if (t == "log_softmax")
            attribute(node(c, "LogSoftmax"), "axis", std::int64_t{1});
        else if (t == "pad")
            pad(c);
        else if (t == "locally_connected2d")
            refuse(c, "ONNX has no operator for a locally connected layer (a convolution whose "
                      "weights differ at every position); replace it with a conv2d to export");
        else
            refuse(c, "ONNX export does not know this layer type");
    }

private:
    ::onnx::NodeProto& node(const LayerContext& c, const char* op_type,
                            const std::vector<std::string>& extra_inputs = {}) {
        ::onnx::NodeProto& n = *graph_.add_node();
        n.set_name(c.layer.name());
        n.set_op_type(op_type);
        n.add_input(c.input_name);
        for (const std::string& input : extra_inputs)
            n.add_input(input);
        n.add_output(c.output_name);
        return n;
    }

    static void attribute(::onnx::NodeProto& n, const char* name, std::int64_t value) {
        ::onnx::AttributeProto& a = *n.add_attribute();
        a.set_name(name);
        a.set_type(::onnx::AttributeProto::INT);
        a.set_i(value);
    }
    static void attribute(::onnx::NodeProto& n, const char* name, float value) {
        ::onnx::AttributeProto& a = *n.add_attribute();
        a.set_name(name);
        a.set_type(::onnx::AttributeProto::FLOAT);
        a.set_f(value);
    }
    static void attribute(::onnx::NodeProto& n, const char* name,
                          const std::vector<std::int64_t>& values) {
        ::onnx::AttributeProto& a = *n.add_attribute();
        a.set_name(name);
        a.set_type(::onnx::AttributeProto::INTS);
        for (const std::int64_t v : values)
            a.add_ints(v);
    }
    static void attribute(::onnx::NodeProto& n, const char* name, const std::string& value) {
        ::onnx::AttributeProto& a = *n.add_attribute();
        a.set_name(name);
        a.set_type(::onnx::AttributeProto::STRING);
        a.set_s(value);
    }

    // The layer's settings read as an architecture file is read (defaults from the schema).
    // Types the schema does not list are read against conv2d's, whose keys ("padding") they share.
    nn::LayerSettings settings(const LayerContext& c) const {
        const nn::LayerKind* kind = nn::find_layer_kind(c.type);
        if (!kind)
            kind = nn::find_layer_kind("conv2d");
        return nn::LayerSettings(c.config, c.index, *kind);
    }

    // The parameter "<layer>.<role>" as a float initializer named so; its name, or nullopt when
    // the layer has none (a convolution without bias).
    std::optional<std::string> parameter(const LayerContext& c, const std::string& role) {
        const std::string name = c.layer.name() + "." + role;
        for (const nn::Parameter* p : c.layer.parameters())
            if (p->name == name)
                return initializer(name, p->value);
        return std::nullopt;
    }
    std::string required_parameter(const LayerContext& c, const std::string& role) {
        const std::optional<std::string> name = parameter(c, role);
        if (!name)
            refuse(c, "it has no " + role);
        return *name;
    }

    std::string initializer(const std::string& name, const compute::Tensor& value) {
        const std::vector<float> values = value.to_vector();
        ::onnx::TensorProto& t = *graph_.add_initializer();
        t.set_name(name);
        t.set_data_type(::onnx::TensorProto::FLOAT);
        for (const std::int64_t d : value.shape())
            t.add_dims(d);
        t.set_raw_data(std::string(reinterpret_cast<const char*>(values.data()),
                                   values.size() * sizeof(float)));
        return name;
    }
    std::string int64_initializer(const std::string& name,
                                  const std::vector<std::int64_t>& values) {
        ::onnx::TensorProto& t = *graph_.add_initializer();
        t.set_name(name);
        t.set_data_type(::onnx::TensorProto::INT64);
        t.add_dims(static_cast<std::int64_t>(values.size()));
        t.set_raw_data(std::string(reinterpret_cast<const char*>(values.data()),
                                   values.size() * sizeof(std::int64_t)));
        return name;
    }
    std::string scalar_initializer(const std::string& name, float value) {
        ::onnx::TensorProto& t = *graph_.add_initializer();
        t.set_name(name);
        t.set_data_type(::onnx::TensorProto::FLOAT);
        t.set_raw_data(std::string(reinterpret_cast<const char*>(&value), sizeof value));
        return name;
    }

    void require_image_input(const LayerContext& c) const {
        if (c.input.size() != 4)
            refuse(c, "expects an (N, C, H, W) input, got " + compute::shape_string(c.input));
    }

    // The padding a window applies to this layer's input, per side, in ONNX's order
    // [top, left, bottom, right].
    std::vector<std::int64_t> resolved_pads(const LayerContext& c, const nn::WindowSpec& window) {
        const nn::PaddingSpec spec = settings(c).padding("padding");
        const conv::ConvGeometry geometry = nn::window_geometry(
            spec, window, static_cast<int>(c.input[2]), static_cast<int>(c.input[3]));
        const conv::Padding p = geometry.padding();
        return {p.top, p.left, p.bottom, p.right};
    }

    void conv(const LayerContext& c) {
        require_image_input(c);
        const nn::LayerSettings s = settings(c);
        nn::WindowSpec w;
        std::tie(w.height, w.width) = s.positive_pair("kernel");
        std::tie(w.stride_y, w.stride_x) = s.positive_pair("stride");
        std::tie(w.dilation_y, w.dilation_x) = s.positive_pair("dilation");
        const std::int64_t groups = c.config.value("groups", std::int64_t{1});
        std::vector<std::string> inputs{required_parameter(c, "weight")};
        if (const std::optional<std::string> bias = parameter(c, "bias"))
            inputs.push_back(*bias);
        ::onnx::NodeProto& n = node(c, "Conv", inputs);
        attribute(n, "kernel_shape", std::vector<std::int64_t>{w.height, w.width});
        attribute(n, "strides", std::vector<std::int64_t>{w.stride_y, w.stride_x});
        attribute(n, "dilations", std::vector<std::int64_t>{w.dilation_y, w.dilation_x});
        attribute(n, "pads", resolved_pads(c, w));
        attribute(n, "group", groups);
    }

    void pool(const LayerContext& c) {
        require_image_input(c);
        const nn::LayerSettings s = settings(c);
        nn::WindowSpec w;
        std::tie(w.height, w.width) = s.positive_pair("size");
        std::tie(w.stride_y, w.stride_x) = s.positive_pair("stride", {w.height, w.width});
        const bool average = c.type == "avgpool";
        std::vector<std::int64_t> pads = resolved_pads(c, w);
        const bool padded = std::any_of(pads.begin(), pads.end(), [](auto p) { return p > 0; });
        LayerContext pooled = c;
        if (average && padded && c.config.value("count_include_pad", false)) {
            // Padding counted as zeros is a zero Pad, then windows that all lie inside: the same
            // numbers, and readers that ignore count_include_pad (OpenCV 4.6) get them right.
            pooled.input_name = c.layer.name() + ".padded";
            LayerContext padding = c;
            padding.output_name = pooled.input_name;
            pad_node(padding, c.layer.name() + ".pad", {pads[0], pads[2], pads[1], pads[3]},
                     "constant", 0.0f);
            pads.assign(4, 0);
        }
        ::onnx::NodeProto& n = node(pooled, average ? "AveragePool" : "MaxPool");
        attribute(n, "kernel_shape", std::vector<std::int64_t>{w.height, w.width});
        attribute(n, "strides", std::vector<std::int64_t>{w.stride_y, w.stride_x});
        attribute(n, "pads", pads);
        if (average)
            attribute(n, "count_include_pad", std::int64_t{0});
    }

    void dense(const LayerContext& c) {
        // y = x·Wᵀ + b with W (out, in), as Dense keeps it.
        std::vector<std::string> inputs{required_parameter(c, "weight")};
        if (const std::optional<std::string> bias = parameter(c, "bias"))
            inputs.push_back(*bias);
        attribute(node(c, "Gemm", inputs), "transB", std::int64_t{1});
    }

    void batchnorm(const LayerContext& c) {
        std::vector<std::string> inputs{required_parameter(c, "gamma"),
                                        required_parameter(c, "beta")};
        for (const char* role : {"running_mean", "running_var"}) {
            std::optional<std::string> name;
            for (const auto& [buffer_role, value] : c.layer.buffers())
                if (buffer_role == role)
                    name = initializer(c.layer.name() + "." + role, value);
            if (!name)
                refuse(c, std::string("it has no ") + role);
            inputs.push_back(*name);
        }
        attribute(node(c, "BatchNormalization", inputs), "epsilon", settings(c).number("eps"));
    }

    void pad(const LayerContext& c) {
        require_image_input(c);
        const conv::Padding p = settings(c).padding("padding").sides;
        const std::string mode = c.config.value("mode", std::string("constant"));
        if (mode != "constant" && mode != "reflect" && mode != "edge")
            refuse(c, "unknown padding mode '" + mode + "'");
        pad_node(c, c.layer.name(), {p.top, p.bottom, p.left, p.right}, mode,
                 c.config.value("value", 0.0f));
    }

    // A Pad node named `name` padding H and W by [top, bottom, left, right].
    void pad_node(const LayerContext& c, const std::string& name,
                  const std::vector<std::int64_t>& sides, const std::string& mode, float value) {
        // Opset 13's Pad takes its sizes as an input: every axis's begin, then every axis's end.
        std::vector<std::string> inputs{int64_initializer(
            name + ".pads", {0, 0, sides[0], sides[2], 0, 0, sides[1], sides[3]})};
        if (mode == "constant")
            inputs.push_back(scalar_initializer(name + ".value", value));
        ::onnx::NodeProto& n = node(c, "Pad", inputs);
        n.set_name(name);
        attribute(n, "mode", mode);
    }

    const std::string& path_;
    ::onnx::GraphProto& graph_;
};

void set_float_tensor_type(::onnx::ValueInfoProto& info, const std::string& name,
                           const compute::Shape& example_shape) {
    info.set_name(name);
    ::onnx::TypeProto_Tensor& tensor = *info.mutable_type()->mutable_tensor_type();
    tensor.set_elem_type(::onnx::TensorProto::FLOAT);
    ::onnx::TensorShapeProto& shape = *tensor.mutable_shape();
    shape.add_dim()->set_dim_param("batch");
    for (const std::int64_t d : example_shape)
        shape.add_dim()->set_dim_value(d);
}

::onnx::ModelProto build_model(const nn::Sequential& model, const std::string& path) {
    if (model.input_shape().empty())
        throw OnnxError(path + ": the model has no input shape, so its padding cannot be resolved");
    if (model.size() == 0)
        throw OnnxError(path + ": the model has no layers");

    ::onnx::ModelProto proto;
    proto.set_ir_version(kIrVersion);
    proto.set_producer_name("ConvSight");
    proto.set_producer_version(CONVSIGHT_VERSION);
    ::onnx::OperatorSetIdProto& opset = *proto.add_opset_import();
    opset.set_domain("");
    opset.set_version(kOpset);

    ::onnx::GraphProto& graph = *proto.mutable_graph();
    graph.set_name(model.name().empty() ? "model" : model.name());
    set_float_tensor_type(*graph.add_input(), "input", model.input_shape());
    set_float_tensor_type(*graph.add_output(), "output", model.output_shape());

    GraphWriter writer(path, graph);
    const std::vector<nn::LayerSummary> summaries = model.layer_summaries();
    compute::Shape example = model.input_shape();
    std::string input_name = "input";
    for (int i = 0; i < model.size(); ++i) {
        const nn::Layer& layer = model.layer(i);
        LayerContext c{layer, i + 1, layer.config(), {}, {1}, input_name, {}};
        c.type = c.config.value("type", std::string());
        c.input.insert(c.input.end(), example.begin(), example.end());
        // Each layer's output is named after the layer; the graph's own names stay unique.
        c.output_name = i + 1 == model.size() ? std::string("output")
                        : layer.name() == "input" || layer.name() == "output" ? layer.name() + ".y"
                                                                              : layer.name();
        try {
            writer.write(c);
        } catch (const std::invalid_argument& e) { // a setting LayerSettings could not read
            writer.refuse(c, e.what());
        }
        example = summaries.at(static_cast<std::size_t>(i)).output_shape;
        input_name = c.output_name;
    }
    return proto;
}

// onnx::checker on the model, then ONNX's own shape inference in strict mode: it must agree with
// the output shape we declared (a wrongly resolved padding would not).
void check(const ::onnx::ModelProto& proto, const std::string& path) {
    try {
        ::onnx::checker::check_model(proto);
        ::onnx::ModelProto inferred = proto;
        ::onnx::shape_inference::InferShapes(inferred, ::onnx::OpSchemaRegistry::Instance(),
                                             ::onnx::ShapeInferenceOptions{true, 1, false});
    } catch (const std::exception& e) {
        throw OnnxError(path + ": the ONNX checker refuses the exported model: " + e.what());
    }
}

} // namespace

void export_onnx(const nn::Sequential& model, const std::string& path) {
    const ::onnx::ModelProto proto = build_model(model, path);
    check(proto, path);
    std::string bytes;
    if (!proto.SerializeToString(&bytes))
        throw OnnxError(path + ": cannot serialise the ONNX model (is it over 2 GB?)");
    try {
        io::write_file_atomically(path, bytes);
    } catch (const std::runtime_error& e) {
        throw OnnxError(e.what());
    }
}

} // namespace convsight::onnx
