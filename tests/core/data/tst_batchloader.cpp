// Qt Test suite for data::BatchLoader: every example once per epoch, orders that depend only on
// (seed, epoch), augmentation that is a real shift/flip and reproducible, resuming at first_batch,
// restarting mid-epoch, errors, and a destructor that returns while the worker is busy.
#include "data/BatchLoader.h"
#include "data_test_support.h"

#include <QElapsedTimer>
#include <QTest>
#include <algorithm>
#include <chrono>
#include <memory>
#include <numeric>
#include <stdexcept>
#include <thread>

using namespace convsight::data;
using convsight::data::test::Numbered;

namespace {

// Every batch of epoch `epoch` from `first_batch` on.
std::vector<Batch> epochBatches(BatchLoader& loader, int epoch, std::int64_t first_batch = 0) {
    loader.start_epoch(epoch, first_batch);
    std::vector<Batch> batches;
    while (auto batch = loader.next())
        batches.push_back(std::move(*batch));
    return batches;
}

std::vector<std::int64_t> indicesOf(const std::vector<Batch>& batches) {
    std::vector<std::int64_t> indices;
    for (const Batch& batch : batches)
        indices.insert(indices.end(), batch.indices.begin(), batch.indices.end());
    return indices;
}

bool sameBatches(const std::vector<Batch>& a, const std::vector<Batch>& b) {
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].indices != b[i].indices || a[i].images.to_vector() != b[i].images.to_vector() ||
            a[i].labels.to_vector() != b[i].labels.to_vector())
            return false;
    return true;
}

BatchOptions options(int batch_size, std::uint64_t seed, Augmentation augmentation = {}) {
    BatchOptions result;
    result.batch_size = batch_size;
    result.seed = seed;
    result.augmentation = augmentation;
    return result;
}

// A data set that takes its time: the worker is busy when the test destroys the loader.
class Slow final : public Dataset {
public:
    std::string name() const override { return "slow"; }
    std::int64_t size() const override { return 1000; }
    Shape example_shape() const override { return {1, 1, 1}; }
    const std::vector<std::string>& class_names() const override { return names_; }
    int label(std::int64_t) const override { return 0; }
    void read(std::int64_t index, float* out) const override {
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
        out[0] = static_cast<float>(index);
    }

private:
    std::vector<std::string> names_{"one"};
};

// Throws when asked for example `bad`.
class Failing final : public Dataset {
public:
    std::string name() const override { return "failing"; }
    std::int64_t size() const override { return 40; }
    Shape example_shape() const override { return {1, 1, 1}; }
    const std::vector<std::string>& class_names() const override { return names_; }
    int label(std::int64_t) const override { return 0; }
    void read(std::int64_t index, float* out) const override {
        if (index == 25)
            throw std::runtime_error("example 25 is unreadable");
        out[0] = static_cast<float>(index);
    }

private:
    std::vector<std::string> names_{"one"};
};

} // namespace

class tst_BatchLoader : public QObject {
    Q_OBJECT

private slots:
    void coversEveryExampleOncePerEpoch_data();
    void coversEveryExampleOncePerEpoch();
    void orderDependsOnlyOnSeedAndEpoch();
    void augmentationShiftsAndFlips();
    void augmentationIsReproducible();
    void resumeAtFirstBatchEqualsTheEpochsTail();
    void startEpochMidEpochRestartsCleanly();
    void destructorMidEpochReturns();
    void rejectsBadUse();
    void rethrowsTheDatasetsError_data();
    void rethrowsTheDatasetsError();
    void preparedInPlaceEqualsPreparedAhead();
};

void tst_BatchLoader::coversEveryExampleOncePerEpoch_data() {
    QTest::addColumn<bool>("shuffle");
    QTest::addColumn<bool>("dropLast");
    QTest::addColumn<int>("batches");
    QTest::addColumn<int>("examples");
    QTest::newRow("shuffled") << true << false << 11 << 103;
    QTest::newRow("in order") << false << false << 11 << 103;
    QTest::newRow("shuffled, drop last") << true << true << 10 << 100;
}

