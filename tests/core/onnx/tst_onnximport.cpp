// Qt Test suite for the ONNX importer: models built here with onnx's classes become the expected
// layers with the file's weights (auto_pad, ceil_mode, Gemm's alpha/beta/transB, MatMul + Add,
// Reshape, Dropout, Pad, external data); bad files fail with an OnnxError naming the file and the
// problem; and a network built and exported by PyTorch gives PyTorch's outputs within 1e-4.
#include "compute/Tensor.h"
#include "nn/Layer.h"
#include "nn/LayerSchema.h"
#include "nn/ModelFile.h"
#include "onnx/AnyModel.h"
#include "onnx/OnnxError.h"
#include "onnx/OnnxImport.h"
#include "onnx_test_support.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>

namespace nn = convsight::nn;
namespace compute = convsight::compute;
namespace cso = convsight::onnx;
using nlohmann::json;
using onnx_test::GraphBuilder;
using onnx_test::ramp;

namespace {

QString q(const std::string& text) {
    return QString::fromStdString(text);
}

// The layers' JSON settings of a model, as its architecture file would list them.
json layersOf(const nn::Sequential& model) {
    return nn::architecture_json(model)["layers"];
}

QString str(const json& value) {
    return value.is_string() ? QString::fromStdString(value.get<std::string>())
                             : QString::fromStdString(value.dump());
}

std::vector<float> values(const nn::Sequential& model, int layer, const std::string& role) {
    for (const nn::Parameter* p : model.layer(layer).parameters())
        if (p->name.size() > role.size() && p->name.ends_with("." + role))
            return p->value.to_vector();
    for (const auto& [name, buffer] : model.layer(layer).buffers())
        if (name == role)
            return buffer.to_vector();
    return {};
}

// Whether the layers other pieces of issue 16 add to core/nn are present: depthwise convolution
// ("groups"), count_include_pad, softmax and pad.
std::vector<float> readFloats(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    std::vector<float> v(static_cast<std::size_t>(bytes.size()) / sizeof(float));
    std::memcpy(v.data(), bytes.constData(), v.size() * sizeof(float));
    return v;
}

} // namespace

class tst_OnnxImport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void convChainBecomesLayers();
    void autoPadIsResolved_data();
    void autoPadIsResolved();
    void ceilModeAddsEndPadding();
    void gemmFoldsAlphaBetaAndTranspose();
    void matmulAndAddBecomeDense();
    void reshapeDropoutIdentity();
    void padAndSoftmax();
    void batchnormBecomesBuffers();
    void externalDataIsRead();
    void identityOfConstantAndIdentityPool();
    void layerFromJson();
    void constantsGivenForGraphInputs();
    void loadAnyModelPicksTheReader();
    void badInput_data();
    void badInput();
    void pytorchRoundTrip();
    void pytorchRoundTripNewLayers();

private:
    QString path(const char* name) const { return dir_.filePath(QString::fromLatin1(name)); }
    // Builds the model from `builder` into `name`, imports it.
    cso::ImportedModel importBuilt(const GraphBuilder& builder, const char* name) {
        const std::string file = path(name).toStdString();
        if (!builder.save(file))
            qFatal("cannot write %s", file.c_str());
        return cso::import_onnx(file);
    }
    // Runs the PyTorch script with `layers` (Python expression of nn.Sequential's body) and
    // compares; returns an empty string on success, else what went wrong.
    QString roundTrip(const QString& layers, const QString& inputShape, QString* skipReason);

    QTemporaryDir dir_;
    bool torch_{false};
    QString torchReason_;
};

