// Qt Test suite for the reference backend against the lecture's worked examples, computed by
// hand here (not copied from the slides), through reference:: and through ops:: on the CPU; and
// the semantics the backends promise (padding never wins a max, ties go to the first, ...).
#include "compute/ops.h"
#include "compute/reference/reference.h"
#include "compute_test_util.h"

#include <QTest>
#include <cmath>
#include <vector>

using namespace convsight::compute;
using namespace convsight::compute::testing;

namespace {

// The lecture's 4×4 image I and its 3×3 filter K (rows top to bottom):
//   I = 2 0 1 3      K =  1  1  1
//       7 1 1 0           0  0  0
//       0 2 5 0          -1 -1 -1
//       0 5 1 4
const std::vector<float> kLectureImage{2, 0, 1, 3, 7, 1, 1, 0, 0, 2, 5, 0, 0, 5, 1, 4};
const std::vector<float> kLectureFilter{1, 1, 1, 0, 0, 0, -1, -1, -1};

struct Outputs {
    std::vector<float> reference, ops;
};

// One (1,C,H,W) image through one (OC,C,KH,KW) filter bank, by reference:: and by ops:: on the CPU.
Outputs convolve(const Tensor& image, const Tensor& filters, const Tensor& bias,
                 const ops::Conv2dParams& p) {
    const ConvDims d = ops::conv2d_dims(image.shape(), filters.shape(), p);
    std::vector<float> out(static_cast<std::size_t>(d.N * d.OC * d.OH * d.OW));
    reference::conv2d_forward(out.data(), image.data(), filters.data(),
                              bias.defined() ? bias.data() : nullptr, d);
    return {out, ops::conv2d_forward(image, filters, bias, p).to_vector()};
}

} // namespace

class tst_Reference : public QObject {
    Q_OBJECT

private slots:
    void lectureConvolution();
    void imageKernels_data();
    void imageKernels();
    void channelsAndBias();
    void depthwiseKeepsChannelsApart();
    void lectureFullyConnected();
    void poolingOnTheLectureImage();
    void poolingPaddingNeverCounts();
    void avgPoolCountIncludePad();
    void maxPoolTieGoesToTheFirst();
    void maxPoolKeepsTheArgmax();
    void softmaxCrossEntropyIsStable();
    void softmaxByHand();
    void padModesByHand();
    void padBackwardAddsTheCopies();
    void batchNormTrainingStatistics();
    void dropoutMask();
    void gemmScalesAndAccumulates();
    void argmaxTakesTheFirstOfTies();
};

void tst_Reference::lectureConvolution() {
    // The lecture's V(x,y) = Σm Σn I(x+m, y+n)·K(m,n), x the column, y the row, VALID, stride 1:
    // V(0,0) = 2·1 + 0·1 + 1·1 + 7·0 + 1·0 + 1·0 + 0·(−1) + 2·(−1) + 5·(−1) = 3 − 7 = −4
    // V(1,0) = 0·1 + 1·1 + 3·1 + 1·0 + 1·0 + 0·0 + 2·(−1) + 5·(−1) + 0·(−1) = 4 − 7 = −3
    // V(0,1) = 7·1 + 1·1 + 1·1 + 0·0 + 2·0 + 5·0 + 0·(−1) + 5·(−1) + 1·(−1) = 9 − 6 = 3
    // V(1,1) = 1·1 + 1·1 + 0·1 + 2·0 + 5·0 + 0·0 + 5·(−1) + 1·(−1) + 4·(−1) = 2 − 10 = −8
    // The slides print 2 and −9 for the bottom row: slips, their own written-out products sum to
    // 3 and −8 (checked twice: top row minus bottom row of each window, 9 − 6 and 2 − 10).
    const Tensor image = Tensor::from({1, 1, 4, 4}, kLectureImage);
    const Tensor filter = Tensor::from({1, 1, 3, 3}, kLectureFilter);
    const Outputs out = convolve(image, filter, Tensor(), {});
    const std::vector<float> expected{-4, -3, 3, -8};
    QCOMPARE(out.reference, expected);
    QCOMPARE(out.ops, expected);
    QCOMPARE(ops::conv2d_forward(image, filter, Tensor(), {}).shape(), (Shape{1, 1, 2, 2}));
}

