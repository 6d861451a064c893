// Qt Test suite for nn::Trainer: the learning-rate schedules' values, learning a small task,
// callbacks (on the trainer's thread, with consistent progress), pause / one batch / resume /
// stop on the thread, bit-for-bit determinism from a seed, checkpoints that resume to the same
// weights as an uninterrupted run (after an epoch and mid-epoch), and models that do not fit.
#include "compute/Profile.h"
#include "compute/ops.h"
#include "data/BatchLoader.h"
#include "data/Dataset.h"
#include "data/SyntheticShapes.h"
#include "data/Views.h"
#include "nn/Activations.h"
#include "nn/BatchNorm.h"
#include "nn/Conv2d.h"
#include "nn/Dense.h"
#include "nn/Dropout.h"
#include "nn/Flatten.h"
#include "nn/ModelFile.h"
#include "nn/Pool2d.h"
#include "nn/Trainer.h"
#include "nn_test_support.h"

#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <cmath>
#include <map>
#include <mutex>
#include <numbers>
#include <optional>
#include <random>
#include <thread>

using namespace convsight;
using namespace convsight::nn;
using nn_test::messageOf;
using nn_test::parameterValues;

namespace {

// Bars on an 8×8 grey image: class 0 a horizontal bar, 1 a vertical bar, 2 a diagonal, at a
// position and with noise drawn from the example's index.
class Bars final : public data::Dataset {
public:
    Bars(std::string name, std::int64_t size, std::uint64_t seed)
        : name_(std::move(name))
        , size_(size)
        , seed_(seed) {}
    std::string name() const override { return name_; }
    std::int64_t size() const override { return size_; }
    data::Shape example_shape() const override { return {1, 8, 8}; }
    const std::vector<std::string>& class_names() const override { return names_; }
    int label(std::int64_t index) const override { return static_cast<int>(index % 3); }
    void read(std::int64_t index, float* out) const override {
        std::mt19937_64 rng(seed_ * 1000003u + static_cast<std::uint64_t>(index));
        std::uniform_real_distribution<float> noise(0.0f, 0.3f);
        const int at = std::uniform_int_distribution<int>(1, 6)(rng);
        for (int y = 0; y < 8; ++y)
            for (int x = 0; x < 8; ++x) {
                const int kind = label(index);
                const bool on = kind == 0 ? y == at : kind == 1 ? x == at : x == y;
                out[y * 8 + x] = (on ? 0.7f : 0.0f) + noise(rng);
            }
    }

private:
    std::string name_;
    std::int64_t size_;
    std::uint64_t seed_;
    std::vector<std::string> names_{"horizontal", "vertical", "diagonal"};
};

data::DatasetSplit bars(std::int64_t train = 96, std::int64_t test = 48) {
    return {std::make_shared<Bars>("bars (train)", train, 1),
            std::make_shared<Bars>("bars (test)", test, 2)};
}

Sequential barsModel(std::uint64_t seed, int classes = 3) {
    Sequential model("bars-net");
    model.set_input_shape({1, 8, 8});
    model.add(std::make_unique<Conv2d>(1, 4, 3, PaddingSpec::same()));
    model.add(std::make_unique<ReLU>());
    model.add(std::make_unique<MaxPool2d>(2));
    model.add(std::make_unique<Flatten>());
    model.add(std::make_unique<Dense>(4 * 4 * 4, classes));
    model.initialize(seed);
    return model;
}

// barsModel with batch normalisation and dropout: running statistics and dropout masks that a
// resumed run must continue, not restart.
Sequential barsModelWithBatchNormAndDropout(std::uint64_t seed) {
    Sequential model("bars-bn-dropout");
    model.set_input_shape({1, 8, 8});
    model.add(std::make_unique<Conv2d>(1, 4, 3, PaddingSpec::same()));
    model.add(std::make_unique<BatchNorm>(4));
    model.add(std::make_unique<ReLU>());
    model.add(std::make_unique<MaxPool2d>(2));
    model.add(std::make_unique<Flatten>());
    model.add(std::make_unique<Dropout>(0.3f));
    model.add(std::make_unique<Dense>(4 * 4 * 4, 3));
    model.initialize(seed);
    return model;
}

TrainerConfig barsConfig(int epochs = 3) {
    TrainerConfig config;
    config.epochs = epochs;
    config.batch_size = 16;
    config.learning_rate = 0.01f;
    config.seed = 5;
    config.threads = 1;
    return config;
}

} // namespace

