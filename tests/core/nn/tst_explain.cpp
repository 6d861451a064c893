// The explanations against independent computations: saliency against finite differences of a
// float64 copy of the network, Grad-CAM against the hand computation from the layer's maps and
// the dense layer's weights (the gradient of a ReLU-then-dense head is known in closed form) and
// its upsampling against cv::resize, occlusion against the loop of separate forward passes,
// activation maximisation rising and, on the first layer, growing the filter's own weights; every
// bad argument refused with its reason; CUDA equal to the CPU where a GPU is present.
#include "nn/Activations.h"
#include "nn/BatchNorm.h"
#include "nn/Conv2d.h"
#include "nn/Dense.h"
#include "nn/Dropout.h"
#include "nn/Explain.h"
#include "nn/Flatten.h"
#include "nn/Inspection.h"
#include "nn/Pool2d.h"
#include "nn/Sequential.h"
#include "nn/Softmax.h"
#include "nn_test_support.h"

#include <QTest>
#include <cmath>
#if CONVSIGHT_HAVE_OPENCV
#include <opencv2/imgproc.hpp>
#endif

using namespace convsight;
using namespace convsight::nn;
using compute::Device;
using compute::Shape;
using compute::Tensor;
using nn_test::messageOf;
using nn_test::randomTensor;