void tst_Reference::imageKernels_data() {
    QTest::addColumn<std::vector<float>>("kernel"); // square, row-major
    QTest::addColumn<int>("padTop");
    QTest::addColumn<int>("padBottom");
    QTest::addColumn<int>("padLeft");
    QTest::addColumn<int>("padRight");
    QTest::addColumn<int>("stride");
    QTest::addColumn<int>("dilation");
    QTest::addColumn<int>("outH");
    QTest::addColumn<int>("outW");
    QTest::addColumn<std::vector<float>>("expected");

    // All on the lecture's image, VALID (2×2 outputs) unless the row says otherwise. The four
    // windows' sums, used below: top-left 3+9+7 = 19, top-right 4+2+7 = 13,
    // bottom-left 9+7+6 = 22, bottom-right 2+7+10 = 19 (row sums of each window added).

    // Identity [0 0 0; 0 1 0; 0 0 0]: each window's centre, I's inner 2×2.
    QTest::newRow("identity") << std::vector<float>{0, 0, 0, 0, 1, 0, 0, 0, 0} << 0 << 0 << 0 << 0
                              << 1 << 1 << 2 << 2 << std::vector<float>{1, 1, 2, 5};
    // Box blur (1/9)·ones: the window sums over 9.
    const float ninth = 1.0f / 9.0f;
    QTest::newRow("box blur") << std::vector<float>(9, ninth) << 0 << 0 << 0 << 0 << 1 << 1 << 2
                              << 2
                              << std::vector<float>{19.0f / 9, 13.0f / 9, 22.0f / 9, 19.0f / 9};
    // Sharpen [0 −1 0; −1 5 −1; 0 −1 0] = 5·centre − (up + down + left + right):
    //   (0,0): 5·1 − (0 + 2 + 7 + 1) = −5     (0,1): 5·1 − (1 + 5 + 1 + 0) = −2
    //   (1,0): 5·2 − (1 + 5 + 0 + 5) = −1     (1,1): 5·5 − (1 + 1 + 2 + 0) = 21
    QTest::newRow("sharpen") << std::vector<float>{0, -1, 0, -1, 5, -1, 0, -1, 0} << 0 << 0 << 0
                             << 0 << 1 << 1 << 2 << 2 << std::vector<float>{-5, -2, -1, 21};
    // Edge [−1 −1 −1; −1 8 −1; −1 −1 −1] = 8·centre − (sum − centre) = 9·centre − window sum:
    //   9·1 − 19 = −10,  9·1 − 13 = −4,  9·2 − 22 = −4,  9·5 − 19 = 26
    QTest::newRow("edge") << std::vector<float>{-1, -1, -1, -1, 8, -1, -1, -1, -1} << 0 << 0 << 0
                          << 0 << 1 << 1 << 2 << 2 << std::vector<float>{-10, -4, -4, 26};
    // The lecture filter with TF SAME padding: total = (⌈4/1⌉ − 1)·1 + 3 − 4 = 2, one pixel each
    // side, so the output stays 4×4. Output (y,x) = (row y−1 sum) − (row y+1 sum), each over
    // columns x−1..x+1 with zeros outside. Three-wide row sums of I per column x = 0..3:
    //   row 0: 2 3 4 4   row 1: 8 9 2 1   row 2: 2 7 7 5   row 3: 5 6 10 5
    //   y=0: 0 − row 1        = −8 −9 −2 −1
    //   y=1: row 0 − row 2    =  0 −4 −3 −1
    //   y=2: row 1 − row 3    =  3  3 −8 −4
    //   y=3: row 2 − 0        =  2  7  7  5
    // The inner 2×2 is the VALID output −4 −3 / 3 −8, as it must be.
    QTest::newRow("lecture SAME") << kLectureFilter << 1 << 1 << 1 << 1 << 1 << 1 << 4 << 4
                                  << std::vector<float>{-8, -9, -2, -1, 0, -4, -3, -1,
                                                        3,  3,  -8, -4, 2, 7,  7,  5};
    // Stride 2 with TF SAME: total = (⌈4/2⌉ − 1)·2 + 3 − 4 = 1, the extra pixel at the end
    // (bottom and right), windows at rows/columns 0 and 2:
    //   (0,0): the VALID V(0,0) = −4
    //   (0,1): columns 2..4 of rows 0..2: (1 + 3 + 0) − (5 + 0 + 0) = −1
    //   (1,0): rows 2..4, row 4 padding: (0 + 2 + 5) − 0 = 7
    //   (1,1): rows 2..4, columns 2..4: (5 + 0 + 0) − 0 = 5
    QTest::newRow("lecture SAME stride 2") << kLectureFilter << 0 << 1 << 0 << 1 << 2 << 1 << 2 << 2
                                           << std::vector<float>{-4, -1, 7, 5};
    // Stride 2 VALID: (4 − 3)/2 + 1 = 1, only the top-left window.
    QTest::newRow("lecture VALID stride 2")
        << kLectureFilter << 0 << 0 << 0 << 0 << 2 << 1 << 1 << 1 << std::vector<float>{-4};
    // A 2×2 of ones with dilation 2 spans 3×3 and adds I(y,x) + I(y,x+2) + I(y+2,x) + I(y+2,x+2):
    //   (0,0): 2 + 1 + 0 + 5 = 8    (0,1): 0 + 3 + 2 + 0 = 5
    //   (1,0): 7 + 1 + 0 + 1 = 9    (1,1): 1 + 0 + 5 + 4 = 10
    QTest::newRow("dilation 2") << std::vector<float>{1, 1, 1, 1} << 0 << 0 << 0 << 0 << 1 << 2 << 2
                                << 2 << std::vector<float>{8, 5, 9, 10};
}

void tst_Reference::imageKernels() {
    QFETCH(std::vector<float>, kernel);
    QFETCH(int, padTop);
    QFETCH(int, padBottom);
    QFETCH(int, padLeft);
    QFETCH(int, padRight);
    QFETCH(int, stride);
    QFETCH(int, dilation);
    QFETCH(int, outH);
    QFETCH(int, outW);
    QFETCH(std::vector<float>, expected);

    const auto k = static_cast<std::int64_t>(std::lround(std::sqrt(double(kernel.size()))));
    ops::Conv2dParams p;
    p.pad_top = padTop, p.pad_bottom = padBottom, p.pad_left = padLeft, p.pad_right = padRight;
    p.stride_y = p.stride_x = stride;
    p.dilation_y = p.dilation_x = dilation;
    const Tensor image = Tensor::from({1, 1, 4, 4}, kLectureImage);
    const Tensor filter = Tensor::from({1, 1, k, k}, kernel);

    const ConvDims d = ops::conv2d_dims(image.shape(), filter.shape(), p);
    QCOMPARE(d.OH, outH);
    QCOMPARE(d.OW, outW);
    const Outputs out = convolve(image, filter, Tensor(), p);
    QVERIFY2(closeTo(out.reference, expected), qPrintable(str(out.reference)));
    QVERIFY2(closeTo(out.ops, expected), qPrintable(str(out.ops)));
}

