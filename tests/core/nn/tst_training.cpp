// Qt Test suite for training with nn: a whole Sequential's gradients against central finite
// differences of the loss (the layers' wiring), a tiny network learning XOR-like quadrants on the
// CPU and on CUDA, determinism from a seed, and the optimizers' updates and state.
#include "compute/ops.h"
#include "nn/Activations.h"
#include "nn/BatchNorm.h"
#include "nn/Conv2d.h"
#include "nn/Dense.h"
#include "nn/Flatten.h"
#include "nn/Loss.h"
#include "nn/Models.h"
#include "nn/Optimizer.h"
#include "nn/Pool2d.h"
#include "nn/Sequential.h"
#include "nn/Softmax.h"
#include "nn/Training.h"
#include "nn_test_support.h"

#include <QTest>
#include <cmath>
#include <functional>
#include <memory>
#include <random>

using namespace convsight;
using namespace convsight::nn;
using nn_test::messageOf;
using nn_test::q;
using nn_test::randomTensor;

// Builds the model a data row checks.
using BuildModel = std::function<Sequential()>;
Q_DECLARE_METATYPE(BuildModel)

namespace {

// The XOR-like task: points in [−1, 1]², class 1 where sign(x)·sign(y) > 0 (first and third
// quadrants), class 0 elsewhere. Points within 0.05 of an axis are left out, so that a smooth
// boundary can be right everywhere.
struct Quadrants {
    Tensor points; // (N, 2)
    Tensor labels; // (N)
};

Quadrants quadrants(int count, std::uint64_t seed, Device device) {
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<float> uniform(-1.0f, 1.0f);
    std::vector<float> points, labels;
    while (static_cast<int>(labels.size()) < count) {
        const float x = uniform(rng), y = uniform(rng);
        if (std::abs(x) < 0.05f || std::abs(y) < 0.05f)
            continue;
        points.insert(points.end(), {x, y});
        labels.push_back(x * y > 0.0f ? 1.0f : 0.0f);
    }
    return {Tensor::from({count, 2}, points, device), Tensor::from({count}, labels, device)};
}

Sequential quadrantClassifier(std::uint64_t seed) {
    Sequential model("quadrants");
    model.set_input_shape({2});
    model.add(std::make_unique<Dense>(2, 16));
    model.add(std::make_unique<ReLU>());
    model.add(std::make_unique<Dense>(16, 16));
    model.add(std::make_unique<ReLU>());
    model.add(std::make_unique<Dense>(16, 2));
    model.initialize(seed);
    return model;
}

double norm(const std::vector<double>& v) {
    double sum = 0.0;
    for (const double x : v)
        sum += x * x;
    return std::sqrt(sum);
}

} // namespace

class tst_Training : public QObject {
    Q_OBJECT

private slots:
    void gradientsMatchFiniteDifferences_data();
    void gradientsMatchFiniteDifferences();
    void learnsQuadrants_data();
    void learnsQuadrants();
    void sameSeedSameTraining();
    void trainStepLowersTheLoss();
    void trainStepTimesChangeNothing();
    void sgdUpdateAndState();
    void adamUpdateAndState();
    void stepNeedsGradients();
    void frozenLayerIsLeftAlone_data();
    void frozenLayerIsLeftAlone();
    void trailingSoftmaxTrainsOnTheLogits();
};

void tst_Training::gradientsMatchFiniteDifferences_data() {
    QTest::addColumn<BuildModel>("build");
    QTest::addColumn<Shape>("inputShape");

    // The brief's network: conv + ReLU + max-pool + dense.
    QTest::newRow("conv relu maxpool dense") << BuildModel([] {
        Sequential m("gradcheck");
        m.set_input_shape({2, 6, 6});
        m.add(std::make_unique<Conv2d>(2, 3, 3, PaddingSpec::same()));
        m.add(std::make_unique<ReLU>());
        m.add(std::make_unique<MaxPool2d>(2));
        m.add(std::make_unique<Flatten>());
        m.add(std::make_unique<Dense>(3 * 3 * 3, 4));
        return m;
    }) << Shape{3, 2, 6, 6};
    // The other layers' wiring: strided explicit-padded conv, batchnorm, tanh, average pooling,
    // sigmoid, a second dense.
    QTest::newRow("conv batchnorm tanh avgpool dense sigmoid dense") << BuildModel([] {
        Sequential m("gradcheck");
        m.set_input_shape({1, 7, 7});
        Conv2dOptions conv;
        conv.in_channels = 1;
        conv.out_channels = 2;
        conv.stride_y = conv.stride_x = 2;
        conv.padding = PaddingSpec::per_side(1, 0, 1, 0);
        conv.bias = false; // BatchNorm subtracts the mean: a bias before it has no gradient
        m.add(std::make_unique<Conv2d>(conv)); // -> (2, 3, 3)
        m.add(std::make_unique<BatchNorm>(2));
        m.add(std::make_unique<Tanh>());
        m.add(std::make_unique<AvgPool2d>(2, 1)); // -> (2, 2, 2)
        m.add(std::make_unique<Flatten>());
        m.add(std::make_unique<Dense>(8, 5));
        m.add(std::make_unique<Sigmoid>());
        m.add(std::make_unique<Dense>(5, 4));
        return m;
    }) << Shape{4, 1, 7, 7};
}

