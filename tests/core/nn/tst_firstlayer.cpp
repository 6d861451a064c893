// Qt Test suite for nn/FirstLayer: finding the first convolution, putting hand-made kernels into
// it (exact weights, centred padding and cropping, split over the input channels, bias 0, other
// filters untouched, bad kernels refused without a change), the identity filter's forward pass,
// and the drift of each filter against hand-computed norms.
#include "compute/Tensor.h"
#include "conv/KernelPresets.h"
#include "nn/Conv2d.h"
#include "nn/FirstLayer.h"
#include "nn/Models.h"
#include "nn_test_support.h"

#include <QTest>
#include <cmath>
#include <limits>
#include <memory>
#include <vector>

using namespace convsight;
using namespace convsight::nn;
using compute::Tensor;
using conv::Matrix;
using nn_test::messageOf;
using nn_test::randomTensor;

namespace {

// Weight (k, c, y, x) of an (K, C, F, F) value vector.
float at(const std::vector<float>& w, const Shape& shape, std::int64_t k, std::int64_t c,
         std::int64_t y, std::int64_t x) {
    return w[static_cast<std::size_t>(((k * shape[1] + c) * shape[2] + y) * shape[3] + x)];
}

// Filter k of (K, C, F, F) weights, flattened.
std::vector<float> filterOf(const Tensor& weights, std::int64_t k) {
    const std::vector<float> w = weights.to_vector();
    const auto size = static_cast<std::size_t>(weights.numel() / weights.dim(0));
    const auto begin = w.begin() + static_cast<std::ptrdiff_t>(static_cast<std::size_t>(k) * size);
    return {begin, begin + static_cast<std::ptrdiff_t>(size)};
}

// A 3 × 8 × 8 input into a 5×5 convolution with 4 filters: the multi-channel case.
Sequential colourModel() {
    Sequential model("colour");
    model.set_input_shape({3, 8, 8});
    model.add(std::make_unique<Conv2d>(3, 4, 5, PaddingSpec::same()));
    model.initialize(5);
    return model;
}

// Makes every bias of the first convolution nonzero, so that setting a kernel visibly zeroes it.
void fillBias(Sequential& model, float value) {
    first_conv(model)->bias()->value.fill(value);
}

} // namespace

class TestFirstLayer : public QObject {
    Q_OBJECT
private slots:
    void findsTheFirstConvolution();
    void aModelWithoutConvolutionHasNone();
    void presetsBecomeExactWeights();
    void aSmallKernelIsPaddedAndSplitOverChannels();
    void aDepthwiseFilterTakesTheKernelWhole();
    void badKernelsAreRefusedAndChangeNothing();
    void identityFilterCopiesTheImage();
    void driftIsTheRelativeNormPerFilter();
    void driftRefusesMismatchedTensors();
};

void TestFirstLayer::findsTheFirstConvolution() {
    Sequential small = make_model("small", 1);
    Conv2d* conv = first_conv(small);
    QVERIFY(conv);
    QCOMPARE(conv, &small.layer(0));
    QCOMPARE(conv->options().out_channels, 16);
    const Sequential& constSmall = small;
    QCOMPARE(first_conv(constSmall), conv);
    const Tensor weights = first_conv_weights(small);
    QCOMPARE(weights.shape(), (Shape{16, 1, 3, 3}));
    QCOMPARE(weights.device(), compute::Device::cpu());
    QCOMPARE(weights.to_vector(), conv->weight().value.to_vector());
    // A copy: changing the model afterwards leaves it as it was.
    const std::vector<float> before = weights.to_vector();
    conv->weight().value.fill(0.5f);
    QCOMPARE(weights.to_vector(), before);

    Sequential lenet = make_model("lenet5", 1);
    QCOMPARE(first_conv(lenet)->options().out_channels, 6);
    QCOMPARE(first_conv(lenet)->options().kernel_height, 5);
    QCOMPARE(first_conv_weights(lenet).shape(), (Shape{6, 1, 5, 5}));
}

void TestFirstLayer::aModelWithoutConvolutionHasNone() {
    Sequential mlp = make_model("mlp", 1);
    QVERIFY(!first_conv(mlp));
    const Sequential& constMlp = mlp;
    QVERIFY(!first_conv(constMlp));
    const auto message = messageOf<std::invalid_argument>([&] { first_conv_weights(mlp); });
    QVERIFY(message && message->contains("no convolution layer"));
    const auto setMessage = messageOf<std::invalid_argument>(
        [&] { set_first_conv_kernels(mlp, {conv::kernel_preset("identity").weights()}); });
    QVERIFY(setMessage && setMessage->contains("no convolution layer"));
}