void tst_Reference::channelsAndBias() {
    // Two input channels, one filter: channel 0 the lecture image under the lecture filter,
    // channel 1 the same image under the identity; the channels' results add, then the bias:
    //   (−4 + 1, −3 + 1, 3 + 2, −8 + 5) + 0.5 = (−2.5, −1.5, 5.5, −2.5)
    std::vector<float> twoChannels = kLectureImage;
    twoChannels.insert(twoChannels.end(), kLectureImage.begin(), kLectureImage.end());
    std::vector<float> filterBank = kLectureFilter;
    const std::vector<float> identity{0, 0, 0, 0, 1, 0, 0, 0, 0};
    filterBank.insert(filterBank.end(), identity.begin(), identity.end());

    const Outputs out =
        convolve(Tensor::from({1, 2, 4, 4}, twoChannels), Tensor::from({1, 2, 3, 3}, filterBank),
                 Tensor::from({1}, {0.5f}), {});
    const std::vector<float> expected{-2.5f, -1.5f, 5.5f, -2.5f};
    QCOMPARE(out.reference, expected);
    QCOMPARE(out.ops, expected);
}

void tst_Reference::depthwiseKeepsChannelsApart() {
    // The two channels of channelsAndBias, now with groups = 2 (depthwise): each filter sees only
    // its own channel, so the results stay apart instead of adding, each with its own bias:
    //   channel 0, lecture filter:  (−4, −3, 3, −8) + 0.5 = (−3.5, −2.5, 3.5, −7.5)
    //   channel 1, identity:        ( 1,  1, 2,  5) − 1   = ( 0,    0,   1,    4)
    std::vector<float> twoChannels = kLectureImage;
    twoChannels.insert(twoChannels.end(), kLectureImage.begin(), kLectureImage.end());
    std::vector<float> filters = kLectureFilter;
    const std::vector<float> identity{0, 0, 0, 0, 1, 0, 0, 0, 0};
    filters.insert(filters.end(), identity.begin(), identity.end());
    ops::Conv2dParams p;
    p.groups = 2;

    const Outputs out =
        convolve(Tensor::from({1, 2, 4, 4}, twoChannels), Tensor::from({2, 1, 3, 3}, filters),
                 Tensor::from({2}, {0.5f, -1.0f}), p);
    const std::vector<float> expected{-3.5f, -2.5f, 3.5f, -7.5f, 0, 0, 1, 4};
    QCOMPARE(out.reference, expected);
    QCOMPARE(out.ops, expected);

    // Depthwise with a channel multiplier of 2: one channel, groups = 1 = C, two filters on
    // it; both read the lecture image.
    p.groups = 1;
    const Outputs twice = convolve(Tensor::from({1, 1, 4, 4}, kLectureImage),
                                   Tensor::from({2, 1, 3, 3}, filters), Tensor(), p);
    const std::vector<float> expectedTwice{-4, -3, 3, -8, 1, 1, 2, 5};
    QCOMPARE(twice.reference, expectedTwice);
    QCOMPARE(twice.ops, expectedTwice);
}

void tst_Reference::lectureFullyConnected() {
    // The lecture's fully-connected slide: three pixels with weights 0.6, 0.1, 0.9.
    //   digit:          0.6·0.8 + 0.1·0.4 + 0.9·1 = 0.48 + 0.04 + 0.90 = 1.42
    //   shifted digit:  0.6·0.4 + 0.1·0.4 + 0.9·0 = 0.24 + 0.04 + 0.00 = 0.28
    // The slide prints 1.38 and 0.4: slips, its own products sum to 1.42 and 0.28.
    const Tensor inputs = Tensor::from({2, 3}, {0.8f, 0.4f, 1.0f, 0.4f, 0.4f, 0.0f});
    const Tensor weights = Tensor::from({1, 3}, {0.6f, 0.1f, 0.9f});
    std::vector<float> out(2);
    reference::dense_forward(out.data(), inputs.data(), weights.data(), nullptr, 2, 3, 1);
    const std::vector<double> expected{1.42, 0.28};
    QVERIFY2(closeTo(out, expected), qPrintable(str(out)));
    const std::vector<float> viaOps = ops::dense_forward(inputs, weights, Tensor()).to_vector();
    QVERIFY2(closeTo(viaOps, expected), qPrintable(str(viaOps)));
}