void tst_OnnxImport::initTestCase() {
    QVERIFY(dir_.isValid());
    if (!QFile::exists(QStringLiteral("/usr/bin/python3"))) {
        torchReason_ = QStringLiteral("/usr/bin/python3 is absent");
        return;
    }
    QProcess probe;
    probe.start(QStringLiteral("/usr/bin/python3"),
                {QStringLiteral("-c"), QStringLiteral("import torch, onnx")});
    probe.waitForFinished(60'000);
    torch_ = probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0;
    if (!torch_)
        torchReason_ = QStringLiteral("python3-torch or python3-onnx is not installed: ") +
                       QString::fromUtf8(probe.readAllStandardError()).trimmed();
}

void tst_OnnxImport::convChainBecomesLayers() {
    GraphBuilder b;
    b.input("x", {-1, 2, 6, 7});
    b.initializer("W", {3, 2, 3, 3}, ramp(54));
    b.initializer("B", {3}, {0.5f, -0.5f, 1.0f}, true);
    auto& conv = b.node("Conv", {"x", "W", "B"}, {"c"}, "conv_a");
    GraphBuilder::attribute(conv, "pads", std::vector<std::int64_t>{1, 0, 2, 1}); // t l b r
    GraphBuilder::attribute(conv, "strides", std::vector<std::int64_t>{2, 1});
    GraphBuilder::attribute(conv, "dilations", std::vector<std::int64_t>{1, 2});
    b.node("Relu", {"c"}, {"r"});
    auto& pool = b.node("MaxPool", {"r"}, {"p"});
    GraphBuilder::attribute(pool, "kernel_shape", std::vector<std::int64_t>{2, 2});
    GraphBuilder::attribute(pool, "strides", std::vector<std::int64_t>{2, 2});
    b.node("Flatten", {"p"}, {"f"});
    b.node("Sigmoid", {"f"}, {"y"});
    b.output("y");
    const cso::ImportedModel imported = importBuilt(b, "chain.onnx");
    const nn::Sequential& m = imported.model;
    QCOMPARE(m.input_shape(), (compute::Shape{2, 6, 7}));
    const json layers = layersOf(m);
    QCOMPARE(layers.size(), std::size_t{5});
    QCOMPARE(str(layers[0]["type"]), QStringLiteral("conv2d"));
    QCOMPARE(layers[0]["filters"].get<int>(), 3);
    QVERIFY2(layers[0]["padding"] == json::array({1, 2, 0, 1}), qPrintable(q(layers[0].dump())));
    QVERIFY2(layers[0]["stride"] == json::array({2, 1}), qPrintable(q(layers[0].dump())));
    QVERIFY2(layers[0]["dilation"] == json::array({1, 2}), qPrintable(q(layers[0].dump())));
    QCOMPARE(str(layers[1]["type"]), QStringLiteral("relu"));
    QCOMPARE(str(layers[2]["type"]), QStringLiteral("maxpool"));
    QCOMPARE(str(layers[3]["type"]), QStringLiteral("flatten"));
    QCOMPARE(str(layers[4]["type"]), QStringLiteral("sigmoid"));
    // (6 + 1 + 2 − 3) / 2 + 1 = 4 rows, (7 + 0 + 1 − 5) / 1 + 1 = 4 columns, pooled to 2×2.
    QCOMPARE(m.output_shape(), (compute::Shape{3 * 2 * 2}));
    QCOMPARE(values(m, 0, "weight"), ramp(54));
    QCOMPARE(values(m, 0, "bias"), (std::vector<float>{0.5f, -0.5f, 1.0f}));
    QVERIFY(!m.is_training());
    QCOMPARE(str(imported.metadata["source"]), QStringLiteral("onnx"));
    QCOMPARE(imported.metadata["opset"].get<int>(), 13);
    QCOMPARE(str(imported.metadata["input_name"]), QStringLiteral("x"));
    QCOMPARE(str(imported.metadata["output_name"]), QStringLiteral("y"));
    QCOMPARE(str(imported.metadata["producer"]), QStringLiteral("tst_onnximport 1"));
}

void tst_OnnxImport::autoPadIsResolved_data() {
    QTest::addColumn<QString>("autoPad");
    QTest::addColumn<QString>("padding");
    QTest::addColumn<int>("outputSize");
    // 5×5 input, 4×4 kernel, stride 2: SAME wants ceil(5/2) = 3 outputs, so (3−1)·2 + 4 − 5 = 3
    // pixels of padding, the odd one at the end (UPPER) or at the start (LOWER).
    QTest::newRow("SAME_UPPER") << "SAME_UPPER"
                                << "[1,2,1,2]" << 3;
    QTest::newRow("SAME_LOWER") << "SAME_LOWER"
                                << "[2,1,2,1]" << 3;
    QTest::newRow("VALID") << "VALID"
                           << "0" << 1;
}

void tst_OnnxImport::autoPadIsResolved() {
    QFETCH(QString, autoPad);
    QFETCH(QString, padding);
    QFETCH(int, outputSize);
    GraphBuilder b;
    b.input("x", {1, 1, 5, 5});
    b.initializer("W", {1, 1, 4, 4}, ramp(16));
    auto& conv = b.node("Conv", {"x", "W"}, {"y"});
    GraphBuilder::attribute(conv, "auto_pad", autoPad.toStdString());
    GraphBuilder::attribute(conv, "strides", std::vector<std::int64_t>{2, 2});
    b.output("y");
    const nn::Sequential m = importBuilt(b, "autopad.onnx").model;
    const json layer = layersOf(m)[0];
    QCOMPARE(q(layer["padding"].dump()), padding);
    QVERIFY(layer["bias"] == json(false));
    QCOMPARE(m.output_shape(), (compute::Shape{1, outputSize, outputSize}));
}

void tst_OnnxImport::ceilModeAddsEndPadding() {
    // 6 wide, window 3, stride 2: floor gives 2 outputs, ceil 3 (the last window needs one pixel
    // of padding at the end); 5 tall: both give 2.
    GraphBuilder b(11);
    b.input("x", {1, 1, 5, 6});
    auto& pool = b.node("AveragePool", {"x"}, {"y"});
    GraphBuilder::attribute(pool, "kernel_shape", std::vector<std::int64_t>{3, 3});
    GraphBuilder::attribute(pool, "strides", std::vector<std::int64_t>{2, 2});
    GraphBuilder::attribute(pool, "ceil_mode", std::int64_t{1});
    b.output("y");
    const nn::Sequential m = importBuilt(b, "ceil.onnx").model;
    const json layer = layersOf(m)[0];
    QCOMPARE(str(layer["type"]), QStringLiteral("avgpool"));
    QCOMPARE(q(layer["padding"].dump()), QStringLiteral("[0,0,0,1]"));
    QCOMPARE(m.output_shape(), (compute::Shape{1, 2, 3}));
    // The padded column is not counted: the last window of the first row is the mean of 3×2.
    std::vector<float> x(30);
    for (int i = 0; i < 30; ++i)
        x[static_cast<std::size_t>(i)] = static_cast<float>(i);
    nn::Sequential model = importBuilt(b, "ceil.onnx").model;
    const std::vector<float> y =
        model.forward(compute::Tensor::from({1, 1, 5, 6}, x), false).to_vector();
    QCOMPARE(y[2], (4.f + 5.f + 10.f + 11.f + 16.f + 17.f) / 6.f);
}

void tst_OnnxImport::gemmFoldsAlphaBetaAndTranspose() {
    GraphBuilder b(11);
    b.input("x", {-1, 3});
    b.initializer("B", {3, 2}, {1, 2, 3, 4, 5, 6}); // (K, M), not transposed
    b.initializer("C", {1, 2}, {10, 20});
    auto& gemm = b.node("Gemm", {"x", "B", "C"}, {"y"}, "fc");
    GraphBuilder::attribute(gemm, "alpha", 2.0f);
    GraphBuilder::attribute(gemm, "beta", 0.5f);
    b.output("y");
    nn::Sequential m = importBuilt(b, "gemm.onnx").model;
    QCOMPARE(str(layersOf(m)[0]["type"]), QStringLiteral("dense"));
    // W (M, K) = alpha · Bᵀ, b = beta · C
    QCOMPARE(values(m, 0, "weight"), (std::vector<float>{2, 6, 10, 4, 8, 12}));
    QCOMPARE(values(m, 0, "bias"), (std::vector<float>{5, 10}));
    const std::vector<float> y =
        m.forward(compute::Tensor::from({1, 3}, {1, 1, 1}), false).to_vector();
    QCOMPARE(y, (std::vector<float>{2 * 9 + 5, 2 * 12 + 10}));

    GraphBuilder transposedA(11);
    transposedA.input("x", {3, 3});
    transposedA.initializer("B", {3, 2}, ramp(6));
    auto& g = transposedA.node("Gemm", {"x", "B"}, {"y"}, "fc");
    GraphBuilder::attribute(g, "transA", std::int64_t{1});
    transposedA.output("y");
    const std::string file = path("transa.onnx").toStdString();
    QVERIFY(transposedA.save(file));
    try {
        cso::import_onnx(file);
        QFAIL("transA 1 was imported");
    } catch (const cso::OnnxError& e) {
        QVERIFY2(q(e.what()).contains(QStringLiteral("node 0 'fc' (Gemm): transA 1 is not "
                                                     "supported")),
                 e.what());
    }
}

void tst_OnnxImport::matmulAndAddBecomeDense() {
    GraphBuilder b;
    b.input("x", {-1, 2});
    b.initializer("B", {2, 3}, {1, 2, 3, 4, 5, 6});
    b.initializer("bias", {3}, {0.1f, 0.2f, 0.3f});
    b.node("MatMul", {"x", "B"}, {"m"});
    b.node("Add", {"bias", "m"}, {"y"}); // the constant first: Add commutes
    b.output("y");
    nn::Sequential m = importBuilt(b, "matmul.onnx").model;
    QCOMPARE(m.size(), 1);
    QCOMPARE(values(m, 0, "weight"), (std::vector<float>{1, 4, 2, 5, 3, 6}));
    QCOMPARE(values(m, 0, "bias"), (std::vector<float>{0.1f, 0.2f, 0.3f}));
}

void tst_OnnxImport::reshapeDropoutIdentity() {
    GraphBuilder b(13);
    b.input("x", {-1, 2, 3, 3});
    b.node("Identity", {"x"}, {"i"});
    b.int64_initializer("shape", {0, -1});
    b.node("Reshape", {"i", "shape"}, {"r"});
    b.initializer("ratio", {}, {0.3f});
    b.node("Dropout", {"r", "ratio"}, {"d"});
    b.node("Tanh", {"d"}, {"y"});
    b.output("y");
    nn::Sequential m = importBuilt(b, "reshape.onnx").model;
    const json layers = layersOf(m);
    QCOMPARE(layers.size(), std::size_t{3});
    QCOMPARE(str(layers[0]["type"]), QStringLiteral("flatten"));
    QCOMPARE(str(layers[1]["type"]), QStringLiteral("dropout"));
    QCOMPARE(layers[1]["p"].get<float>(), 0.3f);
    QCOMPARE(str(layers[2]["type"]), QStringLiteral("tanh"));
    QCOMPARE(m.output_shape(), (compute::Shape{18}));

    // A reshape to anything but (N, features) is refused.
    GraphBuilder other(13);
    other.input("x", {-1, 2, 3, 3});
    other.int64_initializer("shape", {0, 2, 9});
    other.node("Reshape", {"x", "shape"}, {"y"}, "to3d");
    other.output("y");
    const std::string file = path("reshape3d.onnx").toStdString();
    QVERIFY(other.save(file));
    try {
        cso::import_onnx(file);
        QFAIL("a 3-D reshape was imported");
    } catch (const cso::OnnxError& e) {
        QVERIFY2(q(e.what()).contains(QStringLiteral("node 0 'to3d' (Reshape): only a reshape to "
                                                     "(N, features)")),
                 e.what());
    }
}

void tst_OnnxImport::padAndSoftmax() {
    // Pad (opset 13: pads as an input) and, before opset 13, a softmax over an image's values
    // (axis 1 of (N, C, H, W) coerced to 2-D: flatten, then softmax).
    GraphBuilder b(11);
    b.input("x", {-1, 1, 3, 3});
    b.int64_initializer("pads", {0, 0, 1, 0, 0, 0, 0, 2});
    auto& pad = b.node("Pad", {"x", "pads"}, {"p"});
    GraphBuilder::attribute(pad, "mode", std::string("edge"));
    auto& softmax = b.node("Softmax", {"p"}, {"y"});
    GraphBuilder::attribute(softmax, "axis", std::int64_t{1});
    b.output("y");
    const std::string file = path("pad.onnx").toStdString();
    QVERIFY(b.save(file));
    std::string error;
    nn::Sequential m{"m"};
    try {
        m = cso::import_onnx(file).model;
    } catch (const cso::OnnxError& e) {
        error = e.what();
    }
    QVERIFY2(error.empty(), error.c_str());
    const json layers = layersOf(m);
    QCOMPARE(layers.size(), std::size_t{3});
    QCOMPARE(str(layers[0]["type"]), QStringLiteral("pad"));
    QCOMPARE(str(layers[0]["padding"]), QStringLiteral("[1,0,0,2]"));
    QCOMPARE(str(layers[0]["mode"]), QStringLiteral("edge"));
    QCOMPARE(str(layers[1]["type"]), QStringLiteral("flatten"));
    QCOMPARE(str(layers[2]["type"]), QStringLiteral("softmax"));
    QCOMPARE(m.output_shape(), (compute::Shape{4 * 5}));
    const std::vector<float> y =
        m.forward(compute::Tensor::full({1, 1, 3, 3}, 2.0f), false).to_vector();
    QCOMPARE(y[7], 1.0f / 20.0f); // every value equal: each gets 1/20
}

void tst_OnnxImport::batchnormBecomesBuffers() {
    GraphBuilder b(9);
    b.input("x", {-1, 2, 2, 2});
    b.initializer("s", {2}, {2, 3});
    b.initializer("b", {2}, {0.5f, -1});
    b.initializer("mean", {2}, {1, 2});
    b.initializer("var", {2}, {4, 9});
    auto& bn = b.node("BatchNormalization", {"x", "s", "b", "mean", "var"}, {"y"});
    GraphBuilder::attribute(bn, "epsilon", 1e-9f);
    b.output("y");
    nn::Sequential m = importBuilt(b, "bn.onnx").model;
    QCOMPARE(values(m, 0, "gamma"), (std::vector<float>{2, 3}));
    QCOMPARE(values(m, 0, "beta"), (std::vector<float>{0.5f, -1}));
    QCOMPARE(values(m, 0, "running_mean"), (std::vector<float>{1, 2}));
    QCOMPARE(values(m, 0, "running_var"), (std::vector<float>{4, 9}));
    // (x − mean) / √var · scale + B, in evaluation mode
    const std::vector<float> y =
        m.forward(compute::Tensor::full({1, 2, 2, 2}, 5.0f), false).to_vector();
    QCOMPARE(y[0], (5.f - 1.f) / 2.f * 2.f + 0.5f);
    QCOMPARE(y[4], (5.f - 2.f) / 3.f * 3.f - 1.f);
}

void tst_OnnxImport::externalDataIsRead() {
    GraphBuilder b;
    b.input("x", {1, 4});
    auto& w = b.initializer("W", {4, 2}, {});
    const std::vector<float> weights{1, 2, 3, 4, 5, 6, 7, 8};
    {
        std::ofstream out(path("weights.bin").toStdString(), std::ios::binary);
        const float padding[3] = {9, 9, 9};
        out.write(reinterpret_cast<const char*>(padding), sizeof padding);
        out.write(reinterpret_cast<const char*>(weights.data()), 32);
    }
    w.set_data_location(::onnx::TensorProto::EXTERNAL);
    const auto entry = [&](const char* key, const char* value) {
        auto* e = w.add_external_data();
        e->set_key(key);
        e->set_value(value);
    };
    entry("location", "weights.bin");
    entry("offset", "12");
    entry("length", "32");
    b.node("MatMul", {"x", "W"}, {"y"});
    b.output("y");
    nn::Sequential m = importBuilt(b, "external.onnx").model;
    QCOMPARE(values(m, 0, "weight"), (std::vector<float>{1, 3, 5, 7, 2, 4, 6, 8}));
}

void tst_OnnxImport::identityOfConstantAndIdentityPool() {
    // PyTorch's exporter shares equal initializers through Identity nodes, and exports VGG-16's
    // adaptive pooling to the size it already has as a 1×1 AveragePool: neither is a layer.
    GraphBuilder b;
    b.input("x", {-1, 1, 4, 4});
    b.initializer("W", {2, 1, 3, 3}, ramp(18));
    b.initializer("B", {2}, {1, 2});
    b.node("Identity", {"B"}, {"B2"}, "share");
    auto& pool = b.node("AveragePool", {"x"}, {"p"});
    GraphBuilder::attribute(pool, "kernel_shape", std::vector<std::int64_t>{1, 1});
    b.node("Conv", {"p", "W", "B2"}, {"y"});
    b.output("y");
    nn::Sequential m = importBuilt(b, "identity.onnx").model;
    QCOMPARE(m.size(), 1);
    QCOMPARE(str(layersOf(m)[0]["type"]), QStringLiteral("conv2d"));
    QCOMPARE(values(m, 0, "bias"), (std::vector<float>{1, 2}));
}

void tst_OnnxImport::layerFromJson() {
    // The importer builds one layer at a time from its JSON settings.
    const std::unique_ptr<nn::Layer> dense =
        nn::layer_from_json({{"type", "dense"}, {"units", 3}}, {5}, 2);
    QCOMPARE(dense->parameter_count(), std::int64_t{5 * 3 + 3});
    QCOMPARE(dense->output_shape({4, 5}), (compute::Shape{4, 3}));
    try {
        nn::layer_from_json({{"type", "dense"}, {"units", 3}, {"colour", 1}}, {5}, 2);
        QFAIL("an unknown setting was accepted");
    } catch (const std::invalid_argument& e) {
        QVERIFY2(q(e.what()).startsWith(QStringLiteral("layer 2 (dense): unknown setting "
                                                       "'colour'")),
                 e.what());
    }
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             nn::layer_from_json({{"type", "nonsense"}}, {5}, 1));
}

