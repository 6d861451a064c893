// Qt Test suite for bad calls through ops::: each throws std::invalid_argument whose message
// starts with the op's name and says what is wrong; nothing aborts and nothing is changed.
#include "compute/ops.h"
#include "compute_test_util.h"

#include <QTest>
#include <cmath>
#include <functional>
#include <limits>

using namespace convsight::compute;
using namespace convsight::compute::testing;

namespace {

Tensor zeros(Shape shape) {
    return Tensor::zeros(std::move(shape));
}

ops::Conv2dParams padded(int pad) {
    ops::Conv2dParams p;
    p.pad_top = p.pad_bottom = p.pad_left = p.pad_right = pad;
    return p;
}

ops::Pool2dParams window(int size, int stride, int pad) {
    ops::Pool2dParams p;
    p.window_y = p.window_x = size;
    p.stride_y = p.stride_x = stride;
    p.pad_top = p.pad_bottom = p.pad_left = p.pad_right = pad;
    return p;
}

ops::BatchNormState batchNormState(int channels) {
    return {Tensor::full({channels}, 1.0f), zeros({channels}), zeros({channels}),
            Tensor::full({channels}, 1.0f)};
}

} // namespace

class tst_OpsErrors : public QObject {
    Q_OBJECT

private slots:
    void throwsNamingOpAndProblem_data();
    void throwsNamingOpAndProblem();
    void failedStepChangesNothing();
};

