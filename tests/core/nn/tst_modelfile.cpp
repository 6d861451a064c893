// Qt Test suite for model files and JSON architectures: the CRC-32, a save/load round trip that
// keeps weights, BatchNorm statistics, dropout state, optimizer state and metadata bit for bit,
// every preset through JSON and back, and each kind of bad file or architecture giving a clear
// message (and a failed save leaving the old file as it was).
#include "nn/Activations.h"
#include "nn/BatchNorm.h"
#include "nn/Conv2d.h"
#include "nn/Dense.h"
#include "nn/Dropout.h"
#include "nn/Flatten.h"
#include "nn/LayerSchema.h"
#include "nn/LayerSettings.h"
#include "nn/Loss.h"
#include "nn/ModelFile.h"
#include "nn/Models.h"
#include "nn/Training.h"
#include "nn_test_support.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sys/resource.h>
#include <unistd.h>

using namespace convsight;
using namespace convsight::nn;
using nlohmann::json;
using nn_test::messageOf;
using nn_test::q;
using nn_test::randomTensor;

namespace {

using Bytes = std::vector<unsigned char>;

Bytes readBytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return Bytes(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void writeBytes(const std::string& path, const Bytes& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(bytes.data()),
              static_cast<std::streamsize>(bytes.size()));
}

std::uint64_t headerLength(const Bytes& bytes) {
    std::uint64_t length = 0;
    for (int i = 0; i < 8; ++i)
        length |= std::uint64_t{bytes[static_cast<std::size_t>(12 + i)]} << (8 * i);
    return length;
}

// A file with `header` in place of the one in `bytes` (same tensors) and a correct checksum: a
// well-formed file whose contents disagree with each other.
Bytes withHeader(const Bytes& bytes, const json& header) {
    const std::string text = header.dump();
    const std::size_t dataStart = 20 + headerLength(bytes);
    Bytes out(bytes.begin(), bytes.begin() + 12);
    for (int i = 0; i < 8; ++i)
        out.push_back(static_cast<unsigned char>(std::uint64_t{text.size()} >> (8 * i)));
    out.insert(out.end(), text.begin(), text.end());
    out.insert(out.end(), bytes.begin() + static_cast<long>(dataStart), bytes.end() - 4);
    const std::uint32_t crc = crc32(out);
    for (int i = 0; i < 4; ++i)
        out.push_back(static_cast<unsigned char>(crc >> (8 * i)));
    return out;
}

// A whole model file around `header` (no tensor values), its checksum correct.
Bytes modelFileWithHeader(const std::string& header) {
    Bytes out = {'C', 'S', 'M', 'O', 'D', 'E', 'L', '\0', 1, 0, 0, 0};
    for (int i = 0; i < 8; ++i)
        out.push_back(static_cast<unsigned char>(std::uint64_t{header.size()} >> (8 * i)));
    out.insert(out.end(), header.begin(), header.end());
    const std::uint32_t crc = crc32(out);
    for (int i = 0; i < 4; ++i)
        out.push_back(static_cast<unsigned char>(crc >> (8 * i)));
    return out;
}

// The hostile header of the reliability report: an architecture of `layers` dense layers of
// `units` each, and an empty tensor table.
std::string denseBombHeader(int layers, int units) {
    std::string list;
    for (int i = 0; i < layers; ++i)
        list +=
            std::string(i ? "," : "") + R"({"type":"dense","units":)" + std::to_string(units) + "}";
    return R"({"architecture":{"input":[)" + std::to_string(units) + R"(],"layers":[)" + list +
           R"(]},"metadata":{},"optimizer":null,"layer_state":{},"tensors":[]})";
}

// The process's peak resident memory so far, in MiB.
long peakRssMiB() {
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

// Runs `load`, which must throw E; returns its message after checking it took under a second
// and raised the peak resident memory by less than 64 MiB (a refusal before allocating).
template <typename E, typename F>
std::optional<QString> refusedCheaply(F load) {
    const long peakBefore = peakRssMiB();
    const auto start = std::chrono::steady_clock::now();
    const std::optional<QString> message = messageOf<E>(load);
    const auto elapsed = std::chrono::steady_clock::now() - start;
    if (elapsed > std::chrono::seconds(1))
        qWarning("took %lld ms",
                 static_cast<long long>(
                     std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count()));
    if (elapsed > std::chrono::seconds(1) || peakRssMiB() - peakBefore >= 64)
        return QStringLiteral("not refused cheaply: ") + message.value_or(QString());
    return message;
}

json headerOf(const Bytes& bytes) {
    return json::parse(bytes.begin() + 20,
                       bytes.begin() + 20 + static_cast<long>(headerLength(bytes)));
}

bool sameBits(const Tensor& a, const Tensor& b) {
    if (a.shape() != b.shape())
        return false;
    const std::vector<float> x = a.to_vector(), y = b.to_vector();
    return std::memcmp(x.data(), y.data(), x.size() * sizeof(float)) == 0;
}

// A few Adam steps on random data: moments, BatchNorm statistics and dropout counters that are
// no longer their initial values.
void trainABit(Sequential& model, Optimizer& optimizer, int steps) {
    SoftmaxCrossEntropy loss;
    model.train();
    for (int step = 0; step < steps; ++step) {
        Shape shape = model.input_shape();
        shape.insert(shape.begin(), 8);
        const Tensor images = randomTensor(shape, 100 + static_cast<std::uint64_t>(step));
        std::vector<float> labels(8);
        for (std::size_t i = 0; i < labels.size(); ++i)
            labels[i] = static_cast<float>((i * 3 + static_cast<std::size_t>(step)) % 10);
        train_step(model, loss, optimizer, images, Tensor::from({8}, labels));
    }
}

// Every kind of state a file keeps, small enough to train in a moment: BatchNorm on feature maps
// and on features, dropout twice.
Sequential modelWithEveryState() {
    Sequential model = model_from_json(json::parse(R"({
        "name": "stateful", "input": [1, 12, 12], "layers": [
        {"type": "conv2d", "filters": 8, "kernel": 3, "padding": "same"}, {"type": "batchnorm"},
        {"type": "relu"}, {"type": "maxpool", "size": 2}, {"type": "dropout", "p": 0.25},
        {"type": "flatten"}, {"type": "dense", "units": 16}, {"type": "batchnorm"},
        {"type": "relu"}, {"type": "dropout", "p": 0.5}, {"type": "dense", "units": 10}]})"));
    model.initialize(11);
    return model;
}

// What badModelFile does to a valid file.
enum Change { Flip, Truncate, Version, Magic };

// Files in `folder` whose names start with a dot: the saver's temporary files.
QStringList hiddenFiles(const QString& folder) {
    return QDir(folder)
        .entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot)
        .filter(QRegularExpression(QStringLiteral("^\\.")));
}

} // namespace