void tst_Training::gradientsMatchFiniteDifferences() {
    QFETCH(BuildModel, build);
    QFETCH(Shape, inputShape);

    Sequential model = build();
    model.initialize(3);
    const Tensor x = randomTensor(inputShape, 17);
    const std::int64_t batch = inputShape[0];
    std::vector<float> labelValues;
    for (std::int64_t i = 0; i < batch; ++i)
        labelValues.push_back(static_cast<float>(i % 4));
    const Tensor labels = Tensor::from({batch}, labelValues);

    SoftmaxCrossEntropy loss;
    const auto lossAt = [&] { return loss.forward(model.forward(x, true), labels); };
    lossAt();
    model.backward(loss.backward());

    // Central differences in float32: eps = 1e-2 keeps the rounding error of the loss (≈1e-7
    // relative) far below the step, while the curvature error stays O(eps²). A ReLU or max-pool
    // switching inside ±eps can spoil single entries, so the bound is on the relative error of
    // each parameter's whole gradient vector: ‖g − g_fd‖ / max(‖g‖, ‖g_fd‖) < 2 %.
    const float eps = 1e-2f;
    const double bound = 2e-2;
    for (Parameter* p : model.parameters()) {
        const std::vector<float> analytic = p->grad.to_vector();
        std::vector<float> values = p->value.to_vector();
        std::vector<double> numeric(values.size()), difference(values.size()),
            analyticD(values.size());
        for (std::size_t i = 0; i < values.size(); ++i) {
            const float original = values[i];
            values[i] = original + eps;
            p->value.copy_from(Tensor::from(p->value.shape(), values));
            const double plus = lossAt();
            values[i] = original - eps;
            p->value.copy_from(Tensor::from(p->value.shape(), values));
            const double minus = lossAt();
            values[i] = original;
            numeric[i] = (plus - minus) / (2.0 * eps);
            analyticD[i] = analytic[i];
            difference[i] = analyticD[i] - numeric[i];
        }
        p->value.copy_from(Tensor::from(p->value.shape(), values));
        const double scale = std::max(norm(analyticD), norm(numeric));
        QVERIFY2(scale > 1e-6, qPrintable(q(p->name) + " has no gradient at all"));
        const double relativeError = norm(difference) / scale;
        QVERIFY2(relativeError < bound,
                 qPrintable(QStringLiteral("%1: relative error %2 (‖g‖ = %3)")
                                .arg(q(p->name))
                                .arg(relativeError)
                                .arg(norm(analyticD))));
    }
}

void tst_Training::learnsQuadrants_data() {
    QTest::addColumn<bool>("cuda");
    QTest::newRow("cpu") << false;
    QTest::newRow("cuda") << true;
}