void tst_Reference::poolingOnTheLectureImage() {
    // 3×3 windows, stride 2, one pixel of padding: (4 + 2 − 3)/2 + 1 = 2 outputs per side.
    // Window pixels inside the image (rows × columns):
    //   (0,0): rows 0–1 × cols 0–1 = 2 0 / 7 1           max 7, mean 10/4 = 2.5
    //   (0,1): rows 0–1 × cols 1–3 = 0 1 3 / 1 1 0       max 3, mean 6/6 = 1
    //   (1,0): rows 1–3 × cols 0–1 = 7 1 / 0 2 / 0 5     max 7, mean 15/6 = 2.5
    //   (1,1): rows 1–3 × cols 1–3 = 1 1 0 / 2 5 0 / 5 1 4   max 5 (twice), mean 19/9
    // Max backward with dout = 1 everywhere: the 7 at (1,0) wins two windows (gets 2), the 3 at
    // (0,3) one, and of the two 5s the first in row-major order, (2,2), gets the last.
    ops::Pool2dParams p;
    p.window_y = p.window_x = 3;
    p.stride_y = p.stride_x = 2;
    p.pad_top = p.pad_bottom = p.pad_left = p.pad_right = 1;
    const Tensor image = Tensor::from({1, 1, 4, 4}, kLectureImage);
    const PoolDims d = ops::pool2d_dims(image.shape(), p);
    QCOMPARE(d.OH, 2);
    QCOMPARE(d.OW, 2);

    std::vector<float> maxOut(4), avgOut(4), maxGrad(16), avgGrad(16);
    const std::vector<float> ones(4, 1.0f);
    std::vector<float> argmax(4);
    reference::maxpool2d_forward(maxOut.data(), argmax.data(), image.data(), d);
    reference::avgpool2d_forward(avgOut.data(), image.data(), d);
    reference::maxpool2d_backward(maxGrad.data(), ones.data(), argmax.data(), d);
    reference::avgpool2d_backward(avgGrad.data(), ones.data(), d);

    const std::vector<float> expectedMax{7, 3, 7, 5};
    const std::vector<double> expectedAvg{2.5, 1.0, 2.5, 19.0 / 9};
    const std::vector<float> expectedMaxGrad{0, 0, 0, 1, 2, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0};
    // Each window shares its 1 among its pixels: pixel (0,0) is only in window (0,0): 1/4;
    // pixel (1,1) is in all four: 1/4 + 1/6 + 1/6 + 1/9.
    QCOMPARE(maxOut, expectedMax);
    QVERIFY2(closeTo(avgOut, expectedAvg), qPrintable(str(avgOut)));
    QCOMPARE(maxGrad, expectedMaxGrad);
    QVERIFY(std::fabs(avgGrad[0] - 0.25) < 1e-7);
    QVERIFY(std::fabs(avgGrad[5] - (0.25 + 1.0 / 6 + 1.0 / 6 + 1.0 / 9)) < 1e-7);
    // The gradient is shared, not created: the four windows' 1s add up to 4.
    double total = 0;
    for (const float g : avgGrad)
        total += g;
    QVERIFY(std::fabs(total - 4.0) < 1e-6);

    QCOMPARE(ops::maxpool2d_forward(image, p).to_vector(), expectedMax);
    QVERIFY(closeTo(ops::avgpool2d_forward(image, p).to_vector(), expectedAvg));
    const Tensor dy = Tensor::full({1, 1, 2, 2}, 1.0f);
    QCOMPARE(ops::maxpool2d_backward(dy, image, p).to_vector(), expectedMaxGrad);
    QVERIFY(closeTo(ops::avgpool2d_backward(dy, image, p).to_vector(), avgGrad));
}

void tst_Reference::poolingPaddingNeverCounts() {
    // A 2×2 image of negatives, 2×2 windows, stride 2, one pixel of padding all round: each of
    // the 2×2 windows holds one image pixel and three of padding. If padding competed as zeros
    // the max would be 0; if it counted in the mean, the mean would be a quarter.
    ops::Pool2dParams p;
    p.pad_top = p.pad_bottom = p.pad_left = p.pad_right = 1;
    const Tensor image = Tensor::from({1, 1, 2, 2}, {-1, -2, -3, -4});
    const PoolDims d = ops::pool2d_dims(image.shape(), p);
    std::vector<float> maxOut(4), avgOut(4);
    reference::maxpool2d_forward(maxOut.data(), nullptr, image.data(), d);
    reference::avgpool2d_forward(avgOut.data(), image.data(), d);
    const std::vector<float> expected{-1, -2, -3, -4};
    QCOMPARE(maxOut, expected);
    QCOMPARE(avgOut, expected);
    QCOMPARE(ops::maxpool2d_forward(image, p).to_vector(), expected);
    QCOMPARE(ops::avgpool2d_forward(image, p).to_vector(), expected);
}