class tst_ModelFile : public QObject {
    Q_OBJECT

private slots:
    void crcOfTheCheckString();
    void roundTripKeepsEverything();
    void roundTripWithSgdAndNoSteps();
    void presetsRoundTripThroughJson_data();
    void presetsRoundTripThroughJson();
    void everyLayerSettingRoundTrips();
    void groupsAndCountIncludePadRoundTrip();
    void padSoftmaxAndFrozenRoundTrip();
    void exampleArchitectureLoads();
    void badArchitecture_data();
    void badArchitecture();
    void architectureFileSyntaxError();
    void badModelFile_data();
    void badModelFile();
    void inconsistentFile_data();
    void inconsistentFile();
    void failedSaveKeepsOldFile();
    void badOptimizerSettings_data();
    void badOptimizerSettings();
    void copyModelIsAnIndependentCopy();
    void buildCountsTheNetworksParameters();
    void deeplyNestedHeaderIsRefused();
    void deeplyNestedArchitectureFileIsRefused();
    void hugeNumberInArchitectureFileIsRefused();
    void modelFileBombIsRefusedBeforeAllocating_data();
    void modelFileBombIsRefusedBeforeAllocating();
    void architectureFileBombIsRefusedBeforeAllocating_data();
    void architectureFileBombIsRefusedBeforeAllocating();
    void withClassCountChangesTheLastLayer();

private:
    QTemporaryDir dir_;
    // A valid saved file (lenet5 after an Adam step), made once.
    std::string validFile();
    std::string validFile_;
};

std::string tst_ModelFile::validFile() {
    if (validFile_.empty()) {
        Sequential model = make_model("lenet5", 5);
        Adam adam(model.parameters());
        trainABit(model, adam, 1);
        validFile_ = dir_.filePath(QStringLiteral("valid.csmodel")).toStdString();
        save_model_file(validFile_, model, {{"dataset", "shapes"}}, &adam);
    }
    return validFile_;
}

void tst_ModelFile::crcOfTheCheckString() {
    // The CRC-32 catalogue's check value for "123456789".
    const std::string text = "123456789";
    QCOMPARE(crc32(std::span(reinterpret_cast<const unsigned char*>(text.data()), text.size())),
             0xCBF43926u);
    QCOMPARE(crc32({}), 0u);
}

void tst_ModelFile::roundTripKeepsEverything() {
    Sequential model = modelWithEveryState();
    Adam adam(model.parameters(), {2e-3f, 0.8f, 0.99f, 1e-7f, 1e-4f});
    trainABit(model, adam, 3);
    const json metadata = {{"dataset", "fashion-mnist"},
                           {"class_names", {"T-shirt/top", "Trouser"}},
                           {"normalization", {{"mean", {0.2860406}}, {"std", {0.3530242}}}},
                           {"epoch", 3},
                           {"history", json::array({{{"train_loss", 0.1 + 0.2}}})}};
    const std::string path = dir_.filePath(QStringLiteral("round.csmodel")).toStdString();
    save_model_file(path, model, metadata, &adam);
    QVERIFY(hiddenFiles(dir_.path()).isEmpty());

    SavedModel saved = load_model_file(path);
    COMPARE_JSON(saved.metadata, metadata);
    QVERIFY(!saved.model.is_training());
    QCOMPARE(q(saved.model.summary()), q(model.summary()));
    COMPARE_JSON(saved.optimizer, optimizer_settings(adam));
    QCOMPARE(saved.optimizer["lr"].get<double>(),
             0.002); // the shortest decimal, not 0.0020000000949949026

    const std::vector<Parameter*> original = model.parameters();
    const std::vector<Parameter*> loaded = saved.model.parameters();
    QCOMPARE(loaded.size(), original.size());
    for (std::size_t i = 0; i < original.size(); ++i) {
        QCOMPARE(q(loaded[i]->name), q(original[i]->name));
        QVERIFY2(sameBits(loaded[i]->value, original[i]->value), loaded[i]->name.c_str());
        QCOMPARE(loaded[i]->state.size(), std::size_t{2});
        for (std::size_t slot = 0; slot < 2; ++slot)
            QVERIFY2(sameBits(loaded[i]->state[slot], original[i]->state[slot]),
                     loaded[i]->name.c_str());
    }
    int batchNorms = 0, dropouts = 0;
    for (int i = 0; i < model.size(); ++i) {
        const auto a = model.layer(i).buffers(), b = saved.model.layer(i).buffers();
        QCOMPARE(b.size(), a.size());
        for (std::size_t k = 0; k < a.size(); ++k) {
            QCOMPARE(q(b[k].first), q(a[k].first));
            QVERIFY(sameBits(b[k].second, a[k].second));
            // The statistics moved away from (0, 1): the test compares learned values.
            const std::vector<float> initial(static_cast<std::size_t>(b[k].second.numel()),
                                             static_cast<float>(k)); // mean 0, variance 1
            QVERIFY(b[k].second.to_vector() != initial);
        }
        batchNorms += a.empty() ? 0 : 1;
        if (const auto* dropout = dynamic_cast<const Dropout*>(&model.layer(i))) {
            const auto& restored = dynamic_cast<const Dropout&>(saved.model.layer(i));
            QCOMPARE(restored.seed(), dropout->seed());
            QCOMPARE(restored.forward_count(), std::uint64_t{3});
            ++dropouts;
        }
    }
    QCOMPARE(batchNorms, 2);
    QCOMPARE(dropouts, 2);

    // The same logits in evaluation mode...
    model.eval();
    const Tensor images = randomTensor({4, 1, 12, 12}, 77);
    QVERIFY(sameBits(saved.model.forward(images), model.forward(images)));

    // ... and a resumed optimizer takes the same next step as the uninterrupted one.
    std::unique_ptr<Optimizer> resumed = make_optimizer(saved.optimizer, saved.model.parameters());
    QCOMPARE(resumed->steps_taken(), 3);
    QCOMPARE(q(resumed->description()), q(adam.description()));
    model.train();
    trainABit(model, adam, 1);
    trainABit(saved.model, *resumed, 1);
    for (std::size_t i = 0; i < original.size(); ++i)
        QVERIFY2(sameBits(loaded[i]->value, original[i]->value), loaded[i]->name.c_str());
}