void tst_OnnxImport::constantsGivenForGraphInputs() {
    // ONNX's backend tests pass a Conv's weight as a graph input.
    GraphBuilder b;
    b.input("x", {1, 1, 3, 3});
    b.input("W", {1, 1, 2, 2});
    b.node("Conv", {"x", "W"}, {"y"});
    b.output("y");
    const std::string file = path("given.onnx").toStdString();
    QVERIFY(b.save(file));
    try {
        cso::import_onnx(file);
        QFAIL("two data inputs were accepted");
    } catch (const cso::OnnxError& e) {
        QVERIFY2(q(e.what()).contains(QStringLiteral("exactly one data input")), e.what());
    }
    cso::ImportOptions options;
    options.constants.emplace("W", compute::Tensor::from({1, 1, 2, 2}, {1, 0, 0, -1}));
    nn::Sequential m = cso::import_onnx(file, options).model;
    const std::vector<float> y =
        m.forward(compute::Tensor::from({1, 1, 3, 3}, {1, 2, 3, 4, 5, 6, 7, 8, 9}), false)
            .to_vector();
    QCOMPARE(y, (std::vector<float>{1 - 5, 2 - 6, 4 - 8, 5 - 9}));
}

void tst_OnnxImport::loadAnyModelPicksTheReader() {
    GraphBuilder b;
    b.input("x", {-1, 3});
    b.initializer("B", {3, 2}, ramp(6));
    b.node("MatMul", {"x", "B"}, {"y"});
    b.output("y");
    const std::string onnxFile = path("any.onnx").toStdString();
    QVERIFY(b.save(onnxFile));
    const nn::SavedModel fromOnnx = cso::load_any_model(onnxFile);
    QCOMPARE(str(fromOnnx.metadata["source"]), QStringLiteral("onnx"));
    QCOMPARE(fromOnnx.model.parameter_count(), std::int64_t{6});

    const std::string csmodel = path("any.csmodel").toStdString();
    nn::save_model_file(csmodel, fromOnnx.model, fromOnnx.metadata);
    const nn::SavedModel fromFile = cso::load_any_model(csmodel);
    QCOMPARE(values(fromFile.model, 0, "weight"), values(fromOnnx.model, 0, "weight"));
    QCOMPARE(str(fromFile.metadata["input_name"]), QStringLiteral("x"));

    QCOMPARE(cso::load_any_model("lenet5", true).model.input_shape(), (compute::Shape{1, 28, 28}));
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, cso::load_any_model("lenet5"));
}

