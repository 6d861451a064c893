// Qt Test suite for the locally connected layer (nn/LocallyConnected2d.h): the forward pass against
// the definition computed here in double, the gradients against central finite differences, the
// weight count against the lecture's formula, no sharing between positions, and the layer in JSON
// architectures, summaries and model files.
#include "nn/LocallyConnected2d.h"
#include "nn/ModelFile.h"
#include "nn/Summary.h"
#include "nn_test_support.h"

#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace convsight::nn;
using convsight::compute::Tensor;
using nlohmann::json;
using nn_test::messageOf;
using nn_test::randomTensor;

namespace {

// y[n, k, oy, ox] = b[k, oy, ox] + Σc Σm Σq x[n, c, oy·sy + m, ox·sx + q] · w[oy, ox, k, c, m, q]
std::vector<double> reference(const std::vector<float>& x, const std::vector<float>& w,
                              const std::vector<float>& b, int n,
                              const LocallyConnected2dOptions& o, int oh, int ow) {
    std::vector<double> y;
    for (int i = 0; i < n; ++i)
        for (int k = 0; k < o.filters; ++k)
            for (int oy = 0; oy < oh; ++oy)
                for (int ox = 0; ox < ow; ++ox) {
                    double sum =
                        b.empty() ? 0.0 : b[static_cast<std::size_t>((k * oh + oy) * ow + ox)];
                    for (int c = 0; c < o.in_channels; ++c)
                        for (int m = 0; m < o.kernel_height; ++m)
                            for (int q = 0; q < o.kernel_width; ++q) {
                                const int row = oy * o.stride_y + m, column = ox * o.stride_x + q;
                                const auto xi = static_cast<std::size_t>(
                                    ((i * o.in_channels + c) * o.in_height + row) * o.in_width +
                                    column);
                                const auto wi = static_cast<std::size_t>(
                                    ((((oy * ow + ox) * o.filters + k) * o.in_channels + c) *
                                         o.kernel_height +
                                     m) *
                                        o.kernel_width +
                                    q);
                                sum += double{x[xi]} * double{w[wi]};
                            }
                    y.push_back(sum);
                }
    return y;
}

LocallyConnected2dOptions options(int c, int h, int w, int k, int kh, int kw, int sy, int sx,
                                  bool bias) {
    LocallyConnected2dOptions o;
    o.in_channels = c;
    o.in_height = h;
    o.in_width = w;
    o.filters = k;
    o.kernel_height = kh;
    o.kernel_width = kw;
    o.stride_y = sy;
    o.stride_x = sx;
    o.bias = bias;
    return o;
}

void addShapes() {
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("c");
    QTest::addColumn<int>("h");
    QTest::addColumn<int>("w");
    QTest::addColumn<int>("k");
    QTest::addColumn<int>("kh");
    QTest::addColumn<int>("kw");
    QTest::addColumn<int>("sy");
    QTest::addColumn<int>("sx");
    QTest::addColumn<bool>("bias");
    QTest::newRow("1 channel 3×3") << 1 << 1 << 5 << 5 << 2 << 3 << 3 << 1 << 1 << true;
    QTest::newRow("RGB, stride 2") << 2 << 3 << 7 << 6 << 3 << 3 << 2 << 2 << 2 << true;
    QTest::newRow("2×3 window, no bias") << 3 << 2 << 4 << 6 << 2 << 2 << 3 << 1 << 2 << false;
    QTest::newRow("1×1 window") << 2 << 4 << 3 << 3 << 5 << 1 << 1 << 1 << 1 << true;
}

#define FETCH_SHAPE                                                                                \
    QFETCH(int, n);                                                                                \
    QFETCH(int, c);                                                                                \
    QFETCH(int, h);                                                                                \
    QFETCH(int, w);                                                                                \
    QFETCH(int, k);                                                                                \
    QFETCH(int, kh);                                                                               \
    QFETCH(int, kw);                                                                               \
    QFETCH(int, sy);                                                                               \
    QFETCH(int, sx);                                                                               \
    QFETCH(bool, bias);                                                                            \
    const LocallyConnected2dOptions o = options(c, h, w, k, kh, kw, sy, sx, bias)

// Random weights and biases drawn into the layer.
void randomise(LocallyConnected2d& layer, std::uint64_t seed) {
    layer.weight().value.copy_from(randomTensor(layer.weight().value.shape(), seed));
    if (layer.bias())
        layer.bias()->value.copy_from(randomTensor(layer.bias()->value.shape(), seed + 1));
}

} // namespace

