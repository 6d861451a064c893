// Qt Test suite for the nn layers on their own: SAME pooling pads at the end, Dropout's seeded
// masks, BatchNorm's running statistics, the first layer's skipped input gradient, Flatten, and
// the messages for misuse (impossible shapes, backward before forward, a mismatched input).
#include "compute/ops.h"
#include "nn/Activations.h"
#include "nn/BatchNorm.h"
#include "nn/Conv2d.h"
#include "nn/Dense.h"
#include "nn/Dropout.h"
#include "nn/Flatten.h"
#include "nn/Pad2d.h"
#include "nn/Pool2d.h"
#include "nn/Sequential.h"
#include "nn/Softmax.h"
#include "nn_test_support.h"

#include <QTest>
#include <cmath>
#include <memory>
#include <numeric>

using namespace convsight;
using namespace convsight::nn;
using nn_test::messageOf;
using nn_test::q;
using nn_test::randomTensor;

namespace {

// 0, 1, 2, ... in the given shape.
Tensor ramp(const Shape& shape) {
    std::vector<float> values(static_cast<std::size_t>(compute::shape_numel(shape)));
    std::iota(values.begin(), values.end(), 0.0f);
    return Tensor::from(shape, values);
}

} // namespace

class tst_Layers : public QObject {
    Q_OBJECT

private slots:
    void samePoolingPadsAtTheEnd();
    void maxPoolBackwardUsesTheForwardsArgmax();
    void sameConvolutionKeepsTheSize();
    void groupedConvolutionIsSeparateConvolutions();
    void countIncludePadDividesByTheWindow();
    void layerMessages();
    void convolutionBeyondLimits();
    void deepStateMessageIsShort();
    void backwardBeforeForward();
    void dropoutSeededMasks();
    void dropoutSeedFollowsTheModelSeed();
    void batchNormRunningStatistics();
    void batchNormDenseInput();
    void firstLayerSkipsInputGradient();
    void flattenRoundTrip();
    void sequentialRejectsMismatchedInput();
    void softmaxLayers();
    void pad2dLayer();
};

void tst_Layers::samePoolingPadsAtTheEnd() {
    // 4×4 ramp, 3×3 window, stride 2, SAME: output ceil(4/2) = 2, padding total
    // (2 − 1)·2 + 3 − 4 = 1, all of it on the bottom and right (TensorFlow's rule). The windows
    // are rows/columns {0,1,2} and {2,3,pad}: maxima 10, 11, 14, 15. Padding at the start
    // would give 5 for the first window instead.
    MaxPool2d pool(3, 2, PaddingSpec::same());
    const Tensor y = pool.forward(ramp({1, 1, 4, 4}), false);
    QCOMPARE(y.shape(), (Shape{1, 1, 2, 2}));
    QCOMPARE(y.to_vector(), (std::vector<float>{10, 11, 14, 15}));

    // Average pooling counts only the pixels inside the image: the last window is
    // {10, 11, 14, 15} → 12.5.
    AvgPool2d average(3, 2, PaddingSpec::same());
    const std::vector<float> means = average.forward(ramp({1, 1, 4, 4}), false).to_vector();
    QCOMPARE(means[3], 12.5f);
    QCOMPARE(means[0], 5.0f); // rows and columns 0..2 of the ramp: centre value 5
}

void tst_Layers::maxPoolBackwardUsesTheForwardsArgmax() {
    // The same 4×4 ramp and SAME 3×3/2 windows: the maxima 10, 11, 14, 15 get the gradients
    // 1, 2, 3, 4 and every other pixel 0, through the argmax the forward kept (also after an
    // inference forward, as the explanations do). A second forward on other values moves them.
    MaxPool2d pool(3, 2, PaddingSpec::same());
    pool.forward(ramp({1, 1, 4, 4}), false);
    const Tensor dy = Tensor::from({1, 1, 2, 2}, {1, 2, 3, 4});
    std::vector<float> expected(16, 0.0f);
    expected[10] = 1, expected[11] = 2, expected[14] = 3, expected[15] = 4;
    QCOMPARE(pool.backward(dy).to_vector(), expected);

    // Equal values: each window's first pixel (row-major) takes its gradient.
    pool.forward(Tensor::full({1, 1, 4, 4}, 1.0f), true);
    std::vector<float> firsts(16, 0.0f);
    firsts[0] = 1, firsts[2] = 2, firsts[8] = 3, firsts[10] = 4;
    QCOMPARE(pool.backward(dy).to_vector(), firsts);
}

