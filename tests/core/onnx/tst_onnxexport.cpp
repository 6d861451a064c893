// Qt Test suite for ONNX export: every trainable preset and a model using every exported layer
// kind written as ONNX, accepted by onnx::checker, run by OpenCV's DNN module to the outputs of
// Sequential::forward (within 1e-4), checked by Python's onnx.checker (full_check) when
// /usr/bin/python3 has onnx; the graph's structure (resolved pads, attributes, initializers); and
// refusals (a locally connected layer, no input shape, an unwritable path) that write nothing.
#include "nn/Layer.h"
#include "nn/ModelFile.h"
#include "nn/Models.h"
#include "nn/Sequential.h"
#include "onnx/OnnxError.h"
#include "onnx/OnnxExport.h"

#include <onnx/checker.h>
#include <onnx/onnx_pb.h>

#ifdef CONVSIGHT_HAVE_OPENCV_DNN
#include <opencv2/dnn.hpp>
#endif

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <fstream>
#include <functional>
#include <random>
#include <string>

using namespace convsight;
using nlohmann::json;

namespace {

compute::Tensor randomTensor(compute::Shape shape, std::uint64_t seed, float low = -1.0f,
                             float high = 1.0f) {
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<float> uniform(low, high);
    std::vector<float> values(static_cast<std::size_t>(compute::shape_numel(shape)));
    for (float& v : values)
        v = uniform(rng);
    return compute::Tensor::from(std::move(shape), values);
}

::onnx::ModelProto readModel(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    ::onnx::ModelProto model;
    if (!model.ParseFromIstream(&in))
        throw std::runtime_error(path + ": not an ONNX model");
    return model;
}

const ::onnx::AttributeProto* findAttribute(const ::onnx::NodeProto& node, const char* name) {
    for (const ::onnx::AttributeProto& a : node.attribute())
        if (a.name() == name)
            return &a;
    return nullptr;
}

std::vector<std::int64_t> ints(const ::onnx::NodeProto& node, const char* name) {
    const ::onnx::AttributeProto* a = findAttribute(node, name);
    return a ? std::vector<std::int64_t>(a->ints().begin(), a->ints().end())
             : std::vector<std::int64_t>{};
}

std::string exportError(const nn::Sequential& model, const std::string& path) {
    try {
        convsight::onnx::export_onnx(model, path);
    } catch (const convsight::onnx::OnnxError& e) {
        return e.what();
    }
    return {};
}

// Every layer kind the exporter writes today, with the settings that change its ONNX form:
// SAME padding on an even input with stride 2 (asymmetric: the extra pixel at the end), explicit
// per-side padding, dilation, no bias, batch normalisation on maps and on features.
json zooArchitecture() {
    return json::parse(R"({
      "name": "zoo", "input": [3, 12, 10],
      "layers": [
        {"type": "conv2d", "filters": 6, "kernel": 3, "stride": 2, "padding": "same"},
        {"type": "batchnorm", "eps": 0.001},
        {"type": "leaky_relu", "alpha": 0.2},
        {"type": "conv2d", "filters": 5, "kernel": [3, 2], "padding": [2, 0, 1, 1],
         "dilation": [2, 1], "bias": false},
        {"type": "tanh"},
        {"type": "avgpool", "size": 3, "stride": 2, "padding": "same"},
        {"type": "conv2d", "filters": 4, "kernel": 1},
        {"type": "sigmoid"},
        {"type": "maxpool", "size": 2, "stride": 1, "padding": [0, 1, 1, 0]},
        {"type": "dropout", "p": 0.3},
        {"type": "flatten"},
        {"type": "dense", "units": 9, "bias": false},
        {"type": "batchnorm"},
        {"type": "relu"},
        {"type": "dense", "units": 4}
      ]})");
}

