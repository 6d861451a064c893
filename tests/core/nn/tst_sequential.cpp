// Qt Test suite for nn::Sequential's shape inference and the built-in models: each layer's output
// shape, parameter count and FLOPs (worked out by hand below), the summary table, the messages
// for impossible shapes, seeded initialisation, inference without saved tensors, and the model
// names.
#include "compute/Profile.h"
#include "nn/Activations.h"
#include "nn/BatchNorm.h"
#include "nn/Conv2d.h"
#include "nn/Dense.h"
#include "nn/Flatten.h"
#include "nn/Init.h"
#include "nn/Models.h"
#include "nn/Pool2d.h"
#include "nn/Sequential.h"
#include "nn_test_support.h"

#include <QStringList>
#include <QTest>
#include <cmath>
#include <functional>
#include <map>
#include <memory>

using namespace convsight;
using namespace convsight::nn;
using nn_test::messageOf;
using nn_test::q;

// Adds layers to a model (a data column of impossibleShapes).
using Build = std::function<void(Sequential&)>;

Q_DECLARE_METATYPE(convsight::compute::Shape)
Q_DECLARE_METATYPE(Build)

namespace {

double mean(const std::vector<float>& values) {
    double sum = 0.0;
    for (const float v : values)
        sum += v;
    return sum / static_cast<double>(values.size());
}

double standardDeviation(const std::vector<float>& values) {
    const double m = mean(values);
    double sum = 0.0;
    for (const float v : values)
        sum += (v - m) * (v - m);
    return std::sqrt(sum / static_cast<double>(values.size()));
}

} // namespace

class tst_Sequential : public QObject {
    Q_OBJECT

private slots:
    void builtInModelLayers_data();
    void builtInModelLayers();
    void builtInModelTotals_data();
    void builtInModelTotals();
    void summaryTable();
    void impossibleShapes_data();
    void impossibleShapes();
    void inputShapeSetAfterLayers();
    void layerNames();
    void flopsScaleWithBatch();
    void sameSeedSameNetwork();
    void initialisationScales();
    void initialisationInPlace();
    void inferMatchesEvalForward();
    void layerTiming();
    void unknownModelName();
};