void tst_Training::learnsQuadrants() {
    QFETCH(bool, cuda);
    if (cuda && !Device::cuda_available())
        QSKIP(qPrintable("skipped: no CUDA device: " + q(Device::cuda_unavailable_reason())));
    const Device device = cuda ? Device::cuda() : Device::cpu();

    Sequential model = quadrantClassifier(5);
    model.to(device);
    const Quadrants train = quadrants(512, 1, device);
    const Quadrants test = quadrants(512, 2, device);
    SoftmaxCrossEntropy loss;
    Adam adam(model.parameters(), {.lr = 0.02f});

    // Full-batch Adam; checked every 50 steps, at most 1500 (a few hundred usually suffice).
    const int maxSteps = 1500;
    float accuracy = 0.0f, lastLoss = 0.0f;
    int steps = 0;
    while (steps < maxSteps) {
        for (int i = 0; i < 50; ++i, ++steps)
            lastLoss = train_step(model, loss, adam, train.points, train.labels);
        accuracy = compute::ops::accuracy(model.forward(test.points, false), test.labels);
        if (accuracy >= 0.99f)
            break;
    }
    QVERIFY2(accuracy >= 0.99f,
             qPrintable(QStringLiteral("test accuracy %1 after %2 steps, loss %3")
                            .arg(accuracy)
                            .arg(steps)
                            .arg(lastLoss)));
    QCOMPARE(adam.steps_taken(), steps);
    qInfo("%s: %.1f %% on held-out points after %d steps (loss %.4f)", cuda ? "cuda" : "cpu",
          100.0 * accuracy, steps, static_cast<double>(lastLoss));
}

void tst_Training::sameSeedSameTraining() {
    const Tensor images = randomTensor({8, 1, 28, 28}, 21, 0.0f, 1.0f);
    const Tensor labels = Tensor::from({8}, {0, 1, 2, 3, 4, 5, 6, 7});
    const auto trained = [&](std::uint64_t seed) {
        Sequential model = make_model("small", seed);
        SoftmaxCrossEntropy loss;
        Adam adam(model.parameters());
        for (int step = 0; step < 3; ++step)
            train_step(model, loss, adam, images, labels);
        return nn_test::parameterValues(model.parameters());
    };
    const auto first = trained(77);
    QCOMPARE(trained(77), first); // bit for bit
    QVERIFY(trained(78) != first);
}