void tst_OnnxImport::badInput_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("problem");
    QTest::newRow("missing file") << "missing"
                                  << "no such file";
    QTest::newRow("empty file") << "empty"
                                << "the file is empty";
    QTest::newRow("truncated") << "truncated"
                               << "truncated or corrupted";
    QTest::newRow("random bytes") << "random"
                                  << "not an ONNX model";
    QTest::newRow("unsupported operator")
        << "operator"
        << "node 1 'lrn_1' (LRN): the operator LRN is not supported";
    QTest::newRow("not a chain") << "branches"
                                 << "not a chain: 'x' feeds 2 nodes";
    QTest::newRow("node reading its own output")
        << "selfloop"
        << "not a chain: node 1 'lrn_1' (Relu) is reached twice: it reads its own output or a "
           "value computed after it";
    QTest::newRow("dimension 2^40") << "huge"
                                    << "tensor 'W' dimension 0: 1099511627776 is more than the "
                                       "limit of 1048576";
    QTest::newRow("weight values") << "weightvalues"
                                   << "tensor 'W' (3, 2, 65536, 65536) values: 25769803776 is "
                                      "more than the limit of 268435456";
    QTest::newRow("input extent") << "inputextent"
                                  << "the data input 'x' dimension 2: 268435456 is more than the "
                                     "limit of 1048576";
    QTest::newRow("input values") << "inputvalues"
                                  << "the data input 'x' (512, 1024, 1024) values per example: "
                                     "536870912 is more than the limit of 268435456";
    QTest::newRow("attribute 2^40") << "attribute"
                                    << "node 0 'conv_1' (Conv): attribute 'dilations': "
                                       "1099511627776 is beyond the limit of ±1048576";
    QTest::newRow("initializer size") << "size"
                                      << "holds 54 values but its float_data holds 53";
    QTest::newRow("raw data size") << "rawsize"
                                   << "raw data holds 53";
    QTest::newRow("missing external data") << "external"
                                           << "nowhere.bin' cannot be read: no such "
                                              "file";
    QTest::newRow("non-float weights") << "double"
                                       << "DOUBLE; ConvSight reads FLOAT weights only";
    QTest::newRow("non-float input") << "intinput"
                                     << "data type INT32";
    QTest::newRow("opset 18") << "opset"
                              << "opset 18 is outside";
    QTest::newRow("weights computed") << "computedweights"
                                      << "joins 2 computed values";
}