void tst_ModelFile::roundTripWithSgdAndNoSteps() {
    Sequential model = make_model("lenet5", 2);
    SGD sgd(model.parameters(), {0.05f, 0.9f, 5e-4f});
    const std::string path = dir_.filePath(QStringLiteral("sgd.csmodel")).toStdString();
    save_model_file(path, model, json::object(), &sgd);
    SavedModel saved = load_model_file(path);
    COMPARE_JSON(saved.optimizer, (json{{"type", "sgd"},
                                        {"lr", 0.05},
                                        {"momentum", 0.9},
                                        {"weight_decay", 0.0005},
                                        {"steps", 0}}));
    for (const Parameter* p : saved.model.parameters())
        QVERIFY(p->state.empty()); // no step yet: the optimizer makes its slots when it steps
    std::unique_ptr<Optimizer> resumed = make_optimizer(saved.optimizer, saved.model.parameters());
    QCOMPARE(q(resumed->description()), q(sgd.description()));

    // Without an optimizer the file holds weights only.
    save_model_file(path, model, json::object());
    QVERIFY(load_model_file(path).optimizer.is_null());
    QVERIFY(
        sameBits(load_model_file(path).model.parameters()[0]->value, model.parameters()[0]->value));
}

void tst_ModelFile::presetsRoundTripThroughJson_data() {
    QTest::addColumn<QString>("preset");
    for (const std::string& name : model_names())
        if (!is_view_only(name)) // VGG-16's weights alone are 550 MB; tst_summary covers them
            QTest::newRow(name.c_str()) << q(name);
}

void tst_ModelFile::presetsRoundTripThroughJson() {
    QFETCH(QString, preset);
    const Sequential model = make_model(preset.toStdString(), 1);
    const json architecture = architecture_json(model);
    // Through text as a user's file would be.
    const Sequential rebuilt = model_from_json(json::parse(architecture.dump(2)));
    QCOMPARE(q(rebuilt.summary()), q(model.summary()));
    COMPARE_JSON(architecture_json(rebuilt), architecture);
    QVERIFY(!architecture["layers"][0].contains("name")); // automatic names stay out of the file
}

void tst_ModelFile::everyLayerSettingRoundTrips() {
    const json architecture = json::parse(R"({
        "name": "everything", "input": [3, 20, 20], "layers": [
        {"type": "conv2d", "filters": 8, "kernel": [3, 5], "stride": [1, 2],
         "padding": [1, 1, 2, 2], "dilation": 2, "bias": false, "name": "first"},
        {"type": "batchnorm", "momentum": 0.2, "eps": 0.001},
        {"type": "leaky_relu", "alpha": 0.2},
        {"type": "avgpool", "size": 2, "stride": 1, "padding": "same"},
        {"type": "conv2d", "filters": 4, "kernel": 3, "stride": 1, "padding": 1},
        {"type": "sigmoid"},
        {"type": "maxpool", "size": [2, 3], "stride": 2, "padding": "valid"},
        {"type": "tanh"},
        {"type": "dropout", "p": 0.3},
        {"type": "flatten"},
        {"type": "dense", "units": 5, "bias": false},
        {"type": "relu"}]})");
    const Sequential model = model_from_json(architecture);
    COMPARE_JSON(architecture_json(model), architecture);
    // Input sizes come from the previous layer: conv2 sees conv1's 8 channels, dense the
    // flattened 4 × 9 × 3 (conv1, dilated to 5×9: (20 + 2 − 5) + 1 = 18 rows and
    // (20 + 4 − 9) / 2 + 1 = 8 columns; the SAME pool and conv2 keep 18×8; the [2, 3] pool with
    // stride 2: 9 rows, 3 columns).
    QCOMPARE(q(model.layer(0).name()), QStringLiteral("first"));
    QCOMPARE(model.parameters()[0]->value.shape(), (Shape{8, 3, 3, 5}));
    QCOMPARE(model.layer(4).parameters()[0]->value.shape(), (Shape{4, 8, 3, 3}));
    QCOMPARE(model.layer(10).parameters()[0]->value.shape(), (Shape{5, 4 * 9 * 3}));
    QCOMPARE(model.output_shape(), (Shape{5}));
}

void tst_ModelFile::groupsAndCountIncludePadRoundTrip() {
    // A depthwise convolution with a channel multiplier (3 channels, 6 filters, groups 3), a
    // grouped one (6 -> 4 in 2 groups) and an average pool that counts its padding.
    const json architecture = json::parse(R"({
        "name": "grouped", "input": [3, 10, 10], "layers": [
        {"type": "conv2d", "filters": 6, "kernel": 3, "stride": 1, "padding": "same",
         "groups": 3},
        {"type": "relu"},
        {"type": "avgpool", "size": 3, "stride": 2, "padding": 1, "count_include_pad": true},
        {"type": "conv2d", "filters": 4, "kernel": 3, "stride": 1, "padding": "valid",
         "groups": 2, "bias": false},
        {"type": "avgpool", "size": 2, "stride": 2, "padding": "valid"},
        {"type": "flatten"},
        {"type": "dense", "units": 10}]})");
    Sequential model = model_from_json(architecture);
    COMPARE_JSON(architecture_json(model), architecture);
    // config() leaves the defaults out: groups 1, count_include_pad false.
    const json plainPool = model.layer(4).config();
    QVERIFY(!plainPool.contains("count_include_pad"));
    QCOMPARE(model.layer(2).config()["count_include_pad"].get<bool>(), true);
    QCOMPARE(model.layer(3).config()["groups"].get<int>(), 2);
    QVERIFY(!model_from_json(json::parse(R"({"input": [3, 8, 8], "layers": [
        {"type": "conv2d", "filters": 2, "kernel": 3}]})"))
                 .layer(0)
                 .config()
                 .contains("groups"));
    // Weights (OC, C/groups, KH, KW).
    QCOMPARE(model.layer(0).parameters()[0]->value.shape(), (Shape{6, 1, 3, 3}));
    QCOMPARE(model.layer(3).parameters()[0]->value.shape(), (Shape{4, 3, 3, 3}));
    QVERIFY(q(model.layer(0).description()).contains(QStringLiteral("depthwise")));
    QVERIFY(q(model.layer(3).description()).contains(QStringLiteral("groups 2")));
    QVERIFY(q(model.layer(2).description()).contains(QStringLiteral("padding counted")));

    // Through a model file: same architecture, same weights, same outputs.
    model.initialize(5);
    const std::string path = dir_.filePath(QStringLiteral("grouped.csmodel")).toStdString();
    save_model_file(path, model, json::object());
    SavedModel saved = load_model_file(path);
    COMPARE_JSON(architecture_json(saved.model), architecture);
    model.eval();
    const Tensor images = randomTensor({2, 3, 10, 10}, 9);
    QVERIFY(sameBits(saved.model.forward(images), model.forward(images)));
}