class tst_Trainer : public QObject {
    Q_OBJECT

private slots:
    void schedule_data();
    void schedule();
    void scheduleText();
    void clockTime();
    void learns();
    void stepTimes();
    void learnsShapes();
    void callbacks();
    void batchFiguresAreTheLossAndAccuracy();
    void gpuStepReadsNothingBack();
    void threadPauseStepResumeStop();
    void deterministic_data();
    void deterministic();
    void resumeAfterEpochEqualsUninterrupted_data();
    void resumeAfterEpochEqualsUninterrupted();
    void resumeMidEpochEqualsUninterrupted();
    void checkpointMetadata();
    void modelMustFitData();
    void badSettings();
};

void tst_Trainer::schedule_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("epochs");
    QTest::addColumn<QList<float>>("rates"); // for base 0.1, epochs 0, 1, 2, ...
    QTest::newRow("constant") << "constant" << 3 << QList<float>{0.1f, 0.1f, 0.1f};
    QTest::newRow("step") << "step" << 12 << QList<float>{0.1f, 0.1f, 0.1f, 0.1f, 0.1f,  0.1f,
                                                          0.1f, 0.1f, 0.1f, 0.1f, 0.01f, 0.01f};
    QTest::newRow("step:2:0.5") << "step:2:0.5" << 5
                                << QList<float>{0.1f, 0.1f, 0.05f, 0.05f, 0.025f};
    // (1 + cos(π·e/4)) / 2 = 1, (2 + √2)/4, 1/2, (2 − √2)/4
    QTest::newRow("cosine") << "cosine" << 4
                            << QList<float>{0.1f, 0.1f * (2.0f + std::numbers::sqrt2_v<float>) / 4,
                                            0.05f,
                                            0.1f * (2.0f - std::numbers::sqrt2_v<float>) / 4};
}

void tst_Trainer::schedule() {
    QFETCH(QString, text);
    QFETCH(int, epochs);
    QFETCH(QList<float>, rates);
    const LearningRateSchedule schedule = LearningRateSchedule::parse(text.toStdString());
    for (int e = 0; e < rates.size(); ++e) {
        const float rate = schedule.rate(0.1f, e, epochs);
        QVERIFY2(
            std::abs(rate - rates[e]) < 1e-7f,
            qPrintable(QStringLiteral("epoch %1: %2, expected %3").arg(e).arg(rate).arg(rates[e])));
    }
}

void tst_Trainer::scheduleText() {
    for (const char* text : {"constant", "cosine", "step:10:0.1", "step:3:0.5"})
        QCOMPARE(LearningRateSchedule::parse(text).text(), std::string(text));
    QCOMPARE(LearningRateSchedule::parse("step:4").text(), std::string("step:4:0.1"));
    for (const char* bad :
         {"", "linear", "step:", "step:0", "step:2:0", "step:2:x", "step:2:1:3"}) {
        const auto message =
            messageOf<std::invalid_argument>([&] { LearningRateSchedule::parse(bad); });
        QVERIFY2(message && message->contains(QStringLiteral("step:N:FACTOR")), bad);
    }
}

void tst_Trainer::learns() {
    Trainer trainer(barsModel(3), bars(), barsConfig(6));
    trainer.run();
    QVERIFY(trainer.done());
    QCOMPARE(trainer.history().size(), std::size_t{6});
    const EpochRecord& last = trainer.history().back();
    QVERIFY2(last.test_accuracy >= 0.9, qPrintable(QString::number(last.test_accuracy)));
    QVERIFY(last.train_loss < trainer.history().front().train_loss);
}

