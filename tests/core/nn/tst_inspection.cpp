// Qt Test suite for nn::Inspection: every layer's output for one example against Sequential's
// shapes and forward(), softmax against a hand computation, and receptive fields worked out by
// hand for SAME, VALID, strided and dilated windows, clipped at the border; bad requests throw.
#include "compute/Tensor.h"
#include "nn/Conv2d.h"
#include "nn/Inspection.h"
#include "nn/ModelFile.h"
#include "nn/Models.h"
#include "nn/Pad2d.h"
#include "nn/Pool2d.h"
#include "nn/Softmax.h"
#include "nn_test_support.h"

#include <QTest>
#include <cmath>
#include <memory>
#include <vector>

using namespace convsight;
using namespace convsight::nn;
using compute::Tensor;
using nn_test::messageOf;
using nn_test::randomTensor;

namespace {

void compareField(const ReceptiveField& field, std::vector<int> expected) {
    const std::vector<int> actual{field.top,   field.left,   field.bottom,
                                  field.right, field.height, field.width};
    QCOMPARE(actual, expected);
}

} // namespace

class TestInspection : public QObject {
    Q_OBJECT
private slots:
    void everyLayerGivesItsOutput();
    void aBatchOfOneIsAcceptedAndTheModeIsKept();
    void aWrongExampleIsRefused();
    void probabilitiesAreTheSoftmax();
    void softmaxIsNotAppliedTwice();
    void receptiveFieldThroughPadding();
    void receptiveFieldOfTheFirstConvolution();
    void receptiveFieldGrowsThroughPoolingAndTheSecondConvolution();
    void stridedAndDilatedWindows();
    void badLayerOrPositionThrows();
};

void TestInspection::everyLayerGivesItsOutput() {
    Sequential model = make_model("small", 7);
    const Tensor example = randomTensor({1, 28, 28}, 11, 0.0f, 1.0f);
    const std::vector<LayerOutput> outputs = layer_outputs(model, example);
    const std::vector<LayerSummary> rows = model.layer_summaries();
    QCOMPARE(static_cast<int>(outputs.size()), model.size());
    for (std::size_t i = 0; i < outputs.size(); ++i) {
        QCOMPARE(outputs[i].value.shape(), rows[i].output_shape);
        QCOMPARE(outputs[i].name, rows[i].name);
        QCOMPARE(outputs[i].description, rows[i].description);
        QCOMPARE(outputs[i].value.device(), compute::Device::cpu());
    }
    QCOMPARE(outputs.front().kind, std::string("Conv2d"));
    QCOMPARE(outputs.back().kind, std::string("Dense"));
    const Tensor logits = model.forward(example.view({1, 1, 28, 28}), false);
    QCOMPARE(outputs.back().value.to_vector(), logits.to_vector());
    // The ReLU's output is its convolution's output with the negatives set to zero.
    const std::vector<float> conv = outputs[0].value.to_vector();
    const std::vector<float> relu = outputs[1].value.to_vector();
    for (std::size_t i = 0; i < conv.size(); ++i)
        QCOMPARE(relu[i], conv[i] > 0 ? conv[i] : 0.0f);
}

void TestInspection::aBatchOfOneIsAcceptedAndTheModeIsKept() {
    Sequential model = make_model("small", 7);
    const Tensor example = randomTensor({1, 1, 28, 28}, 5, 0.0f, 1.0f);
    model.train();
    const std::vector<LayerOutput> batched = layer_outputs(model, example);
    QVERIFY(model.is_training());
    model.eval();
    const std::vector<LayerOutput> single = layer_outputs(model, example.view({1, 28, 28}));
    QVERIFY(!model.is_training());
    QCOMPARE(batched.back().value.to_vector(), single.back().value.to_vector());
}

void TestInspection::aWrongExampleIsRefused() {
    Sequential model = make_model("small", 7);
    const auto wrongSize = messageOf<std::invalid_argument>([&] {
        layer_outputs(model, Tensor::zeros({1, 24, 24}));
    });
    QVERIFY(wrongSize && wrongSize->contains("(1, 28, 28)"));
    const auto batch = messageOf<std::invalid_argument>([&] {
        layer_outputs(model, Tensor::zeros({2, 1, 28, 28}));
    });
    QVERIFY(batch && batch->contains("one example"));
    QVERIFY(messageOf<std::invalid_argument>([&] { layer_outputs(model, Tensor()); }));
}

