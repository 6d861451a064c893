// Qt Test suite for the training-step profile: every layer's forward and backward, the loss and
// the optimizer are timed, a convolution's parts (im2col, GEMM, col2im, bias) appear under it, the
// profiled steps train as train_step() does (same parameters after the same steps), and the
// timers record nothing when profiling is off. Also the GEMM peak bench train divides by, timed
// alternately with the steps.
#include "compute/GemmPeak.h"
#include "compute/Profile.h"
#include "nn/Activations.h"
#include "nn/Conv2d.h"
#include "nn/Dense.h"
#include "nn/Flatten.h"
#include "nn/Models.h"
#include "nn/Pool2d.h"
#include "nn/StepProfile.h"
#include "nn/Training.h"
#include "nn_test_support.h"

#include <QTest>
#include <algorithm>
#include <ctime>

using namespace convsight;
using namespace convsight::nn;
using nn_test::randomTensor;

namespace {

Sequential tinyModel() {
    Sequential model("tiny");
    model.set_input_shape({3, 9, 9});
    model.add(std::make_unique<Conv2d>(3, 4, 3, PaddingSpec::same()));
    model.add(std::make_unique<ReLU>());
    model.add(std::make_unique<MaxPool2d>(2, 2, PaddingSpec::valid()));
    model.add(std::make_unique<Conv2d>(4, 5, 3, PaddingSpec::same()));
    model.add(std::make_unique<Flatten>());
    model.add(std::make_unique<Dense>(5 * 4 * 4, 3));
    model.initialize(11);
    return model;
}

Tensor labelsFor(int n) {
    std::vector<float> values;
    for (int i = 0; i < n; ++i)
        values.push_back(float(i % 3));
    return Tensor::from({n}, values);
}

const StepPhase* findPhase(const StepProfile& p, const std::string& name) {
    const auto found = std::find_if(p.phases.begin(), p.phases.end(),
                                    [&](const StepPhase& s) { return s.name == name; });
    return found == p.phases.end() ? nullptr : &*found;
}

} // namespace

class TestStepProfile : public QObject {
    Q_OBJECT

private slots:
    void everyLayerAndPartIsTimed() {
        Sequential model = tinyModel();
        SoftmaxCrossEntropy loss;
        SGD optimizer(model.parameters(), SGDOptions{0.01f, 0.0f, 0.0f});
        const Tensor images = randomTensor({5, 3, 9, 9}, 1);
        const StepProfile p =
            profile_train_steps(model, loss, optimizer, images, labelsFor(5), 3, 1);
        QCOMPARE(p.steps, 3);
        QVERIFY(p.step_ms > 0.0);
        for (int i = 0; i < model.size(); ++i) {
            const std::string name = model.layer(i).name();
            QVERIFY2(findPhase(p, name + " forward"), name.c_str());
            QVERIFY2(findPhase(p, name + " backward"), name.c_str());
            QCOMPARE(findPhase(p, name + " forward")->depth, 0);
        }
        for (const char* move : {"loss forward", "loss backward", "optimizer"})
            QVERIFY2(findPhase(p, move), move);
        for (const char* part : {"conv1 forward/im2col", "conv1 forward/gemm", "conv1 forward/bias",
                                 "conv2 backward/im2col", "conv2 backward/gemm weights",
                                 "conv2 backward/gemm input", "conv2 backward/col2im"}) {
            const StepPhase* phase = findPhase(p, part);
            QVERIFY2(phase, part);
            QCOMPARE(phase->depth, 1);
            QVERIFY(phase->ms >= 0.0);
        }
        // The first convolution computes no input gradient.
        QVERIFY(!findPhase(p, "conv1 backward/col2im"));
        // A part comes after its layer, and a layer's parts take no longer than the layer.
        const auto conv2 = std::find_if(p.phases.begin(), p.phases.end(), [](const StepPhase& s) {
            return s.name == "conv2 backward";
        });
        double parts = 0.0;
        for (auto it = conv2 + 1; it != p.phases.end() && it->depth == 1; ++it)
            parts += it->ms;
        QVERIFY2(parts <= conv2->ms * 1.05 + 0.05,
                 qPrintable(QString("parts %1 ms, layer %2 ms").arg(parts).arg(conv2->ms)));
        const std::string table = format_step_profile(p);
        QVERIFY(table.find("conv2 backward") != std::string::npos);
        QVERIFY(table.find("col2im") != std::string::npos);
        QVERIFY(!compute::profile::enabled()); // off again afterwards
    }