class tst_LocallyConnected : public QObject {
    Q_OBJECT
private slots:
    void forwardMatchesReference_data() { addShapes(); }
    void forwardMatchesReference();
    void gradientsMatchFiniteDifferences_data() { addShapes(); }
    void gradientsMatchFiniteDifferences();
    void weightCountFormula();
    void positionsShareNothing();
    void inArchitecturesAndModelFiles();
    void impossibleShapesAreNamed();
};

void tst_LocallyConnected::forwardMatchesReference() {
    FETCH_SHAPE;
    LocallyConnected2d layer(o);
    randomise(layer, 7);
    const Tensor x = randomTensor({n, c, h, w}, 3);
    const Tensor y = layer.forward(x, false);
    const int oh = (h - kh) / sy + 1, ow = (w - kw) / sx + 1;
    QCOMPARE(y.shape(), (convsight::compute::Shape{n, k, oh, ow}));
    const std::vector<double> expected =
        reference(x.to_vector(), layer.weight().value.to_vector(),
                  bias ? layer.bias()->value.to_vector() : std::vector<float>{}, n, o, oh, ow);
    const std::vector<float> actual = y.to_vector();
    QCOMPARE(actual.size(), expected.size());
    for (std::size_t i = 0; i < actual.size(); ++i)
        QVERIFY2(
            std::abs(actual[i] - expected[i]) < 1e-5,
            qPrintable(
                QStringLiteral("output %1: %2 against %3").arg(i).arg(actual[i]).arg(expected[i])));
}

void tst_LocallyConnected::gradientsMatchFiniteDifferences() {
    FETCH_SHAPE;
    LocallyConnected2d layer(o);
    randomise(layer, 11);
    Tensor x = randomTensor({n, c, h, w}, 5);
    const Tensor y0 = layer.forward(x, true);
    const Tensor g = randomTensor(y0.shape(), 13); // the loss is Σ y·g, so dL/dy = g
    const Tensor dx = layer.backward(g);
    const std::vector<float> gv = g.to_vector();
    const auto loss = [&](const Tensor& input) {
        const std::vector<float> y = layer.forward(input, true).to_vector();
        double sum = 0;
        for (std::size_t i = 0; i < y.size(); ++i)
            sum += double{y[i]} * gv[i];
        return sum;
    };
    // Central differences; the loss is linear in each value, so only float rounding remains.
    const float eps = 1e-2f;
    const auto check = [&](Tensor& values, const Tensor& analytic, const char* what) {
        std::vector<float> v = values.to_vector();
        const std::vector<float> a = analytic.to_vector();
        for (std::size_t i = 0; i < v.size(); ++i) {
            const float original = v[i];
            v[i] = original + eps;
            values.copy_from(Tensor::from(values.shape(), v));
            const double plus = loss(x);
            v[i] = original - eps;
            values.copy_from(Tensor::from(values.shape(), v));
            const double minus = loss(x);
            v[i] = original;
            values.copy_from(Tensor::from(values.shape(), v));
            const double numeric = (plus - minus) / (2.0 * eps);
            QVERIFY2(std::abs(numeric - a[i]) < 2e-3 * (1.0 + std::abs(numeric)),
                     qPrintable(QStringLiteral("d%1[%2]: %3 analytic, %4 numeric")
                                    .arg(QLatin1String(what))
                                    .arg(i)
                                    .arg(a[i])
                                    .arg(numeric)));
        }
    };
    const Tensor dw = layer.weight().grad.clone();
    const Tensor db = bias ? layer.bias()->grad.clone() : Tensor{};
    check(layer.weight().value, dw, "w");
    if (bias)
        check(layer.bias()->value, db, "b");
    check(x, dx, "x");
}

