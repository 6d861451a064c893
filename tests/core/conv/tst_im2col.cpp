// Qt Test suite for conv::Im2col: the lecture's example unrolled by hand, the matrix's cells tied
// to the trace's, the product against compute::ops::conv2d_forward on random cases, and timing.
#include "compute/Tensor.h"
#include "compute/ops.h"
#include "conv/Im2col.h"

#include <QTest>
#include <random>
#include <stdexcept>

using namespace convsight;
using namespace convsight::conv;

namespace {

const Matrix lectureInput = {{2, 0, 1, 3}, {7, 1, 1, 0}, {0, 2, 5, 0}, {0, 5, 1, 4}};
const Matrix lectureKernel = {{1, 1, 1}, {0, 0, 0}, {-1, -1, -1}};

std::vector<double> row(const Im2col& im2col, int r) {
    const auto first = im2col.matrix().begin() + r * im2col.columns();
    return {first, first + im2col.columns()};
}

} // namespace

class tst_Im2col : public QObject {
    Q_OBJECT

private slots:
    void lecture_example();
    void cellsAreTheTraceTerms();
    void agreesWithComputeOps();
    void timing();
};

void tst_Im2col::lecture_example() {
    const ConvTrace trace = ConvTrace::from_matrices(lectureInput, lectureKernel, {});
    const Im2col im2col(trace);
    QCOMPARE(im2col.rows(), 4);    // 2×2 output positions
    QCOMPARE(im2col.columns(), 9); // 3×3 taps
    // Each row is one window read row by row: (0,0) covers rows 0–2, columns 0–2 of the input.
    QCOMPARE(row(im2col, 0), (std::vector<double>{2, 0, 1, 7, 1, 1, 0, 2, 5}));
    QCOMPARE(row(im2col, 1), (std::vector<double>{0, 1, 3, 1, 1, 0, 2, 5, 0}));
    QCOMPARE(row(im2col, 2), (std::vector<double>{7, 1, 1, 0, 2, 5, 0, 5, 1}));
    QCOMPARE(row(im2col, 3), (std::vector<double>{1, 1, 0, 2, 5, 0, 5, 1, 4}));
    QCOMPARE(im2col.kernel_rows(), (std::vector<double>{1, 1, 1, 0, 0, 0, -1, -1, -1}));
    // Row · kernel: (2+0+1) − (0+2+5) = −4, (0+1+3) − (2+5+0) = −3, (7+1+1) − (0+5+1) = 3,
    // (1+1+0) − (5+1+4) = −8: the lecture's output.
    QCOMPARE(im2col.product(), (std::vector<double>{-4, -3, 3, -8}));
    QCOMPARE(im2col.output_at(3, 0), -8.0);
    QCOMPARE(im2col.tap(5).ky, 1);
    QCOMPARE(im2col.tap(5).kx, 2);
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, im2col.at(4, 0));
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, im2col.row_of_step(4));
}

void tst_Im2col::cellsAreTheTraceTerms() {
    // Two channels, two kernels, stride 2, SAME, reflect border, true convolution, bias, ReLU:
    // row r of the matrix holds step r's inputs, the kernel row its weights.
    ConvTrace::Setup s;
    s.geometry.input_height = 5;
    s.geometry.input_width = 4;
    s.geometry.kernel_height = s.geometry.kernel_width = 3;
    s.geometry.stride_y = s.geometry.stride_x = 2;
    s.geometry.mode = PaddingMode::Same;
    s.geometry.channels = 2;
    s.kernel_count = 2;
    for (int i = 0; i < 40; ++i)
        s.input.push_back(i % 7 - 3);
    for (int i = 0; i < 36; ++i)
        s.kernels.push_back(i % 5 - 2);
    s.bias = {1, -2};
    s.border = compute::BorderMode::Reflect;
    s.mode = TraceMode::Convolution;
    s.relu = true;
    const ConvTrace trace(s);
    const Im2col im2col(trace);
    const std::vector<double> outputs = trace.outputs();
    for (int index = 0; index < trace.step_count(); ++index) {
        const TraceStep step = trace.step(index);
        const int r = im2col.row_of_step(index);
        QCOMPARE(r, step.out_y * trace.output_width() + step.out_x);
        for (int j = 0; j < im2col.columns(); ++j) {
            const TraceTerm& term = step.terms[std::size_t(j)];
            QCOMPARE(im2col.at(r, j), term.input);
            QCOMPARE(im2col.kernel_rows()[std::size_t(step.kernel * im2col.columns() + j)],
                     term.weight);
            QCOMPARE(im2col.padded_row(r, j), term.padded_y);
            QCOMPARE(im2col.padded_column(r, j), term.padded_x);
        }
        QCOMPARE(im2col.output_at(r, step.kernel), outputs[std::size_t(index)]);
    }
}