void tst_Reference::avgPoolCountIncludePad() {
    // A 3×3 image of ones, 3×3 windows, stride 1, one pixel of padding: nine windows. Without
    // count_include_pad every mean is 1. With it the padding counts as zeros and every window
    // divides by 9: a corner window holds 4 image pixels (4/9), an edge window 6 (6/9), the
    // centre 9 (1).
    ops::Pool2dParams p;
    p.window_y = p.window_x = 3;
    p.stride_y = p.stride_x = 1;
    p.pad_top = p.pad_bottom = p.pad_left = p.pad_right = 1;
    const Tensor image = Tensor::full({1, 1, 3, 3}, 1.0f);
    const Tensor dy = Tensor::full({1, 1, 3, 3}, 1.0f);

    const std::vector<double> withoutPadding(9, 1.0);
    QVERIFY(closeTo(ops::avgpool2d_forward(image, p).to_vector(), withoutPadding));
    // Backward without it: pixel (0,0) lies in windows (0,0), (0,1), (1,0), (1,1), which hold 4,
    // 6, 6 and 9 image pixels: 1/4 + 1/6 + 1/6 + 1/9.
    const std::vector<float> gradWithout = ops::avgpool2d_backward(dy, image, p).to_vector();
    QVERIFY(std::fabs(gradWithout[0] - (0.25 + 1.0 / 6 + 1.0 / 6 + 1.0 / 9)) < 1e-6);

    p.count_include_pad = true;
    const std::vector<double> expected{4.0 / 9, 6.0 / 9, 4.0 / 9, 6.0 / 9, 1.0,
                                       6.0 / 9, 4.0 / 9, 6.0 / 9, 4.0 / 9};
    const PoolDims d = ops::pool2d_dims(image.shape(), p);
    QVERIFY(d.count_include_pad);
    std::vector<float> out(9), grad(9);
    reference::avgpool2d_forward(out.data(), image.data(), d);
    QVERIFY2(closeTo(out, expected), qPrintable(str(out)));
    const std::vector<float> viaOps = ops::avgpool2d_forward(image, p).to_vector();
    QVERIFY2(closeTo(viaOps, expected), qPrintable(str(viaOps)));

    // Backward with dout = 1: each window gives 1/9 to each of its image pixels; a pixel gets
    // 1/9 per window it lies in: corners 4/9, edges 6/9, centre 9/9. The padding's shares are
    // dropped: the total is 49/9, not 9.
    reference::avgpool2d_backward(grad.data(), dy.data(), d);
    QVERIFY2(closeTo(grad, expected), qPrintable(str(grad)));
    const std::vector<float> gradViaOps = ops::avgpool2d_backward(dy, image, p).to_vector();
    QVERIFY2(closeTo(gradViaOps, expected), qPrintable(str(gradViaOps)));
    double total = 0;
    for (const float g : gradViaOps)
        total += g;
    QVERIFY(std::fabs(total - 49.0 / 9) < 1e-6);
}

void tst_Reference::maxPoolTieGoesToTheFirst() {
    // A 2×2 window of equal values: the whole gradient goes to the first, (0,0).
    ops::Pool2dParams p;
    const Tensor image = Tensor::full({1, 1, 2, 2}, 3.0f);
    const PoolDims d = ops::pool2d_dims(image.shape(), p);
    const std::vector<float> dout{2.5f};
    std::vector<float> out(1), argmax(1), grad(4);
    reference::maxpool2d_forward(out.data(), argmax.data(), image.data(), d);
    QCOMPARE(argmax, std::vector<float>{0.0f});
    reference::maxpool2d_backward(grad.data(), dout.data(), argmax.data(), d);
    const std::vector<float> expected{2.5f, 0, 0, 0};
    QCOMPARE(grad, expected);
    QCOMPARE(ops::maxpool2d_backward(Tensor::from({1, 1, 1, 1}, dout), image, p).to_vector(),
             expected);
    const ops::MaxPool2dResult kept = ops::maxpool2d_forward_with_argmax(image, p);
    QCOMPARE(kept.argmax.to_vector(), std::vector<float>{0.0f});
    QCOMPARE(
        ops::maxpool2d_backward(Tensor::from({1, 1, 1, 1}, dout), kept.argmax, image.shape(), p)
            .to_vector(),
        expected);
}

void tst_Reference::maxPoolKeepsTheArgmax() {
    // The forward keeps each window's first maximum (row-major, strict >), and the backward
    // sends the gradient there; the same on the reference and the ops (the 2×2 fast path and the
    // general windows), with ties, padding and overlapping strides.
    //   1 5 5 0 2
    //   5 2 5 9 9
    //   0 0 7 9 1
    //   3 7 7 1 1
    const std::vector<float> pixels{1, 5, 5, 0, 2, 5, 2, 5, 9, 9, 0, 0, 7, 9, 1, 3, 7, 7, 1, 1};
    const Tensor image = Tensor::from({1, 1, 4, 5}, pixels);
    struct Geometry {
        int window, stride, pad;
        std::vector<float> argmax; // in-plane offsets y·5 + x
    };
    const Geometry cases[] = {
        // 2×2/2: windows (0,0) 1 5 / 5 2 → 5 at offset 1; (0,1) 5 0 / 5 9 → 9 at 8;
        // (1,0) 0 0 / 3 7 → 7 at 16; (1,1) 7 9 / 7 1 → 9 at 13.
        {2, 2, 0, {1, 8, 16, 13}},
        // 3×3/1, overlapping: the first of equal maxima in row-major order wins (the 9 at 8
        // before those at 9 and 13, the 7 at 12 before those at 16 and 17).
        {3, 1, 0, {12, 8, 8, 12, 8, 8}},
        // 2×2/2 with one pixel of padding: windows clipped to the image, padding never wins;
        // ties 5 5, 9 9, 7 7 and 1 1 go to the first.
        {2, 2, 1, {0, 1, 4, 5, 12, 8, 15, 16, 18}},
    };
    for (const Geometry& g : cases) {
        ops::Pool2dParams p;
        p.window_y = p.window_x = g.window;
        p.stride_y = p.stride_x = g.stride;
        p.pad_top = p.pad_bottom = p.pad_left = p.pad_right = g.pad;
        const PoolDims d = ops::pool2d_dims(image.shape(), p);
        const std::size_t outputs = static_cast<std::size_t>(d.OH) * d.OW;
        QCOMPARE(outputs, g.argmax.size());
        std::vector<float> out(outputs), argmax(outputs), grad(pixels.size());
        reference::maxpool2d_forward(out.data(), argmax.data(), image.data(), d);
        QCOMPARE(argmax, g.argmax);
        const ops::MaxPool2dResult kept = ops::maxpool2d_forward_with_argmax(image, p);
        QCOMPARE(kept.argmax.to_vector(), g.argmax);
        QCOMPARE(kept.y.to_vector(), out);
        QCOMPARE(ops::maxpool2d_forward(image, p).to_vector(), out);
        // Distinct gradients, so a wrong destination shows; overlapping windows add.
        std::vector<float> dout(outputs);
        for (std::size_t i = 0; i < outputs; ++i)
            dout[i] = static_cast<float>(i + 1);
        std::vector<float> expected(pixels.size(), 0.0f);
        for (std::size_t i = 0; i < outputs; ++i)
            expected[static_cast<std::size_t>(g.argmax[i])] += dout[i];
        reference::maxpool2d_backward(grad.data(), dout.data(), argmax.data(), d);
        QCOMPARE(grad, expected);
        const Tensor dy = Tensor::from({1, 1, d.OH, d.OW}, dout);
        QCOMPARE(ops::maxpool2d_backward(dy, kept.argmax, image.shape(), p).to_vector(), expected);
        QCOMPARE(ops::maxpool2d_backward(dy, image, p).to_vector(), expected);
    }
}