void TestInspection::probabilitiesAreTheSoftmax() {
    const std::vector<float> logits{1.0f, -2.0f, 0.5f, 3.0f};
    double sum = 0;
    for (float v : logits)
        sum += std::exp(static_cast<double>(v));
    const std::vector<float> p = probabilities(Tensor::from({4}, logits));
    QCOMPARE(p.size(), logits.size());
    double total = 0;
    for (std::size_t i = 0; i < p.size(); ++i) {
        QVERIFY(std::abs(p[i] - std::exp(static_cast<double>(logits[i])) / sum) < 1e-6);
        total += p[i];
    }
    QVERIFY(std::abs(total - 1.0) < 1e-6);
    // Huge logits must not overflow: exp(1000) is inf, the softmax is still (1/(1+e), e/(1+e)).
    const std::vector<float> big = probabilities(Tensor::from({2}, {1000.0f, 1001.0f}));
    QVERIFY(std::abs(big[1] - std::exp(1.0) / (1.0 + std::exp(1.0))) < 1e-6);
    QVERIFY(messageOf<std::invalid_argument>([] { probabilities(Tensor()); }));
}

void TestInspection::softmaxIsNotAppliedTwice() {
    // The small preset, and the same network with a Softmax (or a LogSoftmax) at the end, give
    // the same probabilities: the Softmax's output is taken as it is.
    Sequential plain = make_model("small", 3);
    const Tensor example = randomTensor({1, 28, 28}, 5, 0.0f, 1.0f);
    const std::vector<float> expected = probabilities(layer_outputs(plain, example));
    QCOMPARE(expected, probabilities(layer_outputs(plain, example).back().value));
    for (const char* last : {"softmax", "log_softmax"}) {
        nlohmann::json architecture = architecture_json(plain);
        architecture["layers"].push_back({{"type", last}});
        Sequential ending = model_from_json(architecture);
        for (std::size_t i = 0; i < plain.parameters().size(); ++i)
            ending.parameters()[i]->value.copy_from(plain.parameters()[i]->value);
        const std::vector<LayerOutput> outputs = layer_outputs(ending, example);
        const std::vector<float> p = probabilities(outputs);
        QCOMPARE(p.size(), expected.size());
        for (std::size_t i = 0; i < p.size(); ++i)
            QVERIFY2(
                std::abs(p[i] - expected[i]) < 1e-6,
                qPrintable(QStringLiteral("%1: %2 vs %3").arg(last).arg(p[i]).arg(expected[i])));
    }
    QVERIFY(messageOf<std::invalid_argument>([] { probabilities(std::vector<LayerOutput>{}); }));
}

void TestInspection::receptiveFieldThroughPadding() {
    // Pad 2 (top, left 1), then a 3×3 VALID conv: output (0, 0) sees padded rows 0..2, input rows
    // −2..0 and columns −1..1; clipped to the image, rows 0..0 and columns 0..1.
    Sequential model("padded");
    model.set_input_shape({1, 8, 8});
    model.add(
        std::make_unique<Pad2d>(compute::ops::PadParams{2, 0, 1, 0, compute::PadMode::Edge, 0}));
    model.add(std::make_unique<Conv2d>(1, 1, 3));
    compareField(receptive_field(model, 1, 0, 0), {0, 0, 0, 1, 3, 3});
    compareField(receptive_field(model, 1, 4, 4), {2, 3, 4, 5, 3, 3});
}

void TestInspection::receptiveFieldOfTheFirstConvolution() {
    const Sequential model = make_model("small", 1);
    // conv1, 3×3 SAME (one pixel of padding): output (0, 0) sees rows and columns −1..1, of
    // which 0..1 are in the image; the field is still 3×3.
    compareField(receptive_field(model, 0, 0, 0), {0, 0, 1, 1, 3, 3});
    compareField(receptive_field(model, 0, 10, 12), {9, 11, 11, 13, 3, 3});
    compareField(receptive_field(model, 0, 27, 27), {26, 26, 27, 27, 3, 3});
    // relu1 keeps the shape: the same field as conv1's.
    compareField(receptive_field(model, 1, 10, 12), {9, 11, 11, 13, 3, 3});
    // maxpool1 (2×2, stride 2) at (5, 5) covers conv1 rows 10..11, which see rows 9..12: 4×4.
    compareField(receptive_field(model, 2, 5, 5), {9, 9, 12, 12, 4, 4});
}