void tst_Trainer::stepTimes() {
    // The trainer's breakdown counts every training step, and its parts fit in the training
    // time the epoch reports (the test pass is outside both).
    Trainer trainer(barsModel(3), bars(), barsConfig(2));
    compute::profile::reset();
    compute::profile::set_enabled(true);
    QCOMPARE(trainer.step_times().steps, std::int64_t{0});
    trainer.run();
    compute::profile::set_enabled(false);
    const StepTimes& times = trainer.step_times();
    QCOMPARE(times.steps, 2 * trainer.batches_per_epoch());
    QVERIFY(times.data > 0.0);
    QVERIFY(times.forward > 0.0);
    QVERIFY(times.backward > 0.0);
    QVERIFY(times.optimizer > 0.0);
    QVERIFY(times.bookkeeping >= 0.0);
    double training = 0.0; // seconds: each epoch's 96 training examples over its speed
    for (const EpochRecord& record : trainer.history())
        training += 96.0 / record.examples_per_second;
    QVERIFY2(
        times.total() <= training * 1.0001 + 1e-6,
        qPrintable(
            QStringLiteral("%1 s of parts, %2 s of training").arg(times.total()).arg(training)));
    // Every layer's forward and backward passes were timed, within the steps' forward and
    // backward time.
    std::map<std::string, double> phases;
    for (const auto& [name, seconds] : compute::profile::totals())
        phases[name] = seconds;
    compute::profile::reset();
    double forward = 0.0, backward = 0.0;
    for (int i = 0; i < trainer.model().size(); ++i) {
        const std::string layer = trainer.model().layer(i).name();
        QVERIFY2(phases.count(layer + " forward") && phases.count(layer + " backward"),
                 layer.c_str());
        forward += phases[layer + " forward"];
        backward += phases[layer + " backward"];
    }
    QVERIFY(forward <= times.forward * 1.0001 + 1e-6);
    QVERIFY(backward <= times.backward * 1.0001 + 1e-6);
}

void tst_Trainer::learnsShapes() {
    // The classroom's first demo, shortened: shapes, 28×28, two small convolutions.
    const data::DatasetSplit shapes = data::normalize(data::make_shapes(1800, 600, 0));
    Sequential model("shapes-net");
    model.set_input_shape({1, 28, 28});
    model.add(std::make_unique<Conv2d>(1, 8, 3, PaddingSpec::same()));
    model.add(std::make_unique<ReLU>());
    model.add(std::make_unique<MaxPool2d>(2));
    model.add(std::make_unique<Conv2d>(8, 16, 3, PaddingSpec::same()));
    model.add(std::make_unique<ReLU>());
    model.add(std::make_unique<MaxPool2d>(2));
    model.add(std::make_unique<Flatten>());
    model.add(std::make_unique<Dense>(16 * 7 * 7, shapes.train->class_count()));
    model.initialize(1);
    TrainerConfig config;
    config.epochs = 3;
    config.batch_size = 32;
    config.learning_rate = 2e-3f;
    config.seed = 1;
    config.threads = 1;
    Trainer trainer(std::move(model), shapes, config);
    trainer.run();
    const double accuracy = trainer.history().back().test_accuracy;
    QVERIFY2(accuracy >= 0.9, qPrintable(QString::number(accuracy)));
}