// The model with every BatchNorm's statistics, scale and shift set to seeded random values (a
// fresh BatchNorm is the identity and would hide a mistake).
nn::Sequential zooModel() {
    nn::Sequential model = nn::model_from_json(zooArchitecture());
    model.initialize(11);
    std::uint64_t seed = 100;
    for (int i = 0; i < model.size(); ++i) {
        nn::Layer& layer = model.layer(i);
        if (layer.kind() != "BatchNorm")
            continue;
        for (nn::Parameter* p : layer.parameters())
            p->value.copy_from(randomTensor(p->value.shape(), ++seed, 0.5f, 1.5f));
        for (auto& [role, buffer] : layer.buffers()) {
            compute::Tensor handle = buffer;
            handle.copy_from(role == "running_var" ? randomTensor(buffer.shape(), ++seed, 0.2f, 2)
                                                   : randomTensor(buffer.shape(), ++seed));
        }
    }
    model.eval();
    return model;
}

// A layer that exists only as its settings (config()) and an optional forward: how the exporter
// meets layers by their JSON alone, names that clash with the graph's, and unknown types.
using Forward = std::function<compute::Tensor(const compute::Tensor&, const nn::Layer&)>;

class ConfigOnlyLayer final : public nn::Layer {
public:
    ConfigOnlyLayer(json config, std::function<compute::Shape(const compute::Shape&)> shape,
                    Forward forward = {}, compute::Shape weight = {})
        : config_(std::move(config))
        , shape_(std::move(shape))
        , forward_(std::move(forward)) {
        if (!weight.empty()) {
            add_parameter("weight", randomTensor(weight, 77));
            add_parameter("bias", randomTensor({weight[0]}, 78));
        }
    }
    std::string kind() const override { return "ConfigOnly"; }
    std::string description() const override { return config_.dump(); }
    std::string name_prefix() const override { return config_["type"].get<std::string>(); }
    json config() const override { return config_; }
    compute::Shape output_shape(const compute::Shape& input) const override {
        return shape_(input);
    }
    compute::Tensor forward(const compute::Tensor& x, bool) override {
        return forward_ ? forward_(x, *this) : x;
    }
    compute::Tensor backward(const compute::Tensor& dy) override { return dy; }
    void forget_forward() override {}

private:
    json config_;
    std::function<compute::Shape(const compute::Shape&)> shape_;
    Forward forward_;
};

// The layer kinds issue 16 added: reflect, constant and edge padding, a depthwise convolution, an
// average pool that counts its padding, softmax and log-softmax.
nn::Sequential newLayerModel() {
    nn::Sequential model = nn::model_from_json(json::parse(R"({
        "name": "new-layers", "input": [4, 6, 5], "layers": [
        {"type": "pad", "padding": [1, 0, 2, 3], "mode": "reflect"},
        {"type": "pad", "padding": 1, "value": 0.5},
        {"type": "pad", "padding": [0, 2, 1, 0], "mode": "edge"},
        {"type": "conv2d", "name": "depthwise", "filters": 4, "kernel": 3, "groups": 4},
        {"type": "avgpool", "size": 2, "stride": 2, "padding": 1, "count_include_pad": true},
        {"type": "flatten"}, {"type": "softmax"}, {"type": "log_softmax"}]})"));
    model.initialize(17);
    model.eval();
    return model;
}

#ifdef CONVSIGHT_HAVE_OPENCV_DNN
// OpenCV's DNN module running the exported file on `x` (N, ...), flattened per example.
std::vector<float> opencvForward(const std::string& path, const compute::Tensor& x) {
    cv::dnn::Net net = cv::dnn::readNetFromONNX(path);
    std::vector<int> sizes;
    for (const std::int64_t d : x.shape())
        sizes.push_back(static_cast<int>(d));
    cv::Mat blob(static_cast<int>(sizes.size()), sizes.data(), CV_32F,
                 const_cast<float*>(x.data()));
    net.setInput(blob, "input");
    const cv::Mat out = net.forward();
    const cv::Mat flat = out.reshape(1, 1);
    return std::vector<float>(flat.ptr<float>(), flat.ptr<float>() + flat.total());
}
#endif