namespace {

// conv(2 → 3, 3×3, SAME) → tanh → average pool 2 → flatten → dense(27 → 4) → softmax, on 2×6×6.
Sequential smoothNetwork() {
    Sequential model("smooth");
    model.set_input_shape({2, 6, 6});
    model.add(std::make_unique<Conv2d>(2, 3, 3, PaddingSpec::same()));
    model.add(std::make_unique<Tanh>());
    model.add(std::make_unique<AvgPool2d>(2));
    model.add(std::make_unique<Flatten>());
    model.add(std::make_unique<Dense>(27, 4));
    model.add(std::make_unique<Softmax>());
    model.initialize(3);
    return model;
}

// The same network in float64, for finite differences: the scores (before the softmax).
std::vector<double> smoothScores(const Sequential& model, const std::vector<double>& x) {
    const auto parameters = model.parameters();
    const std::vector<float> w = parameters[0]->value.to_vector(),
                             b = parameters[1]->value.to_vector(),
                             dw = parameters[2]->value.to_vector(),
                             db = parameters[3]->value.to_vector();
    std::vector<double> conv(3 * 36);
    for (int o = 0; o < 3; ++o)
        for (int y = 0; y < 6; ++y)
            for (int xx = 0; xx < 6; ++xx) {
                double sum = b[static_cast<std::size_t>(o)];
                for (int c = 0; c < 2; ++c)
                    for (int i = 0; i < 3; ++i)
                        for (int j = 0; j < 3; ++j) {
                            const int sy = y + i - 1, sx = xx + j - 1;
                            if (sy < 0 || sx < 0 || sy >= 6 || sx >= 6)
                                continue;
                            sum += w[static_cast<std::size_t>(((o * 2 + c) * 3 + i) * 3 + j)] *
                                   x[static_cast<std::size_t>((c * 6 + sy) * 6 + sx)];
                        }
                conv[static_cast<std::size_t>((o * 6 + y) * 6 + xx)] = std::tanh(sum);
            }
    std::vector<double> pooled(27);
    for (int o = 0; o < 3; ++o)
        for (int y = 0; y < 3; ++y)
            for (int xx = 0; xx < 3; ++xx) {
                double sum = 0;
                for (int i = 0; i < 2; ++i)
                    for (int j = 0; j < 2; ++j)
                        sum += conv[static_cast<std::size_t>((o * 6 + 2 * y + i) * 6 + 2 * xx + j)];
                pooled[static_cast<std::size_t>((o * 3 + y) * 3 + xx)] = sum / 4;
            }
    std::vector<double> scores(4);
    for (int k = 0; k < 4; ++k) {
        double sum = db[static_cast<std::size_t>(k)];
        for (int i = 0; i < 27; ++i)
            sum += dw[static_cast<std::size_t>(k * 27 + i)] * pooled[static_cast<std::size_t>(i)];
        scores[static_cast<std::size_t>(k)] = sum;
    }
    return scores;
}

// conv(1 → 4, 3×3, SAME) → ReLU → conv(4 → 3, 3×3, stride 2, SAME) → ReLU → flatten → dense
// (3·4·4 → 5), on 1×8×8: Grad-CAM on the second convolution.
Sequential camNetwork() {
    Sequential model("cam");
    model.set_input_shape({1, 8, 8});
    model.add(std::make_unique<Conv2d>(1, 4, 3, PaddingSpec::same()));
    model.add(std::make_unique<ReLU>());
    model.add(std::make_unique<Conv2d>(4, 3, 3, PaddingSpec::same(), 2));
    model.add(std::make_unique<ReLU>());
    model.add(std::make_unique<Flatten>());
    model.add(std::make_unique<Dense>(48, 5));
    model.initialize(7);
    return model;
}

// Every kind of layer a trained network has, BatchNorm with running statistics of its own.
Sequential mixedNetwork() {
    Sequential model("mixed");
    model.set_input_shape({3, 10, 10});
    model.add(std::make_unique<Conv2d>(3, 6, 3, PaddingSpec::same()));
    model.add(std::make_unique<BatchNorm>(6));
    model.add(std::make_unique<ReLU>());
    model.add(std::make_unique<MaxPool2d>(2));
    model.add(std::make_unique<Conv2d>(6, 8, 3));
    model.add(std::make_unique<LeakyReLU>(0.1f));
    model.add(std::make_unique<Flatten>());
    model.add(std::make_unique<Dropout>(0.5f));
    model.add(std::make_unique<Dense>(8 * 3 * 3, 10));
    model.initialize(11);
    // Running statistics that are not the identity, as after training.
    for (const auto& [role, buffer] : model.layer(1).buffers()) {
        Tensor target = buffer;
        target.copy_from(role == "running_mean" ? randomTensor({6}, 1, -0.5f, 0.5f)
                                                : randomTensor({6}, 2, 0.5f, 2.0f));
    }
    return model;
}

std::vector<float> maxAbsOverChannels(const std::vector<float>& g, int c, int hw) {
    std::vector<float> map(static_cast<std::size_t>(hw), 0.0f);
    for (int k = 0; k < c; ++k)
        for (int p = 0; p < hw; ++p)
            map[static_cast<std::size_t>(p)] =
                std::max(map[static_cast<std::size_t>(p)],
                         std::fabs(g[static_cast<std::size_t>(k * hw + p)]));
    return map;
}

double correlation(const std::vector<float>& a, const std::vector<float>& b) {
    double ma = 0, mb = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        ma += a[i];
        mb += b[i];
    }
    ma /= static_cast<double>(a.size());
    mb /= static_cast<double>(b.size());
    double ab = 0, aa = 0, bb = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        ab += (a[i] - ma) * (b[i] - mb);
        aa += (a[i] - ma) * (a[i] - ma);
        bb += (b[i] - mb) * (b[i] - mb);
    }
    return ab / std::sqrt(aa * bb);
}

} // namespace

class tst_Explain : public QObject {
    Q_OBJECT
private slots:
    void classScoresSkipTheSoftmax();
    void saliencyEqualsFiniteDifferences();
    void saliencyThroughEveryLayerKind();
    void smoothGrad();
    void gradCamByHand();
    void resizeMatchesOpenCv();
    void occlusionEqualsSeparateForwards();
    void occlusionStops();
    void filterObjectiveRises();
    void firstLayerGrowsItsWeights();
    void modelStateIsRestored();
    void badArguments();
    void cudaEqualsCpu();
};