void tst_ModelFile::padSoftmaxAndFrozenRoundTrip() {
    const json architecture = json::parse(R"({
        "name": "transfer", "input": [1, 6, 6], "layers": [
        {"type": "pad", "padding": [1, 0, 2, 1], "mode": "reflect"},
        {"type": "conv2d", "filters": 4, "kernel": 3, "stride": 1, "padding": "valid",
         "frozen": true},
        {"type": "relu", "frozen": true},
        {"type": "pad", "padding": 1, "mode": "edge"},
        {"type": "pad", "padding": 2, "value": -0.5},
        {"type": "flatten"},
        {"type": "dense", "units": 10},
        {"type": "log_softmax"},
        {"type": "softmax", "name": "probabilities"}]})");
    Sequential model = model_from_json(architecture);
    COMPARE_JSON(architecture_json(model), architecture);
    // (6 + 1, 6 + 3) padded, a 3×3 VALID conv: 5×7, edge 1: 7×9, constant 2: 11×13.
    COMPARE_JSON(model.layer(5).config()["type"], json("flatten"));
    QCOMPARE(model.layer(6).parameters()[0]->value.shape(), (Shape{10, 4 * 11 * 13}));
    QVERIFY(model.layer(1).frozen() && model.layer(2).frozen() && !model.layer(6).frozen());

    // The model file keeps the flags (they are in the architecture) and the frozen weights.
    model.initialize(5);
    Adam adam(model.parameters());
    trainABit(model, adam, 2);
    const std::string path = dir_.filePath(QStringLiteral("frozen.csmodel")).toStdString();
    save_model_file(path, model, json::object(), &adam);
    SavedModel saved = load_model_file(path);
    COMPARE_JSON(architecture_json(saved.model), architecture);
    QVERIFY(saved.model.layer(1).frozen());
    for (const Parameter* p : saved.model.layer(1).parameters()) {
        QVERIFY(p->frozen);
        QVERIFY(p->state.empty()); // never stepped: no optimizer state to keep
    }
    QVERIFY(!saved.model.layer(6).parameters()[0]->frozen);
    QCOMPARE(saved.model.layer(6).parameters()[0]->state.size(), std::size_t{2});
    for (std::size_t i = 0; i < model.parameters().size(); ++i)
        QVERIFY(sameBits(saved.model.parameters()[i]->value, model.parameters()[i]->value));
    const Tensor images = randomTensor({2, 1, 6, 6}, 3);
    model.eval();
    QVERIFY(sameBits(saved.model.forward(images), model.forward(images)));
    // copy_model() keeps the flags too.
    QVERIFY(copy_model(model).layer(1).frozen());
}

void tst_ModelFile::exampleArchitectureLoads() {
    const Sequential example =
        load_architecture_file(CONVSIGHT_SOURCE_DIR "/resources/models/example.json");
    // The example is the small preset under another name.
    const Sequential small = make_model("small", 1);
    QCOMPARE(q(example.name()), QStringLiteral("my-small"));
    QCOMPARE(example.parameter_count(), small.parameter_count());
    QCOMPARE(example.flops(), small.flops());
    json renamed = architecture_json(example);
    renamed["name"] = "small";
    COMPARE_JSON(renamed, architecture_json(small));
}

