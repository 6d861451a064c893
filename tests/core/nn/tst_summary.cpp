// Qt Test suite for model summaries (nn/Summary.h) and the built-in view-only models: VGG-16's
// every layer shape and its 138,357,544 parameters against the paper, AlexNet's total against
// torchvision's, LeNet-5 against the 1998 paper's shapes, the summary of an architecture against
// Sequential's own numbers, its refusals against model_from_json's, and the lecture's weight
// counts side by side.
#include "nn/ModelFile.h"
#include "nn/Models.h"
#include "nn/Summary.h"
#include "nn_test_support.h"

#include <QTest>
#include <set>

using namespace convsight::nn;
using nlohmann::json;
using nn_test::messageOf;
using nn_test::q;

namespace {

// The shapes of the layers of `summary` whose type is one of `types`, as the lecture writes them.
QStringList shapesOf(const ModelSummary& summary, const std::set<std::string>& types) {
    QStringList shapes;
    for (const SummaryRow& row : summary.layers)
        if (types.count(row.type))
            shapes << q(lecture_shape(row.output_shape));
    return shapes;
}

std::vector<std::int64_t> parametersOf(const ModelSummary& summary, const std::string& type) {
    std::vector<std::int64_t> counts;
    for (const SummaryRow& row : summary.layers)
        if (row.type == type)
            counts.push_back(row.parameters);
    return counts;
}

} // namespace

class tst_Summary : public QObject {
    Q_OBJECT
private slots:
    void vgg16AgainstThePaper();
    void alexnetAgainstTorchvision();
    void lenet5AgainstThePaper();
    void viewOnlyPresets();
    void summaryMatchesSequential_data();
    void summaryMatchesSequential();
    void lectureShapes();
    void summaryJsonKeys();
    void impossibleLayerIsNamed();
    void badSettingsAsModelFromJson_data();
    void badSettingsAsModelFromJson();
    void settingsTakeTheSchemasDefaults();
    void weightCountsOfTheLecturesShapes();
    void summaryTextShowsWeightCounts();
    void groupedConvolutionCounts();
};