void tst_Explain::classScoresSkipTheSoftmax() {
    Sequential model = smoothNetwork();
    const Tensor x = randomTensor({2, 6, 6}, 5);
    const ClassScores scores = class_scores(model, x);
    QCOMPARE(scores.scores.size(), std::size_t{4});
    const std::vector<float> xf = x.to_vector();
    const std::vector<double> xd(xf.begin(), xf.end());
    const std::vector<double> reference = smoothScores(model, xd);
    for (std::size_t k = 0; k < 4; ++k)
        QVERIFY(std::abs(scores.scores[k] - reference[k]) < 1e-5);
    // The probabilities are what the whole network (ending in Softmax) gives.
    const std::vector<float> whole = model.infer(x.view({1, 2, 6, 6})).to_vector();
    for (std::size_t k = 0; k < 4; ++k)
        QVERIFY(std::abs(scores.probabilities[k] - whole[k]) < 1e-6f);
    QCOMPARE(scores.predicted,
             static_cast<int>(std::max_element(whole.begin(), whole.end()) - whole.begin()));
}

void tst_Explain::saliencyEqualsFiniteDifferences() {
    Sequential model = smoothNetwork();
    const Tensor x = randomTensor({2, 6, 6}, 5);
    const std::vector<float> xf = x.to_vector();
    for (int cls = 0; cls < 4; ++cls) {
        const std::vector<float> g = input_gradient(model, x, cls).to_vector();
        QCOMPARE(g.size(), xf.size());
        double worst = 0;
        for (std::size_t i = 0; i < xf.size(); ++i) {
            std::vector<double> plus(xf.begin(), xf.end()), minus = plus;
            const double h = 1e-5;
            plus[i] += h;
            minus[i] -= h;
            const double fd = (smoothScores(model, plus)[static_cast<std::size_t>(cls)] -
                               smoothScores(model, minus)[static_cast<std::size_t>(cls)]) /
                              (2 * h);
            worst = std::max(worst, std::abs(fd - g[i]));
        }
        QVERIFY2(worst < 1e-5, qPrintable(QString::number(worst)));
        // The saliency map is the largest |gradient| over the two channels.
        QCOMPARE(saliency(model, x, cls).to_vector(), maxAbsOverChannels(g, 2, 36));
    }
}

void tst_Explain::saliencyThroughEveryLayerKind() {
    // BatchNorm, max pooling, LeakyReLU and Dropout in evaluation mode, against float32 central
    // differences (the ReLU kinks are far from these inputs at this step).
    Sequential model = mixedNetwork();
    const Tensor x = randomTensor({3, 10, 10}, 8);
    const std::vector<float> g = input_gradient(model, x, 4).to_vector();
    const std::vector<float> xf = x.to_vector();
    int checked = 0, agreed = 0;
    for (std::size_t i = 0; i < xf.size(); i += 7) {
        const float h = 1e-2f;
        std::vector<float> plus = xf, minus = xf;
        plus[i] += h;
        minus[i] -= h;
        const float fd = (class_scores(model, Tensor::from({3, 10, 10}, plus)).scores[4] -
                          class_scores(model, Tensor::from({3, 10, 10}, minus)).scores[4]) /
                         (2 * h);
        ++checked;
        if (std::abs(fd - g[i]) < 2e-3f + 1e-2f * std::abs(g[i]))
            ++agreed;
    }
    // A step can cross a max-pool's or a ReLU's switch; nearly every pixel agrees.
    QVERIFY2(agreed >= checked - 2,
             qPrintable(QStringLiteral("%1 of %2").arg(agreed).arg(checked)));
}