void TestFirstLayer::presetsBecomeExactWeights() {
    Sequential model = make_model("small", 3);
    fillBias(model, 0.25f);
    const Tensor before = first_conv_weights(model);
    const std::vector<float> conv2 = model.layer(3).parameters().front()->value.to_vector();
    set_first_conv_kernels(model, {conv::kernel_preset("identity").weights(),
                                   conv::kernel_preset("box-blur").weights(),
                                   conv::kernel_preset("gaussian-5x5").weights()});
    const Tensor after = first_conv_weights(model);
    const std::vector<float> w = after.to_vector();
    const Shape& shape = after.shape();
    // Gaussian 5×5 is [1 4 6 4 1]ᵀ[1 4 6 4 1] / 256; its centre 3×3 is [4 6 4]ᵀ[4 6 4] / 256.
    const double g[3] = {4, 6, 4};
    for (int y = 0; y < 3; ++y)
        for (int x = 0; x < 3; ++x) {
            QCOMPARE(at(w, shape, 0, 0, y, x), y == 1 && x == 1 ? 1.0f : 0.0f);
            QCOMPARE(at(w, shape, 1, 0, y, x), static_cast<float>(1.0 / 9.0));
            QCOMPARE(at(w, shape, 2, 0, y, x), static_cast<float>(g[y] * g[x] / 256.0));
        }
    for (std::int64_t k = 3; k < 16; ++k)
        QCOMPARE(filterOf(after, k), filterOf(before, k));
    const std::vector<float> bias = first_conv(model)->bias()->value.to_vector();
    for (std::size_t k = 0; k < bias.size(); ++k)
        QCOMPARE(bias[k], k < 3 ? 0.0f : 0.25f);
    // The second convolution is not the first layer: untouched.
    QCOMPARE(model.layer(3).parameters().front()->value.to_vector(), conv2);
}

void TestFirstLayer::aSmallKernelIsPaddedAndSplitOverChannels() {
    Sequential model = colourModel();
    const Tensor before = first_conv_weights(model);
    const Matrix sobel = conv::kernel_preset("sobel-x").weights();
    set_first_conv_kernels(model, {Matrix{{0, 0, 0}, {0, 0, 0}, {0, 0, 0}}, sobel});
    const Tensor after = first_conv_weights(model);
    const std::vector<float> w = after.to_vector();
    const Shape& shape = after.shape();
    double sum = 0;
    for (int c = 0; c < 3; ++c)
        for (int y = 0; y < 5; ++y)
            for (int x = 0; x < 5; ++x) {
                QCOMPARE(at(w, shape, 0, c, y, x), 0.0f);
                const bool inside = y >= 1 && y <= 3 && x >= 1 && x <= 3;
                const double expected = inside ? sobel[y - 1][x - 1] / 3.0 : 0.0;
                QCOMPARE(at(w, shape, 1, c, y, x), static_cast<float>(expected));
                sum += at(w, shape, 1, c, y, x);
            }
    QVERIFY(std::abs(sum) < 1e-6); // an edge detector still sums to 0 over all channels
    QCOMPARE(filterOf(after, 2), filterOf(before, 2));
    QCOMPARE(filterOf(after, 3), filterOf(before, 3));

    // A box blur spread over the three channels still averages: its weights sum to 1.
    set_first_conv_kernels(model, {conv::kernel_preset("box-blur").weights()});
    double blurSum = 0;
    for (const float v : filterOf(first_conv_weights(model), 0))
        blurSum += v;
    QVERIFY(std::abs(blurSum - 1.0) < 1e-6);
}

void TestFirstLayer::aDepthwiseFilterTakesTheKernelWhole() {
    // A depthwise first layer (3 channels, 6 filters, groups 3): each filter reads one channel,
    // so a kernel fills its (1, 3, 3) weight as it is, not split over three channels.
    Sequential model("depthwise");
    Conv2dOptions o;
    o.in_channels = 3, o.out_channels = 6, o.groups = 3;
    model.add(std::make_unique<Conv2d>(o));
    model.set_input_shape({3, 8, 8});
    const Matrix sobel = conv::kernel_preset("sobel-x").weights();
    set_first_conv_kernels(model, {sobel, sobel});
    const Tensor after = first_conv_weights(model);
    QCOMPARE(after.shape(), (Shape{6, 1, 3, 3}));
    const std::vector<float> w = after.to_vector();
    for (int k = 0; k < 2; ++k)
        for (int y = 0; y < 3; ++y)
            for (int x = 0; x < 3; ++x)
                QCOMPARE(at(w, after.shape(), k, 0, y, x), static_cast<float>(sobel[y][x]));
}