void tst_OpsErrors::throwsNamingOpAndProblem_data() {
    QTest::addColumn<std::function<void()>>("call");
    QTest::addColumn<QString>("op");       // what the message starts with
    QTest::addColumn<QStringList>("says"); // what else it must contain

    const auto row = [](const char* name, std::function<void()> call, const char* op,
                        QStringList says) {
        QTest::newRow(name) << std::move(call) << QString::fromLatin1(op) << std::move(says);
    };

    // Convolution.
    row("conv: channels differ",
        [] {
            ops::conv2d_forward(zeros({1, 3, 5, 5}), zeros({2, 4, 3, 3}), Tensor(), {});
        },
        "conv2d", {"3 channels", "expects 4", "(1, 3, 5, 5)", "(2, 4, 3, 3)"});
    row("conv: bias of the wrong size",
        [] {
            ops::conv2d_forward(zeros({1, 3, 5, 5}), zeros({2, 3, 3, 3}), zeros({3}), {});
        },
        "conv2d_forward", {"bias", "(3)", "(2)"});
    row("conv: filter larger than the input",
        [] {
            ops::conv2d_forward(zeros({1, 1, 3, 3}), zeros({1, 1, 5, 5}), Tensor(), {});
        },
        "conv2d", {"5x5 filter", "does not fit", "3x3"});
    row("conv: filter larger than the padded input",
        [] {
            ops::conv2d_forward(zeros({1, 1, 2, 2}), zeros({1, 1, 5, 5}), Tensor(), padded(1));
        },
        "conv2d", {"5x5 filter", "does not fit", "padded 4x4"});
    row("conv: dilated filter larger than the input",
        [] {
            ops::Conv2dParams p;
            p.dilation_y = p.dilation_x = 2;
            ops::conv2d_forward(zeros({1, 1, 4, 4}), zeros({1, 1, 3, 3}), Tensor(), p);
        },
        "conv2d", {"5x5 filter", "does not fit"});
    row("conv: stride 0",
        [] {
            ops::Conv2dParams p;
            p.stride_x = 0;
            ops::conv2d_forward(zeros({1, 1, 4, 4}), zeros({1, 1, 3, 3}), Tensor(), p);
        },
        "conv2d", {"stride"});
    row("conv: dilation 0",
        [] {
            ops::Conv2dParams p;
            p.dilation_y = 0;
            ops::conv2d_forward(zeros({1, 1, 4, 4}), zeros({1, 1, 3, 3}), Tensor(), p);
        },
        "conv2d", {"dilation"});
    row("conv: negative padding",
        [] {
            ops::conv2d_forward(zeros({1, 1, 4, 4}), zeros({1, 1, 3, 3}), Tensor(), padded(-1));
        },
        "conv2d", {"padding"});
    row("conv: input of rank 3",
        [] {
            ops::conv2d_forward(zeros({3, 5, 5}), zeros({2, 3, 3, 3}), Tensor(), {});
        },
        "conv2d_forward", {"input", "4 dimensions", "(3, 5, 5)"});
    row("conv backward: output gradient of the wrong shape",
        [] {
            ops::conv2d_backward(zeros({1, 2, 4, 4}), zeros({1, 3, 5, 5}), zeros({2, 3, 3, 3}),
                                 true, {});
        },
        "conv2d_backward", {"output gradient", "(1, 2, 4, 4)", "(1, 2, 3, 3)"});
    row("conv: groups 0",
        [] {
            ops::Conv2dParams p;
            p.groups = 0;
            ops::conv2d_forward(zeros({1, 2, 4, 4}), zeros({2, 2, 3, 3}), Tensor(), p);
        },
        "conv2d", {"groups must be at least 1"});
    row("conv: channels not divisible by groups",
        [] {
            ops::Conv2dParams p;
            p.groups = 2;
            ops::conv2d_forward(zeros({1, 3, 4, 4}), zeros({2, 1, 3, 3}), Tensor(), p);
        },
        "conv2d", {"(1, 3, 4, 4)", "3 channels", "do not split into 2 groups"});
    row("conv: filters not divisible by groups",
        [] {
            ops::Conv2dParams p;
            p.groups = 2;
            ops::conv2d_forward(zeros({1, 4, 4, 4}), zeros({3, 2, 3, 3}), Tensor(), p);
        },
        "conv2d", {"(3, 2, 3, 3)", "3 filters", "do not split into 2 groups"});
    row("conv: weight of a group of the wrong depth",
        [] {
            ops::Conv2dParams p;
            p.groups = 2;
            ops::conv2d_forward(zeros({1, 4, 4, 4}), zeros({4, 4, 3, 3}), Tensor(), p);
        },
        "conv2d", {"4 channels", "expects 8", "(4 per group, 2 groups)"});

    // Pooling.
    row("pool: padding equal to the window",
        [] {
            ops::maxpool2d_forward(zeros({1, 1, 4, 4}), window(2, 2, 2));
        },
        "pool2d", {"padding", "smaller than the window"});
    row("pool: padding larger than the window",
        [] {
            ops::avgpool2d_forward(zeros({1, 1, 4, 4}), window(2, 2, 3));
        },
        "pool2d", {"padding", "smaller than the window"});
    row("pool: stride 0",
        [] {
            ops::maxpool2d_forward(zeros({1, 1, 4, 4}), window(2, 0, 0));
        },
        "pool2d", {"stride"});
    row("pool: window larger than the input",
        [] {
            ops::maxpool2d_forward(zeros({1, 1, 2, 2}), window(3, 1, 0));
        },
        "pool2d", {"3x3 window", "does not fit", "(1, 1, 2, 2)"});
    row("pool backward: output gradient of the wrong shape",
        [] {
            ops::maxpool2d_backward(zeros({1, 1, 3, 3}), zeros({1, 1, 4, 4}), window(2, 2, 0));
        },
        "maxpool2d_backward", {"output gradient", "(1, 1, 3, 3)", "(1, 1, 2, 2)"});

    // Dense layers and matrix products.
    row("dense: features differ",
        [] {
            ops::dense_forward(zeros({2, 4}), zeros({3, 5}), Tensor());
        },
        "dense_forward", {"4 features", "expects 5", "(2, 4)", "(3, 5)"});
    row("dense: bias of the wrong size",
        [] {
            ops::dense_forward(zeros({2, 4}), zeros({3, 4}), zeros({4}));
        },
        "dense_forward", {"bias", "(4)", "(3)"});
    row("dense backward: features differ",
        [] {
            ops::dense_backward(zeros({2, 3}), zeros({2, 4}), zeros({3, 5}), true);
        },
        "dense_backward", {"features"});
    row("matmul: inner dimensions differ",
        [] {
            ops::matmul(zeros({2, 3}), zeros({4, 5}));
        },
        "matmul", {"inner dimensions", "2x3", "4x5"});

    // Softmax cross-entropy.
    row("softmax-CE: label past the last class",
        [] {
            ops::softmax_cross_entropy_forward(zeros({2, 3}), Tensor::from({2}, {0, 3}));
        },
        "softmax_cross_entropy_forward", {"label 3", "at index 1", "[0, 3)"});
    row("softmax-CE: negative label",
        [] {
            ops::softmax_cross_entropy_forward(zeros({2, 3}), Tensor::from({2}, {-1, 0}));
        },
        "softmax_cross_entropy_forward", {"label -1", "[0, 3)"});
    row("softmax-CE: label not an integer",
        [] {
            ops::softmax_cross_entropy_forward(zeros({2, 3}), Tensor::from({2}, {1.5f, 0}));
        },
        "softmax_cross_entropy_forward", {"label 1.5", "not a class index"});
    row("softmax-CE: label NaN",
        [] {
            ops::softmax_cross_entropy_forward(
                zeros({1, 3}), Tensor::from({1}, {std::numeric_limits<float>::quiet_NaN()}));
        },
        "softmax_cross_entropy_forward", {"not a class index"});
    row("softmax-CE backward: label past the last class",
        [] {
            ops::softmax_cross_entropy_backward(Tensor::full({2, 3}, 1.0f / 3),
                                                Tensor::from({2}, {2, 7}));
        },
        "softmax_cross_entropy_backward", {"label 7", "at index 1", "[0, 3)"});
    row("softmax-CE: one label per row",
        [] {
            ops::softmax_cross_entropy_forward(zeros({2, 3}), zeros({3}));
        },
        "softmax_cross_entropy_forward", {"labels", "(3)", "(2)"});

    // Batch normalisation.
    row("batchnorm: gamma of the wrong size",
        [] {
            ops::BatchNormState s = batchNormState(3);
            s.gamma = Tensor::full({4}, 1.0f);
            ops::batchnorm_forward(zeros({2, 3}), s, true);
        },
        "batchnorm_forward", {"gamma", "(4)", "(3)"});
    row("batchnorm: rank 3 input",
        [] {
            ops::BatchNormState s = batchNormState(3);
            ops::batchnorm_forward(zeros({2, 3, 4}), s, false);
        },
        "batchnorm_forward", {"(2, 3, 4)"});
    row("batchnorm: training on one value per channel",
        [] {
            ops::BatchNormState s = batchNormState(3);
            ops::batchnorm_forward(zeros({1, 3}), s, true);
        },
        "batchnorm_forward", {"more than one value per channel"});
    row("batchnorm backward: gamma of the wrong size",
        [] {
            ops::BatchNormState s = batchNormState(3);
            const ops::BatchNormSaved saved{zeros({3}), zeros({3})};
            s.gamma = Tensor::full({2}, 1.0f);
            ops::batchnorm_backward(zeros({2, 3}), zeros({2, 3}), s, saved);
        },
        "batchnorm_backward", {"gamma", "(2)", "(3)"});

    // Dropout.
    row("dropout: p = 1",
        [] {
            Tensor mask;
            ops::dropout_forward(zeros({4}), 1.0f, 1, mask);
        },
        "dropout_forward", {"drop probability", "[0, 1)", "1.0"});
    row("dropout: negative p",
        [] {
            Tensor mask;
            ops::dropout_forward(zeros({4}), -0.1f, 1, mask);
        },
        "dropout_forward", {"drop probability", "-0.1"});
    row("dropout: p NaN",
        [] {
            Tensor mask;
            ops::dropout_forward(zeros({4}), std::numeric_limits<float>::quiet_NaN(), 1, mask);
        },
        "dropout_forward", {"drop probability"});
    row("dropout backward: mask of the wrong shape",
        [] { ops::dropout_backward(zeros({4}), zeros({5})); }, "dropout_backward",
        {"output gradient", "(4)", "(5)"});

    // Element-wise ops, optimizers, argmax.
    row("activation backward: output of the wrong shape",
        [] { ops::activation_backward(Activation::Tanh, zeros({4}), zeros({4}), zeros({3})); },
        "activation_backward", {"output", "(3)", "(4)"});
    row("activation: undefined input", [] { ops::activation_forward(Activation::ReLU, Tensor()); },
        "activation_forward", {"input", "undefined"});
    row("sgd: gradient of the wrong shape",
        [] {
            Tensor param = zeros({3}), velocity = zeros({3});
            ops::sgd_step(param, zeros({4}), velocity, {0.1f, 0, 0});
        },
        "sgd_step", {"gradient", "(4)", "(3)"});
    row("adam: step count 0",
        [] {
            Tensor param = zeros({3}), m = zeros({3}), v = zeros({3});
            ops::adam_step(param, zeros({3}), m, v, {1e-3f, 0.9f, 0.999f, 1e-8f, 0}, 0);
        },
        "adam_step", {"step count"});
    row("argmax: rank 1", [] { ops::argmax(zeros({5})); }, "argmax",
        {"logits", "2 dimensions", "(5)"});

    // Image filtering.
    row("filter2d: image of rank 2",
        [] {
            ops::filter2d(zeros({5, 5}), zeros({3, 3}), BorderMode::Zero);
        },
        "filter2d", {"image", "(C, H, W)", "(5, 5)"});
    row("filter2d: kernel of rank 4",
        [] {
            ops::filter2d(zeros({3, 5, 5}), zeros({1, 3, 3, 3}), BorderMode::Zero);
        },
        "filter2d", {"kernel", "(KH, KW)", "(1, 3, 3, 3)"});
    row("filter2d: one kernel per channel, channels differ",
        [] {
            ops::filter2d(zeros({3, 5, 5}), zeros({2, 3, 3}), BorderMode::Reflect);
        },
        "filter2d", {"3 channels", "(2, 3, 3) has 2"});
    row("filter2d: kernel too large",
        [] {
            ops::filter2d(zeros({1, 5, 5}), zeros({64, 3}), BorderMode::Wrap);
        },
        "filter2d", {"1x1 to 63x63", "(64, 3)"});
    row("filter2d: undefined kernel",
        [] {
            ops::filter2d(zeros({1, 5, 5}), Tensor(), BorderMode::Zero);
        },
        "filter2d", {"kernel", "undefined"});

    // Softmax and padding.
    row("softmax: feature maps",
        [] {
            ops::softmax_forward(zeros({2, 3, 4, 4}), false);
        },
        "softmax_forward", {"(N, F)", "(2, 3, 4, 4)", "flatten it first"});
    row("log_softmax: a vector", [] { ops::softmax_forward(zeros({5}), true); },
        "log_softmax_forward", {"(N, F)", "(5)"});
    row("softmax_backward: gradient of another shape",
        [] {
            ops::softmax_backward(zeros({2, 4}), zeros({2, 3}), false);
        },
        "softmax_backward", {"output gradient", "(2, 4)", "(2, 3)"});
    row("pad: reflect wider than the image",
        [] {
            ops::pad2d_forward(zeros({1, 1, 3, 5}), {3, 0, 0, 0, PadMode::Reflect, 0});
        },
        "pad2d", {"reflect padding of 3 on the top", "at least 4 rows", "has 3", "size − 1"});
    row("pad: reflect on a one-pixel column",
        [] {
            ops::pad2d_forward(zeros({1, 1, 4, 1}), {0, 0, 0, 1, PadMode::Reflect, 0});
        },
        "pad2d", {"right", "at least 2 columns", "has 1"});
    row("pad: negative",
        [] {
            ops::pad2d_forward(zeros({1, 1, 4, 4}), {0, -1, 0, 0, PadMode::Constant, 0});
        },
        "pad2d", {"negative"});
    row("pad: features instead of images",
        [] {
            ops::pad2d_forward(zeros({2, 8}), {1, 1, 1, 1, PadMode::Edge, 0});
        },
        "pad2d_forward", {"input", "4 dimensions", "(2, 8)"});
}