void tst_Reference::softmaxCrossEntropyIsStable() {
    // Row 0: logits (1000, 1000, 0), label 0. Subtracting the maximum 1000 gives (0, 0, −1000):
    //   probs = (1/2, 1/2, e^−1000/2 ≈ 0), loss = log(1 + 1 + e^−1000) − 0 = log 2.
    // A naive exp(1000) would overflow to Inf and give NaN.
    // Row 1: logits (1, 2, 3), label 2: loss = log(e^−2 + e^−1 + 1) = log(1.5032147) = 0.4076059;
    //   probs = (e^−2, e^−1, 1)/1.5032147 = (0.0900306, 0.2447285, 0.6652410).
    const std::vector<float> logits{1000, 1000, 0, 1, 2, 3};
    const std::vector<float> labels{0, 2};
    std::vector<float> losses(2), probs(6), dlogits(6);
    reference::softmax_cross_entropy_forward(losses.data(), probs.data(), logits.data(),
                                             labels.data(), 2, 3);
    reference::softmax_cross_entropy_backward(dlogits.data(), probs.data(), labels.data(), 2, 3);
    QVERIFY(allFinite(losses) && allFinite(probs));
    QVERIFY2(closeTo(losses, std::vector<double>{std::log(2.0), 0.4076059}),
             qPrintable(str(losses)));
    const std::vector<double> expectedProbs{0.5, 0.5, 0, 0.0900306, 0.2447285, 0.6652410};
    QVERIFY2(closeTo(probs, expectedProbs), qPrintable(str(probs)));
    // dlogits = (probs − onehot)/N with N = 2.
    const std::vector<double> expectedGrad{(0.5 - 1) / 2, 0.5 / 2,       0,
                                           0.0900306 / 2, 0.2447285 / 2, (0.6652410 - 1) / 2};
    QVERIFY2(closeTo(dlogits, expectedGrad), qPrintable(str(dlogits)));

    const auto viaOps =
        ops::softmax_cross_entropy_forward(Tensor::from({2, 3}, logits), Tensor::from({2}, labels));
    QVERIFY(std::fabs(viaOps.loss - (std::log(2.0) + 0.4076059) / 2) < 1e-6);
    QVERIFY(closeTo(viaOps.probs.to_vector(), expectedProbs));
    QVERIFY(closeTo(
        ops::softmax_cross_entropy_backward(viaOps.probs, Tensor::from({2}, labels)).to_vector(),
        expectedGrad));
}

void tst_Reference::softmaxByHand() {
    // softmax(1, 2, 3): subtract the maximum 3 → (−2, −1, 0); e^−2 + e^−1 + 1 = 1.5032147, so
    //   softmax = (0.1353353, 0.3678794, 1)/1.5032147 = (0.0900306, 0.2447285, 0.6652410)
    //   log softmax = (−2, −1, 0) − log 1.5032147 = (−2.4076059, −1.4076059, −0.4076059).
    // Row 2, (1000, 1000, 0): a naive exp(1000) overflows; stable gives (1/2, 1/2, 0).
    const std::vector<float> x{1, 2, 3, 1000, 1000, 0};
    const std::vector<double> softmax{0.0900306, 0.2447285, 0.6652410, 0.5, 0.5, 0};
    const std::vector<double> logSoftmax{-2.4076059,     -1.4076059,     -0.4076059,
                                         -std::log(2.0), -std::log(2.0), -1000 - std::log(2.0)};
    std::vector<float> y(6), logY(6);
    reference::softmax_forward(y.data(), x.data(), 2, 3, false);
    reference::softmax_forward(logY.data(), x.data(), 2, 3, true);
    QVERIFY2(closeTo(y, softmax), qPrintable(str(y)));
    QVERIFY2(closeTo(logY, logSoftmax, 1e-4), qPrintable(str(logY)));
    const Tensor tx = Tensor::from({2, 3}, x);
    QVERIFY(closeTo(ops::softmax_forward(tx, false).to_vector(), softmax));
    QVERIFY(closeTo(ops::softmax_forward(tx, true).to_vector(), logSoftmax, 1e-4));

    // The backward of softmax at y for dy = (1, 0, 0): dx = y·(dy − y₀) = (y₀(1 − y₀), −y₁y₀,
    // −y₂y₀); of log softmax: dx = dy − softmax·Σdy = (1 − y₀, −y₁, −y₂).
    const std::vector<float> dy{1, 0, 0};
    const double y0 = 0.0900306, y1 = 0.2447285, y2 = 0.6652410;
    const Tensor row = Tensor::from({1, 3}, std::vector<float>(y.begin(), y.begin() + 3));
    const Tensor logRow = Tensor::from({1, 3}, std::vector<float>(logY.begin(), logY.begin() + 3));
    QVERIFY(closeTo(ops::softmax_backward(Tensor::from({1, 3}, dy), row, false).to_vector(),
                    std::vector<double>{y0 * (1 - y0), -y1 * y0, -y2 * y0}));
    QVERIFY(closeTo(ops::softmax_backward(Tensor::from({1, 3}, dy), logRow, true).to_vector(),
                    std::vector<double>{1 - y0, -y1, -y2}));
}