void tst_BatchLoader::coversEveryExampleOncePerEpoch() {
    QFETCH(bool, shuffle);
    QFETCH(bool, dropLast);
    QFETCH(int, batches);
    QFETCH(int, examples);
    const auto dataset = std::make_shared<Numbered>(103, Shape{2, 3, 4});
    BatchOptions o = options(10, 1);
    o.shuffle = shuffle;
    o.drop_last = dropLast;
    BatchLoader loader(dataset, o);
    QCOMPARE(loader.batches_per_epoch(), batches);
    for (int epoch = 0; epoch < 2; ++epoch) {
        const std::vector<Batch> all = epochBatches(loader, epoch);
        QCOMPARE(int(all.size()), batches);
        QCOMPARE(all.back().images.shape(), (Shape{dropLast ? 10 : 3, 2, 3, 4}));
        std::vector<std::int64_t> indices = indicesOf(all);
        QCOMPARE(int(indices.size()), examples);
        QCOMPARE(std::is_sorted(indices.begin(), indices.end()), !shuffle);
        std::sort(indices.begin(), indices.end());
        QVERIFY(std::adjacent_find(indices.begin(), indices.end()) == indices.end());
        if (!dropLast)
            QCOMPARE(indices.back(), 102);
        // Each row holds the example its index names, with its label.
        for (const Batch& batch : all)
            for (std::size_t i = 0; i < batch.indices.size(); ++i) {
                const std::int64_t index = batch.indices[i];
                QCOMPARE(batch.images.data()[std::int64_t(i) * 24 + 23], float(index * 1000 + 23));
                QCOMPARE(batch.labels.data()[i], float(index % 3));
            }
        QVERIFY(!loader.next()); // and stays ended
    }
}

void tst_BatchLoader::orderDependsOnlyOnSeedAndEpoch() {
    const auto dataset = std::make_shared<Numbered>(50, Shape{1, 1, 1});
    BatchLoader a(dataset, options(8, 42));
    BatchLoader b(dataset, options(8, 42));
    BatchLoader other(dataset, options(8, 43));
    const std::vector<std::int64_t> epoch0 = indicesOf(epochBatches(a, 0));
    const std::vector<std::int64_t> epoch1 = indicesOf(epochBatches(a, 1));
    // b visits epoch 1 first: epoch 0's order must not depend on what came before.
    QCOMPARE(indicesOf(epochBatches(b, 1)), epoch1);
    QCOMPARE(indicesOf(epochBatches(b, 0)), epoch0);
    QVERIFY(epoch0 != epoch1);
    QVERIFY(indicesOf(epochBatches(other, 0)) != epoch0);
    std::vector<std::int64_t> identity(50);
    std::iota(identity.begin(), identity.end(), 0);
    QVERIFY(epoch0 != identity);
}

void tst_BatchLoader::augmentationShiftsAndFlips() {
    // 5×6 examples whose values are all distinct: each augmented image must be exactly one
    // flip-and-shift of its source, with zeros where the shift brought in the outside.
    const auto dataset = std::make_shared<Numbered>(64, Shape{2, 5, 6});
    BatchLoader loader(dataset, options(16, 9, {2, true}));
    int flipped = 0, shifted = 0, unchanged = 0;
    for (const Batch& batch : epochBatches(loader, 0))
        for (std::size_t i = 0; i < batch.indices.size(); ++i) {
            const float* image = batch.images.data() + std::int64_t(i) * 60;
            const float base = float(batch.indices[i] * 1000);
            int matches = 0;
            for (const bool flip : {false, true})
                for (int dy = -2; dy <= 2; ++dy)
                    for (int dx = -2; dx <= 2; ++dx) {
                        bool equal = true;
                        for (int c = 0; c < 2; ++c)
                            for (int y = 0; y < 5; ++y)
                                for (int x = 0; x < 6; ++x) {
                                    const int sy = y - dy, sx0 = x - dx;
                                    const int sx = flip ? 5 - sx0 : sx0;
                                    const bool inside = sy >= 0 && sy < 5 && sx0 >= 0 && sx0 < 6;
                                    const float want =
                                        inside ? base + float((c * 5 + sy) * 6 + sx) : 0.0f;
                                    equal = equal && image[(c * 5 + y) * 6 + x] == want;
                                }
                        if (equal) {
                            ++matches;
                            flipped += flip ? 1 : 0;
                            shifted += dx != 0 || dy != 0 ? 1 : 0;
                            unchanged += !flip && dx == 0 && dy == 0 ? 1 : 0;
                        }
                    }
            QCOMPARE(matches, 1);
        }
    // 64 draws of a fair coin and of 25 shifts: far from all or none.
    QVERIFY2(flipped > 16 && flipped < 48, qPrintable(QString::number(flipped)));
    QVERIFY2(shifted > 48, qPrintable(QString::number(shifted)));
    QVERIFY(unchanged < 10);
}