void tst_Layers::sameConvolutionKeepsTheSize() {
    // A 3×3 all-ones filter over a 3×3 ramp with SAME padding sums each neighbourhood; the
    // centre sees all nine values (0 + ... + 8 = 36), the corner (0,0) sees 0 + 1 + 3 + 4 = 8.
    Conv2d conv(1, 1, 3, PaddingSpec::same());
    conv.weight().value.fill(1.0f);
    const std::vector<float> y = conv.forward(ramp({1, 1, 3, 3}), false).to_vector();
    QCOMPARE(y.size(), std::size_t{9});
    QCOMPARE(y[4], 36.0f);
    QCOMPARE(y[0], 8.0f);
    QCOMPARE(y[8], 4.0f + 5 + 7 + 8);

    // Stride 2 on a 5×5 input with SAME: ceil(5/2) = 3 outputs per axis.
    const Conv2d strided(1, 1, 3, PaddingSpec::same(), 2);
    QCOMPARE(strided.output_shape({1, 1, 5, 5}), (Shape{1, 1, 3, 3}));
    // Dilation 2 makes a 3×3 filter cover 5×5: VALID on 7×7 gives 3×3.
    Conv2dOptions dilated;
    dilated.dilation_y = dilated.dilation_x = 2;
    QCOMPARE(Conv2d(dilated).output_shape({1, 1, 7, 7}), (Shape{1, 1, 3, 3}));
    // Explicit padding per side: (6 + 1 + 0 − 3)/1 + 1 = 5 rows, (6 + 2 + 2 − 3) + 1 = 8 cols.
    Conv2dOptions padded;
    padded.padding = PaddingSpec::per_side(1, 0, 2, 2);
    QCOMPARE(Conv2d(padded).output_shape({2, 1, 6, 6}), (Shape{2, 1, 5, 8}));
}

void tst_Layers::groupedConvolutionIsSeparateConvolutions() {
    // Conv2d with groups 2 on 4 channels, 6 filters: the same as two convolutions of 2 channels
    // to 3 filters each, side by side; forward and every gradient.
    Conv2dOptions o;
    o.in_channels = 4, o.out_channels = 6, o.groups = 2;
    o.padding = PaddingSpec::same();
    Conv2d grouped(o);
    QCOMPARE(grouped.weight().value.shape(), (Shape{6, 2, 3, 3}));
    QCOMPARE(q(grouped.description()), QStringLiteral("Conv2d 3×3, 4 → 6, SAME, groups 2"));
    grouped.weight().value.copy_from(randomTensor({6, 2, 3, 3}, 3));
    grouped.bias()->value.copy_from(randomTensor({6}, 4));
    const Tensor x = randomTensor({2, 4, 5, 5}, 5);
    const Tensor dy = randomTensor({2, 6, 5, 5}, 6);
    const Tensor y = grouped.forward(x, true);
    const Tensor dx = grouped.backward(dy);
    QCOMPARE(y.shape(), (Shape{2, 6, 5, 5}));

    const std::vector<float> xs = x.to_vector(), ys = y.to_vector(), dys = dy.to_vector();
    const std::vector<float> dxs = dx.to_vector(), ws = grouped.weight().value.to_vector();
    const std::vector<float> dws = grouped.weight().grad.to_vector();
    const std::vector<float> bs = grouped.bias()->value.to_vector();
    const std::vector<float> dbs = grouped.bias()->grad.to_vector();
    // Channels [from, from + count) of an (N, C, 5, 5) block.
    const auto slice = [](const std::vector<float>& v, int C, int from, int count) {
        std::vector<float> out;
        for (int n = 0; n < 2; ++n)
            for (int c = from; c < from + count; ++c)
                for (int i = 0; i < 25; ++i)
                    out.push_back(v[static_cast<std::size_t>((n * C + c) * 25 + i)]);
        return out;
    };
    for (int g = 0; g < 2; ++g) {
        Conv2d part(2, 3, 3, PaddingSpec::same());
        const auto w0 = ws.begin() + g * 54, b0 = bs.begin() + g * 3;
        part.weight().value.copy_from(Tensor::from({3, 2, 3, 3}, {w0, w0 + 54}));
        part.bias()->value.copy_from(Tensor::from({3}, {b0, b0 + 3}));
        const Tensor partY = part.forward(Tensor::from({2, 2, 5, 5}, slice(xs, 4, 2 * g, 2)), true);
        const Tensor partDx = part.backward(Tensor::from({2, 3, 5, 5}, slice(dys, 6, 3 * g, 3)));
        const auto near = [](const std::vector<float>& a, const std::vector<float>& b) {
            if (a.size() != b.size())
                return false;
            for (std::size_t i = 0; i < a.size(); ++i)
                if (std::fabs(a[i] - b[i]) > 1e-5f)
                    return false;
            return true;
        };
        QVERIFY2(near(partY.to_vector(), slice(ys, 6, 3 * g, 3)), qPrintable(QString::number(g)));
        QVERIFY(near(partDx.to_vector(), slice(dxs, 4, 2 * g, 2)));
        QVERIFY(near(part.weight().grad.to_vector(),
                     {dws.begin() + g * 54, dws.begin() + g * 54 + 54}));
        QVERIFY(
            near(part.bias()->grad.to_vector(), {dbs.begin() + g * 3, dbs.begin() + g * 3 + 3}));
    }
    // 2 · outputs · the 2·3·3 taps each reads; parameters 6·(2·9 + 1).
    QCOMPARE(grouped.flops({1, 4, 5, 5}), std::int64_t{2 * 6 * 25 * 18});
    QCOMPARE(grouped.weight().numel() + grouped.bias()->numel(), std::int64_t{6 * 19});

    // Depthwise: groups = channels, here with a multiplier of 2.
    o.out_channels = 8, o.groups = 4;
    QCOMPARE(q(Conv2d(o).description()), QStringLiteral("Conv2d 3×3, 4 → 8, SAME, depthwise"));
    QCOMPARE(Conv2d(o).weight().value.shape(), (Shape{8, 1, 3, 3}));
    QCOMPARE(Conv2d(o).config()["groups"].get<int>(), 4);

    // Refused: filters or channels that do not split into the groups.
    o.out_channels = 6;
    auto message = messageOf<std::invalid_argument>([&] { Conv2d{o}; });
    QVERIFY(message);
    QCOMPARE(*message, QStringLiteral("Conv2d: 4 input channels and 6 filters must both be "
                                      "divisible by groups (4)"));
    o.groups = 0;
    message = messageOf<std::invalid_argument>([&] { Conv2d{o}; });
    QVERIFY(message);
    QVERIFY2(message->contains("groups must be at least 1"), qPrintable(*message));
}