void tst_LocallyConnected::weightCountFormula() {
    // A 28×28 digit into 32 maps of 26×26 through 3×3 windows: 26·26·32·(3·3·1 + 1).
    LocallyConnected2d layer(options(1, 28, 28, 32, 3, 3, 1, 1, true));
    QCOMPARE(layer.parameter_count(), std::int64_t{216'320});
    QCOMPARE(layer.parameter_count(), weight_counts(28, 28, 1, 3, 3, 26, 26, 32).locally_connected);
    LocallyConnected2d strided(options(3, 9, 8, 4, 3, 2, 2, 3, false));
    // Output 4×3: 4·3·4 positions-and-maps, each a 3×2×3 window, no biases.
    QCOMPARE(strided.output_height(), 4);
    QCOMPARE(strided.output_width(), 3);
    QCOMPARE(strided.parameter_count(), std::int64_t{4 * 3 * 4 * 3 * 2 * 3});
    QCOMPARE(strided.flops({1, 3, 9, 8}), std::int64_t{2} * 4 * 3 * 4 * 3 * 2 * 3);
}

void tst_LocallyConnected::positionsShareNothing() {
    LocallyConnected2d layer(options(1, 4, 4, 1, 3, 3, 1, 1, false));
    layer.weight().value.fill(1.0f);
    const Tensor x = Tensor::full({1, 1, 4, 4}, 1.0f);
    // Only position (0, 1) gets other weights: only its output changes.
    std::vector<float> w = layer.weight().value.to_vector();
    for (int i = 0; i < 9; ++i)
        w[static_cast<std::size_t>(9 + i)] = 2.0f;
    layer.weight().value.copy_from(Tensor::from(layer.weight().value.shape(), w));
    QCOMPARE(layer.forward(x, false).to_vector(), (std::vector<float>{9, 18, 9, 9}));
}

void tst_LocallyConnected::inArchitecturesAndModelFiles() {
    const json architecture = json::parse(R"({"name": "local", "input": [2, 8, 8], "layers": [
        {"type": "locally_connected2d", "filters": 3, "kernel": 3, "stride": 2}, {"type": "relu"},
        {"type": "flatten"}, {"type": "dense", "units": 4}]})");
    Sequential model = model_from_json(architecture);
    model.initialize(3);
    QCOMPARE(model.layer(0).name(), std::string("local1"));
    QCOMPARE(model.output_shape(), (convsight::compute::Shape{4}));
    COMPARE_JSON(architecture_json(model), architecture);
    // The summary from the JSON alone agrees with the built layer.
    const ModelSummary summary = model_summary(architecture);
    QCOMPARE(summary.layers[0].parameters, model.layer(0).parameter_count());
    QCOMPARE(summary.layers[0].flops, model.layer_summaries()[0].flops);
    QCOMPARE(nn_test::q(lecture_shape(summary.layers[0].output_shape)), QStringLiteral("3×3×3"));

    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("local.csmodel")).toStdString();
    save_model_file(path, model, json::object());
    SavedModel loaded = load_model_file(path);
    const Tensor x = randomTensor({2, 2, 8, 8}, 9);
    model.eval();
    QCOMPARE(loaded.model.forward(x).to_vector(), model.forward(x).to_vector());
}

void tst_LocallyConnected::impossibleShapesAreNamed() {
    const auto tooLarge = messageOf<std::invalid_argument>([] {
        model_from_json(json::parse(R"({"input": [1, 4, 4], "layers": [
            {"type": "locally_connected2d", "filters": 2, "kernel": 5}]})"));
    });
    QVERIFY(tooLarge);
    QVERIFY2(tooLarge->contains("layer 1 (locally_connected2d)"), qPrintable(*tooLarge));
    const auto afterFlatten = messageOf<std::invalid_argument>([] {
        model_from_json(json::parse(R"({"input": [1, 4, 4], "layers": [{"type": "flatten"},
            {"type": "locally_connected2d", "filters": 2, "kernel": 3}]})"));
    });
    QVERIFY(afterFlatten);
    QVERIFY2(afterFlatten->contains("layer 2 of 2") || afterFlatten->contains("layer 2"),
             qPrintable(*afterFlatten));
    // The layer's weights are for one input size.
    LocallyConnected2d layer(options(1, 5, 5, 1, 3, 3, 1, 1, true));
    const auto otherSize = messageOf<std::invalid_argument>([&] {
        layer.output_shape({1, 1, 6, 5});
    });
    QVERIFY(otherSize && otherSize->contains("5×5×1 input, got 6×5×1"));
}

QTEST_GUILESS_MAIN(tst_LocallyConnected)
#include "tst_locallyconnected.moc"
