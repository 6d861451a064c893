// Qt Test suite for the CPU convolution's paths against the reference: the whole-image im2col
// (every image in one block), the blocked forward (fewer images than threads), the backward's
// per-thread weight-gradient sums and the bias gradient's vector sums, at 1, 2 and 3 threads, with
// odd sizes, strides, asymmetric padding, dilation, groups, batch 1 and batches that the thread
// count does not divide. Same NMSE tolerance as the cross-device table (tst_ops): 1e-9.
#include "compute/ops.h"
#include "compute/reference/reference.h"
#include "compute_test_util.h"

#include <QTest>
#include <omp.h>

using namespace convsight::compute;
using namespace convsight::compute::testing;

namespace {

struct ConvCase {
    Shape x, w;
    ops::Conv2dParams p;
    bool bias;
};

ops::Conv2dParams params(int stride_y, int stride_x, int top, int bottom, int left, int right,
                         int dilation = 1, int groups = 1) {
    ops::Conv2dParams p;
    p.stride_y = stride_y, p.stride_x = stride_x;
    p.pad_top = top, p.pad_bottom = bottom, p.pad_left = left, p.pad_right = right;
    p.dilation_y = p.dilation_x = dilation;
    p.groups = groups;
    return p;
}

constexpr double kTolerance = 1e-9;

} // namespace

Q_DECLARE_METATYPE(ConvCase)

class TestConvCpu : public QObject {
    Q_OBJECT

private slots:
    void cleanup() { omp_set_num_threads(threadsAtStart_); }

    void matchesReference_data() {
        QTest::addColumn<ConvCase>("c");
        QTest::addColumn<int>("threads");
        const std::vector<std::pair<const char*, ConvCase>> cases = {
            {"cifar-tf conv2 5x5 SAME, N5",
             {{5, 16, 12, 12}, {8, 16, 5, 5}, params(1, 1, 2, 2, 2, 2), true}},
            {"5x5 SAME odd 7x9, N3", {{3, 3, 7, 9}, {4, 3, 5, 5}, params(1, 1, 2, 2, 2, 2), true}},
            {"5x5 SAME, N1 (blocks)",
             {{1, 3, 24, 24}, {6, 3, 5, 5}, params(1, 1, 2, 2, 2, 2), true}},
            {"3x3 stride 2, pad 1/0/0/1, 11x8, N3",
             {{3, 2, 11, 8}, {5, 2, 3, 3}, params(2, 2, 1, 0, 0, 1), true}},
            {"3x2 stride 3x1, pad 2/1/1/2, N4",
             {{4, 3, 10, 7}, {2, 3, 3, 2}, params(3, 1, 2, 1, 1, 2), false}},
            {"3x3 dilation 2, pad 2, 9x10, N3",
             {{3, 2, 9, 10}, {3, 2, 3, 3}, params(1, 1, 2, 2, 2, 2, 2), true}},
            {"3x3 groups 2, N3",
             {{3, 4, 6, 5}, {6, 2, 3, 3}, params(1, 1, 1, 1, 1, 1, 1, 2), true}},
            {"1x1 direct, N3", {{3, 5, 4, 6}, {7, 5, 1, 1}, params(1, 1, 0, 0, 0, 0), true}},
            {"5x5 wider than the image, pad 3, 2x3, N2",
             {{2, 1, 2, 3}, {2, 1, 5, 5}, params(1, 1, 3, 3, 3, 3), true}},
        };
        for (const auto& [name, c] : cases)
            for (const int threads : {1, 2, 3})
                QTest::addRow("%s, %d threads", name, threads) << c << threads;
    }

    void matchesReference() {
        QFETCH(ConvCase, c);
        QFETCH(int, threads);
        omp_set_num_threads(threads);
        std::mt19937 rng(17);
        const ConvDims d = ops::conv2d_dims(c.x, c.w, c.p);
        const std::vector<float> x = uniform(rng, std::size_t(shape_numel(c.x)));
        const std::vector<float> w = uniform(rng, std::size_t(shape_numel(c.w)));
        const std::vector<float> b = uniform(rng, std::size_t(d.OC));
        const Shape yShape{d.N, d.OC, d.OH, d.OW};
        const std::vector<float> dy = uniform(rng, std::size_t(shape_numel(yShape)));

        const Tensor y = ops::conv2d_forward(Tensor::from(c.x, x), Tensor::from(c.w, w),
                                             c.bias ? Tensor::from({d.OC}, b) : Tensor(), c.p);
        std::vector<float> expected(std::size_t(shape_numel(yShape)));
        reference::conv2d_forward(expected.data(), x.data(), w.data(), c.bias ? b.data() : nullptr,
                                  d);
        QVERIFY2(nmse(y.to_vector(), expected) < kTolerance, "forward");

        const ops::Conv2dGrads g = ops::conv2d_backward(
            Tensor::from(yShape, dy), Tensor::from(c.x, x), Tensor::from(c.w, w), c.bias, c.p);
        std::vector<float> dx(x.size()), dw(w.size()), db(b.size());
        reference::conv2d_backward(dx.data(), dw.data(), c.bias ? db.data() : nullptr, dy.data(),
                                   x.data(), w.data(), d);
        QVERIFY2(nmse(g.dx.to_vector(), dx) < kTolerance, "input gradient");
        QVERIFY2(nmse(g.dw.to_vector(), dw) < kTolerance, "weight gradient");
        if (c.bias)
            QVERIFY2(nmse(g.db.to_vector(), db) < kTolerance, "bias gradient");
        else
            QVERIFY(!g.db.defined());
    }

private:
    int threadsAtStart_ = omp_get_max_threads();
};

QTEST_GUILESS_MAIN(TestConvCpu)
#include "tst_conv_cpu.moc"