void tst_BatchLoader::augmentationIsReproducible() {
    const auto dataset = std::make_shared<Numbered>(40, Shape{1, 4, 4});
    BatchLoader a(dataset, options(7, 5, {1, true}));
    BatchLoader b(dataset, options(7, 5, {1, true}));
    const std::vector<Batch> first = epochBatches(a, 3);
    QVERIFY(sameBatches(first, epochBatches(b, 3)));
    QVERIFY(sameBatches(first, epochBatches(a, 3))); // again, on the same loader
    // Another epoch augments example 0 differently in at least one of a few epochs.
    const auto imageOfExample0 = [](const std::vector<Batch>& batches) {
        for (const Batch& batch : batches)
            for (std::size_t i = 0; i < batch.indices.size(); ++i)
                if (batch.indices[i] == 0)
                    return batch.images.batch(std::int64_t(i), 1).to_vector();
        return std::vector<float>();
    };
    bool differs = false;
    for (int epoch = 4; epoch < 8; ++epoch)
        differs = differs || imageOfExample0(epochBatches(a, epoch)) != imageOfExample0(first);
    QVERIFY(differs);
}

void tst_BatchLoader::resumeAtFirstBatchEqualsTheEpochsTail() {
    const auto dataset = std::make_shared<Numbered>(45, Shape{1, 3, 3});
    BatchLoader whole(dataset, options(6, 11, {1, true}));
    const std::vector<Batch> uninterrupted = epochBatches(whole, 2);
    QCOMPARE(uninterrupted.size(), std::size_t(8));
    for (const std::int64_t first : {1, 4, 7, 8}) {
        BatchLoader resumed(dataset, options(6, 11, {1, true}));
        const std::vector<Batch> tail(uninterrupted.begin() + first, uninterrupted.end());
        QVERIFY2(sameBatches(epochBatches(resumed, 2, first), tail),
                 qPrintable(QString("from batch %1").arg(first)));
    }
}

void tst_BatchLoader::startEpochMidEpochRestartsCleanly() {
    const auto dataset = std::make_shared<Numbered>(60, Shape{1, 2, 2});
    BatchLoader fresh(dataset, options(5, 3, {1, false}));
    const std::vector<Batch> epoch1 = epochBatches(fresh, 1);
    BatchLoader loader(dataset, options(5, 3, {1, false}));
    loader.start_epoch(0);
    QVERIFY(loader.next());
    QVERIFY(loader.next());
    // Batches of epoch 0 are prepared ahead: none of them may leak into epoch 1.
    QVERIFY(sameBatches(epochBatches(loader, 1), epoch1));
    loader.start_epoch(1, 3);
    QVERIFY(loader.next());
    QVERIFY(sameBatches(epochBatches(loader, 1), epoch1));
}

void tst_BatchLoader::destructorMidEpochReturns() {
    QElapsedTimer timer;
    timer.start();
    {
        BatchLoader loader(std::make_shared<Slow>(), options(50, 0));
        loader.start_epoch(0);
        QVERIFY(loader.next()); // the worker is now preparing the next batches, 100 ms each
    }
    { BatchLoader never_started(std::make_shared<Slow>(), options(50, 0)); }
    // One batch takes 100 ms: the destructor waits for at most the one in hand.
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
}