void tst_Layers::countIncludePadDividesByTheWindow() {
    // The 3×3 image of ones, 3×3 windows, stride 1, padding 1: with count_include_pad a corner
    // window holds 4 ones of 9 cells (4/9), an edge window 6 (6/9), the centre 9; without it
    // every mean is 1 (the default, as before).
    Pool2dOptions o{3, 3, 1, 1, PaddingSpec::uniform(1)};
    AvgPool2d plain(o);
    o.count_include_pad = true;
    AvgPool2d counting(o);
    const Tensor ones = Tensor::full({1, 1, 3, 3}, 1.0f);
    for (const float v : plain.forward(ones, false).to_vector())
        QVERIFY(std::fabs(v - 1.0f) < 1e-6f);
    const std::vector<float> y = counting.forward(ones, false).to_vector();
    const std::vector<float> expected{4.f / 9, 6.f / 9, 4.f / 9, 6.f / 9, 1.f,
                                      6.f / 9, 4.f / 9, 6.f / 9, 4.f / 9};
    for (std::size_t i = 0; i < y.size(); ++i)
        QVERIFY2(std::fabs(y[i] - expected[i]) < 1e-6f, qPrintable(QString::number(i)));
    // The backward matches: each pixel gets 1/9 from every window it lies in.
    const std::vector<float> dx = counting.backward(Tensor::full({1, 1, 3, 3}, 1.0f)).to_vector();
    for (std::size_t i = 0; i < dx.size(); ++i)
        QVERIFY2(std::fabs(dx[i] - expected[i]) < 1e-6f, qPrintable(QString::number(i)));
    QVERIFY(!plain.config().contains("count_include_pad"));
    QCOMPARE(counting.config()["count_include_pad"].get<bool>(), true);
    QCOMPARE(q(counting.description()),
             QStringLiteral("AvgPool2d 3×3, stride 1, padding 1, padding counted as zeros"));

    // Max pooling has no such setting.
    const auto message = messageOf<std::invalid_argument>([&] { MaxPool2d{o}; });
    QVERIFY(message);
    QVERIFY2(message->contains("count_include_pad is for average pooling"), qPrintable(*message));
}