void tst_Explain::smoothGrad() {
    Sequential model = mixedNetwork();
    const Tensor x = randomTensor({3, 10, 10}, 8);
    const std::vector<float> plain = saliency(model, x, 2).to_vector();
    // Noise 0: every copy is the input itself, so the mean is the plain map.
    const std::vector<float> still = saliency(model, x, 2, {5, 0.0f, 1}).to_vector();
    for (std::size_t i = 0; i < plain.size(); ++i)
        QVERIFY(std::abs(still[i] - plain[i]) <= 1e-6f * std::max(1.0f, plain[i]));
    // With noise: the same seed gives the same map, another seed another; 20 copies in chunks.
    const std::vector<float> a = saliency(model, x, 2, {20, 0.2f, 4}).to_vector();
    QCOMPARE(saliency(model, x, 2, {20, 0.2f, 4}).to_vector(), a);
    QVERIFY(saliency(model, x, 2, {20, 0.2f, 5}).to_vector() != a);
    QVERIFY(a != plain);
    QVERIFY(std::all_of(a.begin(), a.end(), [](float v) { return v >= 0.0f && std::isfinite(v); }));
}

void tst_Explain::gradCamByHand() {
    Sequential model = camNetwork();
    const Tensor x = randomTensor({1, 8, 8}, 9, 0.0f, 1.0f);
    QCOMPARE(spatial_layers(model), (std::vector<int>{0, 1, 2, 3}));
    QCOMPARE(last_convolution(model), 2);
    QCOMPARE(spatial_layer_index(model, "conv2"), 2);
    const int cls = 3;
    const GradCam cam = grad_cam(model, x, cls, 2);

    // A = conv2's maps (3, 4, 4); past them, score = Σ W[cls, i] · ReLU(A)ᵢ + b, so ∂score/∂Aᵢ =
    // W[cls, i] where Aᵢ > 0, else 0.
    const std::vector<LayerOutput> outputs = layer_outputs(model, x);
    const std::vector<float> a = outputs[2].value.to_vector();
    QCOMPARE(cam.activations.to_vector(), a);
    const std::vector<float> w = model.parameters()[4]->value.to_vector(); // dense (5, 48)
    std::vector<float> coarse(16, 0.0f);
    QCOMPARE(cam.weights.size(), std::size_t{3});
    for (int k = 0; k < 3; ++k) {
        double alpha = 0;
        for (int p = 0; p < 16; ++p) {
            const std::size_t i = static_cast<std::size_t>(k * 16 + p);
            alpha += a[i] > 0 ? w[static_cast<std::size_t>(cls * 48) + i] : 0.0f;
        }
        alpha /= 16;
        QVERIFY(std::abs(cam.weights[static_cast<std::size_t>(k)] - alpha) < 1e-6);
        for (int p = 0; p < 16; ++p)
            coarse[static_cast<std::size_t>(p)] +=
                static_cast<float>(alpha) * a[static_cast<std::size_t>(k * 16 + p)];
    }
    for (float& v : coarse)
        v = std::max(v, 0.0f);
    const std::vector<float> got = cam.coarse.to_vector();
    for (std::size_t p = 0; p < 16; ++p)
        QVERIFY(std::abs(got[p] - coarse[p]) < 1e-5f);
    QCOMPARE(cam.map.shape(), (Shape{8, 8}));
    QCOMPARE(cam.map.to_vector(), resize_bilinear(cam.coarse, 8, 8).to_vector());
}

void tst_Explain::resizeMatchesOpenCv() {
#if !CONVSIGHT_HAVE_OPENCV
    QSKIP("skipped: this build has no OpenCV (a core-only build)");
#else
    const Tensor map = randomTensor({4, 5}, 12, 0.0f, 1.0f);
    for (const auto& [h, w] :
         std::vector<std::pair<int, int>>{{8, 10}, {28, 28}, {224, 224}, {9, 13}}) {
        const cv::Mat source(4, 5, CV_32F, const_cast<float*>(map.data()));
        cv::Mat expected;
        cv::resize(source, expected, cv::Size(w, h), 0, 0, cv::INTER_LINEAR);
        const std::vector<float> got = resize_bilinear(map, h, w).to_vector();
        float worst = 0;
        for (int y = 0; y < h; ++y)
            for (int x = 0; x < w; ++x)
                worst = std::max(worst, std::abs(got[static_cast<std::size_t>(y * w + x)] -
                                                 expected.at<float>(y, x)));
        // OpenCV interpolates with fixed-point weights for 8-bit input only; floats agree closely.
        QVERIFY2(worst < 1e-5f, qPrintable(QStringLiteral("%1×%2: %3").arg(h).arg(w).arg(worst)));
    }
#endif
}