void tst_BatchLoader::rejectsBadUse() {
    const auto dataset = std::make_shared<Numbered>(10, Shape{1, 1, 1});
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, BatchLoader(dataset, options(0, 0)));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, BatchLoader(nullptr, options(4, 0)));
    QVERIFY_THROWS_EXCEPTION(
        std::invalid_argument,
        BatchLoader(std::make_shared<Numbered>(0, Shape{1, 1, 1}), options(4, 0)));
    BatchOptions dropAll = options(11, 0);
    dropAll.drop_last = true;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, BatchLoader(dataset, dropAll));
    BatchLoader loader(dataset, options(4, 0));
    QVERIFY_THROWS_EXCEPTION(std::logic_error, loader.next());
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, loader.start_epoch(0, 4));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, loader.start_epoch(-1));
    loader.start_epoch(0, 2); // the last batch: 2 examples
    const std::optional<Batch> last = loader.next();
    QVERIFY(last);
    QCOMPARE(last->indices.size(), std::size_t(2));
    QVERIFY(!loader.next());
    loader.start_epoch(0, 3); // resuming after the last batch: an ended epoch
    QVERIFY(!loader.next());
}

void tst_BatchLoader::rethrowsTheDatasetsError_data() {
    QTest::addColumn<bool>("prepareAhead");
    QTest::newRow("prepared ahead") << true;
    QTest::newRow("prepared in next()") << false;
}

void tst_BatchLoader::rethrowsTheDatasetsError() {
    QFETCH(bool, prepareAhead);
    BatchOptions o = options(10, 0);
    o.shuffle = false;
    o.prepare_ahead = prepareAhead;
    BatchLoader loader(std::make_shared<Failing>(), o);
    loader.start_epoch(0);
    QCOMPARE(loader.next()->indices.front(), 0);
    QCOMPARE(loader.next()->indices.front(), 10);
    try {
        loader.next();
        QFAIL("the batch holding example 25 must throw");
    } catch (const std::runtime_error& error) {
        QCOMPARE(QString(error.what()), QString("example 25 is unreadable"));
    }
    QVERIFY_THROWS_EXCEPTION(std::logic_error, loader.next());
    loader.start_epoch(0, 3); // a new start goes on past the failure
    QCOMPARE(loader.next()->indices.front(), 30);
    QVERIFY(!loader.next());
}

void tst_BatchLoader::preparedInPlaceEqualsPreparedAhead() {
    // Without the worker, next() prepares each batch itself: the same batches (examples, images
    // after augmentation, labels) in every epoch, from the start, resumed mid-epoch, and after a
    // restart mid-epoch; a last short batch and drop_last alike.
    const auto dataset = std::make_shared<Numbered>(45, Shape{1, 3, 3});
    for (const bool dropLast : {false, true}) {
        BatchOptions ahead = options(6, 11, {1, true});
        ahead.drop_last = dropLast;
        BatchOptions inPlace = ahead;
        inPlace.prepare_ahead = false;
        BatchLoader worker(dataset, ahead);
        BatchLoader caller(dataset, inPlace);
        QCOMPARE(caller.batches_per_epoch(), worker.batches_per_epoch());
        for (const int epoch : {0, 1, 2}) {
            const std::vector<Batch> expected = epochBatches(worker, epoch);
            QCOMPARE(expected.size(), std::size_t(dropLast ? 7 : 8));
            QVERIFY2(sameBatches(epochBatches(caller, epoch), expected),
                     qPrintable(QString("epoch %1").arg(epoch)));
            const std::vector<Batch> tail(expected.begin() + 3, expected.end());
            QVERIFY(sameBatches(epochBatches(caller, epoch, 3), tail));
        }
        caller.start_epoch(1);
        QVERIFY(caller.next());
        QVERIFY(sameBatches(epochBatches(caller, 2), epochBatches(worker, 2)));
        QVERIFY(!caller.next()); // the epoch is over
    }
    // Before any start_epoch, as with the worker.
    BatchOptions inPlace = options(6, 1);
    inPlace.prepare_ahead = false;
    BatchLoader unstarted(dataset, inPlace);
    QVERIFY_THROWS_EXCEPTION(std::logic_error, unstarted.next());
}

QTEST_GUILESS_MAIN(tst_BatchLoader)
#include "tst_batchloader.moc"