void tst_Im2col::agreesWithComputeOps() {
    std::mt19937 rng(3);
    const auto pick = [&](int low, int high) {
        return std::uniform_int_distribution(low, high)(rng);
    };
    for (int trial = 0; trial < 150; ++trial) {
        ConvTrace::Setup s;
        ConvGeometry::Params& p = s.geometry;
        p.channels = pick(1, 3);
        s.kernel_count = pick(1, 3);
        p.input_height = pick(1, 9);
        p.input_width = pick(1, 9);
        p.kernel_height = pick(1, 3);
        p.kernel_width = pick(1, 3);
        p.stride_y = pick(1, 3);
        p.stride_x = pick(1, 3);
        p.dilation_y = pick(1, 2);
        p.dilation_x = pick(1, 2);
        p.mode = static_cast<PaddingMode>(pick(0, 1)); // VALID or SAME
        const ConvGeometry geometry(p);
        if (!geometry.is_valid())
            continue;
        const int C = p.channels, K = s.kernel_count;
        std::vector<float> x, w;
        for (int i = 0; i < C * p.input_height * p.input_width; ++i)
            x.push_back(float(pick(-4, 4)));
        for (int i = 0; i < K * C * p.kernel_height * p.kernel_width; ++i)
            w.push_back(float(pick(-4, 4)));
        s.input.assign(x.begin(), x.end());
        s.kernels.assign(w.begin(), w.end());
        const Im2col im2col{ConvTrace(s)};

        const Padding pad = geometry.padding();
        compute::ops::Conv2dParams cp{p.stride_y, p.stride_x, pad.top,      pad.bottom,
                                      pad.left,   pad.right,  p.dilation_y, p.dilation_x};
        const std::vector<float> y =
            compute::ops::conv2d_forward(
                compute::Tensor::from({1, C, p.input_height, p.input_width}, x),
                compute::Tensor::from({K, C, p.kernel_height, p.kernel_width}, w), {}, cp)
                .to_vector();
        // ops gives (K, OH·OW); the product is (OH·OW, K): the same numbers, transposed.
        for (int k = 0; k < K; ++k)
            for (int r = 0; r < im2col.rows(); ++r)
                QCOMPARE(im2col.product()[std::size_t(r * K + k)],
                         double(y[std::size_t(k * im2col.rows() + r)]));
    }
}

void tst_Im2col::timing() {
    const MatmulTiming small = time_matmul(4, 9, 1, 3);
    QCOMPARE(small.m, 4);
    QVERIFY(small.cpu_ms > 0);
    QVERIFY(small.cuda_ms.has_value() != !small.cuda_missing.empty());
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, time_matmul(0, 9, 1));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, time_matmul(4, 9, 1, 0));

    const Im2col im2col(ConvTrace::from_matrices(lectureInput, lectureKernel, {}));
    const Im2colTimings timings = time_im2col(im2col, 1);
    QCOMPARE(timings.current.m, 4);
    QCOMPARE(timings.current.k, 9);
    QCOMPARE(timings.current.n, 1);
    QCOMPARE(timings.realistic.m, 64 * 28 * 28);
    QCOMPARE(timings.realistic.k, 16 * 3 * 3);
    QCOMPARE(timings.realistic.n, 32);
    QVERIFY(timings.realistic.cpu_gflops() > 0);
}

QTEST_GUILESS_MAIN(tst_Im2col)
#include "tst_im2col.moc"