void tst_Layers::layerMessages() {
    Conv2d conv(16, 32, 3);
    auto message = messageOf<std::invalid_argument>([&] { conv.output_shape({1, 8, 14, 14}); });
    QVERIFY(message);
    QCOMPARE(*message,
             QStringLiteral("Conv2d 3×3, 16 → 32, VALID: input has 8 channels, expected 16"));
    conv.set_name("conv2");
    message = messageOf<std::invalid_argument>([&] { conv.forward(Tensor({1, 8, 14, 14}), true); });
    QVERIFY(message);
    QVERIFY2(message->startsWith("conv2 (Conv2d 3×3, 16 → 32, VALID): input has 8 channels"),
             qPrintable(*message));
    QCOMPARE(q(conv.weight().name), QStringLiteral("conv2.weight"));

    message = messageOf<std::invalid_argument>([&] { conv.output_shape({1, 512}); });
    QVERIFY(message);
    QVERIFY2(message->contains("expects an (N, C, H, W) input") &&
                 message->contains("cannot follow a Flatten or a Dense"),
             qPrintable(*message));

    message = messageOf<std::invalid_argument>([] {
        MaxPool2d(2, 2, PaddingSpec::uniform(2)).output_shape({1, 1, 8, 8});
    });
    QVERIFY(message);
    QVERIFY2(message->contains("padding as wide as the window"), qPrintable(*message));

    message = messageOf<std::invalid_argument>([] { Conv2d(0, 4, 3); });
    QVERIFY(message);
    QVERIFY2(message->contains("channels must be at least 1"), qPrintable(*message));
    message = messageOf<std::invalid_argument>([] { Dropout(1.0f); });
    QVERIFY(message);
    QVERIFY2(message->contains("[0, 1)"), qPrintable(*message));
}

// A dilation of 2147483647 from an architecture file overflowed d·(f − 1) + 1 in ConvGeometry and
// was blamed on the filter not fitting; it is refused by name, with the limit.
void tst_Layers::convolutionBeyondLimits() {
    Conv2dOptions options;
    options.dilation_y = options.dilation_x = 2147483647;
    const Conv2d dilated(options);
    auto message = messageOf<std::invalid_argument>([&] { dilated.output_shape({1, 1, 28, 28}); });
    QVERIFY(message);
    QVERIFY2(message->endsWith(": the dilation: 2147483647 is more than the limit of 1048576"),
             qPrintable(*message));
}

void tst_Layers::backwardBeforeForward() {
    Dense dense(4, 2);
    dense.set_name("dense1");
    const auto message = messageOf<std::logic_error>([&] { dense.backward(Tensor({1, 2})); });
    QVERIFY(message);
    QVERIFY2(message->contains("dense1") && message->contains("forward() first"),
             qPrintable(*message));
}

void tst_Layers::dropoutSeededMasks() {
    const Tensor x = Tensor::full({4, 1000}, 1.0f); // y = mask: 0 or 1/(1 − p) = 2
    Dropout dropout(0.5f, 1234);
    const std::vector<float> first = dropout.forward(x, true).to_vector();
    const std::vector<float> second = dropout.forward(x, true).to_vector();
    QCOMPARE(dropout.forward_count(), std::uint64_t{2});

    std::size_t dropped = 0;
    for (const float v : first) {
        QVERIFY(v == 0.0f || v == 2.0f);
        dropped += v == 0.0f;
    }
    // 4000 draws at p = 0.5: the dropped fraction is within 0.5 ± 0.04 (5 standard deviations).
    QVERIFY2(std::abs(static_cast<double>(dropped) / 4000.0 - 0.5) < 0.04,
             qPrintable(QString::number(dropped)));
    QVERIFY2(first != second, "each training forward draws a new mask");

    // The same seed draws the same sequence of masks; a new seed restarts it.
    Dropout twin(0.5f, 1234);
    QCOMPARE(twin.forward(x, true).to_vector(), first);
    QCOMPARE(twin.forward(x, true).to_vector(), second);
    twin.set_seed(1234);
    QCOMPARE(twin.forward(x, true).to_vector(), first);
    Dropout other(0.5f, 1235);
    QVERIFY(other.forward(x, true).to_vector() != first);

    // Backward multiplies by the last mask.
    QCOMPARE(twin.backward(Tensor::full({4, 1000}, 1.0f)).to_vector(), first);

    // Eval: the identity, in both directions, and the counter does not move.
    const Tensor random = randomTensor({4, 1000}, 5);
    QCOMPARE(twin.forward(random, false).to_vector(), random.to_vector());
    QCOMPARE(twin.backward(random).to_vector(), random.to_vector());
    QCOMPARE(twin.forward_count(), std::uint64_t{1});
}