// Exports `model`, checks the file with onnx::checker, then compares OpenCV's outputs with
// Sequential::forward on a seeded random batch of 3.
void checkExport(nn::Sequential& model, const QString& path) {
    const std::string file = path.toStdString();
    try {
        convsight::onnx::export_onnx(model, file);
        ::onnx::checker::check_model(file);
    } catch (const std::exception& e) {
        QFAIL(e.what());
    }
    QVERIFY(QFile::exists(path));
    QVERIFY(!QFile::exists(path + QStringLiteral(".part")));

    const ::onnx::ModelProto proto = readModel(file);
    QCOMPARE(proto.ir_version(), 8);
    QCOMPARE(proto.opset_import_size(), 1);
    QCOMPARE(proto.opset_import(0).version(), 13);
    QCOMPARE(proto.producer_name(), std::string("ConvSight"));
    QVERIFY(proto.graph().node_size() >= model.size()); // a layer may take two nodes
    QCOMPARE(proto.graph().input(0).name(), std::string("input"));
    QCOMPARE(proto.graph().output(0).name(), std::string("output"));
    const auto& inputShape = proto.graph().input(0).type().tensor_type().shape();
    QCOMPARE(inputShape.dim(0).dim_param(), std::string("batch"));
    QCOMPARE(inputShape.dim_size(), static_cast<int>(model.input_shape().size()) + 1);
    for (std::size_t i = 0; i < model.input_shape().size(); ++i)
        QCOMPARE(inputShape.dim(static_cast<int>(i) + 1).dim_value(), model.input_shape()[i]);

#ifdef CONVSIGHT_HAVE_OPENCV_DNN
    compute::Shape batchShape{3};
    batchShape.insert(batchShape.end(), model.input_shape().begin(), model.input_shape().end());
    const compute::Tensor x = randomTensor(batchShape, 42);
    model.eval();
    const std::vector<float> expected = model.forward(x, /*training=*/false).to_vector();
    std::vector<float> actual;
    try {
        actual = opencvForward(file, x);
    } catch (const std::exception& e) {
        QFAIL(qPrintable(QStringLiteral("OpenCV cannot run the export: ") + e.what()));
    }
    QCOMPARE(actual.size(), expected.size());
    float worst = 0;
    for (std::size_t i = 0; i < expected.size(); ++i)
        worst = std::max(worst, std::abs(actual[i] - expected[i]));
    QVERIFY2(worst <= 1e-4f, qPrintable(QStringLiteral("largest difference %1").arg(worst)));
#else
    QSKIP("OpenCV's DNN module (libopencv-dnn-dev) is not installed: outputs not compared");
#endif
}

} // namespace

class TestOnnxExport : public QObject {
    Q_OBJECT

private slots:
    void init() { QVERIFY(dir_.isValid()); }

    void presets_data() {
        QTest::addColumn<QString>("name");
        for (const std::string& name : nn::model_names())
            if (!nn::is_view_only(name))
                QTest::newRow(name.c_str()) << QString::fromStdString(name);
    }
    // Every preset a student can train exports, passes the checker and runs in OpenCV alike.
    void presets() {
        QFETCH(QString, name);
        nn::Sequential model = nn::make_model(name.toStdString(), 3);
        checkExport(model, dir_.filePath(name + QStringLiteral(".onnx")));
    }

    void everyLayerKind() {
        nn::Sequential model = zooModel();
        checkExport(model, dir_.filePath(QStringLiteral("zoo.onnx")));
    }