void tst_Summary::vgg16AgainstThePaper() {
    const ModelSummary vgg = model_summary(model_architecture("vgg16"));
    QCOMPARE(q(lecture_shape(vgg.input_shape)), QStringLiteral("224×224×3"));
    // Simonyan and Zisserman (2015), configuration D, as the lecture's figure labels it.
    const QStringList published = {
        "224×224×64",  "224×224×64",  "112×112×64",              // conv1_1, conv1_2, pool
        "112×112×128", "112×112×128", "56×56×128",               // block 2
        "56×56×256",   "56×56×256",   "56×56×256",  "28×28×256", // block 3
        "28×28×512",   "28×28×512",   "28×28×512",  "14×14×512", // block 4
        "14×14×512",   "14×14×512",   "14×14×512",  "7×7×512",   // block 5
        "25088",       "4096",        "4096",       "1000"};     // flatten, FC-6, FC-7, FC-8
    QCOMPARE(shapesOf(vgg, {"conv2d", "maxpool", "flatten", "dense"}), published);
    QCOMPARE(vgg.total_parameters, std::int64_t{138'357'544});
    // The first convolution: 64 × (3·3·3 + 1); FC-6: 25,088 × 4,096 + 4,096.
    QCOMPARE(parametersOf(vgg, "conv2d").front(), std::int64_t{1'792});
    QCOMPARE(parametersOf(vgg, "dense").front(), std::int64_t{102'764'544});
    // 15.47 billion multiply-adds per image.
    QCOMPARE(vgg.total_flops, std::int64_t{30'940'528'640});
}

void tst_Summary::alexnetAgainstTorchvision() {
    const ModelSummary alexnet = model_summary(model_architecture("alexnet"));
    QCOMPARE(alexnet.total_parameters, std::int64_t{61'100'840}); // torchvision's num_params
    QCOMPARE(shapesOf(alexnet, {"conv2d", "maxpool", "dense"}),
             (QStringList{"55×55×64", "27×27×64", "27×27×192", "13×13×192", "13×13×384",
                          "13×13×256", "13×13×256", "6×6×256", "4096", "4096", "1000"}));
}

void tst_Summary::lenet5AgainstThePaper() {
    // LeCun et al. (1998): C1 28×28×6, S2 14×14×6, C3 10×10×16, S4 5×5×16, C5 120, F6 84,
    // output 10. The preset reads 28×28 images padded SAME where the paper pads them to 32×32.
    const ModelSummary lenet = model_summary(model_architecture("lenet5"));
    QCOMPARE(shapesOf(lenet, {"conv2d", "maxpool", "dense"}),
             (QStringList{"28×28×6", "14×14×6", "10×10×16", "5×5×16", "120", "84", "10"}));
    // C1, C5 (here dense 400 → 120) and F6 have the paper's counts; C3 connects every input map
    // (2,416 against the paper's 1,516 with its connection table), max-pooling has no
    // trainable coefficients (the paper's S2 and S4 have 12 and 32) and the output is dense
    // (850 against 840 for the paper's RBF units).
    QCOMPARE(parametersOf(lenet, "conv2d"), (std::vector<std::int64_t>{156, 2'416}));
    QCOMPARE(parametersOf(lenet, "dense"), (std::vector<std::int64_t>{48'120, 10'164, 850}));
    QCOMPARE(lenet.total_parameters, std::int64_t{61'706});
}

void tst_Summary::viewOnlyPresets() {
    for (const std::string& name : model_names())
        QCOMPARE(is_view_only(name), name == "vgg16" || name == "alexnet");
    QVERIFY(!is_view_only("resnet"));
    QVERIFY(messageOf<std::invalid_argument>([] { model_architecture("resnet"); }));
    // The view-only models' architectures keep their own input.
    COMPARE_JSON(model_architecture("vgg16")["input"], (json{3, 224, 224}));
    COMPARE_JSON(model_architecture("alexnet")["input"], (json{3, 224, 224}));
}

void tst_Summary::summaryMatchesSequential_data() {
    QTest::addColumn<QString>("architecture");
    for (const std::string& name : model_names())
        if (!is_view_only(name))
            QTest::newRow(name.c_str()) << q(model_architecture(name).dump());
    QTest::newRow("every setting") << QStringLiteral(R"({"name": "everything",
        "input": [3, 20, 19], "layers": [
        {"type": "conv2d", "filters": 8, "kernel": [3, 5], "stride": [1, 2],
         "padding": [1, 1, 2, 2], "dilation": 2, "bias": false, "name": "first"},
        {"type": "batchnorm"}, {"type": "leaky_relu"}, {"type": "conv2d", "filters": 4,
         "kernel": 2, "stride": [2, 1]}, {"type": "avgpool", "size": [2, 3], "stride": 1, "padding": "same"},
        {"type": "maxpool", "size": 3}, {"type": "locally_connected2d", "filters": 2,
         "kernel": [2, 1], "stride": [1, 2], "bias": false}, {"type": "sigmoid"}, {"type": "tanh"},
        {"type": "flatten"}, {"type": "dropout", "p": 0.1}, {"type": "dense", "units": 5,
         "bias": false}, {"type": "dense", "units": 3}]})");
    // Grouped and depthwise convolutions (with a channel multiplier), count_include_pad.
    QTest::newRow("groups") << QStringLiteral(R"({"name": "grouped", "input": [4, 12, 12],
        "layers": [{"type": "conv2d", "filters": 8, "kernel": 3, "groups": 4, "padding": 1},
        {"type": "conv2d", "filters": 6, "kernel": [3, 1], "groups": 2, "bias": false},
        {"type": "avgpool", "size": 3, "stride": 1, "padding": 1, "count_include_pad": true},
        {"type": "conv2d", "filters": 12, "kernel": 3, "groups": 6, "stride": 2}]})");
    QTest::newRow("pad, softmax, frozen") << QStringLiteral(R"({"name": "padded",
        "input": [2, 6, 5], "layers": [
        {"type": "pad", "padding": [1, 2, 0, 3], "mode": "reflect"},
        {"type": "conv2d", "filters": 3, "kernel": 3, "frozen": true},
        {"type": "pad", "padding": 1, "mode": "edge"}, {"type": "pad", "padding": [0, 1, 1, 0],
         "value": 0.5}, {"type": "flatten"}, {"type": "dense", "units": 4}, {"type": "softmax"}]})");
    QTest::newRow("log_softmax") << QStringLiteral(R"({"input": [7], "layers": [
        {"type": "dense", "units": 3, "frozen": false}, {"type": "log_softmax"}]})");
}

void tst_Summary::summaryMatchesSequential() {
    QFETCH(QString, architecture);
    const json parsed = json::parse(architecture.toStdString());
    const ModelSummary fromJson = model_summary(parsed);
    const ModelSummary fromModel = model_summary(model_from_json(parsed));
    QCOMPARE(fromJson.layers.size(), fromModel.layers.size());
    for (std::size_t i = 0; i < fromJson.layers.size(); ++i) {
        const SummaryRow& a = fromJson.layers[i];
        const SummaryRow& b = fromModel.layers[i];
        QCOMPARE(q(a.name), q(b.name));
        QCOMPARE(q(a.type), q(b.type));
        QCOMPARE(q(a.description), q(b.description));
        QCOMPARE(q(lecture_shape(a.output_shape)), q(lecture_shape(b.output_shape)));
        QCOMPARE(a.parameters, b.parameters);
        QCOMPARE(a.flops, b.flops);
        QCOMPARE(a.window_height, b.window_height);
        QCOMPARE(a.window_width, b.window_width);
    }
    QCOMPARE(fromJson.total_parameters, fromModel.total_parameters);
    QCOMPARE(fromJson.total_flops, fromModel.total_flops);
    COMPARE_JSON(summary_json(fromJson), summary_json(fromModel));
}

void tst_Summary::lectureShapes() {
    QCOMPARE(q(lecture_shape({64, 224, 224})), QStringLiteral("224×224×64"));
    QCOMPARE(q(lecture_shape({4096})), QStringLiteral("4096"));
    QCOMPARE(q(grouped(138'357'544)), QStringLiteral("138,357,544"));
    QCOMPARE(q(grouped(320)), QStringLiteral("320"));
    QCOMPARE(q(grouped(-1'000)), QStringLiteral("-1,000"));
}

void tst_Summary::summaryJsonKeys() {
    const json summary = summary_json(model_summary(model_architecture("vgg16")));
    QCOMPARE(summary["total_parameters"].get<std::int64_t>(), std::int64_t{138'357'544});
    QCOMPARE(summary["layers"].size(), std::size_t{39});
    for (const json& layer : summary["layers"]) {
        std::set<std::string> keys;
        for (const auto& [key, value] : layer.items())
            keys.insert(key);
        QVERIFY(keys == (std::set<std::string>{"name", "output_shape", "parameters", "flops"}));
    }
    COMPARE_JSON(summary["layers"][0], (json{{"name", "conv1"},
                                             {"output_shape", "224×224×64"},
                                             {"parameters", 1792},
                                             {"flops", std::int64_t{2} * 224 * 224 * 64 * 27}}));
    QCOMPARE(summary["layers"].back()["output_shape"].get<std::string>(), std::string("1000"));
}

void tst_Summary::impossibleLayerIsNamed() {
    json architecture = model_architecture("vgg16");
    architecture["input"] = {1, 28, 28}; // the fifth pool has 0×0 left
    const auto message = messageOf<std::invalid_argument>([&] { model_summary(architecture); });
    QVERIFY(message);
    QVERIFY2(message->startsWith("layer ") && message->contains("(maxpool)"), qPrintable(*message));
    const auto unknown = messageOf<std::invalid_argument>(
        [] { model_summary(json::parse(R"({"input": [4], "layers": [{"type": "resnet"}]})")); });
    QVERIFY(unknown && unknown->contains("layer 1 (resnet)"));
}

void tst_Summary::badSettingsAsModelFromJson_data() {
    QTest::addColumn<QString>("layers");
    QTest::addColumn<QString>("expected");
    QTest::newRow("filters missing")
        << QString(R"([{"type": "conv2d", "kernel": 3}])")
        << QString("layer 1 (conv2d): 'filters' must be a positive integer (it is missing)");
    QTest::newRow("filters a string")
        << QString(R"([{"type": "conv2d", "filters": "16", "kernel": 3}])")
        << QString("layer 1 (conv2d): 'filters' must be a positive integer, not \"16\"");
    QTest::newRow("kernel missing")
        << QString(R"([{"type": "relu"}, {"type": "conv2d", "filters": 4}])")
        << QString(
               "layer 2 (conv2d): 'kernel' must be a positive integer or [height, width] (it is "
               "missing)");
    QTest::newRow("stride zero") << QString(R"([{"type": "maxpool", "size": 2, "stride": [2, 0]}])")
                                 << QString("layer 1 (maxpool): 'stride' must be a positive "
                                            "integer or [height, width], not [2,0]");
    QTest::newRow("padding unknown")
        << QString(R"([{"type": "conv2d", "filters": 4, "kernel": 3, "padding": "full"}])")
        << QString("layer 1 (conv2d): 'padding' must be \"same\", \"valid\", a number of pixels or "
                   "[top, bottom, left, right], not \"full\"");
    QTest::newRow("bias not a flag")
        << QString(R"([{"type": "flatten"}, {"type": "dense", "units": 10, "bias": 1}])")
        << QString("layer 2 (dense): 'bias' must be true or false, not 1");
    QTest::newRow("units negative")
        << QString(R"([{"type": "flatten"}, {"type": "dense", "units": -3}])")
        << QString("layer 2 (dense): 'units' must be a positive integer, not -3");
    QTest::newRow("setting misspelt")
        << QString(R"([{"type": "conv2d", "filter": 4, "kernel": 3}])")
        << QString("layer 1 (conv2d): unknown setting 'filter' (it takes 'filters', 'kernel', "
                   "'stride', 'padding', 'dilation', 'groups', 'bias')");
    QTest::newRow("filters not divisible by groups")
        << QString(R"([{"type": "conv2d", "filters": 3, "kernel": 3, "groups": 2}])")
        << QString("layer 1 (conv2d): 'groups' (2) must divide the number of filters (3)");
    QTest::newRow("channels not divisible by groups")
        << QString(R"([{"type": "conv2d", "filters": 4, "kernel": 3},
                       {"type": "conv2d", "filters": 6, "kernel": 1, "groups": 3}])")
        << QString("layer 2 (conv2d): 'groups' (3) must divide the input's 4 channels");
    QTest::newRow("groups zero")
        << QString(R"([{"type": "conv2d", "filters": 4, "kernel": 3, "groups": 0}])")
        << QString("layer 1 (conv2d): 'groups' must be a positive integer, not 0");
    QTest::newRow("count_include_pad on a max pool")
        << QString(R"([{"type": "maxpool", "size": 2, "count_include_pad": true}])")
        << QString("layer 1 (maxpool): unknown setting 'count_include_pad' (it takes 'size', "
                   "'stride', 'padding')");
    QTest::newRow("count_include_pad not a flag")
        << QString(R"([{"type": "avgpool", "size": 2, "count_include_pad": 1}])")
        << QString("layer 1 (avgpool): 'count_include_pad' must be true or false, not 1");
}

void tst_Summary::badSettingsAsModelFromJson() {
    // One reader of a layer's settings: the summary refuses what model_from_json refuses, in the
    // same words.
    QFETCH(QString, layers);
    QFETCH(QString, expected);
    const json architecture = {{"input", {1, 8, 8}}, {"layers", json::parse(layers.toStdString())}};
    const auto summary = messageOf<std::invalid_argument>([&] { model_summary(architecture); });
    const auto built = messageOf<std::invalid_argument>([&] { model_from_json(architecture); });
    QVERIFY(summary && built);
    QCOMPARE(*summary, expected);
    QCOMPARE(*built, expected);
}

void tst_Summary::settingsTakeTheSchemasDefaults() {
    // Stride, padding, dilation and bias left out: conv2d's stride 1, VALID, with a bias; a pool's
    // stride its window; a locally connected layer's stride 1, with a bias.
    const ModelSummary summary = model_summary(json::parse(R"({"input": [2, 9, 9], "layers": [
        {"type": "conv2d", "filters": 4, "kernel": 3},
        {"type": "maxpool", "size": 2},
        {"type": "locally_connected2d", "filters": 2, "kernel": 2}]})"));
    QCOMPARE(summary.layers.size(), std::size_t{3});
    QCOMPARE(q(lecture_shape(summary.layers[0].output_shape)), QStringLiteral("7×7×4"));
    QCOMPARE(summary.layers[0].parameters, std::int64_t{4 * (2 * 9 + 1)});
    QCOMPARE(q(lecture_shape(summary.layers[1].output_shape)), QStringLiteral("3×3×4"));
    QCOMPARE(q(lecture_shape(summary.layers[2].output_shape)), QStringLiteral("2×2×2"));
    QCOMPARE(summary.layers[2].parameters, std::int64_t{2 * 2 * 2 * (4 * 2 * 2 + 1)});
}

void tst_Summary::weightCountsOfTheLecturesShapes() {
    // A 28×28 digit into 32 maps of 26×26 through 3×3 windows: every pixel to every output
    // value, each output position its own window, one window per map.
    const WeightCounts digit = weight_counts(28, 28, 1, 3, 3, 26, 26, 32);
    QCOMPARE(digit.fully_connected, std::int64_t{785} * 21'632);
    QCOMPARE(digit.locally_connected, std::int64_t{216'320});
    QCOMPARE(digit.convolution, std::int64_t{320});
    QCOMPARE(q(weight_counts_line(digit)),
             QStringLiteral("fully connected: 16,981,120 · locally connected: 216,320 · "
                            "convolution: 320 parameters"));
    // VGG-16's first layer, 224×224×3 → 224×224×64: the convolution is its 1,792 parameters.
    const WeightCounts vgg = weight_counts(224, 224, 3, 3, 3, 224, 224, 64);
    QCOMPARE(vgg.fully_connected, std::int64_t{483'388'358'656});
    QCOMPARE(vgg.locally_connected, std::int64_t{89'915'392});
    QCOMPARE(vgg.convolution, std::int64_t{1'792});
}

void tst_Summary::summaryTextShowsWeightCounts() {
    const std::string text = summary_text(model_summary(model_architecture("vgg16")));
    QVERIFY(text.find("total: 138,357,544 parameters") != std::string::npos);
    QVERIFY(text.find("conv1 (224×224×3 → 224×224×64): fully connected: 483,388,358,656 · "
                      "locally connected: 89,915,392 · convolution: 1,792 parameters") !=
            std::string::npos);
    QVERIFY(text.find("7×7×512") != std::string::npos);
}

void tst_Summary::groupedConvolutionCounts() {
    // 32 channels of 16×16 through 3×3 filters, SAME. A dense convolution to 64 maps:
    // 64·(32·9 + 1) = 18,496 parameters. In 4 groups each filter reads 8 channels:
    // 64·(8·9 + 1) = 4,672. Depthwise with a multiplier of 2 (groups 32): 64·(9 + 1) = 640.
    // FLOPs: 2 · 16·16·64 outputs · the taps each reads.
    const auto summary = [](int groups) {
        return model_summary(json{{"input", {32, 16, 16}},
                                  {"layers",
                                   {{{"type", "conv2d"},
                                     {"filters", 64},
                                     {"kernel", 3},
                                     {"padding", "same"},
                                     {"groups", groups}}}}});
    };
    const ModelSummary dense = summary(1), grouped4 = summary(4), depthwise = summary(32);
    QCOMPARE(dense.total_parameters, std::int64_t{18'496});
    QCOMPARE(grouped4.total_parameters, std::int64_t{4'672});
    QCOMPARE(depthwise.total_parameters, std::int64_t{640});
    const std::int64_t outputs = 16 * 16 * 64;
    QCOMPARE(dense.total_flops, 2 * outputs * 32 * 9);
    QCOMPARE(grouped4.total_flops, 2 * outputs * 8 * 9);
    QCOMPARE(depthwise.total_flops, 2 * outputs * 9);
    QCOMPARE(q(grouped4.layers[0].description),
             QStringLiteral("Conv2d 3×3, 32 → 64, SAME, groups 4"));
    QCOMPARE(q(depthwise.layers[0].description),
             QStringLiteral("Conv2d 3×3, 32 → 64, SAME, depthwise"));
    // The side-by-side weight counts are those of a dense convolution: only for groups 1.
    QVERIFY(summary_text(dense).find("conv1 (16×16×32") != std::string::npos);
    QVERIFY(summary_text(depthwise).find("conv1 (16×16×32") == std::string::npos);
}

QTEST_GUILESS_MAIN(tst_Summary)
#include "tst_summary.moc"