void tst_Explain::occlusionEqualsSeparateForwards() {
    Sequential model = mixedNetwork();
    const Tensor x = randomTensor({3, 10, 10}, 8);
    const std::vector<float> xf = x.to_vector();
    const int cls = 7;
    for (const auto& [patch, stride, fill] :
         std::vector<std::tuple<int, int, float>>{{3, 2, 0.0f}, {4, 3, 0.5f}, {10, 1, -1.0f}}) {
        const OcclusionSettings settings{patch, stride, fill, 5};
        const Tensor map = occlusion(model, x, cls, settings);
        QCOMPARE(map.shape(), (Shape{10, 10}));
        const float p0 = class_scores(model, x).probabilities[cls];
        std::vector<double> sum(100, 0.0);
        std::vector<int> count(100, 0);
        for (int top = 0; top + patch <= 10; top += stride)
            for (int left = 0; left + patch <= 10; left += stride) {
                std::vector<float> copy = xf;
                for (int c = 0; c < 3; ++c)
                    for (int y = top; y < top + patch; ++y)
                        for (int xx = left; xx < left + patch; ++xx)
                            copy[static_cast<std::size_t>((c * 10 + y) * 10 + xx)] = fill;
                const float p =
                    class_scores(model, Tensor::from({3, 10, 10}, copy)).probabilities[cls];
                for (int y = top; y < top + patch; ++y)
                    for (int xx = left; xx < left + patch; ++xx) {
                        sum[static_cast<std::size_t>(y * 10 + xx)] += p0 - p;
                        ++count[static_cast<std::size_t>(y * 10 + xx)];
                    }
            }
        const std::vector<float> got = map.to_vector();
        for (std::size_t i = 0; i < 100; ++i) {
            const double expected = count[i] ? sum[i] / count[i] : 0.0;
            QVERIFY2(
                std::abs(got[i] - expected) < 1e-6,
                qPrintable(
                    QStringLiteral("pixel %1: %2, expected %3").arg(i).arg(got[i]).arg(expected)));
        }
    }
    QCOMPARE(occlusion_positions(28, 4, 2), 13);
    QCOMPARE(occlusion_positions(224, 16, 8), 27);
}

void tst_Explain::occlusionStops() {
    Sequential model = mixedNetwork();
    const Tensor x = randomTensor({3, 10, 10}, 8);
    std::vector<std::pair<int, int>> calls;
    const auto message = messageOf<std::runtime_error>([&] {
        occlusion(model, x, 0, {2, 1, 0.0f, 10}, [&](int done, int total) {
            calls.emplace_back(done, total);
            return done < 20;
        });
    });
    QVERIFY(message);
    QCOMPARE(*message, QStringLiteral("stopped"));
    QCOMPARE(calls, (std::vector<std::pair<int, int>>{{10, 81}, {20, 81}}));
    // Every batch reports, the last with the total.
    calls.clear();
    occlusion(model, x, 0, {2, 1, 0.0f, 40}, [&](int done, int total) {
        calls.emplace_back(done, total);
        return true;
    });
    QCOMPARE(calls, (std::vector<std::pair<int, int>>{{40, 81}, {80, 81}, {81, 81}}));
}