    // The same layer kinds as nn builds them from JSON, run by OpenCV against Sequential::forward;
    // a row whose setting or layer type this build's nn does not know yet is skipped, saying so.
    void architectureLayerKinds_data() {
        QTest::addColumn<QByteArray>("layers");
        QTest::newRow("depthwise conv2d") << QByteArray(
            R"([{"type": "conv2d", "filters": 4, "kernel": 3, "padding": "same", "groups": 4}])");
        QTest::newRow("grouped conv2d, stride 2") << QByteArray(
            R"([{"type": "conv2d", "filters": 6, "kernel": 3, "stride": 2, "groups": 2}])");
        QTest::newRow("avgpool counting padding")
            << QByteArray(R"([{"type": "avgpool", "size": 3, "stride": 2, "padding": "same",
                              "count_include_pad": true}])");
        QTest::newRow("pad reflect")
            << QByteArray(R"([{"type": "pad", "padding": [1, 2, 0, 3], "mode": "reflect"}])");
        QTest::newRow("pad edge") << QByteArray(
            R"([{"type": "pad", "padding": 2, "mode": "edge"}])");
        QTest::newRow("pad constant")
            << QByteArray(R"([{"type": "pad", "padding": [0, 1, 2, 0], "value": -0.5}])");
        QTest::newRow("softmax") << QByteArray(R"([{"type": "flatten"}, {"type": "softmax"}])");
        QTest::newRow("log_softmax")
            << QByteArray(R"([{"type": "flatten"}, {"type": "log_softmax"}])");
    }
    void architectureLayerKinds() {
        QFETCH(QByteArray, layers);
        // Around the layer: a convolution before it (so its input is not the graph's) and a
        // dense layer after it (so every output value counts).
        json architecture = {{"input", {4, 7, 6}}};
        architecture["layers"] =
            json::array({json{{"type", "conv2d"}, {"filters", 4}, {"kernel", 2}}});
        for (const json& layer : json::parse(layers.toStdString()))
            architecture["layers"].push_back(layer);
        if (architecture["layers"].back()["type"] != "softmax" &&
            architecture["layers"].back()["type"] != "log_softmax") {
            architecture["layers"].push_back({{"type", "flatten"}});
            architecture["layers"].push_back({{"type", "dense"}, {"units", 5}});
        }
        nn::Sequential model = nn::model_from_json(architecture);
        model.initialize(21);
        checkExport(model, dir_.filePath(QStringLiteral("kind.onnx")));
    }

    // The layer kinds issue 16 added, run by OpenCV against Sequential::forward.
    void newLayerKinds() {
        nn::Sequential model = newLayerModel();
        checkExport(model, dir_.filePath(QStringLiteral("new-kinds.onnx")));
    }

    // A model on the GPU is exported from its weights there.
    void modelOnCuda() {
        if (!compute::Device::cuda_available())
            QSKIP("no CUDA device");
        nn::Sequential model = zooModel();
        model.to(compute::Device::cuda());
        const std::string path = dir_.filePath(QStringLiteral("cuda.onnx")).toStdString();
        convsight::onnx::export_onnx(model, path);
        model.to(compute::Device::cpu());
        const ::onnx::ModelProto proto = readModel(path);
        // conv1.weight's bytes equal the model's weights.
        const std::vector<float> weight = model.layer(0).parameters().front()->value.to_vector();
        const ::onnx::TensorProto* found = nullptr;
        for (const auto& t : proto.graph().initializer())
            if (t.name() == model.layer(0).name() + ".weight")
                found = &t;
        QVERIFY(found);
        QCOMPARE(found->raw_data().size(), weight.size() * sizeof(float));
        QVERIFY(std::memcmp(found->raw_data().data(), weight.data(), found->raw_data().size()) ==
                0);
    }

    // The nodes say what the layers do: resolved pads in ONNX's order [top, left, bottom, right],
    // strides, dilations, groups, count_include_pad, Gemm with transB, the epsilon; weights as
    // little-endian raw_data.
    void graphStructure() {
        nn::Sequential model = zooModel();
        const std::string path = dir_.filePath(QStringLiteral("zoo.onnx")).toStdString();
        convsight::onnx::export_onnx(model, path);
        const ::onnx::GraphProto graph = readModel(path).graph();
        QCOMPARE(graph.node(0).op_type(), std::string("Conv"));
        // SAME, 3×3, stride 2 over 12×10: total padding max((6 − 1)·2 + 3 − 12, 0) = 1 rows and
        // (5 − 1)·2 + 3 − 10 = 1 column, the extra pixel at the end.
        QCOMPARE(ints(graph.node(0), "pads"), (std::vector<std::int64_t>{0, 0, 1, 1}));
        QCOMPARE(ints(graph.node(0), "strides"), (std::vector<std::int64_t>{2, 2}));
        QCOMPARE(findAttribute(graph.node(0), "group")->i(), 1);
        QCOMPARE(graph.node(0).input_size(), 3);
        QCOMPARE(graph.node(1).op_type(), std::string("BatchNormalization"));
        QCOMPARE(graph.node(1).input_size(), 5);
        QCOMPARE(findAttribute(graph.node(1), "epsilon")->f(), 0.001f);
        QCOMPARE(graph.node(2).op_type(), std::string("LeakyRelu"));
        QCOMPARE(findAttribute(graph.node(2), "alpha")->f(), 0.2f);
        QCOMPARE(graph.node(3).op_type(), std::string("Conv"));
        QCOMPARE(ints(graph.node(3), "pads"), (std::vector<std::int64_t>{2, 1, 0, 1}));
        QCOMPARE(ints(graph.node(3), "dilations"), (std::vector<std::int64_t>{2, 1}));
        QCOMPARE(ints(graph.node(3), "kernel_shape"), (std::vector<std::int64_t>{3, 2}));
        QCOMPARE(graph.node(3).input_size(), 2); // no bias
        QCOMPARE(graph.node(5).op_type(), std::string("AveragePool"));
        QCOMPARE(findAttribute(graph.node(5), "count_include_pad")->i(), 0);
        QCOMPARE(graph.node(8).op_type(), std::string("MaxPool"));
        QCOMPARE(ints(graph.node(8), "pads"), (std::vector<std::int64_t>{0, 1, 1, 0}));
        QCOMPARE(graph.node(9).op_type(), std::string("Dropout"));
        QCOMPARE(graph.node(10).op_type(), std::string("Flatten"));
        QCOMPARE(findAttribute(graph.node(10), "axis")->i(), 1);
        QCOMPARE(graph.node(11).op_type(), std::string("Gemm"));
        QCOMPARE(findAttribute(graph.node(11), "transB")->i(), 1);
        QCOMPARE(graph.node(11).input_size(), 2);
        QCOMPARE(graph.node(14).output(0), std::string("output"));
        // Every node reads what the one before it wrote.
        for (int i = 1; i < graph.node_size(); ++i)
            QCOMPARE(graph.node(i).input(0), graph.node(i - 1).output(0));
        QCOMPARE(graph.node(0).input(0), std::string("input"));

        const ::onnx::TensorProto* weight = nullptr;
        for (const auto& t : graph.initializer())
            if (t.name() == graph.node(0).input(1))
                weight = &t;
        QVERIFY(weight);
        QCOMPARE(std::vector<std::int64_t>(weight->dims().begin(), weight->dims().end()),
                 (std::vector<std::int64_t>{6, 3, 3, 3}));
        QCOMPARE(weight->data_type(), static_cast<int>(::onnx::TensorProto::FLOAT));
        QCOMPARE(weight->float_data_size(), 0);
        const std::vector<float> values = model.layer(0).parameters().front()->value.to_vector();
        QCOMPARE(weight->raw_data().size(), values.size() * 4);
        QVERIFY(std::memcmp(weight->raw_data().data(), values.data(), values.size() * 4) == 0);
    }

    // The layer kinds read from config() alone: their ONNX nodes and the checker's approval.
    void configOnlyLayers() {
        nn::Sequential model = newLayerModel();
        // (4, 6, 5) padded to (4, 7, 10), (4, 9, 12), (4, 11, 13); convolved to (4, 9, 11);
        // pooled to (4, 5, 6).
        QCOMPARE(model.output_shape(), (compute::Shape{4 * 5 * 6}));

        const std::string path = dir_.filePath(QStringLiteral("new.onnx")).toStdString();
        convsight::onnx::export_onnx(model, path);
        ::onnx::checker::check_model(path);
        const ::onnx::GraphProto graph = readModel(path).graph();
        QCOMPARE(graph.node(0).op_type(), std::string("Pad"));
        QCOMPARE(findAttribute(graph.node(0), "mode")->s(), std::string("reflect"));
        QCOMPARE(graph.node(0).input_size(), 2); // data, pads: no constant value for reflect
        QCOMPARE(graph.node(1).input_size(), 3); // data, pads, constant value
        const auto initializer = [&](const std::string& name) {
            for (const auto& t : graph.initializer())
                if (t.name() == name)
                    return t;
            throw std::runtime_error("no initializer " + name);
        };
        const ::onnx::TensorProto pads = initializer(graph.node(0).input(1));
        QCOMPARE(pads.data_type(), static_cast<int>(::onnx::TensorProto::INT64));
        std::vector<std::int64_t> padValues(8);
        QCOMPARE(pads.raw_data().size(), sizeof(std::int64_t) * 8);
        std::memcpy(padValues.data(), pads.raw_data().data(), pads.raw_data().size());
        // [top, bottom, left, right] = [1, 0, 2, 3] as every axis's begin, then every end.
        QCOMPARE(padValues, (std::vector<std::int64_t>{0, 0, 1, 2, 0, 0, 0, 3}));
        float value = 0;
        const ::onnx::TensorProto constant = initializer(graph.node(1).input(2));
        QCOMPARE(constant.dims_size(), 0);
        std::memcpy(&value, constant.raw_data().data(), sizeof value);
        QCOMPARE(value, 0.5f);
        QCOMPARE(findAttribute(graph.node(1), "mode")->s(), std::string("constant"));
        QCOMPARE(graph.node(2).op_type(), std::string("Pad"));
        QCOMPARE(findAttribute(graph.node(2), "mode")->s(), std::string("edge"));
        QCOMPARE(graph.node(3).op_type(), std::string("Conv"));
        QCOMPARE(findAttribute(graph.node(3), "group")->i(), 4);
        // Padding counted as zeros: a zero Pad, then an AveragePool whose windows lie inside.
        QCOMPARE(graph.node(4).op_type(), std::string("Pad"));
        QCOMPARE(graph.node(4).name(), std::string("avgpool1.pad"));
        std::memcpy(padValues.data(), initializer(graph.node(4).input(1)).raw_data().data(),
                    sizeof(std::int64_t) * 8);
        QCOMPARE(padValues, (std::vector<std::int64_t>{0, 0, 1, 1, 0, 0, 1, 1}));
        QCOMPARE(graph.node(5).op_type(), std::string("AveragePool"));
        QCOMPARE(graph.node(5).input(0), graph.node(4).output(0));
        QCOMPARE(findAttribute(graph.node(5), "count_include_pad")->i(), 0);
        QCOMPARE(ints(graph.node(5), "pads"), (std::vector<std::int64_t>{0, 0, 0, 0}));
        QCOMPARE(graph.node(7).op_type(), std::string("Softmax"));
        QCOMPARE(findAttribute(graph.node(7), "axis")->i(), 1);
        QCOMPARE(graph.node(8).op_type(), std::string("LogSoftmax"));
        QCOMPARE(graph.node(8).output(0), std::string("output"));
    }

    // Python's onnx.checker with full_check (strict shape inference) on an exported file.
    void pythonChecker() {
        nn::Sequential model = zooModel();
        const QString path = dir_.filePath(QStringLiteral("py.onnx"));
        convsight::onnx::export_onnx(model, path.toStdString());
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral("-c"),
                      QStringLiteral("import sys, onnx\n"
                                     "m = onnx.load(sys.argv[1])\n"
                                     "onnx.checker.check_model(m, full_check=True)\n"
                                     "print(len(m.graph.node), m.opset_import[0].version)"),
                      path});
        if (!python.waitForFinished(60'000))
            QSKIP("/usr/bin/python3 did not run");
        const QString error = QString::fromUtf8(python.readAllStandardError());
        if (python.exitCode() != 0 && error.contains(QStringLiteral("No module named")))
            QSKIP("/usr/bin/python3 has no onnx module (python3-onnx)");
        QVERIFY2(python.exitCode() == 0, qPrintable(error));
        QCOMPARE(QString::fromUtf8(python.readAllStandardOutput()).trimmed(),
                 QStringLiteral("15 13"));
    }

    // A locally connected layer has no ONNX operator: refused, naming the file and the layer,
    // and neither the file nor a temporary one is written (an existing file stays as it was).
    void refusesLocallyConnected() {
        nn::Sequential model = nn::model_from_json(json::parse(R"({
          "input": [1, 8, 8],
          "layers": [{"type": "conv2d", "filters": 2, "kernel": 3},
                     {"type": "locally_connected2d", "filters": 2, "kernel": 3},
                     {"type": "flatten"}, {"type": "dense", "units": 3}]})"));
        model.initialize(1);
        const QString path = dir_.filePath(QStringLiteral("lc.onnx"));
        QVERIFY(QFile(path).open(QIODevice::WriteOnly));
        const QString message = QString::fromStdString(exportError(model, path.toStdString()));
        QVERIFY2(message.startsWith(path + QStringLiteral(": layer 2 '")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("(locally_connected2d): ONNX has no operator")),
                 qPrintable(message));
        QCOMPARE(QFileInfo(path).size(), 0);
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
    }

    void refusesModelWithoutInputShape() {
        nn::Sequential model("bare");
        model.add(std::make_unique<ConfigOnlyLayer>(json{{"type", "relu"}},
                                                    [](const compute::Shape& s) { return s; }));
        const QString path = dir_.filePath(QStringLiteral("bare.onnx"));
        QCOMPARE(QString::fromStdString(exportError(model, path.toStdString())),
                 path + QStringLiteral(": the model has no input shape, so its padding cannot "
                                       "be resolved"));
        QVERIFY(!QFile::exists(path));
    }

    void refusesUnknownLayerType() {
        nn::Sequential model("odd");
        model.add(std::make_unique<ConfigOnlyLayer>(json{{"type", "lrn"}},
                                                    [](const compute::Shape& s) { return s; }));
        model.set_input_shape({2, 4, 4});
        const QString path = dir_.filePath(QStringLiteral("odd.onnx"));
        const QString message = QString::fromStdString(exportError(model, path.toStdString()));
        QVERIFY2(message.startsWith(path + QStringLiteral(": layer 1 'lrn1' (lrn): ")),
                 qPrintable(message));
        QVERIFY(!QFile::exists(path));
    }

    // Layers named like the graph's input and output keep the graph's names unique.
    void layersNamedInputAndOutput() {
        nn::Sequential model = nn::model_from_json(json::parse(R"({
          "input": [4],
          "layers": [{"type": "dense", "units": 3, "name": "input"},
                     {"type": "relu", "name": "output"}, {"type": "dense", "units": 2}]})"));
        model.initialize(2);
        checkExport(model, dir_.filePath(QStringLiteral("names.onnx")));
    }

    // What ONNX's checker or its shape inference refuses is reported and not written: here a
    // layer whose output shape disagrees with the one ONNX computes for its operator.
    void checkerRefusalWritesNothing() {
        nn::Sequential model("misfit");
        model.add(
            std::make_unique<ConfigOnlyLayer>(json{{"type", "relu"}}, [](const compute::Shape& s) {
                return compute::Shape{s[0], 7};
            }));
        model.set_input_shape({4});
        const QString path = dir_.filePath(QStringLiteral("misfit.onnx"));
        const QString message = QString::fromStdString(exportError(model, path.toStdString()));
        QVERIFY2(message.startsWith(path + QStringLiteral(": the ONNX checker refuses the "
                                                          "exported model: ")),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("(4) vs (7)")), qPrintable(message));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
    }

    void refusesUnwritablePath() {
        nn::Sequential model = nn::make_model("small", 1);
        const QString path = dir_.filePath(QStringLiteral("missing/folder/m.onnx"));
        const QString message = QString::fromStdString(exportError(model, path.toStdString()));
        QCOMPARE(message, QStringLiteral("cannot write '%1': the folder '%2' does not exist")
                              .arg(path, dir_.filePath(QStringLiteral("missing/folder"))));
        QVERIFY(!QFile::exists(path));
        // A folder where the file should go: refused by name, the folder left as it was.
        const QString folder = dir_.filePath(QStringLiteral("taken.onnx"));
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/inside")));
        QCOMPARE(QString::fromStdString(exportError(model, folder.toStdString())),
                 QStringLiteral("cannot write '%1': it is a folder; give the name of a file")
                     .arg(folder));
        QVERIFY(QFileInfo(folder + QStringLiteral("/inside")).isDir());
    }

private:
    QTemporaryDir dir_;
};

QTEST_GUILESS_MAIN(TestOnnxExport)
#include "tst_onnxexport.moc"