void tst_OpsErrors::throwsNamingOpAndProblem() {
    QFETCH(std::function<void()>, call);
    QFETCH(QString, op);
    QFETCH(QStringList, says);

    const Thrown thrown = thrownBy(call);
    QVERIFY2(thrown.kind == Thrown::Kind::InvalidArgument,
             qPrintable(QStringLiteral("expected std::invalid_argument, got kind %1: %2")
                            .arg(static_cast<int>(thrown.kind))
                            .arg(thrown.message)));
    QVERIFY2(thrown.message.startsWith(op + QStringLiteral(": ")), qPrintable(thrown.message));
    for (const QString& part : says)
        QVERIFY2(thrown.message.contains(part),
                 qPrintable(QStringLiteral("'%1' does not say '%2'").arg(thrown.message, part)));
}

void tst_OpsErrors::failedStepChangesNothing() {
    // An optimizer step refused for one bad argument leaves the parameter and its state alone.
    Tensor param = Tensor::from({3}, {1, 2, 3}), m = Tensor::from({3}, {0.1f, 0.2f, 0.3f}),
           v = Tensor::from({3}, {0.01f, 0.02f, 0.03f});
    const AdamParams adam{1e-3f, 0.9f, 0.999f, 1e-8f, 0};
    QCOMPARE(thrownBy([&] { ops::adam_step(param, Tensor::full({3}, 1.0f), m, v, adam, 0); }).kind,
             Thrown::Kind::InvalidArgument);
    QCOMPARE(thrownBy([&] { ops::adam_step(param, Tensor::full({2}, 1.0f), m, v, adam, 1); }).kind,
             Thrown::Kind::InvalidArgument);
    QCOMPARE(param.to_vector(), (std::vector<float>{1, 2, 3}));
    QCOMPARE(m.to_vector(), (std::vector<float>{0.1f, 0.2f, 0.3f}));
    QCOMPARE(v.to_vector(), (std::vector<float>{0.01f, 0.02f, 0.03f}));

    // A batch-norm forward refused for a bad gamma does not touch the running statistics.
    ops::BatchNormState s = batchNormState(2);
    s.running_mean.fill(0.5f);
    s.beta = zeros({3});
    QCOMPARE(thrownBy([&] {
                 ops::batchnorm_forward(Tensor::full({4, 2}, 2.0f), s, true);
             }).kind,
             Thrown::Kind::InvalidArgument);
    QCOMPARE(s.running_mean.to_vector(), (std::vector<float>{0.5f, 0.5f}));
    QCOMPARE(s.running_var.to_vector(), (std::vector<float>{1.0f, 1.0f}));
}

QTEST_GUILESS_MAIN(tst_OpsErrors)
#include "tst_ops_errors.moc"