void tst_Training::trainStepLowersTheLoss() {
    // The small model memorises 10 random images: the loss falls well below ln 10 ≈ 2.3.
    Sequential model = make_model("small", 3);
    const Tensor images = randomTensor({10, 1, 28, 28}, 4, 0.0f, 1.0f);
    const Tensor labels = Tensor::from({10}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
    SoftmaxCrossEntropy loss;
    Adam adam(model.parameters(), {.lr = 1e-3f});
    const float first = train_step(model, loss, adam, images, labels);
    float last = first;
    for (int step = 1; step < 20; ++step)
        last = train_step(model, loss, adam, images, labels);
    QVERIFY2(last < 0.5f * first,
             qPrintable(QStringLiteral("loss %1 -> %2 after 20 steps").arg(first).arg(last)));
    QCOMPARE(loss.probs().shape(), (Shape{10, 10}));
    QVERIFY(compute::ops::accuracy(loss.probs(), labels) > 0.5f);
}

void tst_Training::trainStepTimesChangeNothing() {
    // The same steps with and without StepTimes give the same losses and weights, bit for bit;
    // the times add up over the steps.
    const Tensor images = randomTensor({6, 1, 28, 28}, 4, 0.0f, 1.0f);
    const Tensor labels = Tensor::from({6}, {0, 1, 2, 3, 4, 5});
    const auto run = [&](StepTimes* times) {
        Sequential model = make_model("small", 3);
        SoftmaxCrossEntropy loss;
        Adam adam(model.parameters(), {.lr = 1e-3f});
        std::vector<float> losses;
        for (int step = 0; step < 3; ++step)
            losses.push_back(train_step(model, loss, adam, images, labels, times));
        std::vector<float> weights;
        for (const Parameter* p : model.parameters())
            for (const float v : p->value.to_vector())
                weights.push_back(v);
        return std::make_pair(losses, weights);
    };
    StepTimes times;
    const auto timed = run(&times);
    QVERIFY(timed == run(nullptr));
    QCOMPARE(times.steps, std::int64_t{3});
    QVERIFY(times.forward > 0.0);
    QVERIFY(times.backward > 0.0);
    QVERIFY(times.loss >= 0.0);
    QVERIFY(times.optimizer > 0.0);
    QCOMPARE(times.data, 0.0); // the Trainer's part
    QCOMPARE(times.total(), times.forward + times.loss + times.backward + times.optimizer);
}

void tst_Training::sgdUpdateAndState() {
    Dense dense(3, 2);
    std::mt19937_64 rng(1);
    dense.initialize(rng, WeightInit::GlorotUniform);
    const Tensor x = randomTensor({4, 3}, 8);
    dense.forward(x, true);
    dense.backward(Tensor::full({4, 2}, 0.25f));

    Parameter& w = dense.weight();
    const std::vector<float> before = w.value.to_vector();
    const std::vector<float> grad = w.grad.to_vector();
    SGD sgd(dense.parameters(), {.lr = 0.1f, .momentum = 0.9f});
    QCOMPARE(q(sgd.description()), QStringLiteral("SGD lr=0.1 momentum=0.9"));
    sgd.step();

    // One slot (the velocity), shaped like the parameter, on its device; after the first step
    // v = 0.9·0 + g and w = w − 0.1·v.
    QCOMPARE(w.state.size(), std::size_t{1});
    QCOMPARE(w.state[0].shape(), w.value.shape());
    QVERIFY(w.state[0].device() == w.value.device());
    QCOMPARE(w.state[0].to_vector(), grad);
    const std::vector<float> after = w.value.to_vector();
    for (std::size_t i = 0; i < after.size(); ++i)
        QVERIFY(std::abs(after[i] - (before[i] - 0.1f * grad[i])) < 1e-6f);

    // Second step with the same gradient: v = 0.9·g + g = 1.9·g.
    sgd.step();
    const std::vector<float> velocity = w.state[0].to_vector();
    for (std::size_t i = 0; i < velocity.size(); ++i)
        QVERIFY(std::abs(velocity[i] - 1.9f * grad[i]) < 1e-6f);
    QCOMPARE(sgd.steps_taken(), 2);

    // A new optimizer starts from zero momentum.
    SGD fresh(dense.parameters(), {.lr = 0.1f});
    QVERIFY(w.state.empty());
}

void tst_Training::adamUpdateAndState() {
    Dense dense(3, 2);
    std::mt19937_64 rng(2);
    dense.initialize(rng, WeightInit::GlorotUniform);
    dense.forward(randomTensor({4, 3}, 9), true);
    dense.backward(randomTensor({4, 2}, 10));

    Parameter& w = dense.weight();
    const std::vector<float> before = w.value.to_vector();
    const std::vector<float> grad = w.grad.to_vector();
    Adam adam(dense.parameters(), {.lr = 0.01f});
    adam.step();

    // Two slots, m and v. After step 1: m = (1 − β1)·g, v = (1 − β2)·g², and the bias-corrected
    // step is lr·g/|g|: every weight moves by lr against its gradient's sign.
    QCOMPARE(w.state.size(), std::size_t{2});
    const std::vector<float> m = w.state[0].to_vector();
    const std::vector<float> v = w.state[1].to_vector();
    const std::vector<float> after = w.value.to_vector();
    for (std::size_t i = 0; i < grad.size(); ++i) {
        QVERIFY(std::abs(m[i] - 0.1f * grad[i]) < 1e-6f);
        QVERIFY(std::abs(v[i] - 0.001f * grad[i] * grad[i]) < 1e-6f);
        if (std::abs(grad[i]) > 1e-4f)
            QVERIFY(std::abs((before[i] - after[i]) - std::copysign(0.01f, grad[i])) < 1e-4f);
    }
    QCOMPARE(adam.steps_taken(), 1);
}

void tst_Training::stepNeedsGradients() {
    Dense dense(3, 2);
    dense.set_name("dense1");
    Adam adam(dense.parameters());
    const auto message = messageOf<std::logic_error>([&] { adam.step(); });
    QVERIFY(message);
    QVERIFY2(message->contains("dense1.weight") && message->contains("backward()"),
             qPrintable(*message));
    QCOMPARE(adam.steps_taken(), 0);
}

void tst_Training::frozenLayerIsLeftAlone_data() {
    QTest::addColumn<QString>("optimizer");
    QTest::addColumn<bool>("cuda");
    for (const bool cuda : {false, true})
        for (const char* optimizer : {"sgd", "adam"})
            QTest::addRow("%s [%s]", optimizer, cuda ? "cuda" : "cpu")
                << QString::fromLatin1(optimizer) << cuda;
}

void tst_Training::frozenLayerIsLeftAlone() {
    QFETCH(QString, optimizer);
    QFETCH(bool, cuda);
    if (cuda && !Device::cuda_available())
        QSKIP(qPrintable("skipped: no CUDA device: " + q(Device::cuda_unavailable_reason())));
    const Device device = cuda ? Device::cuda() : Device::cpu();

    // conv1 (learning) → relu → conv2 (frozen) → relu → flatten → dense (learning): the frozen
    // layer in the middle still passes the gradient back to conv1.
    Sequential model("transfer");
    model.set_input_shape({1, 6, 6});
    model.add(std::make_unique<Conv2d>(1, 2, 3, PaddingSpec::same()));
    model.add(std::make_unique<ReLU>());
    model.add(std::make_unique<Conv2d>(2, 3, 3));
    model.add(std::make_unique<ReLU>());
    model.add(std::make_unique<Flatten>());
    model.add(std::make_unique<Dense>(3 * 4 * 4, 4));
    model.initialize(9);
    model.layer(2).set_frozen(true);
    QVERIFY(model.layer(2).frozen() && !model.layer(0).frozen());
    model.to(device);

    const auto values = [](Layer& layer) { return nn_test::parameterValues(layer.parameters()); };
    const auto before = values(model.layer(2));
    const auto firstBefore = values(model.layer(0)), lastBefore = values(model.layer(5));
    std::unique_ptr<Optimizer> step =
        optimizer == QLatin1String("sgd")
            ? std::unique_ptr<Optimizer>(std::make_unique<SGD>(
                  model.parameters(),
                  SGDOptions{.lr = 0.1f, .momentum = 0.9f, .weight_decay = 0.01f}))
            : std::unique_ptr<Optimizer>(std::make_unique<Adam>(
                  model.parameters(), AdamOptions{.lr = 0.01f, .weight_decay = 0.01f}));
    SoftmaxCrossEntropy loss;
    const Tensor images = randomTensor({8, 1, 6, 6}, 12, -1.0f, 1.0f, device);
    const Tensor labels = Tensor::from({8}, {0, 1, 2, 3, 0, 1, 2, 3}, device);
    for (int i = 0; i < 3; ++i)
        train_step(model, loss, *step, images, labels);

    QCOMPARE(values(model.layer(2)), before); // bit for bit, weight decay included
    for (const Parameter* p : model.layer(2).parameters()) {
        QVERIFY2(p->state.empty(), p->name.c_str());  // no velocity or moments either
        QVERIFY2(p->grad.defined(), p->name.c_str()); // its gradient was still computed
    }
    QVERIFY(values(model.layer(0)) != firstBefore); // the gradient went through the frozen layer
    QVERIFY(values(model.layer(5)) != lastBefore);

    // Unfrozen, it learns again.
    model.layer(2).set_frozen(false);
    train_step(model, loss, *step, images, labels);
    QVERIFY(values(model.layer(2)) != before);
}

void tst_Training::trailingSoftmaxTrainsOnTheLogits() {
    // The same network with and without a Softmax at the end trains to the same weights: the loss
    // takes the scores before the Softmax. Its forward() still gives probabilities.
    Sequential plain = quadrantClassifier(4);
    Sequential withSoftmax = quadrantClassifier(4);
    withSoftmax.add(std::make_unique<Softmax>());
    QVERIFY(withSoftmax.ends_in_softmax() && !plain.ends_in_softmax());
    const Quadrants train = quadrants(64, 3, Device::cpu());
    SoftmaxCrossEntropy lossA, lossB;
    Adam adamA(plain.parameters(), {.lr = 0.02f}), adamB(withSoftmax.parameters(), {.lr = 0.02f});
    float a = 0, b = 0;
    for (int i = 0; i < 20; ++i) {
        a = train_step(plain, lossA, adamA, train.points, train.labels);
        b = train_step(withSoftmax, lossB, adamB, train.points, train.labels);
    }
    QCOMPARE(b, a);
    QCOMPARE(nn_test::parameterValues(withSoftmax.parameters()),
             nn_test::parameterValues(plain.parameters()));

    const Tensor logits = plain.forward(train.points, false);
    const Tensor probabilities = withSoftmax.forward(train.points, false);
    const std::vector<float> expected = compute::ops::softmax_forward(logits, false).to_vector();
    QCOMPARE(probabilities.to_vector(), expected);
    QCOMPARE(withSoftmax.forward_logits(train.points, false).to_vector(), logits.to_vector());
}

QTEST_GUILESS_MAIN(tst_Training)
#include "tst_training.moc"