void tst_ModelFile::badArchitecture_data() {
    QTest::addColumn<QString>("architecture");
    QTest::addColumn<QStringList>("expected"); // parts of the message

    const auto layers = [](const char* list) {
        return QStringLiteral(R"({"name": "net", "input": [1, 28, 28], "layers": [%1]})")
            .arg(QLatin1String(list));
    };
    QTest::newRow("unknown type") << layers(
                                         R"({"type": "flatten"}, {"type": "conv3d", "filters": 2})")
                                  << QStringList{"layer 2 (conv3d): unknown layer type",
                                                 "conv2d, maxpool"};
    QTest::newRow("missing filters")
        << layers(R"({"type": "relu"}, {"type": "relu"}, {"type": "conv2d", "kernel": 3})")
        << QStringList{"layer 3 (conv2d): 'filters' must be a positive integer (it is missing)"};
    QTest::newRow("filters not a number")
        << layers(R"({"type": "conv2d", "filters": "16", "kernel": 3})")
        << QStringList{"layer 1 (conv2d): 'filters' must be a positive integer, not \"16\""};
    QTest::newRow("zero units") << layers(R"({"type": "flatten"}, {"type": "dense", "units": 0})")
                                << QStringList{"layer 2 (dense): 'units' must be a positive "
                                               "integer, not 0"};
    QTest::newRow("misspelt setting")
        << layers(R"({"type": "conv2d", "filter": 16, "kernel": 3})")
        << QStringList{"layer 1 (conv2d): unknown setting 'filter'", "'filters'"};
    QTest::newRow("bad padding") << layers(R"({"type": "maxpool", "size": 2, "padding": "full"})")
                                 << QStringList{
                                        "layer 1 (maxpool): 'padding' must be \"same\", \"valid\""};
    QTest::newRow("dropout p") << layers(R"({"type": "dropout", "p": 1.5})")
                               << QStringList{"layer 1 (dropout): 'p' must be a number in [0, 1), "
                                              "not 1.5"};
    QTest::newRow("no type") << layers(R"({"filters": 3})")
                             << QStringList{"layer 1: needs a \"type\""};
    // Impossible shapes come through Sequential's message, naming the layer and its input.
    QTest::newRow("filter larger than its input")
        << layers(R"({"type": "maxpool", "size": 4}, {"type": "maxpool", "size": 4},
                     {"type": "conv2d", "filters": 4, "kernel": 5}, {"type": "flatten"},
                     {"type": "dense", "units": 10})")
        << QStringList{"net: layer 3 of 5, conv1", "(its input (1, 1, 1) is the output of layer "
                                                   "2, maxpool2)"};
    QTest::newRow("dense without flatten")
        << layers(
               R"({"type": "conv2d", "filters": 4, "kernel": 3}, {"type": "dense", "units": 10})")
        << QStringList{"net: layer 2 of 2, dense1", "expects an (N, features) input"};
    QTest::newRow("alpha 1e39")
        << layers(R"({"type": "flatten"}, {"type": "leaky_relu", "alpha": 1e39})")
        << QStringList{"layer 2 (leaky_relu): 'alpha' must be a number in "
                       "[0, 1], not 1e+39"};
    QTest::newRow("alpha negative")
        << layers(R"({"type": "leaky_relu", "alpha": -0.5})")
        << QStringList{"layer 1 (leaky_relu): 'alpha' must be a number in [0, 1], not -0.5"};
    QTest::newRow("eps 1e39") << layers(R"({"type": "batchnorm", "eps": 1e39})")
                              << QStringList{"layer 1 (batchnorm): 'eps' must be a number in (0, "
                                             "1], not 1e+39"};
    QTest::newRow("eps 0") << layers(R"({"type": "batchnorm", "eps": 0})")
                           << QStringList{"layer 1 (batchnorm): 'eps' must be a number in (0, 1], "
                                          "not 0"};
    QTest::newRow("momentum 2") << layers(R"({"type": "batchnorm", "momentum": 2})")
                                << QStringList{"layer 1 (batchnorm): 'momentum' must be a number "
                                               "in [0, 1], not 2"};
    QTest::newRow("pad value 1e39")
        << layers(R"({"type": "pad", "padding": 1, "value": 1e39})")
        << QStringList{"layer 1 (pad): 'value' must be a number within float's range (±3.4e38), "
                       "not 1e+39"};
    QTest::newRow("input extent")
        << QString(R"({"input": [1, 268435456, 1], "layers": [{"type": "flatten"}]})")
        << QStringList{"the architecture's 'input': 268435456 is more than the limit of 1048576"};
    QTest::newRow("input values")
        << QString(R"({"input": [1024, 1024, 1024], "layers": [{"type": "flatten"}]})")
        << QStringList{"the architecture's 'input' values: 1073741824 is more than the limit of "
                       "268435456"};
    QTest::newRow("dilation 2147483647")
        << layers(R"({"type": "conv2d", "filters": 1, "kernel": 3, "dilation": 2147483647})")
        << QStringList{"layer 1 (conv2d): 'dilation': 2147483647 is more than the limit of "
                       "1048576"};
    QTest::newRow("dilated window")
        << layers(R"({"type": "conv2d", "filters": 1, "kernel": 3, "dilation": 1000000})")
        << QStringList{"layer 1 (conv2d): the dilated window's height: 2000001 is more than the "
                       "limit of 1048576"};
    QTest::newRow("padding 2^40")
        << layers(R"({"type": "conv2d", "filters": 1, "kernel": 3, "padding": 1099511627776})")
        << QStringList{"layer 1 (conv2d): 'padding': 1099511627776 is more than the limit of "
                       "1048576"};
    QTest::newRow("conv output")
        << layers(R"({"type": "conv2d", "filters": 1048576, "kernel": 1})")
        << QStringList{"layer 1 (conv2d): its output's values: 822083584 is more than the limit "
                       "of 268435456"};
    QTest::newRow("network total")
        << QString::fromStdString(
               R"({"input": [16384], "layers": [{"type": "dense", "units": 16384},
           {"type": "dense", "units": 16384}, {"type": "dense", "units": 16384}]})")
        << QStringList{"the network's parameters (up to layer 2 (dense)): 536903680 is more than "
                       "the limit of 536870912"};
    // After a shape the dry pass cannot follow (a convolution on a vector), each layer is still
    // refused before its weights are allocated.
    QTest::newRow("weights after an impossible shape")
        << QString(R"({"input": [784], "layers": [{"type": "conv2d", "filters": 1, "kernel": 1},
               {"type": "conv2d", "filters": 1024, "kernel": [1024, 1024]}]})")
        << QStringList{"layer 2 (conv2d): its weight tensor's values: 1073741824 is more than "
                       "the limit of 268435456"};
    QTest::newRow("dilated window after an impossible shape")
        << QString(R"({"input": [1, 28, 28], "layers": [{"type": "flatten"},
               {"type": "conv2d", "filters": 1, "kernel": [1048576, 1], "dilation": 1048576}]})")
        << QStringList{"layer 2 (conv2d): the dilated window's height: 1099510579201 is more "
                       "than the limit of 1048576"};
    QTest::newRow("batchnorm after a huge flatten")
        << QString(R"({"input": [4, 8192, 8192], "layers": [{"type": "flatten"},
               {"type": "batchnorm"}]})")
        << QStringList{"layer 2 (batchnorm): its channels: 268435456 is more than the limit of "
                       "1048576"};
    QTest::newRow("huge layer")
        << layers(R"({"type": "flatten"}, {"type": "dense", "units": 2000000000})")
        << QStringList{"layer 2 (dense): 'units': 2000000000 is more than the limit of 1048576"};
    QTest::newRow("huge weight")
        << layers(R"({"type": "flatten"}, {"type": "dense", "units": 1000000})")
        << QStringList{"layer 2 (dense): its weight tensor's values: 784000000 is more than the "
                       "limit of 268435456"};
    QTest::newRow("same name twice")
        << layers(R"({"type": "relu", "name": "a"}, {"type": "tanh", "name": "a"})")
        << QStringList{"layer 2 (tanh): net: there is already a layer named \"a\""};
    QTest::newRow("no input") << QStringLiteral(R"({"layers": [{"type": "relu"}]})")
                              << QStringList{"'input' must be the shape of one example",
                                             "not missing"};
    QTest::newRow("no layers") << QStringLiteral(R"({"input": [1, 28, 28], "layers": []})")
                               << QStringList{"'layers' must be a non-empty list"};
    QTest::newRow("not an object")
        << QStringLiteral("[1, 2]") << QStringList{"the architecture must be a JSON object"};
}