void TestFirstLayer::badKernelsAreRefusedAndChangeNothing() {
    Sequential model = make_model("small", 4);
    fillBias(model, 0.5f);
    const std::vector<float> weights = first_conv_weights(model).to_vector();
    const Matrix identity = conv::kernel_preset("identity").weights();
    const auto unchanged = [&] {
        return first_conv_weights(model).to_vector() == weights &&
               first_conv(model)->bias()->value.to_vector() == std::vector<float>(16, 0.5f);
    };

    const auto tooMany = messageOf<std::invalid_argument>(
        [&] { set_first_conv_kernels(model, std::vector<Matrix>(17, identity)); });
    QVERIFY(tooMany);
    QVERIFY2(tooMany->contains("17 kernels") && tooMany->contains("16 filters"),
             qPrintable(*tooMany));
    QVERIFY(unchanged());

    const auto ragged = messageOf<std::invalid_argument>([&] {
        set_first_conv_kernels(model, {identity, Matrix{{1, 2, 3}, {4, 5}, {6, 7, 8}}});
    });
    QVERIFY(ragged);
    QVERIFY2(ragged->contains("kernel 2"), qPrintable(*ragged));
    QVERIFY(unchanged());

    const auto empty = messageOf<std::invalid_argument>([&] {
        set_first_conv_kernels(model, {identity, Matrix{}});
    });
    QVERIFY(empty);
    QVERIFY2(empty->contains("kernel 2"), qPrintable(*empty));
    QVERIFY(unchanged());

    Matrix notANumber = identity;
    notANumber[0][2] = std::numeric_limits<double>::quiet_NaN();
    const auto nan = messageOf<std::invalid_argument>([&] {
        set_first_conv_kernels(model, {identity, identity, notANumber});
    });
    QVERIFY(nan);
    QVERIFY2(nan->contains("kernel 3") && nan->contains("finite"), qPrintable(*nan));
    QVERIFY(unchanged());

    // No kernels: nothing to set, nothing changes.
    set_first_conv_kernels(model, {});
    QVERIFY(unchanged());
}

void TestFirstLayer::identityFilterCopiesTheImage() {
    Sequential model = make_model("small", 6);
    fillBias(model, 1.0f);
    set_first_conv_kernels(model, {conv::kernel_preset("box-blur").weights(),
                                   conv::kernel_preset("identity").weights()});
    const Tensor image = randomTensor({1, 1, 28, 28}, 21, 0.0f, 1.0f);
    const Tensor output = first_conv(model)->forward(image, false); // (1, 16, 28, 28)
    QCOMPARE(output.shape(), (Shape{1, 16, 28, 28}));
    const std::vector<float> y = output.to_vector(), x = image.to_vector();
    const std::vector<float> copied(y.begin() + 28 * 28, y.begin() + 2 * 28 * 28);
    QCOMPARE(copied, x);
    // Filter 1 (the box blur) averages the 3×3 window: at (10, 10) the mean of rows/cols 9..11.
    double mean = 0;
    for (int r = 9; r <= 11; ++r)
        for (int c = 9; c <= 11; ++c)
            mean += x[static_cast<std::size_t>(r * 28 + c)] / 9.0;
    QVERIFY(std::abs(y[10 * 28 + 10] - mean) < 1e-5);
    // Filter 3 kept its bias of 1.
    QVERIFY(first_conv(model)->bias()->value.to_vector()[2] == 1.0f);
}

void TestFirstLayer::driftIsTheRelativeNormPerFilter() {
    // Three filters of 1 × 1 × 2 weights: moved by its own length, unmoved, and from zero.
    const Tensor initial = Tensor::from({3, 1, 1, 2}, {3, 4, 1, -2, 0, 0});
    const Tensor current = Tensor::from({3, 1, 1, 2}, {6, 8, 1, -2, 0.6f, -0.8f});
    const std::vector<double> drift = filter_drift(initial, current);
    QCOMPARE(drift.size(), std::size_t{3});
    QCOMPARE(drift[0], 1.0); // ‖(3, 4)‖ / ‖(3, 4)‖
    QCOMPARE(drift[1], 0.0);
    QVERIFY(std::abs(drift[2] - 1.0) < 1e-7); // ‖(0.6, −0.8)‖, w₀ = 0

    const Tensor half = Tensor::from({3, 1, 1, 2}, {1.5f, 2, 1, -1, 0, 0});
    const std::vector<double> moved = filter_drift(initial, half);
    QCOMPARE(moved[0], 0.5); // ‖(−1.5, −2)‖ / 5 = 2.5 / 5
    QCOMPARE(moved[1], 1.0 / std::sqrt(5.0));
    QCOMPARE(moved[2], 0.0);
}

void TestFirstLayer::driftRefusesMismatchedTensors() {
    const Tensor a = Tensor::zeros({2, 1, 3, 3});
    const auto shapes = messageOf<std::invalid_argument>([&] {
        filter_drift(a, Tensor::zeros({3, 1, 3, 3}));
    });
    QVERIFY(shapes);
    QVERIFY2(shapes->contains("(2, 1, 3, 3)") && shapes->contains("(3, 1, 3, 3)"),
             qPrintable(*shapes));
    QVERIFY(messageOf<std::invalid_argument>([&] { filter_drift(Tensor{}, a); }));
}

QTEST_GUILESS_MAIN(TestFirstLayer)
#include "tst_firstlayer.moc"