void tst_OnnxImport::badInput() {
    QFETCH(QString, kind);
    QFETCH(QString, problem);
    const std::string file = path("bad.onnx").toStdString();
    QFile::remove(q(file));

    // A good small model, spoiled below.
    GraphBuilder b(kind == QStringLiteral("opset") ? 18 : 13);
    b.input("x",
            kind == QStringLiteral("inputextent")   ? std::vector<std::int64_t>{-1, 2, 1 << 28, 5}
            : kind == QStringLiteral("inputvalues") ? std::vector<std::int64_t>{-1, 512, 1024, 1024}
                                                    : std::vector<std::int64_t>{-1, 2, 5, 5},
            kind == QStringLiteral("intinput") ? ::onnx::TensorProto::INT32
                                               : ::onnx::TensorProto::FLOAT);
    auto& w = b.initializer("W", {3, 2, 3, 3}, ramp(kind == "size" ? 53 : 54),
                            kind == QStringLiteral("rawsize"));
    if (kind == QStringLiteral("rawsize"))
        w.mutable_raw_data()->resize(53 * 4);
    auto& conv = b.node("Conv", {"x", "W"}, {"c"}, "conv_1");
    if (kind == QStringLiteral("attribute"))
        GraphBuilder::attribute(conv, "dilations",
                                std::vector<std::int64_t>{std::int64_t{1} << 40, 1});
    // "selfloop": a node that writes the value it reads, as in a 126-byte file fuzzing found,
    // which the importer walked forever.
    b.node(kind == QStringLiteral("operator") ? "LRN" : "Relu", {"c"},
           {kind == QStringLiteral("selfloop") ? "c" : "y"}, "lrn_1");
    b.output("y");
    if (kind == QStringLiteral("branches")) {
        b.node("Sigmoid", {"x"}, {"s"}, "side");
        b.node("Add", {"y", "s"}, {"z"}, "join");
        b.graph->mutable_output(0)->set_name("z");
    } else if (kind == QStringLiteral("huge")) {
        w.set_dims(0, std::int64_t{1} << 40);
    } else if (kind == QStringLiteral("weightvalues")) {
        w.set_dims(2, 65536);
        w.set_dims(3, 65536);
    } else if (kind == QStringLiteral("external")) {
        w.clear_float_data();
        w.set_data_location(::onnx::TensorProto::EXTERNAL);
        auto* e = w.add_external_data();
        e->set_key("location");
        e->set_value("nowhere.bin");
    } else if (kind == QStringLiteral("double")) {
        w.clear_float_data();
        w.set_data_type(::onnx::TensorProto::DOUBLE);
        for (int i = 0; i < 54; ++i)
            w.add_double_data(0.5);
    } else if (kind == QStringLiteral("computedweights")) {
        // The convolution's weight is computed from a constant: two computed inputs.
        b.graph->mutable_node(0)->set_input(1, "c0");
        b.node("Relu", {"W"}, {"c0"}, "w_maker");
    }
    if (kind == QStringLiteral("empty")) {
        QFile f(q(file));
        QVERIFY(f.open(QIODevice::WriteOnly));
    } else if (kind == QStringLiteral("truncated")) {
        std::string bytes;
        QVERIFY(b.model.SerializeToString(&bytes));
        std::ofstream(file, std::ios::binary)
            .write(bytes.data(), static_cast<std::streamsize>(bytes.size() / 2));
    } else if (kind == QStringLiteral("random")) {
        std::mt19937 rng(7);
        std::string bytes(4096, '\0');
        for (char& c : bytes)
            c = static_cast<char>(rng());
        std::ofstream(file, std::ios::binary).write(bytes.data(), 4096);
    } else if (kind != QStringLiteral("missing")) {
        QVERIFY(b.save(file));
    }

    try {
        cso::import_onnx(file);
        QFAIL("the bad model was imported");
    } catch (const cso::OnnxError& e) {
        const QString message = q(e.what());
        QVERIFY2(message.startsWith(q(file) + QStringLiteral(": ")), e.what());
        QVERIFY2(message.contains(problem), e.what());
        QVERIFY2(!message.contains(QLatin1Char('\n')), e.what());
    }
}