void tst_Layers::dropoutSeedFollowsTheModelSeed() {
    const auto masks = [](std::uint64_t seed) {
        Sequential model("dropout");
        model.add(std::make_unique<Dense>(8, 64));
        model.add(std::make_unique<Dropout>(0.5f));
        model.initialize(seed);
        return model.forward(Tensor::full({2, 8}, 1.0f), true).to_vector();
    };
    QCOMPARE(masks(9), masks(9));
    QVERIFY(masks(9) != masks(10));
}

void tst_Layers::batchNormRunningStatistics() {
    // Channel c of x is centred at c + 1: the running means move towards (1, 2, 3).
    std::vector<float> values;
    const Tensor noise = randomTensor({8, 3, 4, 4}, 11, -0.5f, 0.5f);
    const std::vector<float> n = noise.to_vector();
    for (std::size_t i = 0; i < n.size(); ++i)
        values.push_back(n[i] + static_cast<float>((i / 16) % 3 + 1));
    const Tensor x = Tensor::from({8, 3, 4, 4}, values);

    BatchNorm norm(3, /*momentum=*/0.1f);
    QCOMPARE(norm.running_mean().to_vector(), (std::vector<float>{0, 0, 0}));
    QCOMPARE(norm.running_var().to_vector(), (std::vector<float>{1, 1, 1}));

    norm.forward(x, /*training=*/true);
    const std::vector<float> meanAfterTraining = norm.running_mean().to_vector();
    const std::vector<float> varAfterTraining = norm.running_var().to_vector();
    for (int c = 0; c < 3; ++c) {
        // 0.9·0 + 0.1·(c + 1 + noise mean)
        QVERIFY2(std::abs(meanAfterTraining[static_cast<std::size_t>(c)] - 0.1f * (c + 1)) < 0.01f,
                 qPrintable(QString::number(meanAfterTraining[static_cast<std::size_t>(c)])));
        // 0.9·1 + 0.1·(variance of U(−0.5, 0.5) ≈ 1/12): below 1
        QVERIFY(varAfterTraining[static_cast<std::size_t>(c)] < 0.95f);
    }

    // Eval uses the running statistics and leaves them alone.
    const Tensor y = norm.forward(x, /*training=*/false);
    QCOMPARE(norm.running_mean().to_vector(), meanAfterTraining);
    QCOMPARE(norm.running_var().to_vector(), varAfterTraining);
    const float expected =
        (values[0] - meanAfterTraining[0]) / std::sqrt(varAfterTraining[0] + 1e-5f);
    QVERIFY(std::abs(y.to_vector()[0] - expected) < 1e-4f);

    // After an eval forward the layer is a fixed scale per channel: dx = dy·γ/√(var + ε), and
    // the running statistics stay as they were.
    const std::vector<float> dy = y.to_vector();
    const std::vector<float> dx = norm.backward(y).to_vector();
    for (std::size_t i = 0; i < dx.size(); ++i) {
        const float var = varAfterTraining[(i / 16) % 3];
        QVERIFY(std::abs(dx[i] - dy[i] / std::sqrt(var + 1e-5f)) < 1e-5f);
    }
    QCOMPARE(norm.running_var().to_vector(), varAfterTraining);

    // Training normalises with the batch statistics: each channel's output has mean ≈ 0.
    const std::vector<float> trained = norm.forward(x, true).to_vector();
    double channel0 = 0.0;
    for (std::size_t i = 0; i < trained.size(); ++i)
        if ((i / 16) % 3 == 0)
            channel0 += trained[i];
    QVERIFY(std::abs(channel0 / (8 * 16)) < 1e-4);
}