void tst_Reference::padModesByHand() {
    // The row 1 2 3 padded by 2 on each side: reflect mirrors without repeating the edge (as
    // numpy and ONNX), edge repeats it, constant fills in the value.
    const Tensor row = Tensor::from({1, 1, 1, 3}, {1, 2, 3});
    const auto padded = [&](PadMode mode, float value) {
        const ops::PadParams p{0, 0, 2, 2, mode, value};
        std::vector<float> expected(7);
        reference::pad2d_forward(expected.data(), row.data(), ops::pad2d_dims(row.shape(), p));
        const Tensor y = ops::pad2d_forward(row, p);
        if (y.shape() != Shape{1, 1, 1, 7} || y.to_vector() != expected)
            return std::vector<float>{};
        return expected;
    };
    QCOMPARE(padded(PadMode::Reflect, 0), (std::vector<float>{3, 2, 1, 2, 3, 2, 1}));
    QCOMPARE(padded(PadMode::Edge, 0), (std::vector<float>{1, 1, 1, 2, 3, 3, 3}));
    QCOMPARE(padded(PadMode::Constant, 0.5f), (std::vector<float>{0.5, 0.5, 1, 2, 3, 0.5, 0.5}));

    // Both axes: 1 2 3 / 4 5 6 reflected by one row on top and one column on the left; the corner
    // mirrors twice, to 5.
    const Tensor image = Tensor::from({1, 1, 2, 3}, {1, 2, 3, 4, 5, 6});
    const Tensor y = ops::pad2d_forward(image, {1, 0, 1, 0, PadMode::Reflect, 0});
    QCOMPARE(y.shape(), (Shape{1, 1, 3, 4}));
    QCOMPARE(y.to_vector(), (std::vector<float>{5, 4, 5, 6, 2, 1, 2, 3, 5, 4, 5, 6}));
}

void tst_Reference::padBackwardAddsTheCopies() {
    // 1 2 3 padded by 2 each side reads inputs (2 1 0 1 2 1 0) under reflect, (0 0 0 1 2 2 2)
    // under edge: a gradient of ones gives each input the number of its copies.
    const Tensor ones = Tensor::from({1, 1, 1, 7}, std::vector<float>(7, 1.0f));
    const auto dx = [&](PadMode mode) {
        return ops::pad2d_backward(ones, {0, 0, 2, 2, mode, 0}).to_vector();
    };
    QCOMPARE(dx(PadMode::Reflect), (std::vector<float>{2, 3, 2}));
    QCOMPARE(dx(PadMode::Edge), (std::vector<float>{3, 1, 3}));
    QCOMPARE(dx(PadMode::Constant), (std::vector<float>{1, 1, 1}));
}