QString tst_OnnxImport::roundTrip(const QString& layers, const QString& inputShape,
                                  QString* skipReason) {
    if (!torch_) {
        *skipReason = torchReason_;
        return {};
    }
    const QString script = QStringLiteral(R"(
import sys, json, torch, torch.nn as nn
torch.manual_seed(0)
model = nn.Sequential(%1)
for m in model.modules():
    if isinstance(m, nn.BatchNorm2d):
        with torch.no_grad():
            m.running_mean.uniform_(-1, 1); m.running_var.uniform_(0.5, 2)
            m.weight.uniform_(0.5, 1.5); m.bias.uniform_(-0.5, 0.5)
model.eval()
x = torch.randn(%2)
torch.onnx.export(model, x, sys.argv[1] + '/net.onnx', opset_version=13, input_names=['x'],
                  output_names=['y'], dynamic_axes={'x': {0: 'N'}, 'y': {0: 'N'}})
with torch.no_grad():
    y = model(x)
open(sys.argv[1] + '/x.bin', 'wb').write(x.numpy().tobytes())
open(sys.argv[1] + '/y.bin', 'wb').write(y.numpy().tobytes())
json.dump({'x': list(x.shape), 'y': list(y.shape)}, open(sys.argv[1] + '/shapes.json', 'w'))
)")
                               .arg(layers, inputShape);
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script, dir_.path()});
    if (!python.waitForFinished(120'000) || python.exitCode() != 0)
        return QStringLiteral("the PyTorch script failed: ") +
               QString::fromUtf8(python.readAllStandardError());
    std::ifstream shapesIn(path("shapes.json").toStdString());
    const json shapes = json::parse(shapesIn);
    const std::vector<float> x = readFloats(path("x.bin"));
    const std::vector<float> expected = readFloats(path("y.bin"));
    nn::Sequential model{"m"};
    try {
        model = cso::import_onnx(path("net.onnx").toStdString()).model;
    } catch (const cso::OnnxError& e) {
        return QStringLiteral("import: ") + q(e.what());
    }
    const std::vector<float> y =
        model.forward(compute::Tensor::from(shapes["x"].get<compute::Shape>(), x), false)
            .to_vector();
    if (y.size() != expected.size())
        return QStringLiteral("%1 outputs, PyTorch %2").arg(y.size()).arg(expected.size());
    double worst = 0;
    for (std::size_t i = 0; i < y.size(); ++i)
        worst = std::max(worst, std::abs(double{y[i]} - double{expected[i]}) /
                                    std::max(1.0, std::abs(double{expected[i]})));
    if (!(worst <= 1e-4))
        return QStringLiteral("largest difference from PyTorch: %1").arg(worst);
    return {};
}

void tst_OnnxImport::pytorchRoundTrip() {
    // Conv (padding, stride), BatchNorm after a ReLU (so the exporter cannot fold it into the
    // convolution), max and average pooling, flatten, linear, sigmoid.
    QString skip;
    const QString error = roundTrip(
        QStringLiteral(
            "nn.Conv2d(3, 8, 3, padding=1), nn.ReLU(), nn.BatchNorm2d(8), "
            "nn.Conv2d(8, 8, 3, stride=2, padding=(1, 0), dilation=1), nn.LeakyReLU(0.1), "
            "nn.MaxPool2d(2, ceil_mode=True), nn.AvgPool2d(2), nn.Flatten(), "
            "nn.Linear(8 * 2 * 2, 10), nn.Tanh(), nn.Linear(10, 5, bias=False), "
            "nn.Sigmoid()"),
        QStringLiteral("2, 3, 17, 19"), &skip);
    if (!skip.isEmpty())
        QSKIP(qPrintable(skip));
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void tst_OnnxImport::pytorchRoundTripNewLayers() {
    // What the other pieces of issue 16 add to nn: depthwise convolution, average pooling that
    // counts its padding (PyTorch's default), softmax.
    QString skip;
    const QString error = roundTrip(
        QStringLiteral("nn.Conv2d(3, 6, 3, padding=1), nn.BatchNorm2d(6), nn.ReLU(), "
                       "nn.BatchNorm2d(6), nn.Conv2d(6, 6, 3, padding=1, groups=6), nn.ReLU(), "
                       "nn.MaxPool2d(2), nn.AvgPool2d(3, stride=2, padding=1), nn.Flatten(), "
                       "nn.Linear(6 * 4 * 4, 10), nn.Softmax(dim=1)"),
        QStringLiteral("2, 3, 16, 16"), &skip);
    if (!skip.isEmpty())
        QSKIP(qPrintable(skip));
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_OnnxImport)
#include "tst_onnximport.moc"