void tst_Trainer::callbacks() {
    Trainer trainer(barsModel(3), bars(), barsConfig(2));
    std::vector<BatchProgress> batches;
    std::vector<EpochRecord> epochs;
    trainer.on_batch([&](const BatchProgress& p) { batches.push_back(p); });
    trainer.on_epoch([&](const EpochRecord& r) { epochs.push_back(r); });
    const EpochRecord first = trainer.run_epoch();
    trainer.run();

    // 96 examples in batches of 16: 6 a epoch.
    QCOMPARE(trainer.batches_per_epoch(), std::int64_t{6});
    QCOMPARE(batches.size(), std::size_t{12});
    for (std::size_t i = 0; i < batches.size(); ++i) {
        QCOMPARE(batches[i].epoch, static_cast<int>(i / 6) + 1);
        QCOMPARE(batches[i].batch, static_cast<std::int64_t>(i % 6) + 1);
        QCOMPARE(batches[i].batches, std::int64_t{6});
        QCOMPARE(batches[i].epochs, 2);
        QCOMPARE(batches[i].progress, static_cast<double>(i + 1) / 12.0);
        QVERIFY(batches[i].examples_per_second > 0.0);
        QVERIFY(batches[i].eta_seconds >= 0.0);
        QVERIFY(batches[i].accuracy >= 0.0f && batches[i].accuracy <= 1.0f);
    }
    QCOMPARE(batches.back().eta_seconds, 0.0);
    QCOMPARE(epochs.size(), std::size_t{2});
    QCOMPARE(epochs[0].epoch, 1);
    QCOMPARE(epochs[1].epoch, 2);
    QCOMPARE(epochs[0].train_loss, first.train_loss);
    // The epoch's loss is the mean of its batches' (all of size 16).
    double sum = 0.0;
    for (int i = 6; i < 12; ++i)
        sum += static_cast<double>(batches[static_cast<std::size_t>(i)].loss);
    QVERIFY(std::abs(epochs[1].train_loss - sum / 6.0) < 1e-6);
    QCOMPARE(trainer.history().size(), std::size_t{2});
    QVERIFY_THROWS_EXCEPTION(std::logic_error, trainer.run_epoch());
    QVERIFY(!trainer.train_batch());
}

// The figures a batch reports are its loss and accuracy as the ops compute them: the same model,
// the same first batch, run by hand.
void tst_Trainer::batchFiguresAreTheLossAndAccuracy() {
    const TrainerConfig config = barsConfig(1);
    Trainer trainer(barsModel(3), bars(), config);
    std::vector<BatchProgress> batches;
    trainer.on_batch([&](const BatchProgress& p) { batches.push_back(p); });
    QVERIFY(trainer.train_batch());
    QCOMPARE(batches.size(), std::size_t{1});

    data::BatchOptions options;
    options.batch_size = config.batch_size;
    options.shuffle = true;
    options.seed = config.seed;
    options.augmentation = config.augmentation;
    data::BatchLoader loader(bars().train, options);
    loader.start_epoch(0);
    const std::optional<data::Batch> batch = loader.next();
    QVERIFY(batch.has_value());
    Sequential model = barsModel(3);
    model.train();
    const compute::Tensor logits = model.forward_logits(batch->images, /*training=*/true);
    const compute::ops::SoftmaxCrossEntropy expected =
        compute::ops::softmax_cross_entropy_forward(logits, batch->labels);
    QCOMPARE(batches[0].loss, expected.loss);
    QCOMPARE(batches[0].accuracy, compute::ops::accuracy(logits, batch->labels));
    const compute::ops::LossFigures figures =
        compute::ops::loss_figures(expected.stats.to_vector(), 3);
    QCOMPARE(batches[0].accuracy, static_cast<float>(figures.correct) / 16.0f);
}