void tst_Reference::batchNormTrainingStatistics() {
    // One channel, x = (1, 2, 3, 4) as (N=4, C=1), gamma 2, beta 0.5, momentum 0.1, eps 1e-5:
    //   mean = 2.5; biased var = (2.25 + 0.25 + 0.25 + 2.25)/4 = 1.25 (normalises);
    //   unbiased var = 5/3 (feeds the running variance, as PyTorch does);
    //   running_mean = 0.9·0 + 0.1·2.5 = 0.25; running_var = 0.9·1 + 0.1·5/3 = 1.0666667;
    //   out = 2·(x − 2.5)/√1.25001 + 0.5.
    const std::vector<float> x{1, 2, 3, 4};
    const std::vector<float> gamma{2}, beta{0.5f};
    std::vector<float> out(4), mean(1), invstd(1), runningMean{0}, runningVar{1};
    reference::batchnorm_forward_train(out.data(), mean.data(), invstd.data(), runningMean.data(),
                                       runningVar.data(), x.data(), gamma.data(), beta.data(), 4, 1,
                                       1, 0.1f, 1e-5f);
    const double inv = 1 / std::sqrt(1.25 + 1e-5);
    QVERIFY(std::fabs(mean[0] - 2.5) < 1e-7);
    QVERIFY(std::fabs(invstd[0] - inv) < 1e-6);
    QVERIFY(std::fabs(runningMean[0] - 0.25) < 1e-7);
    QVERIFY2(std::fabs(runningVar[0] - (0.9 + 0.1 * 5.0 / 3.0)) < 1e-6,
             qPrintable(QString::number(runningVar[0], 'g', 9)));
    const std::vector<double> expected{2 * -1.5 * inv + 0.5, 2 * -0.5 * inv + 0.5,
                                       2 * 0.5 * inv + 0.5, 2 * 1.5 * inv + 0.5};
    QVERIFY2(closeTo(out, expected), qPrintable(str(out)));

    // Evaluation uses the running statistics: (x − 0.25)/√(1.0666667 + 1e-5)·2 + 0.5.
    std::vector<float> evalOut(4);
    reference::batchnorm_forward_eval(evalOut.data(), x.data(), gamma.data(), beta.data(),
                                      runningMean.data(), runningVar.data(), 4, 1, 1, 1e-5f);
    const double evalInv = 1 / std::sqrt(0.9 + 0.1 * 5.0 / 3.0 + 1e-5);
    QVERIFY(std::fabs(evalOut[3] - (2 * (4 - 0.25) * evalInv + 0.5)) < 1e-5);

    // The same through ops::, which also fills the running statistics of the state.
    ops::BatchNormState state{Tensor::from({1}, gamma), Tensor::from({1}, beta), Tensor::zeros({1}),
                              Tensor::full({1}, 1.0f)};
    ops::BatchNormSaved saved;
    const Tensor y = ops::batchnorm_forward(Tensor::from({4, 1}, x), state, true, &saved);
    QVERIFY(closeTo(y.to_vector(), expected));
    QVERIFY(std::fabs(state.running_mean.to_vector()[0] - 0.25) < 1e-7);
    QVERIFY(std::fabs(state.running_var.to_vector()[0] - (0.9 + 0.1 * 5.0 / 3.0)) < 1e-6);
    QVERIFY(std::fabs(saved.mean.to_vector()[0] - 2.5) < 1e-7);
}

void tst_Reference::dropoutMask() {
    // Inverted dropout with p = 0.25: each mask value is 0 or 1/(1 − 0.25) = 4/3, about a quarter
    // of them 0, out = inp·mask, and the backward is dout·mask.
    const std::size_t n = 20000;
    const float p = 0.25f;
    const std::vector<float> inp(n, 3.0f), dout(n, 1.5f);
    std::vector<float> out(n), mask(n), again(n), otherSeed(n), dinp(n), scratch(n);
    reference::dropout_forward(out.data(), mask.data(), inp.data(), n, p, 42);
    reference::dropout_forward(scratch.data(), again.data(), inp.data(), n, p, 42);
    reference::dropout_forward(scratch.data(), otherSeed.data(), inp.data(), n, p, 43);
    reference::dropout_backward(dinp.data(), dout.data(), mask.data(), n);
    std::size_t dropped = 0;
    for (std::size_t i = 0; i < n; ++i) {
        QVERIFY(mask[i] == 0.0f || mask[i] == 1.0f / (1.0f - p));
        QCOMPARE(out[i], 3.0f * mask[i]);
        QCOMPARE(dinp[i], 1.5f * mask[i]);
        dropped += mask[i] == 0.0f;
    }
    const double fraction = static_cast<double>(dropped) / n;
    QVERIFY2(std::fabs(fraction - 0.25) < 0.02, qPrintable(QString::number(fraction)));
    QCOMPARE(again, mask); // the same seed draws the same mask
    QVERIFY(otherSeed != mask);
}

void tst_Reference::gemmScalesAndAccumulates() {
    // C = 2·A·B + 0.5·C with A = [1 2; 3 4], B = [5 6; 7 8], C = [1 1; 1 1]:
    //   A·B = [1·5 + 2·7, 1·6 + 2·8; 3·5 + 4·7, 3·6 + 4·8] = [19 22; 43 50]
    //   C   = [38.5 44.5; 86.5 100.5]
    const std::vector<float> a{1, 2, 3, 4}, b{5, 6, 7, 8};
    std::vector<float> c{1, 1, 1, 1};
    reference::gemm(false, false, 2, 2, 2, 2.0f, a.data(), 2, b.data(), 2, 0.5f, c.data(), 2);
    QCOMPARE(c, (std::vector<float>{38.5f, 44.5f, 86.5f, 100.5f}));
    // Transposes read the stored matrices the other way: Aᵀ·Bᵀ = (B·A)ᵀ, and B·A = [23 34; 31 46].
    reference::gemm(true, true, 2, 2, 2, 1.0f, a.data(), 2, b.data(), 2, 0.0f, c.data(), 2);
    QCOMPARE(c, (std::vector<float>{23, 31, 34, 46}));
    // beta = 0 never reads C, even when it holds NaN (matmul hands over uninitialised memory).
    c.assign(4, std::nanf(""));
    reference::gemm(false, false, 2, 2, 2, 1.0f, a.data(), 2, b.data(), 2, 0.0f, c.data(), 2);
    QCOMPARE(c, (std::vector<float>{19, 22, 43, 50}));
}

void tst_Reference::argmaxTakesTheFirstOfTies() {
    const std::vector<float> rows{1, 5, 5, 0, -3, -1, -2, -1};
    std::vector<float> out(2);
    reference::argmax_rows(out.data(), rows.data(), 2, 4);
    QCOMPARE(out, (std::vector<float>{1, 1}));
    QCOMPARE(ops::argmax(Tensor::from({2, 4}, rows)), (std::vector<int>{1, 1}));
}

QTEST_GUILESS_MAIN(tst_Reference)
#include "tst_reference.moc"