void tst_Layers::batchNormDenseInput() {
    BatchNorm norm(5);
    QCOMPARE(norm.output_shape({4, 5}), (Shape{4, 5}));
    const Tensor x = randomTensor({6, 5}, 3, 2.0f, 4.0f);
    norm.forward(x, true);
    for (const float m : norm.running_mean().to_vector())
        QVERIFY(m > 0.2f && m < 0.4f); // 0.1 · (a mean in [2, 4])
    const Tensor dx = norm.backward(Tensor::full({6, 5}, 1.0f));
    // A constant upstream gradient moves every normalised value the same way: dx = 0.
    for (const float v : dx.to_vector())
        QVERIFY(std::abs(v) < 1e-4f);
    QCOMPARE(norm.beta().grad.to_vector(), (std::vector<float>(5, 6.0f)));
}

void tst_Layers::firstLayerSkipsInputGradient() {
    Sequential model("first");
    model.set_input_shape({1, 6, 6});
    model.add(std::make_unique<Conv2d>(1, 2, 3));
    model.add(std::make_unique<ReLU>());
    model.add(std::make_unique<Flatten>());
    model.add(std::make_unique<Dense>(32, 3));
    model.initialize(1);
    QVERIFY(!model.layer(0).input_gradient_needed());
    QVERIFY(model.layer(1).input_gradient_needed());

    const Tensor x = randomTensor({2, 1, 6, 6}, 2);
    model.forward(x, true);
    QVERIFY(!model.backward(Tensor::full({2, 3}, 0.1f)).defined());
    QVERIFY(model.parameters()[0]->grad.defined()); // the weights still get their gradient

    model.set_input_gradient_needed(true); // e.g. for a saliency map
    model.forward(x, true);
    const Tensor dx = model.backward(Tensor::full({2, 3}, 0.1f));
    QVERIFY(dx.defined());
    QCOMPARE(dx.shape(), x.shape());
}

void tst_Layers::flattenRoundTrip() {
    Flatten flatten;
    const Tensor x = ramp({2, 3, 2, 2});
    const Tensor y = flatten.forward(x, true);
    QCOMPARE(y.shape(), (Shape{2, 12}));
    QCOMPARE(y.to_vector(), x.to_vector());
    const Tensor dx = flatten.backward(y);
    QCOMPARE(dx.shape(), x.shape());
}

void tst_Layers::sequentialRejectsMismatchedInput() {
    Sequential model("small-ish");
    model.set_input_shape({1, 28, 28});
    model.add(std::make_unique<Conv2d>(1, 4, 3));
    const auto message = messageOf<std::invalid_argument>([&] {
        model.forward(Tensor({2, 3, 28, 28}));
    });
    QVERIFY(message);
    QVERIFY2(message->contains("(2, 3, 28, 28)") && message->contains("(N, 1, 28, 28)"),
             qPrintable(*message));
}

void tst_Layers::softmaxLayers() {
    // softmax(1, 2, 3) = (e^−2, e^−1, 1) / 1.5032147 = (0.0900306, 0.2447285, 0.6652410)
    Softmax softmax;
    LogSoftmax logSoftmax;
    const Tensor x = Tensor::from({2, 3}, {1, 2, 3, 5, 5, 5});
    const std::vector<float> y = softmax.forward(x, false).to_vector();
    const std::vector<float> expected{0.0900306f, 0.2447285f, 0.6652410f,
                                      1 / 3.f,    1 / 3.f,    1 / 3.f};
    for (std::size_t i = 0; i < y.size(); ++i)
        QVERIFY2(std::fabs(y[i] - expected[i]) < 1e-6f, qPrintable(QString::number(y[i])));
    const std::vector<float> logY = logSoftmax.forward(x, false).to_vector();
    for (std::size_t i = 0; i < y.size(); ++i)
        QVERIFY(std::fabs(logY[i] - std::log(expected[i])) < 1e-5f);
    COMPARE_JSON(softmax.config(), (nlohmann::json{{"type", "softmax"}}));
    COMPARE_JSON(logSoftmax.config(), (nlohmann::json{{"type", "log_softmax"}}));
    QCOMPARE(q(logSoftmax.kind()), QStringLiteral("LogSoftmax"));

    // Backward: the gradient of Σ y·dy; for dy = one-hot(2) it is y₂·(onehot − y).
    const Tensor dx = softmax.backward(Tensor::from({2, 3}, {0, 0, 1, 0, 0, 0}));
    const std::vector<float> g = dx.to_vector();
    QVERIFY(std::fabs(g[2] - expected[2] * (1 - expected[2])) < 1e-6f);
    QVERIFY(std::fabs(g[0] + expected[2] * expected[0]) < 1e-6f);
    QCOMPARE(g[3], 0.0f);

    // Feature maps are refused, with what to do.
    const auto message = messageOf<std::invalid_argument>([&] {
        softmax.output_shape({1, 3, 4, 4});
    });
    QVERIFY(message);
    QVERIFY2(message->contains("(N, F)") && message->contains("put a Flatten before it"),
             qPrintable(*message));
}