// On a GPU a training step sends nothing back to the host: the loss and the accuracy stay there
// and are read every kGpuFiguresEvery batches in one copy; the figures then equal a CPU run's.
void tst_Trainer::gpuStepReadsNothingBack() {
    if (!compute::Device::cuda_available())
        QSKIP(qPrintable(QStringLiteral("skipped: no CUDA device: ") +
                         QString::fromStdString(compute::Device::cuda_unavailable_reason())));
    const int every = Trainer::kGpuFiguresEvery;
    TrainerConfig config = barsConfig(1);
    const data::DatasetSplit data = bars(16 * (every + 4), 48); // more batches than one read
    std::vector<BatchProgress> cpuBatches;
    {
        Trainer cpu(barsModel(3), data, config);
        cpu.on_batch([&](const BatchProgress& p) { cpuBatches.push_back(p); });
        for (int i = 0; i < every; ++i)
            QVERIFY(cpu.train_batch());
    }
    config.device = compute::Device::cuda(0);
    Trainer gpu(barsModel(3), data, config);
    std::vector<BatchProgress> batches;
    gpu.on_batch([&](const BatchProgress& p) { batches.push_back(p); });
    QVERIFY(gpu.train_batch()); // the first step allocates what the next ones reuse
    const std::uint64_t before = compute::ops::device_to_host_copies();
    for (int i = 1; i < every - 1; ++i)
        QVERIFY(gpu.train_batch());
    QCOMPARE(compute::ops::device_to_host_copies(), before); // no step read anything
    QVERIFY(batches.empty());
    QVERIFY(gpu.train_batch()); // the kGpuFiguresEvery-th: one read for all
    QCOMPARE(compute::ops::device_to_host_copies(), before + 1);
    QCOMPARE(batches.size(), static_cast<std::size_t>(every));
    for (std::size_t i = 0; i < batches.size(); ++i) {
        QCOMPARE(batches[i].batch, static_cast<std::int64_t>(i) + 1);
        QVERIFY2(std::abs(batches[i].loss - cpuBatches[i].loss) <= 1e-3f * cpuBatches[i].loss,
                 qPrintable(QStringLiteral("batch %1: loss %2 on the GPU, %3 on the CPU")
                                .arg(i + 1)
                                .arg(batches[i].loss)
                                .arg(cpuBatches[i].loss)));
        QVERIFY(std::abs(batches[i].accuracy - cpuBatches[i].accuracy) <= 1.0f / 16 + 1e-6f);
    }
}

void tst_Trainer::threadPauseStepResumeStop() {
    // Many epochs of a tiny task: the run is still going when the test stops it.
    Trainer trainer(barsModel(3), bars(), barsConfig(10000));
    std::atomic<int> batches{0};
    std::atomic<bool> onTrainerThread{true};
    std::mutex statesMutex;
    std::vector<Trainer::State> states;
    const auto mainThread = std::this_thread::get_id();
    trainer.on_batch([&](const BatchProgress&) {
        onTrainerThread = onTrainerThread && std::this_thread::get_id() != mainThread;
        ++batches;
    });
    trainer.on_state([&](Trainer::State state) {
        const std::lock_guard lock(statesMutex);
        states.push_back(state);
    });

    trainer.start();
    QCOMPARE(trainer.state(), Trainer::State::Running);
    QTRY_VERIFY(batches > 3);
    trainer.pause();
    QTRY_COMPARE(trainer.state(), Trainer::State::Paused);
    const int pausedAt = batches;
    QTest::qWait(100);
    QCOMPARE(batches.load(), pausedAt); // nothing runs while paused

    trainer.step();
    QTRY_COMPARE(batches.load(), pausedAt + 1);
    QTRY_COMPARE(trainer.state(), Trainer::State::Paused);
    QTest::qWait(50);
    QCOMPARE(batches.load(), pausedAt + 1); // one batch, then paused again

    trainer.resume();
    QTRY_VERIFY(batches > pausedAt + 5);
    trainer.stop();
    trainer.wait();
    QCOMPARE(trainer.state(), Trainer::State::Stopped);
    QVERIFY(!trainer.done());
    QVERIFY(onTrainerThread);
    const int stoppedAt = batches;
    QTest::qWait(50);
    QCOMPARE(batches.load(), stoppedAt);
    // After a stop the run can be saved: the model is not in use any more.
    QTemporaryDir dir;
    trainer.save_checkpoint(dir.filePath(QStringLiteral("stopped.csmodel")).toStdString());

    const std::lock_guard lock(statesMutex);
    QVERIFY(states.size() >= 5);
    QCOMPARE(states.front(), Trainer::State::Running);
    QCOMPARE(states[1], Trainer::State::Paused);
    QCOMPARE(states[2], Trainer::State::Running); // the single step
    QCOMPARE(states[3], Trainer::State::Paused);
    QCOMPARE(states.back(), Trainer::State::Stopped);
    QVERIFY_THROWS_EXCEPTION(std::logic_error, trainer.start());
}

void tst_Trainer::deterministic_data() {
    QTest::addColumn<QString>("optimizer");
    QTest::addColumn<int>("threads");
    QTest::addColumn<int>("shift");
    QTest::newRow("adam, 1 thread") << "adam" << 1 << 0;
    QTest::newRow("sgd, 2 threads, shifted") << "sgd" << 2 << 1;
}