void tst_Explain::filterObjectiveRises() {
    Sequential model = mixedNetwork();
    // No jitter, blur or decay: plain gradient ascent with small steps rises at every step.
    VisualizeSettings plain;
    plain.layer = 4; // conv2
    plain.filter = 5;
    plain.start_from_noise = true;
    plain.low = -1;
    plain.high = 1;
    plain.step_size = 0.005f;
    plain.jitter = 0;
    plain.decay = 0;
    plain.blur = 0;
    FilterVisualizer ascent(model, plain);
    float previous = ascent.objective();
    const float start = previous;
    for (int i = 0; i < 30; ++i) {
        QCOMPARE(ascent.step(), previous);
        const float now = ascent.objective();
        QVERIFY2(now >= previous - 1e-5f,
                 qPrintable(QStringLiteral("step %1: %2 after %3").arg(i).arg(now).arg(previous)));
        previous = now;
    }
    QVERIFY2(previous > start + 0.1f,
             qPrintable(QStringLiteral("%1 → %2").arg(start).arg(previous)));
    QCOMPARE(ascent.steps(), 30);

    // With the regularisers: it still rises overall, and the image stays in range.
    VisualizeSettings regularised = plain;
    regularised.step_size = 0.02f;
    regularised.jitter = 1;
    regularised.decay = 0.01f;
    regularised.blur = 0.5f;
    FilterVisualizer noisy(model, regularised);
    const float before = noisy.objective();
    for (int i = 0; i < 40; ++i)
        noisy.step();
    QVERIFY(noisy.objective() > before + 0.1f);
    const std::vector<float> image = noisy.image().to_vector();
    QVERIFY(std::all_of(image.begin(), image.end(), [](float v) { return v >= -1 && v <= 1; }));
    QCOMPARE(noisy.image().shape(), (Shape{3, 10, 10}));
}

void tst_Explain::firstLayerGrowsItsWeights() {
    // One neuron of the first convolution wants its own weights: with L2 decay towards grey the
    // ascent settles at grey + c·w in its receptive field.
    Sequential model = camNetwork();
    const std::vector<float> weights = model.parameters()[0]->value.to_vector(); // (4, 1, 3, 3)
    for (int filter = 0; filter < 4; ++filter) {
        VisualizeSettings settings;
        settings.layer = 0;
        settings.filter = filter;
        settings.centre_unit = true;
        settings.low = -1;
        settings.high = 1;
        settings.jitter = 0;
        settings.blur = 0;
        settings.decay = 0.05f;
        // Steps small enough that grey + c·w stays inside [−1, 1]: the clamp would bend it.
        settings.step_size = 0.002f;
        FilterVisualizer visualizer(model, settings);
        for (int i = 0; i < 60; ++i)
            visualizer.step();
        const std::vector<float> image = visualizer.image().to_vector();
        std::vector<float> patch,
            own(weights.begin() + filter * 9, weights.begin() + filter * 9 + 9);
        for (int y = 3; y < 6; ++y) // the centre unit (4, 4) sees rows and columns 3 to 5
            for (int x = 3; x < 6; ++x)
                patch.push_back(image[static_cast<std::size_t>(y * 8 + x)]);
        const double r = correlation(patch, own);
        QVERIFY2(r > 0.99, qPrintable(QStringLiteral("filter %1: r = %2").arg(filter).arg(r)));
    }
}

void tst_Explain::modelStateIsRestored() {
    Sequential model = mixedNetwork();
    model.train();
    const Tensor x = randomTensor({3, 10, 10}, 8);
    const auto values = nn_test::parameterValues(model.parameters());
    saliency(model, x, 1, {3, 0.1f, 1});
    grad_cam(model, x, 1, 4);
    occlusion(model, x, 1);
    FilterVisualizer(model, {}).step();
    QVERIFY(model.is_training());
    QVERIFY(!model.layer(0).input_gradient_needed());
    QCOMPARE(nn_test::parameterValues(model.parameters()), values);
    // The running statistics were not touched by the evaluation-mode passes.
    model.eval();
    QCOMPARE(model.layer(1).buffers()[1].second.to_vector(),
             randomTensor({6}, 2, 0.5f, 2.0f).to_vector());
}