void tst_ModelFile::badArchitecture() {
    QFETCH(QString, architecture);
    QFETCH(QStringList, expected);
    const auto message = messageOf<std::invalid_argument>(
        [&] { model_from_json(json::parse(architecture.toStdString())); });
    QVERIFY(message);
    for (const QString& part : expected)
        QVERIFY2(message->contains(part), qPrintable(*message));
}

void tst_ModelFile::architectureFileSyntaxError() {
    const QString path = dir_.filePath(QStringLiteral("broken.json"));
    writeBytes(path.toStdString(), [] {
        const std::string text = "{\n  \"input\": [1, 28, 28],\n  \"layers\": [\n    {\"type\": "
                                 "\"relu\"},\n  }\n";
        return Bytes(text.begin(), text.end());
    }());
    const auto message =
        messageOf<std::runtime_error>([&] { load_architecture_file(path.toStdString()); });
    QVERIFY(message);
    QVERIFY2(message->startsWith(path + QStringLiteral(":5:3: not valid JSON")),
             qPrintable(*message));

    // A well-formed file with a wrong layer names the file and the layer.
    const QString wrong = dir_.filePath(QStringLiteral("wrong.json"));
    const std::string text = R"({"input": [4], "layers": [{"type": "dense"}]})";
    writeBytes(wrong.toStdString(), Bytes(text.begin(), text.end()));
    const auto layerMessage =
        messageOf<std::runtime_error>([&] { load_architecture_file(wrong.toStdString()); });
    QVERIFY(layerMessage);
    QCOMPARE(*layerMessage, wrong + QStringLiteral(": layer 1 (dense): 'units' must be a positive "
                                                   "integer (it is missing)"));
    const auto missing = messageOf<std::runtime_error>(
        [&] { load_architecture_file(dir_.filePath(QStringLiteral("none.json")).toStdString()); });
    QVERIFY(missing && missing->contains("none.json: cannot open"));
}

void tst_ModelFile::badModelFile_data() {
    QTest::addColumn<int>("change"); // what to do to the valid file's bytes
    QTest::addColumn<int>("where");
    QTest::addColumn<QString>("expected");

    // where: a byte offset; negative counts from the end; 1000000 + k: k bytes into the header.
    QTest::newRow("flip in the header") << int(Flip) << 1'000'040 << "corrupted: checksum mismatch";
    QTest::newRow("flip in a tensor") << int(Flip) << -1000 << "corrupted: checksum mismatch";
    QTest::newRow("flip in the checksum") << int(Flip) << -2 << "corrupted: checksum mismatch";
    QTest::newRow("flip in the header length") << int(Flip) << 17
                                               << "truncated or corrupted: the "
                                                  "header claims";
    for (const int length : {3, 10, 16, 30, 1'000'060, -5000, -5, -1})
        QTest::addRow("truncated at %d", length) << int(Truncate) << length << "truncated";
    QTest::newRow("newer version")
        << int(Version) << 2 << "written by a newer ConvSight: format 2, this build reads 1";
    QTest::newRow("wrong magic") << int(Magic) << 0 << "not a ConvSight model file";
}

void tst_ModelFile::badModelFile() {
    QFETCH(int, change);
    QFETCH(int, where);
    QFETCH(QString, expected);

    Bytes bytes = readBytes(validFile());
    const auto offset = [&](int w) {
        if (w >= 1'000'000)
            return std::size_t{20} + static_cast<std::size_t>(w - 1'000'000);
        return w < 0 ? bytes.size() - static_cast<std::size_t>(-w) : static_cast<std::size_t>(w);
    };
    if (change == Flip)
        bytes[offset(where)] ^= 0x10;
    else if (change == Truncate)
        bytes.resize(offset(where));
    else if (change == Version)
        bytes[8] = static_cast<unsigned char>(where);
    else
        std::memcpy(bytes.data(), "PK\3\4", 4);
    const std::string path = dir_.filePath(QStringLiteral("bad.csmodel")).toStdString();
    writeBytes(path, bytes);
    const auto message = messageOf<ModelFileError>([&] { load_model_file(path); });
    QVERIFY(message);
    QVERIFY2(message->startsWith(q(path) + ": " + expected), qPrintable(*message));
}

void tst_ModelFile::inconsistentFile_data() {
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << "empty"
                           << "the file is empty, not a model file";
    QTest::newRow("folder") << "folder"
                            << "is a folder, not a model file";
    QTest::newRow("missing") << "missing"
                             << "no such file";
    QTest::newRow("architecture disagrees with a tensor")
        << "units"
        << "tensor \"dense1.weight\" has shape (120, 400) in the file, but the "
           "architecture gives it (64, 400)";
    QTest::newRow("impossible architecture") << "impossible"
                                             << "the architecture is invalid: "
                                                "lenet5: layer 1 of 12";
    QTest::newRow("missing tensor") << "drop tensor"
                                    << "tensor \"dense3.bias\" is missing";
    QTest::newRow("unknown layer state")
        << "layer state"
        << "the saved state names a layer \"ghost\" the model lacks";
}

void tst_ModelFile::inconsistentFile() {
    QFETCH(QString, what);
    QFETCH(QString, expected);
    std::string path = dir_.filePath(what + QStringLiteral(".csmodel")).toStdString();
    const Bytes valid = readBytes(validFile());
    json header = headerOf(valid);
    if (what == "empty") {
        writeBytes(path, {});
    } else if (what == "folder") {
        QVERIFY(QDir(dir_.path()).mkpath(q(path)));
    } else if (what == "units") {
        header["architecture"]["layers"][7]["units"] = 64;
        writeBytes(path, withHeader(valid, header));
    } else if (what == "impossible") {
        header["architecture"]["input"] = {1, 28}; // no height and width for conv1
        writeBytes(path, withHeader(valid, header));
    } else if (what == "drop tensor") {
        // Its values are still there, under another name.
        for (json& entry : header["tensors"])
            if (entry["name"] == "dense3.bias")
                entry["name"] = "dense3.bias.renamed";
        writeBytes(path, withHeader(valid, header));
    } else if (what == "layer state") {
        header["layer_state"]["ghost"] = {{"seed", 1}};
        writeBytes(path, withHeader(valid, header));
    }
    const auto message = messageOf<ModelFileError>([&] { load_model_file(path); });
    QVERIFY(message);
    QVERIFY2(message->startsWith(q(path) + ": " + expected), qPrintable(*message));
}