void tst_Trainer::deterministic() {
    QFETCH(QString, optimizer);
    QFETCH(int, threads);
    QFETCH(int, shift);
    TrainerConfig config = barsConfig(2);
    config.optimizer = optimizer.toStdString();
    config.threads = threads;
    config.augmentation.max_shift = shift;
    const auto train = [&](std::uint64_t seed) {
        TrainerConfig c = config;
        c.seed = seed;
        Trainer trainer(barsModel(3), bars(), c);
        trainer.run();
        return parameterValues(trainer.model().parameters());
    };
    const auto first = train(5);
    QVERIFY(first == train(5)); // bit for bit
    QVERIFY(first != train(6)); // another order of batches
}

void tst_Trainer::resumeAfterEpochEqualsUninterrupted_data() {
    QTest::addColumn<QString>("optimizer");
    QTest::addColumn<QString>("schedule");
    QTest::addColumn<bool>("batchNormAndDropout");
    QTest::newRow("adam, cosine") << "adam"
                                  << "cosine" << false;
    QTest::newRow("sgd, step") << "sgd"
                               << "step:1:0.5" << false;
    QTest::newRow("adam, batchnorm and dropout") << "adam"
                                                 << "constant" << true;
}

void tst_Trainer::resumeAfterEpochEqualsUninterrupted() {
    QFETCH(QString, optimizer);
    QFETCH(QString, schedule);
    QFETCH(bool, batchNormAndDropout);
    const auto model = [&] {
        return batchNormAndDropout ? barsModelWithBatchNormAndDropout(3) : barsModel(3);
    };
    TrainerConfig config = barsConfig(3);
    config.optimizer = optimizer.toStdString();
    config.schedule = LearningRateSchedule::parse(schedule.toStdString());

    Trainer uninterrupted(model(), bars(), config);
    uninterrupted.run();

    // The same run, checkpointed after every epoch and stopped after the first.
    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("run.csmodel")).toStdString();
    TrainerConfig checkpointed = config;
    checkpointed.checkpoint_path = path;
    {
        Trainer first(model(), bars(), checkpointed);
        first.run_epoch();
    }
    SavedModel saved = load_model_file(path);
    QCOMPARE(saved.metadata.at("epoch").get<int>(), 1);
    Trainer resumed(std::move(saved), bars(), config);
    QCOMPARE(resumed.epochs_done(), 1);
    resumed.run();

    QVERIFY(parameterValues(resumed.model().parameters()) ==
            parameterValues(uninterrupted.model().parameters()));
    if (batchNormAndDropout) {
        const auto& resumedNorm = dynamic_cast<const BatchNorm&>(resumed.model().layer(1));
        const auto& wholeNorm = dynamic_cast<const BatchNorm&>(uninterrupted.model().layer(1));
        QVERIFY(resumedNorm.running_mean().to_vector() == wholeNorm.running_mean().to_vector());
        QVERIFY(resumedNorm.running_var().to_vector() == wholeNorm.running_var().to_vector());
    }
    QCOMPARE(resumed.optimizer().steps_taken(), uninterrupted.optimizer().steps_taken());
    QCOMPARE(resumed.history().size(), std::size_t{3});
    for (std::size_t e = 0; e < 3; ++e) {
        QCOMPARE(resumed.history()[e].train_loss, uninterrupted.history()[e].train_loss);
        QCOMPARE(resumed.history()[e].test_accuracy, uninterrupted.history()[e].test_accuracy);
        QCOMPARE(resumed.history()[e].learning_rate, uninterrupted.history()[e].learning_rate);
    }
}