void tst_Explain::badArguments() {
    Sequential model = camNetwork();
    const Tensor x = randomTensor({1, 8, 8}, 9);
    const auto refused = [](auto call, const char* part) {
        const auto message = messageOf<std::invalid_argument>(call);
        QVERIFY2(message, part);
        QVERIFY2(message->contains(QLatin1String(part)), qPrintable(*message));
    };
    refused([&] { saliency(model, x, 5); }, "classes 0 to 4, not 5");
    refused([&] { input_gradient(model, x, -1); }, "not -1");
    refused([&] { saliency(model, randomTensor({1, 8, 9}, 1), 0); }, "is not the model's input");
    refused([&] { saliency(model, Tensor(), 0); }, "no example");
    refused([&] { saliency(model, x, 0, {2000, 0.1f, 1}); }, "0 to 1024");
    refused([&] { saliency(model, x, 0, {2, -0.1f, 1}); }, "fraction");
    refused([&] { grad_cam(model, x, 0, 5); }, "dense1 (Dense");
    refused([&] { grad_cam(model, x, 0, 9); }, "layer 9 has none");
    refused([&] { spatial_layer_index(model, "dense1"); },
            "the layers with maps are conv1, relu1, conv2, relu2");
    refused([&] { occlusion(model, x, 0, {9, 1, 0.0f, 8}); }, "larger than the image");
    refused([&] { occlusion(model, x, 0, {2, 0, 0.0f, 8}); }, "stride must be at least 1");
    refused([&] { occlusion(model, x, 0, {2, 1, NAN, 8}); }, "finite");
    refused([&] { FilterVisualizer(model, {5, 0}); }, "no feature maps");
    refused([&] { FilterVisualizer(model, {2, 3}); }, "filters 0 to 2, not 3");
    VisualizeSettings range;
    range.low = 1;
    range.high = 0;
    refused([&] { FilterVisualizer(model, range); }, "finite low below a finite high");
    VisualizeSettings jitter;
    jitter.jitter = 5;
    refused([&] { FilterVisualizer(model, jitter); }, "jitter");

    Sequential vector("vector");
    vector.set_input_shape({6});
    vector.add(std::make_unique<Dense>(6, 2));
    refused([&] { saliency(vector, randomTensor({6}, 1), 0); }, "need an image input");
    QVERIFY(spatial_layers(vector).empty());
    QCOMPARE(last_convolution(vector), -1);
    refused([&] { spatial_layer_index(vector, "dense1"); }, "this model has none");
}

void tst_Explain::cudaEqualsCpu() {
    if (!Device::cuda_available())
        QSKIP(qPrintable("skipped: no CUDA device: " +
                         nn_test::q(Device::cuda_unavailable_reason())));
    Sequential cpu = mixedNetwork();
    Sequential gpu = mixedNetwork();
    gpu.to(Device::cuda());
    const Tensor x = randomTensor({3, 10, 10}, 8);
    const auto close = [](const Tensor& a, const Tensor& b, float tolerance) {
        const std::vector<float> u = a.to_vector(), v = b.to_vector();
        if (u.size() != v.size())
            return false;
        for (std::size_t i = 0; i < u.size(); ++i)
            if (std::abs(u[i] - v[i]) > tolerance * (1.0f + std::abs(u[i])))
                return false;
        return true;
    };
    QVERIFY(close(saliency(cpu, x, 3), saliency(gpu, x, 3), 1e-4f));
    QVERIFY(close(saliency(cpu, x, 3, {8, 0.1f, 2}), saliency(gpu, x, 3, {8, 0.1f, 2}), 1e-4f));
    QVERIFY(close(grad_cam(cpu, x, 3, 4).map, grad_cam(gpu, x, 3, 4).map, 1e-4f));
    QVERIFY(close(occlusion(cpu, x, 3), occlusion(gpu, x, 3), 1e-5f));
    FilterVisualizer a(cpu, {4, 1}), b(gpu, {4, 1});
    for (int i = 0; i < 5; ++i) {
        a.step();
        b.step();
    }
    QVERIFY(close(a.image(), b.image(), 1e-3f));
}

QTEST_GUILESS_MAIN(tst_Explain)
#include "tst_explain.moc"