void tst_Sequential::builtInModelLayers_data() {
    QTest::addColumn<QString>("model");
    QTest::addColumn<int>("index"); // 1-based, as the summary counts
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("description");
    QTest::addColumn<compute::Shape>("outputShape"); // per example
    QTest::addColumn<std::int64_t>("parameters");
    QTest::addColumn<std::int64_t>("flops"); // 2 × multiply-adds for one example

    // small, input (1, 28, 28). A conv layer's multiply-adds: output values × (C·KH·KW).
    const auto small = [](int index, const char* name, const char* description,
                          compute::Shape shape, std::int64_t parameters, std::int64_t flops) {
        QTest::addRow("small %d %s", index, name)
            << "small" << index << name << description << shape << parameters << flops;
    };
    // 16·1·3·3 + 16 = 160; 2 · (16·28·28) · (1·3·3) = 2 · 12544 · 9 = 225,792
    small(1, "conv1", "Conv2d 3×3, 1 → 16, SAME", {16, 28, 28}, 160, 225'792);
    small(2, "relu1", "ReLU", {16, 28, 28}, 0, 0);
    small(3, "maxpool1", "MaxPool2d 2×2, VALID", {16, 14, 14}, 0, 0);
    // 32·16·3·3 + 32 = 4,640; 2 · (32·14·14) · (16·3·3) = 2 · 6272 · 144 = 1,806,336
    small(4, "conv2", "Conv2d 3×3, 16 → 32, SAME", {32, 14, 14}, 4'640, 1'806'336);
    small(5, "relu2", "ReLU", {32, 14, 14}, 0, 0);
    small(6, "maxpool2", "MaxPool2d 2×2, VALID", {32, 7, 7}, 0, 0);
    small(7, "flatten1", "Flatten", {1568}, 0, 0); // 32·7·7
    // 1568·128 + 128 = 200,832; 2 · 1568 · 128 = 401,408
    small(8, "dense1", "Dense 1568 → 128", {128}, 200'832, 401'408);
    small(9, "relu3", "ReLU", {128}, 0, 0);
    // 128·10 + 10 = 1,290; 2 · 128 · 10 = 2,560
    small(10, "dense2", "Dense 128 → 10", {10}, 1'290, 2'560);

    // cifar-tf, input (3, 24, 24). Max-pool 3×3 stride 2 SAME: output ceil(24/2) = 12, padding
    // total (12 − 1)·2 + 3 − 24 = 1, on the bottom and right; then ceil(12/2) = 6.
    const auto cifar = [](int index, const char* name, const char* description,
                          compute::Shape shape, std::int64_t parameters, std::int64_t flops) {
        QTest::addRow("cifar-tf %d %s", index, name)
            << "cifar-tf" << index << name << description << shape << parameters << flops;
    };
    // 64·3·5·5 + 64 = 4,864; 2 · (64·24·24) · (3·5·5) = 2 · 36864 · 75 = 5,529,600
    cifar(1, "conv1", "Conv2d 5×5, 3 → 64, SAME", {64, 24, 24}, 4'864, 5'529'600);
    cifar(2, "relu1", "ReLU", {64, 24, 24}, 0, 0);
    cifar(3, "maxpool1", "MaxPool2d 3×3, stride 2, SAME", {64, 12, 12}, 0, 0);
    // 64·64·5·5 + 64 = 102,464; 2 · (64·12·12) · (64·5·5) = 2 · 9216 · 1600 = 29,491,200
    cifar(4, "conv2", "Conv2d 5×5, 64 → 64, SAME", {64, 12, 12}, 102'464, 29'491'200);
    cifar(5, "relu2", "ReLU", {64, 12, 12}, 0, 0);
    cifar(6, "maxpool2", "MaxPool2d 3×3, stride 2, SAME", {64, 6, 6}, 0, 0);
    cifar(7, "flatten1", "Flatten", {2304}, 0, 0); // 64·6·6
    // 2304·384 + 384 = 885,120; 2 · 2304 · 384 = 1,769,472
    cifar(8, "dense1", "Dense 2304 → 384", {384}, 885'120, 1'769'472);
    cifar(9, "relu3", "ReLU", {384}, 0, 0);
    // 384·192 + 192 = 73,920; 2 · 384 · 192 = 147,456
    cifar(10, "dense2", "Dense 384 → 192", {192}, 73'920, 147'456);
    cifar(11, "relu4", "ReLU", {192}, 0, 0);
    // 192·10 + 10 = 1,930; 2 · 192 · 10 = 3,840
    cifar(12, "dense3", "Dense 192 → 10", {10}, 1'930, 3'840);
}

void tst_Sequential::builtInModelLayers() {
    QFETCH(QString, model);
    QFETCH(int, index);
    QFETCH(QString, name);
    QFETCH(QString, description);
    QFETCH(compute::Shape, outputShape);
    QFETCH(std::int64_t, parameters);
    QFETCH(std::int64_t, flops);

    const Sequential network = make_model(model.toStdString(), 1);
    const std::vector<LayerSummary> rows = network.layer_summaries();
    QVERIFY(index <= static_cast<int>(rows.size()));
    const LayerSummary& row = rows[static_cast<std::size_t>(index - 1)];
    QCOMPARE(row.index, index);
    QCOMPARE(q(row.name), name);
    QCOMPARE(q(row.description), description);
    QCOMPARE(row.output_shape, outputShape);
    QCOMPARE(row.parameters, parameters);
    QCOMPARE(row.flops, flops);
    QCOMPARE(network.layer(index - 1).parameter_count(), parameters);
}

void tst_Sequential::builtInModelTotals_data() {
    QTest::addColumn<QString>("model");
    QTest::addColumn<compute::Shape>("inputShape");
    QTest::addColumn<int>("layers");
    QTest::addColumn<std::int64_t>("parameters");
    QTest::addColumn<std::int64_t>("flops");

    // 160 + 4,640 + 200,832 + 1,290 = 206,922;
    // 225,792 + 1,806,336 + 401,408 + 2,560 = 2,436,096
    QTest::newRow("small") << "small" << compute::Shape{1, 28, 28} << 10 << std::int64_t{206'922}
                           << std::int64_t{2'436'096};
    // 4,864 + 102,464 + 885,120 + 73,920 + 1,930 = 1,068,298 (the TensorFlow tutorial's count);
    // 5,529,600 + 29,491,200 + 1,769,472 + 147,456 + 3,840 = 36,941,568
    QTest::newRow("cifar-tf") << "cifar-tf" << compute::Shape{3, 24, 24} << 12
                              << std::int64_t{1'068'298} << std::int64_t{36'941'568};
    // 156 + 2,416 + 48,120 + 10,164 + 850 = 61,706 (LeNet-5's C1, C3, F5, F6, output);
    // 235,200 + 480,000 + 96,000 + 20,160 + 1,680 = 833,040
    QTest::newRow("lenet5") << "lenet5" << compute::Shape{1, 28, 28} << 12 << std::int64_t{61'706}
                            << std::int64_t{833'040};
    // conv 320, bn 64, conv 18,496, bn 128, dense 803,072, bn 512, dense 2,570 = 825,162;
    // 451,584 + 50,176 + 7,225,344 + 25,088 + 1,605,632 + 512 + 5,120 = 9,363,456
    QTest::newRow("fashion-strong") << "fashion-strong" << compute::Shape{1, 28, 28} << 16
                                    << std::int64_t{825'162} << std::int64_t{9'363'456};
    // 200,960 + 8,224 + 330 = 209,514; 401,408 + 16,384 + 640 = 418,432
    QTest::newRow("mlp") << "mlp" << compute::Shape{1, 28, 28} << 6 << std::int64_t{209'514}
                         << std::int64_t{418'432};
}

void tst_Sequential::builtInModelTotals() {
    QFETCH(QString, model);
    QFETCH(compute::Shape, inputShape);
    QFETCH(int, layers);
    QFETCH(std::int64_t, parameters);
    QFETCH(std::int64_t, flops);

    Sequential network = make_model(model.toStdString(), 1);
    QCOMPARE(q(network.name()), model);
    QCOMPARE(network.input_shape(), inputShape);
    QCOMPARE(network.output_shape(), (compute::Shape{10}));
    QCOMPARE(network.size(), layers);
    QCOMPARE(network.parameter_count(), parameters);
    QCOMPARE(network.flops(), flops);
    std::int64_t counted = 0;
    for (const Parameter* p : network.parameters())
        counted += p->numel();
    QCOMPARE(counted, parameters);
}

void tst_Sequential::summaryTable() {
    const Sequential network = make_model("small", 1);
    const QString summary = q(network.summary());
    const QStringList lines = summary.split('\n', Qt::SkipEmptyParts);
    // Title, header, 10 layers, total, the note on units.
    QCOMPARE(lines.size(), 14);
    QVERIFY2(lines[0].contains("small") && lines[0].contains("(1, 28, 28)"), qPrintable(lines[0]));
    QVERIFY2(lines[1].contains("output shape") && lines[1].contains("parameters") &&
                 lines[1].contains("FLOPs"),
             qPrintable(lines[1]));
    QVERIFY2(lines[2].contains("conv1") && lines[2].contains("Conv2d 3×3, 1 → 16, SAME") &&
                 lines[2].contains("(16, 28, 28)") && lines[2].contains("160") &&
                 lines[2].contains("225,792"),
             qPrintable(lines[2]));
    QVERIFY2(lines[9].contains("dense1") && lines[9].contains("200,832"), qPrintable(lines[9]));
    QVERIFY2(lines[12].contains("total") && lines[12].contains("206,922") &&
                 lines[12].contains("2,436,096"),
             qPrintable(lines[12]));
    QVERIFY2(lines[13].contains("per example"), qPrintable(lines[13]));
    // Right-aligned numbers: the FLOPs column ends at the same character on every row.
    for (int i = 1; i <= 12; ++i)
        QCOMPARE(lines[i].size(), lines[1].size());
}

void tst_Sequential::impossibleShapes_data() {
    QTest::addColumn<compute::Shape>("inputShape");
    QTest::addColumn<Build>("validLayers");
    QTest::addColumn<Build>("impossibleLayer");
    QTest::addColumn<QStringList>("expected"); // parts the message must contain

    QTest::newRow("wrong channels")
        << compute::Shape{1, 28, 28} << Build([](Sequential& m) {
               m.add(std::make_unique<Conv2d>(1, 8, 3, PaddingSpec::same()));
               m.add(std::make_unique<ReLU>());
           })
        << Build([](Sequential& m) {
               m.add(std::make_unique<Conv2d>(16, 32, 3, PaddingSpec::same()));
           })
        << QStringList{"layer 3 of 3", "conv2 (Conv2d 3×3, 16 → 32, SAME)",
                       "input has 8 channels, expected 16", "(8, 28, 28)", "relu1"};
    QTest::newRow("filter larger than the input")
        << compute::Shape{1, 3, 3} << Build([](Sequential&) {})
        << Build([](Sequential& m) { m.add(std::make_unique<Conv2d>(1, 4, 5)); })
        << QStringList{"layer 1 of 1", "conv1 (Conv2d 5×5, 1 → 4, VALID)",
                       "the 5×5 filter does not fit in the 3×3", "the model's input"};
    QTest::newRow("pool window larger than the input")
        << compute::Shape{1, 4, 4}
        << Build([](Sequential& m) { m.add(std::make_unique<Conv2d>(1, 2, 3)); }) // -> 2×2
        << Build([](Sequential& m) { m.add(std::make_unique<MaxPool2d>(3)); })
        << QStringList{"layer 2 of 2", "maxpool1 (MaxPool2d 3×3, VALID)",
                       "the 3×3 window does not fit in the 2×2 input"};
    QTest::newRow("dense feature mismatch")
        << compute::Shape{1, 28, 28} << Build([](Sequential& m) {
               m.add(std::make_unique<Conv2d>(1, 4, 3, PaddingSpec::same()));
               m.add(std::make_unique<Flatten>()); // 4·28·28 = 3136
           })
        << Build([](Sequential& m) { m.add(std::make_unique<Dense>(784, 10)); })
        << QStringList{"layer 3 of 3", "dense1 (Dense 784 → 10)",
                       "input has 3136 features, expected 784"};
    QTest::newRow("dense without flatten")
        << compute::Shape{1, 28, 28}
        << Build([](Sequential& m) { m.add(std::make_unique<Conv2d>(1, 4, 3)); })
        << Build([](Sequential& m) { m.add(std::make_unique<Dense>(2704, 10)); })
        << QStringList{"layer 2 of 2", "expects an (N, features) input", "Flatten"};
    QTest::newRow("batchnorm channels")
        << compute::Shape{3, 8, 8}
        << Build([](Sequential& m) { m.add(std::make_unique<Conv2d>(3, 6, 3)); })
        << Build([](Sequential& m) { m.add(std::make_unique<BatchNorm>(3)); })
        << QStringList{"batchnorm1 (BatchNorm 3)", "input has 6 channels, expected 3"};
}

void tst_Sequential::impossibleShapes() {
    QFETCH(compute::Shape, inputShape);
    QFETCH(Build, validLayers);
    QFETCH(Build, impossibleLayer);
    QFETCH(QStringList, expected);

    Sequential model("test");
    model.set_input_shape(inputShape);
    validLayers(model);
    const int layersBefore = model.size();
    const compute::Shape outputBefore = model.output_shape();

    const auto message = messageOf<std::invalid_argument>([&] { impossibleLayer(model); });
    QVERIFY2(message, "adding an impossible layer must throw std::invalid_argument");
    for (const QString& part : expected)
        QVERIFY2(message->contains(part),
                 qPrintable(QStringLiteral("\"%1\" lacks \"%2\"").arg(*message, part)));
    // Nothing changed: the layer was not added.
    QCOMPARE(model.size(), layersBefore);
    QCOMPARE(model.output_shape(), outputBefore);
}

void tst_Sequential::inputShapeSetAfterLayers() {
    Sequential model("late");
    model.add(std::make_unique<Conv2d>(3, 8, 3, PaddingSpec::same()));
    model.add(std::make_unique<ReLU>());
    model.add(std::make_unique<Conv2d>(8, 8, 3));
    QVERIFY(model.input_shape().empty());
    // Without an input shape the summary still lists the layers and their parameters.
    QVERIFY(q(model.summary()).contains("not set yet"));
    QCOMPARE(model.parameter_count(), std::int64_t{8 * 3 * 9 + 8 + 8 * 8 * 9 + 8});

    const auto wrongChannels = messageOf<std::invalid_argument>([&] {
        model.set_input_shape({1, 32, 32});
    });
    QVERIFY(wrongChannels);
    QVERIFY2(wrongChannels->contains("layer 1 of 3") &&
                 wrongChannels->contains("input has 1 channels, expected 3"),
             qPrintable(*wrongChannels));
    QVERIFY(model.input_shape().empty()); // unchanged

    const auto tooSmall = messageOf<std::invalid_argument>([&] {
        model.set_input_shape({3, 2, 2});
    });
    QVERIFY(tooSmall);
    QVERIFY2(tooSmall->contains("layer 3 of 3, conv2") && tooSmall->contains("does not fit"),
             qPrintable(*tooSmall));

    model.set_input_shape({3, 10, 10});
    QCOMPARE(model.output_shape(), (compute::Shape{8, 8, 8}));
}

void tst_Sequential::layerNames() {
    Sequential model("names");
    model.add(std::make_unique<Conv2d>(1, 2, 3), "edges");
    model.add(std::make_unique<ReLU>());
    model.add(std::make_unique<Conv2d>(2, 2, 3));
    QCOMPARE(q(model.layer(0).name()), QStringLiteral("edges"));
    QCOMPARE(q(model.layer(1).name()), QStringLiteral("relu1"));
    QCOMPARE(q(model.layer(2).name()), QStringLiteral("conv1"));
    QVERIFY(model.find("relu1") == &model.layer(1));

    QStringList parameterNames;
    for (const Parameter* p : model.parameters())
        parameterNames << q(p->name);
    QCOMPARE(parameterNames,
             (QStringList{"edges.weight", "edges.bias", "conv1.weight", "conv1.bias"}));

    const auto duplicate =
        messageOf<std::invalid_argument>([&] { model.add(std::make_unique<ReLU>(), "relu1"); });
    QVERIFY(duplicate);
    QVERIFY2(duplicate->contains("already a layer named \"relu1\""), qPrintable(*duplicate));
    QCOMPARE(model.size(), 3);
}

void tst_Sequential::flopsScaleWithBatch() {
    // A layer's FLOPs count the whole batch; Sequential reports one example.
    const Conv2d conv(1, 16, 3, PaddingSpec::same());
    QCOMPARE(conv.flops({1, 1, 28, 28}), std::int64_t{225'792});
    QCOMPARE(conv.flops({32, 1, 28, 28}), std::int64_t{32 * 225'792});
    const Dense dense(1568, 128);
    QCOMPARE(dense.flops({4, 1568}), std::int64_t{4 * 401'408});
    // BatchNorm: one multiply-add (x·scale + shift) per value.
    const BatchNorm norm(16);
    QCOMPARE(norm.flops({2, 16, 4, 4}), std::int64_t{2 * 2 * 16 * 4 * 4});
}

void tst_Sequential::sameSeedSameNetwork() {
    const Sequential a = make_model("small", 42);
    const Sequential b = make_model("small", 42);
    const Sequential c = make_model("small", 43);
    const auto valuesA = nn_test::parameterValues(a.parameters());
    QCOMPARE(valuesA, nn_test::parameterValues(b.parameters()));
    const auto valuesC = nn_test::parameterValues(c.parameters());
    QVERIFY(valuesA[0] != valuesC[0]); // conv1.weight
    QCOMPARE(valuesA[1], valuesC[1]);  // conv1.bias: zero whatever the seed
}

void tst_Sequential::initialisationScales() {
    // small: every weight layer but the last is followed by a ReLU (He normal, std √(2/fan_in));
    // the last gets Glorot uniform (bound √(6/(fan_in + fan_out))). Biases start at zero.
    Sequential model = make_model("small", 7);
    const auto parameters = model.parameters();
    const auto value = [&](int i) {
        return parameters[static_cast<std::size_t>(i)]->value.to_vector();
    };

    const std::vector<float> dense1 = value(4); // 1568·128 = 200,704 draws: tight statistics
    QVERIFY2(std::abs(mean(dense1)) < 0.001, qPrintable(QString::number(mean(dense1))));
    const double heStd = std::sqrt(2.0 / 1568.0);
    QVERIFY2(std::abs(standardDeviation(dense1) / heStd - 1.0) < 0.02,
             qPrintable(QString::number(standardDeviation(dense1))));

    const std::vector<float> dense2 = value(6); // 128·10
    const double glorotBound = std::sqrt(6.0 / (128.0 + 10.0));
    for (const float w : dense2)
        QVERIFY(std::abs(w) <= glorotBound);
    // Uniform on (−b, b): std b/√3.
    QVERIFY2(std::abs(standardDeviation(dense2) / (glorotBound / std::sqrt(3.0)) - 1.0) < 0.1,
             qPrintable(QString::number(standardDeviation(dense2))));

    for (const int bias : {1, 3, 5, 7})
        for (const float b : value(bias))
            QCOMPARE(b, 0.0f);
}

void tst_Sequential::initialisationInPlace() {
    // Written into the tensor (no copy of a large layer's weights), the same draws as the vector.
    for (const WeightInit init : {WeightInit::HeNormal, WeightInit::GlorotUniform}) {
        std::mt19937_64 vectorRng(11), tensorRng(11);
        const std::vector<float> expected = initial_weights(init, 300 * 7, 300, 7, vectorRng);
        compute::Tensor weights = compute::Tensor::zeros({7, 300});
        fill_initial_weights(weights, init, 300, 7, tensorRng);
        QCOMPARE(weights.to_vector(), expected);
        QCOMPARE(tensorRng(), vectorRng()); // both generators advanced alike
    }
    // A dense layer initialises its weights that way: He normal before a ReLU, as before.
    Dense dense(300, 7);
    std::mt19937_64 layerRng(5), vectorRng(5);
    dense.initialize(layerRng, WeightInit::HeNormal);
    QCOMPARE(dense.parameters()[0]->value.to_vector(),
             initial_weights(WeightInit::HeNormal, 300 * 7, 300, 7, vectorRng));
}

void tst_Sequential::inferMatchesEvalForward() {
    // fashion-strong has batch normalisation and dropout: infer() runs them as in evaluation
    // mode whatever the model's mode, leaves the mode alone, and keeps nothing for backward().
    Sequential model = make_model("fashion-strong", 3);
    model.train();
    const compute::Tensor x = nn_test::randomTensor({3, 1, 28, 28}, 9);
    model.forward(x, true); // moves batchnorm's running statistics away from their start
    const std::vector<float> expected = model.forward(x, false).to_vector();
    const compute::Tensor y = model.infer(x);
    QCOMPARE(y.shape(), (compute::Shape{3, 10}));
    QCOMPARE(y.to_vector(), expected);
    QVERIFY(model.is_training());
    const auto message = messageOf<std::logic_error>([&] {
        model.backward(compute::Tensor::zeros({3, 10}));
    });
    QVERIFY(message);
    QVERIFY2(message->contains("forward() first"), qPrintable(*message));
    // The same checks on the input as forward().
    QVERIFY(messageOf<std::invalid_argument>([&] {
        model.infer(nn_test::randomTensor({3, 1, 28, 27}, 9));
    }));
}

void tst_Sequential::layerTiming() {
    namespace profile = compute::profile;
    Sequential model = make_model("small", 3);
    const compute::Tensor x = nn_test::randomTensor({4, 1, 28, 28}, 9);
    const auto phases = [] {
        std::map<std::string, double> result;
        for (const auto& [name, seconds] : profile::totals())
            result[name] = seconds;
        return result;
    };
    // Off by default: nothing is filed.
    profile::reset();
    QVERIFY(!profile::enabled());
    const std::vector<float> untimed = model.forward(x, true).to_vector();
    model.backward(compute::Tensor::full({4, 10}, 0.1f));
    QVERIFY(phases().empty());

    // On: each layer's training passes are phases of their own, the ops' phases inside them;
    // the outputs do not change, and a forward in evaluation mode is not a step's pass.
    profile::set_enabled(true);
    QCOMPARE(model.forward(x, true).to_vector(), untimed);
    model.backward(compute::Tensor::full({4, 10}, 0.1f));
    model.forward(x, false);
    profile::set_enabled(false);
    const std::map<std::string, double> timed = phases();
    profile::reset();
    for (int i = 0; i < model.size(); ++i) {
        const std::string name = model.layer(i).name();
        QVERIFY2(timed.count(name + " forward") && timed.at(name + " forward") >= 0.0,
                 name.c_str());
        QVERIFY2(timed.count(name + " backward") && timed.at(name + " backward") >= 0.0,
                 name.c_str());
    }
    QVERIFY(timed.count("conv1 forward/gemm")); // the convolution's own phase, under its layer
    QVERIFY(timed.at("conv1 forward") > 0.0);
    QCOMPARE(int(timed.size()) > 2 * model.size(), true);
}

void tst_Sequential::unknownModelName() {
    QCOMPARE(model_names(),
             (std::vector<std::string>{"small", "cifar-tf", "lenet5", "fashion-strong", "mlp",
                                       "vgg16", "alexnet"}));
    const auto message = messageOf<std::invalid_argument>([] { make_model("resnet", 1); });
    QVERIFY(message);
    QVERIFY2(message->contains("\"resnet\"") && message->contains("small") &&
                 message->contains("cifar-tf"),
             qPrintable(*message));
    QVERIFY(!model_description("cifar-tf").empty());
}

QTEST_GUILESS_MAIN(tst_Sequential)
#include "tst_sequential.moc"