void tst_ModelFile::failedSaveKeepsOldFile() {
    Sequential model = make_model("small", 3);
    const QString folder = dir_.filePath(QStringLiteral("keep"));
    QVERIFY(QDir().mkpath(folder));
    const std::string path = (folder + QStringLiteral("/model.csmodel")).toStdString();
    save_model_file(path, model, {{"epoch", 1}});
    const Bytes old = readBytes(path);

    // An optimizer over another model's parameters: refused before anything is written.
    Sequential other = make_model("small", 4);
    Adam foreign(other.parameters());
    auto message = messageOf<ModelFileError>([&] {
        save_model_file(path, model, {{"epoch", 2}}, &foreign);
    });
    QVERIFY(message && message->startsWith(q(path) + ": the optimizer updates conv1.weight"));
    QCOMPARE(readBytes(path), old);
    QVERIFY(hiddenFiles(folder).isEmpty());

    // A folder where the file should go: the temporary file is written, the rename fails, and
    // the temporary file goes again.
    const QString occupied = folder + QStringLiteral("/taken.csmodel");
    QVERIFY(QDir().mkpath(occupied + QStringLiteral("/inside")));
    message = messageOf<ModelFileError>(
        [&] { save_model_file(occupied.toStdString(), model, json::object()); });
    QVERIFY(message);
    QCOMPARE(*message, occupied + QStringLiteral(": is a folder; give a file name such as "
                                                 "model.csmodel"));
    QVERIFY(hiddenFiles(folder).isEmpty());

    // A folder that does not exist.
    const std::string nowhere = (folder + QStringLiteral("/no/such/model.csmodel")).toStdString();
    message = messageOf<ModelFileError>([&] { save_model_file(nowhere, model, json::object()); });
    QVERIFY(message);
    QCOMPARE(*message, q(nowhere) + QStringLiteral(": cannot write: the folder ") + folder +
                           QStringLiteral("/no/such does not exist"));
    QVERIFY(!QFile::exists(q(nowhere)));

    // A read-only folder (root may write anywhere, so the check needs another user).
    if (::geteuid() == 0)
        QSKIP("running as root: a read-only folder does not stop root from writing");
    QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    message = messageOf<ModelFileError>([&] { save_model_file(path, model, {{"epoch", 3}}); });
    QFile::setPermissions(folder,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QVERIFY(message && message->startsWith(q(path) + ": cannot write into the folder"));
    QCOMPARE(readBytes(path), old);
    QVERIFY(hiddenFiles(folder).isEmpty());
}

void tst_ModelFile::badOptimizerSettings_data() {
    QTest::addColumn<QString>("settings");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown type") << R"({"type": "rmsprop"})"
                                  << "optimizer: unknown type \"rmsprop\"; the optimizers are: "
                                     "sgd, adam";
    QTest::newRow("no type") << R"({"lr": 0.1})"
                             << "optimizer: the settings need a \"type\"";
    QTest::newRow("setting of another optimizer") << R"({"type": "adam", "momentum": 0.9})"
                                                  << "optimizer adam: unknown setting 'momentum'";
    QTest::newRow("negative steps") << R"({"type": "sgd", "steps": -1})"
                                    << "optimizer: 'steps' must be a whole number of at least 0";
    QTest::newRow("lr not a number") << R"({"type": "sgd", "lr": "fast"})"
                                     << "optimizer: 'lr' must be a number, not \"fast\"";
    QTest::newRow("lr zero") << R"({"type": "sgd", "lr": 0})"
                             << "SGD: the learning rate must be above 0";
}

void tst_ModelFile::badOptimizerSettings() {
    QFETCH(QString, settings);
    QFETCH(QString, expected);
    Sequential model = make_model("small", 1);
    const auto message = messageOf<std::invalid_argument>(
        [&] { make_optimizer(json::parse(settings.toStdString()), model.parameters()); });
    QVERIFY(message);
    QVERIFY2(message->startsWith(expected), qPrintable(*message));
}

void tst_ModelFile::buildCountsTheNetworksParameters() {
    // What model_from_json holds the layers to where the dry pass cannot size them: every weight
    // tensor counted, before it is allocated, against the network's limit.
    const json config = {{"type", "dense"}, {"units", 16384}};
    LayerSettings settings(config, 7, *find_layer_kind("dense"));
    std::int64_t total = 0;
    settings.count_into(total);
    QCOMPARE(settings.check_size({16384, 16384}, "weight"), std::int64_t{1} << 28);
    QCOMPARE(settings.check_size({16384, 16384}, "weight"), std::int64_t{1} << 28);
    QCOMPARE(total, std::int64_t{1} << 29);
    const auto message = messageOf<LimitError>([&] {
        settings.check_size({16384, 16384}, "weight");
    });
    QVERIFY(message);
    QCOMPARE(*message, QStringLiteral("the network's parameters (up to layer 7 (dense)): "
                                      "805306368 is more than the limit of 536870912"));
}

void tst_ModelFile::deeplyNestedHeaderIsRefused() {
    // 60,000 levels (120 KB) with a correct checksum: a stack overflow once, when the message was
    // built by dumping the header. Both as the whole header and inside a valid-looking one.
    const std::string deep = std::string(60000, '[') + std::string(60000, ']');
    for (const std::string& header :
         {deep, R"({"architecture":)" + deep +
                    R"(,"metadata":{},"optimizer":null,"layer_state":{},"tensors":[]})"}) {
        const std::string path = dir_.filePath(QStringLiteral("deep.csmodel")).toStdString();
        writeBytes(path, modelFileWithHeader(header));
        const auto message = refusedCheaply<ModelFileError>([&] { load_model_file(path); });
        QVERIFY(message);
        QCOMPARE(*message, q(path) + QStringLiteral(": corrupted: the header is not valid JSON "
                                                    "(JSON nesting depth: 65 is more than the "
                                                    "limit of 64)"));
    }
}

void tst_ModelFile::deeplyNestedArchitectureFileIsRefused() {
    const std::string path = dir_.filePath(QStringLiteral("deep.json")).toStdString();
    const std::string text = R"({"input": [1, 28, 28], "layers": [)" + std::string(60000, '[') +
                             std::string(60000, ']') + "]}";
    writeBytes(path, Bytes(text.begin(), text.end()));
    const auto message = refusedCheaply<std::runtime_error>([&] { load_architecture_file(path); });
    QVERIFY(message);
    QCOMPARE(*message,
             q(path) + QStringLiteral(": JSON nesting depth: 65 is more than the limit of 64"));
}

void tst_ModelFile::hugeNumberInArchitectureFileIsRefused() {
    // 1e999 once escaped as nlohmann's out_of_range, without the file's name.
    const std::string path = dir_.filePath(QStringLiteral("huge.json")).toStdString();
    const std::string text = R"({"input": [784], "layers": [{"type": "dropout", "p": 1e999}]})";
    writeBytes(path, Bytes(text.begin(), text.end()));
    const auto message = messageOf<std::runtime_error>([&] { load_architecture_file(path); });
    QVERIFY(message);
    QCOMPARE(*message, q(path) + QStringLiteral(": the number 1e999 is too large (beyond the "
                                                "range of a double)"));
}

void tst_ModelFile::modelFileBombIsRefusedBeforeAllocating_data() {
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("expected"); // after "PATH: "
    // The reliability report's 383-byte file: six 16384×16384 dense layers, no tensors (6.3 GB
    // before its message, once).
    QTest::newRow("six dense layers")
        << QString::fromStdString(denseBombHeader(6, 16384))
        << QStringLiteral("the architecture is invalid: the network's parameters (up to layer 2 "
                          "(dense)): 536903680 is more than the limit of 536870912");
    // Within every limit (537 MB of weights), but the table holds none of them.
    QTest::newRow("two dense layers, no tensors")
        << QString::fromStdString(denseBombHeader(2, 8192))
        << QStringLiteral("tensor \"dense1.weight\" is missing");
    QTest::newRow("input extent")
        << QStringLiteral(
               R"({"architecture":{"input":[1,268435456,1],"layers":[{"type":"flatten"}]},)"
               R"("metadata":{},"optimizer":null,"layer_state":{},"tensors":[]})")
        << QStringLiteral("the architecture is invalid: the architecture's 'input': 268435456 is "
                          "more than the limit of 1048576");
}

void tst_ModelFile::modelFileBombIsRefusedBeforeAllocating() {
    QFETCH(QString, header);
    QFETCH(QString, expected);
    const std::string path = dir_.filePath(QStringLiteral("bomb.csmodel")).toStdString();
    const Bytes bytes = modelFileWithHeader(header.toStdString());
    writeBytes(path, bytes);
    const auto message = refusedCheaply<ModelFileError>([&] { load_model_file(path); });
    QVERIFY(message);
    QCOMPARE(*message, q(path) + QStringLiteral(": ") + expected);
    QCOMPARE(readBytes(path), bytes); // nothing changed
}

void tst_ModelFile::architectureFileBombIsRefusedBeforeAllocating_data() {
    QTest::addColumn<QString>("architecture");
    QTest::addColumn<QString>("expected"); // after "PATH: "
    QTest::newRow("six dense layers")
        << QString::fromStdString(json::parse(denseBombHeader(6, 16384))["architecture"].dump())
        << QStringLiteral("the network's parameters (up to layer 2 (dense)): 536903680 is more "
                          "than the limit of 536870912");
    QTest::newRow("input [1,268435456,1]")
        << QStringLiteral(R"({"input":[1,268435456,1],"layers":[{"type":"flatten"},)"
                          R"({"type":"dense","units":10}]})")
        << QStringLiteral("the architecture's 'input': 268435456 is more than the limit of "
                          "1048576");
}

void tst_ModelFile::architectureFileBombIsRefusedBeforeAllocating() {
    QFETCH(QString, architecture);
    QFETCH(QString, expected);
    const std::string path = dir_.filePath(QStringLiteral("bomb.json")).toStdString();
    const std::string text = architecture.toStdString();
    writeBytes(path, Bytes(text.begin(), text.end()));
    const auto message = refusedCheaply<std::runtime_error>([&] { load_architecture_file(path); });
    QVERIFY(message);
    QCOMPARE(*message, q(path) + QStringLiteral(": ") + expected);
}

QTEST_GUILESS_MAIN(tst_ModelFile)
// copy_model: the same outputs (BatchNorm's running statistics included), in evaluation mode, and
// training the original afterwards leaves the copy as it was.
void tst_ModelFile::copyModelIsAnIndependentCopy() {
    using namespace convsight;
    nn::Sequential model = nn::make_model("fashion-strong", 3);
    // Running statistics away from their initial 0 and 1, so copying them shows.
    const compute::Tensor batch = nn_test::randomTensor({8, 1, 28, 28}, 5, 0.0f, 2.0f);
    model.forward(batch, /*training=*/true);
    const nn::Sequential copy = nn::copy_model(model);
    QVERIFY(!copy.is_training());
    QCOMPARE(copy.input_shape(), model.input_shape());
    QCOMPARE(copy.parameter_count(), model.parameter_count());
    QCOMPARE(nn_test::parameterValues(copy.parameters()),
             nn_test::parameterValues(std::as_const(model).parameters()));
    for (int i = 0; i < model.size(); ++i) {
        const auto from = std::as_const(model).layer(i).buffers();
        const auto to = copy.layer(i).buffers();
        QCOMPARE(to.size(), from.size());
        for (std::size_t b = 0; b < from.size(); ++b)
            QCOMPARE(to[b].second.to_vector(), from[b].second.to_vector());
    }
    nn::Sequential evaluated = nn::copy_model(model);
    const std::vector<float> expected = model.forward(batch, false).to_vector();
    QCOMPARE(evaluated.forward(batch, false).to_vector(), expected);

    model.parameters().front()->value.fill(0.5f);
    QVERIFY(copy.parameters().front()->value.to_vector() !=
            model.parameters().front()->value.to_vector());
}

void tst_ModelFile::withClassCountChangesTheLastLayer() {
    using namespace convsight;
    nn::Sequential small = nn::with_class_count(nn::make_model("small", 4), 3, 4);
    QCOMPARE(small.output_shape(), compute::Shape{3});
    // The layers before the last are the preset's, initialised from the same seed.
    const nn::Sequential preset = nn::make_model("small", 4);
    QCOMPARE(small.parameters().front()->value.to_vector(),
             preset.parameters().front()->value.to_vector());
    // Already fitting: unchanged.
    const nn::Sequential same = nn::with_class_count(nn::make_model("small", 4), 10, 4);
    QCOMPARE(nn_test::parameterValues(same.parameters()),
             nn_test::parameterValues(preset.parameters()));
}

#include "tst_modelfile.moc"