void tst_Layers::pad2dLayer() {
    Pad2d reflect({0, 0, 2, 2, compute::PadMode::Reflect, 0});
    const Tensor row = Tensor::from({1, 1, 1, 3}, {1, 2, 3});
    QCOMPARE(reflect.output_shape({1, 1, 1, 3}), (Shape{1, 1, 1, 7}));
    QCOMPARE(reflect.forward(row, true).to_vector(), (std::vector<float>{3, 2, 1, 2, 3, 2, 1}));
    QCOMPARE(reflect.backward(Tensor::full({1, 1, 1, 7}, 1.0f)).to_vector(),
             (std::vector<float>{2, 3, 2}));
    QCOMPARE(q(reflect.description()), QStringLiteral("Pad 0/0/2/2, reflect"));
    COMPARE_JSON(reflect.config(),
                 (nlohmann::json{{"type", "pad"}, {"padding", {0, 0, 2, 2}}, {"mode", "reflect"}}));

    Pad2d constant({1, 1, 1, 1, compute::PadMode::Constant, 0.5f});
    QCOMPARE(q(constant.description()), QStringLiteral("Pad 1, constant 0.5"));
    COMPARE_JSON(constant.config(),
                 (nlohmann::json{{"type", "pad"}, {"padding", 1}, {"value", 0.5}}));
    QCOMPARE(constant.forward(Tensor::from({1, 1, 1, 1}, {7}), false).to_vector(),
             (std::vector<float>{0.5, 0.5, 0.5, 0.5, 7, 0.5, 0.5, 0.5, 0.5}));

    // Reflecting 3 rows mirrors at most 2; the layer says so in its own name.
    Pad2d wide({3, 0, 0, 0, compute::PadMode::Reflect, 0});
    wide.set_name("pad1");
    auto message = messageOf<std::invalid_argument>([&] { wide.output_shape({1, 1, 3, 8}); });
    QVERIFY(message);
    QVERIFY2(message->startsWith("pad1 (Pad 3/0/0/0, reflect): reflect padding of 3 on the top") &&
                 message->contains("at least 4 rows"),
             qPrintable(*message));
    message = messageOf<std::invalid_argument>([&] { wide.output_shape({1, 48}); });
    QVERIFY(message);
    QVERIFY2(message->contains("cannot follow a Flatten"), qPrintable(*message));
    message = messageOf<std::invalid_argument>([] {
        Pad2d({-1, 0, 0, 0, compute::PadMode::Edge, 0});
    });
    QVERIFY(message);
    QVERIFY2(message->contains("negative"), qPrintable(*message));
}

void tst_Layers::deepStateMessageIsShort() {
    // A value nested 100,000 deep (what a model file's layer_state could hold before the parser
    // capped the depth): the message quotes a short excerpt instead of dumping it recursively.
    nlohmann::json deep = nlohmann::json::array();
    for (int i = 0; i < 100000; ++i)
        deep = nlohmann::json::array({std::move(deep)});
    ReLU relu;
    relu.set_name("relu1");
    auto message = messageOf<std::invalid_argument>([&] { relu.set_extra_state(deep); });
    QVERIFY(message);
    QVERIFY2(message->startsWith("relu1 (ReLU): has no state beyond its tensors, but was given "
                                 "[[[["),
             qPrintable(*message));
    QVERIFY2(message->size() < 160 && message->endsWith("..."), qPrintable(*message));
    Dropout dropout(0.5f);
    message = messageOf<std::invalid_argument>([&] { dropout.set_extra_state(deep); });
    QVERIFY(message);
    QVERIFY2(message->size() < 160 && message->endsWith("..."), qPrintable(*message));
    // Taken apart level by level: the value's own destructor need not recurse either.
    while (deep.is_array() && !deep.empty()) {
        nlohmann::json inner = std::move(deep.front());
        deep = std::move(inner);
    }
}

QTEST_GUILESS_MAIN(tst_Layers)
#include "tst_layers.moc"