void tst_Trainer::resumeMidEpochEqualsUninterrupted() {
    const TrainerConfig config = barsConfig(2);
    Trainer uninterrupted(barsModel(3), bars(), config);
    uninterrupted.run();

    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("paused.csmodel")).toStdString();
    {
        Trainer first(barsModel(3), bars(), config);
        for (int i = 0; i < 8; ++i) // epoch 1 and two batches of epoch 2
            QVERIFY(first.train_batch());
        first.save_checkpoint(path);
    }
    Trainer resumed(load_model_file(path), bars(), config);
    QCOMPARE(resumed.epochs_done(), 1);
    resumed.run();
    QVERIFY(parameterValues(resumed.model().parameters()) ==
            parameterValues(uninterrupted.model().parameters()));
    QCOMPARE(resumed.history().back().train_loss, uninterrupted.history().back().train_loss);
}

void tst_Trainer::checkpointMetadata() {
    QTemporaryDir dir;
    TrainerConfig config = barsConfig(2);
    config.checkpoint_path = dir.filePath(QStringLiteral("bars.csmodel")).toStdString();
    config.dataset_info = {{"dataset", "bars"},
                           {"normalization", {{"mean", {0.1}}, {"std", {0.2}}}}};
    config.schedule = LearningRateSchedule::parse("step:1:0.5");
    config.augmentation.max_shift = 1;
    Trainer trainer(barsModel(3), bars(), config);
    trainer.run();

    const SavedModel saved = load_model_file(config.checkpoint_path);
    const nlohmann::json& m = saved.metadata;
    QCOMPARE(m.at("dataset").get<std::string>(), std::string("bars"));
    QCOMPARE(m.at("dataset_name").get<std::string>(), std::string("bars (train)"));
    QVERIFY(m.at("normalization") == config.dataset_info.at("normalization"));
    QCOMPARE(m.at("class_names").get<std::vector<std::string>>(),
             (std::vector<std::string>{"horizontal", "vertical", "diagonal"}));
    QCOMPARE(m.at("epoch").get<int>(), 2);
    QCOMPARE(m.at("seed").get<std::uint64_t>(), std::uint64_t{5});
    QCOMPARE(m.at("history").size(), std::size_t{2});
    QCOMPARE(EpochRecord::from_json(m.at("history")[1]).train_loss,
             trainer.history()[1].train_loss);
    QVERIFY(!m.contains("batch_in_epoch"));
    QVERIFY(!saved.optimizer.is_null());
    // The hyperparameters read back as the same settings.
    const TrainerConfig back = TrainerConfig::from_hyperparameters(m.at("hyperparameters"));
    QVERIFY(back.hyperparameters() == config.hyperparameters());
    QCOMPARE(back.schedule.text(), std::string("step:1:0.5"));
    QCOMPARE(back.augmentation.max_shift, 1);
    QVERIFY(parameterValues(saved.model.parameters()) ==
            parameterValues(trainer.model().parameters()));

    // A resumed run that has nothing left to do says so.
    const auto message = messageOf<std::invalid_argument>(
        [&] { Trainer(load_model_file(config.checkpoint_path), bars(), config); });
    QVERIFY(message);
    QVERIFY2(message->contains(QStringLiteral("already trained 2 epochs")), qPrintable(*message));
}

void tst_Trainer::modelMustFitData() {
    // Four outputs for three classes.
    const auto classes =
        messageOf<std::invalid_argument>([] { Trainer(barsModel(3, 4), bars(), barsConfig()); });
    QVERIFY(classes);
    QVERIFY2(classes->contains(QStringLiteral("3 classes")), qPrintable(*classes));

    // A 28×28 model on 8×8 data.
    Sequential wide("wide");
    wide.set_input_shape({1, 28, 28});
    wide.add(std::make_unique<Flatten>());
    wide.add(std::make_unique<Dense>(28 * 28, 3));
    wide.initialize(1);
    const auto shape =
        messageOf<std::invalid_argument>([&] { Trainer(std::move(wide), bars(), barsConfig()); });
    QVERIFY(shape);
    QVERIFY2(shape->contains(QStringLiteral("(1, 28, 28)")) &&
                 shape->contains(QStringLiteral("(1, 8, 8)")),
             qPrintable(*shape));

    // A checkpoint of another architecture cannot resume on these data.
    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("four.csmodel")).toStdString();
    {
        Sequential four = barsModel(3, 4);
        Adam adam(four.parameters());
        save_model_file(path, four, {{"epoch", 0}, {"history", nlohmann::json::array()}}, &adam);
    }
    const auto resumed = messageOf<std::invalid_argument>(
        [&] { Trainer(load_model_file(path), bars(), barsConfig()); });
    QVERIFY(resumed);
    QVERIFY2(resumed->contains(QStringLiteral("one output per class")), qPrintable(*resumed));

    // Nor a checkpoint of other classes, however well its shapes fit.
    const std::string other = dir.filePath(QStringLiteral("other.csmodel")).toStdString();
    {
        Sequential three = barsModel(3);
        Adam adam(three.parameters());
        save_model_file(other, three,
                        {{"epoch", 0},
                         {"history", nlohmann::json::array()},
                         {"class_names", {"horizontal", "vertical", "cross"}}},
                        &adam);
    }
    const auto classNames = messageOf<std::invalid_argument>(
        [&] { Trainer(load_model_file(other), bars(), barsConfig()); });
    QVERIFY(classNames);
    QVERIFY2(classNames->contains(
                 QStringLiteral("class 2 is \"cross\" in the model, \"diagonal\" in the data set")),
             qPrintable(*classNames));
}