    void profiledStepsTrainLikeTrainStep() {
        Sequential a = tinyModel(), b = tinyModel();
        SoftmaxCrossEntropy lossA, lossB;
        SGD optA(a.parameters(), SGDOptions{0.1f, 0.0f, 0.0f});
        SGD optB(b.parameters(), SGDOptions{0.1f, 0.0f, 0.0f});
        const Tensor images = randomTensor({4, 3, 9, 9}, 2);
        const Tensor labels = labelsFor(4);
        profile_train_steps(a, lossA, optA, images, labels, 2, 1);
        for (int i = 0; i < 3; ++i)
            train_step(b, lossB, optB, images, labels);
        const auto pa = a.parameters(), pb = b.parameters();
        QCOMPARE(pa.size(), pb.size());
        for (std::size_t i = 0; i < pa.size(); ++i) {
            const std::vector<float> va = pa[i]->value.to_vector(), vb = pb[i]->value.to_vector();
            for (std::size_t j = 0; j < va.size(); ++j)
                QCOMPARE(va[j], vb[j]);
        }
    }

    void timersRecordNothingWhenOff() {
        compute::profile::reset();
        QVERIFY(!compute::profile::enabled());
        { const compute::profile::Scope timing("off"); }
        QVERIFY(compute::profile::totals().empty());
        compute::profile::set_enabled(true);
        compute::profile::set_context("layer");
        { const compute::profile::Scope timing("on"); }
        compute::profile::set_context({});
        compute::profile::set_enabled(false);
        const auto totals = compute::profile::totals();
        QCOMPARE(totals.size(), std::size_t(1));
        QCOMPARE(totals[0].first, std::string("layer/on"));
        QVERIFY(totals[0].second >= 0.0);
        compute::profile::reset();
    }

    void gemmPeakIsTheBestBenchShape() {
        const compute::GemmPeak peak = compute::measure_gemm_peak(compute::Device::cpu(), 1);
        QVERIFY(peak.gflops > 0.0);
        const auto shapes = compute::bench_gemm_shapes();
        QCOMPARE(shapes.size(), std::size_t(3));
        QVERIFY(std::any_of(shapes.begin(), shapes.end(), [&](const compute::GemmShape& s) {
            return s.M == peak.shape.M && s.N == peak.shape.N && s.K == peak.shape.K;
        }));
    }

    void stepAlternatesWithThePeak() {
        // A step that computes for 3 ms of its own CPU time (however long that takes in wall time
        // on a busy machine).
        const auto threadCpu = [] {
            timespec t{};
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
            return double(t.tv_sec) + 1e-9 * double(t.tv_nsec);
        };
        int calls = 0;
        volatile double sink = 0.0;
        const compute::StepAgainstPeak timed = compute::time_against_gemm_peak(
            [&] {
                ++calls;
                const double start = threadCpu();
                while (threadCpu() - start < 0.003)
                    sink = sink + 1.0;
            },
            compute::Device::cpu(), 2, 3);
        QCOMPARE(calls, 2 + 3); // the warm-up steps, then one a round
        QVERIFY2(timed.step_seconds >= 0.003, qPrintable(QString::number(timed.step_seconds)));
        QVERIFY(timed.peak.gflops > 0.0);
        QVERIFY(timed.peak.shape.M > 0);
    }
};

QTEST_GUILESS_MAIN(TestStepProfile)
#include "tst_stepprofile.moc"