void TestInspection::receptiveFieldGrowsThroughPoolingAndTheSecondConvolution() {
    const Sequential model = make_model("small", 1);
    // conv2 (layer 3) at row y: its 3×3 SAME window covers pool rows y−1..y+1; each pool row p
    // covers conv1 rows 2p..2p+1, so 2(y−1)..2(y+1)+1 = 2y−2..2y+3; conv1's 3×3 SAME widens
    // that by one each side: 2y−3..2y+4, that is 8 rows. At y = 7: rows 11..18.
    compareField(receptive_field(model, 3, 7, 7), {11, 11, 18, 18, 8, 8});
    // At (0, 0) rows −3..4: clipped to 0..4, the size stays 8×8.
    compareField(receptive_field(model, 3, 0, 0), {0, 0, 4, 4, 8, 8});
    // maxpool2 (layer 5) at y covers conv2 rows 2y..2y+1, which see 2·2y−3..2(2y+1)+4, that is
    // 4y−3..4y+6: 10 rows. At (3, 2): rows 9..18, columns 5..14.
    compareField(receptive_field(model, 5, 3, 2), {9, 5, 18, 14, 10, 10});
}

void TestInspection::stridedAndDilatedWindows() {
    Sequential strided("strided");
    strided.set_input_shape({1, 9, 9});
    strided.add(std::make_unique<Conv2d>(1, 2, 3, PaddingSpec::valid(), 2)); // 9 → 4
    strided.add(std::make_unique<Conv2d>(2, 2, 3));                          // 4 → 2
    // Output (1, 2) of a stride-2 3×3 VALID conv starts at (2, 4): rows 2..4, columns 4..6.
    compareField(receptive_field(strided, 0, 1, 2), {2, 4, 4, 6, 3, 3});
    // The next 3×3 at (0, 0) sees conv1 rows 0..2, which start at 0, 2, 4: rows 0..6, 7×7.
    compareField(receptive_field(strided, 1, 0, 0), {0, 0, 6, 6, 7, 7});

    // SAME with stride 2 on 8 pixels pads 1 in total, all after the image (TensorFlow's rule):
    // output 3 sees 6..8, clipped to 6..7.
    Sequential same("same");
    same.set_input_shape({1, 8, 8});
    same.add(std::make_unique<Conv2d>(1, 1, 3, PaddingSpec::same(), 2));
    compareField(receptive_field(same, 0, 3, 0), {6, 0, 7, 2, 3, 3});

    // A 3×3 filter with dilation 2 reaches over 5 pixels: (0, 0) sees 0..4.
    Conv2dOptions options;
    options.dilation_y = options.dilation_x = 2;
    Sequential dilated("dilated");
    dilated.set_input_shape({1, 9, 9});
    dilated.add(std::make_unique<Conv2d>(options));
    compareField(receptive_field(dilated, 0, 0, 0), {0, 0, 4, 4, 5, 5});
}

void TestInspection::badLayerOrPositionThrows() {
    const Sequential model = make_model("small", 1);
    const auto flatten = messageOf<std::invalid_argument>([&] { receptive_field(model, 6, 0, 0); });
    QVERIFY(flatten && flatten->contains("no position"));
    QVERIFY(messageOf<std::invalid_argument>([&] { receptive_field(model, 9, 0, 0); }));
    QVERIFY(messageOf<std::invalid_argument>([&] { receptive_field(model, -1, 0, 0); }));
    QVERIFY(messageOf<std::invalid_argument>([&] { receptive_field(model, 10, 0, 0); }));
    const auto outside =
        messageOf<std::invalid_argument>([&] { receptive_field(model, 0, 28, 0); });
    QVERIFY(outside && outside->contains("outside"));
    QVERIFY(messageOf<std::invalid_argument>([&] { receptive_field(model, 3, 0, -1); }));
    QVERIFY(messageOf<std::invalid_argument>([&] { receptive_field(model, 5, 7, 0); }));
}

QTEST_GUILESS_MAIN(TestInspection)
#include "tst_inspection.moc"