void tst_Trainer::badSettings() {
    const auto refuse = [](const std::function<void(TrainerConfig&)>& change, const char* says) {
        TrainerConfig config = barsConfig();
        change(config);
        const auto message =
            messageOf<std::invalid_argument>([&] { Trainer(barsModel(3), bars(), config); });
        QVERIFY2(message && message->contains(QString::fromUtf8(says)),
                 message ? qPrintable(*message) : says);
    };
    refuse([](TrainerConfig& c) { c.epochs = 0; }, "epochs");
    refuse([](TrainerConfig& c) { c.batch_size = 0; }, "batch size");
    refuse([](TrainerConfig& c) { c.optimizer = "rmsprop"; }, "adam or sgd");
    refuse([](TrainerConfig& c) { c.learning_rate = -1.0f; }, "learning rate");
    refuse([](TrainerConfig& c) { c.learning_rate = NAN; }, "learning rate");
    refuse([](TrainerConfig& c) { c.momentum = 1.0f; }, "momentum");
    refuse([](TrainerConfig& c) { c.weight_decay = -0.1f; }, "weight decay");
    refuse([](TrainerConfig& c) { c.threads = -2; }, "thread");
    // Beyond the limits, from a file or a caller that skipped the CLI's checks.
    refuse([](TrainerConfig& c) { c.epochs = 10001; }, "between 1 and 10000");
    refuse([](TrainerConfig& c) { c.batch_size = 65537; }, "between 1 and 65536");
    refuse([](TrainerConfig& c) { c.learning_rate = 1e30f; }, "learning rate");
    refuse([](TrainerConfig& c) { c.learning_rate = INFINITY; }, "learning rate");
    refuse([](TrainerConfig& c) { c.weight_decay = 2.0f; }, "weight decay");
    refuse([](TrainerConfig& c) { c.threads = 257; }, "between 1 and 256, not 257");
    refuse([](TrainerConfig& c) { c.threads = 100000; }, "between 1 and 256, not 100000");
    // The bars are 8×8: a shift of 8 leaves nothing of an image in view.
    refuse([](TrainerConfig& c) { c.augmentation.max_shift = 8; },
           "a shift of up to 8 pixels must be smaller than the 8×8 images");
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             TrainerConfig::from_hyperparameters({{"epochs", 3}}));
}

QTEST_GUILESS_MAIN(tst_Trainer)
// ETAs as a clock shows them, rounded to the second, never negative.
void tst_Trainer::clockTime() {
    using convsight::nn::clock_time;
    QCOMPARE(clock_time(0.0), std::string("0:00"));
    QCOMPARE(clock_time(65.4), std::string("1:05"));
    QCOMPARE(clock_time(3599.6), std::string("1:00:00"));
    QCOMPARE(clock_time(3665.0), std::string("1:01:05"));
    QCOMPARE(clock_time(-3.0), std::string("0:00"));
}

#include "tst_trainer.moc"
