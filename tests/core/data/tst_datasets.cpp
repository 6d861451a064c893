// Qt Test suite for the data sets: IDX (raw and .gz) and CIFAR-10 on small files written here,
// every bad input giving an error that names the file, synthetic shapes (deterministic, balanced,
// drawn where they should be), subsets, normalisation, open_dataset's specs, and the installed
// Fashion-MNIST when there is one.
#include "data/Cifar10Dataset.h"
#include "data/IdxDataset.h"
#include "data/OpenDataset.h"
#include "data/SyntheticShapes.h"
#include "data/Views.h"
#include "data_test_support.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cmath>
#include <memory>
#include <set>
#include <stdexcept>
#include <thread>
#include <zlib.h>

using namespace convsight::data;
using convsight::data::test::example;
using convsight::data::test::Numbered;
using convsight::data::test::runtimeError;
using convsight::data::test::writeFile;

namespace {

// An IDX file: the magic (type 0x08, `dims.size()` dimensions), big-endian sizes, then `values`.
QByteArray idxBytes(const std::vector<std::uint32_t>& dims, const std::vector<std::uint8_t>& values,
                    std::uint8_t type = 0x08) {
    QByteArray bytes;
    bytes.append('\0').append('\0').append(char(type)).append(char(dims.size()));
    for (const std::uint32_t d : dims)
        for (int shift = 24; shift >= 0; shift -= 8)
            bytes.append(char((d >> shift) & 0xFF));
    bytes.append(reinterpret_cast<const char*>(values.data()), qsizetype(values.size()));
    return bytes;
}

QByteArray gzipped(const QByteArray& bytes, const QString& scratch) {
    gzFile file = gzopen(qPrintable(scratch), "wb");
    gzwrite(file, bytes.constData(), unsigned(bytes.size()));
    gzclose(file);
    QFile read(scratch);
    read.open(QIODevice::ReadOnly);
    return read.readAll();
}

// Pixel i of image n is (n·37 + i·11) % 256: each image differs, all byte values occur.
std::vector<std::uint8_t> pixelValues(int images, int rows, int columns) {
    std::vector<std::uint8_t> values;
    for (int n = 0; n < images; ++n)
        for (int i = 0; i < rows * columns; ++i)
            values.push_back(std::uint8_t((n * 37 + i * 11) % 256));
    return values;
}

} // namespace

class tst_Datasets : public QObject {
    Q_OBJECT

private slots:
    void init();
    void idxReadsRawAndGzip_data();
    void idxReadsRawAndGzip();
    void idxRejects_data();
    void idxRejects();
    void idxRejectsBrokenGzip_data();
    void idxRejectsBrokenGzip();
    void idxRejectsMissingFile();
    void cifarReadsBatches();
    void cifarUsesStandardNamesWithoutMeta();
    void cifarRejects_data();
    void cifarRejects();
    void cifarRefusesMoreThanMaxExamples();
    void shapesAreDeterministic();
    void shapesAreBalanced();
    void shapesAreDrawnAsNamed();
    void subsetAndSplit();
    void channelStatsAndNormalized();
    void pixelPermutedIsOnePermutation();
    void openDatasetSpecs();
    void openDatasetDetectsFolders();
    void installedFashionMnist();

private:
    QString pathOf(const QString& name) const { return dir_->filePath(name); }
    std::string path(const QString& name) const { return pathOf(name).toStdString(); }
    // Writes `bytes` to `name`, gzipped when the name ends in ".gz".
    void write(const QString& name, const QByteArray& bytes) {
        const QByteArray content =
            name.endsWith(".gz") ? gzipped(bytes, pathOf("scratch.gz")) : bytes;
        QVERIFY(writeFile(pathOf(name), content));
    }

    std::unique_ptr<QTemporaryDir> dir_;
};

void tst_Datasets::init() {
    dir_ = std::make_unique<QTemporaryDir>();
    QVERIFY2(dir_->isValid(), qPrintable(dir_->errorString()));
}

void tst_Datasets::idxReadsRawAndGzip_data() {
    QTest::addColumn<QString>("suffix");
    QTest::newRow("raw") << QString();
    QTest::newRow("gz") << QString(".gz");
}

void tst_Datasets::idxReadsRawAndGzip() {
    QFETCH(QString, suffix);
    const std::vector<std::uint8_t> pixels = pixelValues(5, 3, 4);
    write("images" + suffix, idxBytes({5, 3, 4}, pixels));
    write("labels" + suffix, idxBytes({5}, {2, 0, 1, 1, 2}));
    const IdxDataset dataset("tiny", path("images" + suffix), path("labels" + suffix),
                             {"a", "b", "c"});
    QCOMPARE(dataset.size(), 5);
    QCOMPARE(dataset.example_shape(), (Shape{1, 3, 4}));
    QCOMPARE(dataset.class_count(), 3);
    const std::vector<int> labels{2, 0, 1, 1, 2};
    for (int n = 0; n < 5; ++n) {
        QCOMPARE(dataset.label(n), labels[std::size_t(n)]);
        const std::vector<float> values = example(dataset, n);
        for (int i = 0; i < 12; ++i)
            QCOMPARE(values[std::size_t(i)], float(pixels[std::size_t(n * 12 + i)]) / 255.0f);
    }
    QCOMPARE(example(dataset, 0)[0], 0.0f);
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, dataset.read(5, example(dataset, 0).data()));
}

void tst_Datasets::idxRejects_data() {
    QTest::addColumn<QByteArray>("images");
    QTest::addColumn<QByteArray>("labels");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QString>("badFile");
    QTest::addColumn<QString>("problem");

    const QByteArray images = idxBytes({4, 2, 2}, pixelValues(4, 2, 2));
    const QByteArray labels = idxBytes({4}, {0, 1, 2, 0});
    for (const QString& suffix : {QString(), QString(".gz")}) {
        const QString kind = suffix.isEmpty() ? " (raw)" : " (gz)";
        QByteArray wrongMagic = images;
        wrongMagic[3] = 0x01;
        QTest::newRow(qPrintable("images with a labels magic" + kind))
            << wrongMagic << labels << suffix << "images"
            << "but images need 3";
        QTest::newRow(qPrintable("not an IDX file" + kind))
            << QByteArray("P5\n2 2\n255\nabcdabcdabcdabcd") << labels << suffix << "images"
            << "not an IDX file (it starts with 50 35 0A 32";
        QTest::newRow(qPrintable("float values" + kind))
            << idxBytes({4, 2, 2}, pixelValues(4, 2, 2), 0x0D) << labels << suffix << "images"
            << "type 0x0D are not supported";
        QTest::newRow(qPrintable("header claims 5 images, file holds 4" + kind))
            << idxBytes({5, 2, 2}, pixelValues(4, 2, 2)) << labels << suffix << "images"
            << "the header claims 5 images of 2×2 (20 bytes), but the file holds only 16 bytes";
        QTest::newRow(qPrintable("header claims 10^7 images" + kind))
            << idxBytes({10000000, 28, 28}, pixelValues(4, 28, 28)) << labels << suffix << "images"
            << "the header claims 10000000 images of 28×28 (7840000000 bytes)";
        // Sizes beyond io/Limits.h are refused from the header, before any product of them.
        QTest::newRow(qPrintable("header claims 10^9 images" + kind))
            << idxBytes({1000000000, 28, 28}, pixelValues(4, 28, 28)) << labels << suffix
            << "images"
            << "the header's count of images: 1000000000 is more than the limit of 67108864";
        QTest::newRow(qPrintable("rows × columns 0xFFFFFFFF²" + kind))
            << idxBytes({4, 0xFFFFFFFF, 0xFFFFFFFF}, pixelValues(4, 2, 2)) << labels << suffix
            << "images"
            << "the header's rows: 4294967295 is more than the limit of 1048576";
        QTest::newRow(qPrintable("columns 2^32 - 1" + kind))
            << idxBytes({4, 2, 0xFFFFFFFF}, pixelValues(4, 2, 2)) << labels << suffix << "images"
            << "the header's columns: 4294967295 is more than the limit of 1048576";
        QTest::newRow(qPrintable("16385×16385 images" + kind))
            << idxBytes({4, 16385, 16385}, pixelValues(4, 2, 2)) << labels << suffix << "images"
            << "the header's 16385×16385 pixels per image: 268468225 is more than the limit of "
               "268435456";
        QTest::newRow(qPrintable("labels count 2^32 - 1" + kind))
            << images << idxBytes({0xFFFFFFFF}, {0, 1, 2, 0}) << suffix << "labels"
            << "the header's count of labels: 4294967295 is more than the limit of 67108864";
        QTest::newRow(qPrintable("header claims 3 labels, file holds 4" + kind))
            << images << idxBytes({3}, {0, 1, 2, 0}) << suffix << "labels"
            << "the file holds more bytes after them";
        QTest::newRow(qPrintable("4 images, 3 labels" + kind))
            << images << idxBytes({3}, {0, 1, 2}) << suffix << "images"
            << "holds 4 images but";
        QTest::newRow(qPrintable("label 3 of 3 classes" + kind))
            << images << idxBytes({4}, {0, 1, 3, 0}) << suffix << "labels"
            << "label 3 of item 2 is outside 0 to 2";
        QTest::newRow(qPrintable("empty file" + kind))
            << QByteArray() << labels << suffix << "images"
            << "too short to be an IDX file";
    }
}

void tst_Datasets::idxRejects() {
    QFETCH(QByteArray, images);
    QFETCH(QByteArray, labels);
    QFETCH(QString, suffix);
    QFETCH(QString, badFile);
    QFETCH(QString, problem);
    write("images" + suffix, images);
    write("labels" + suffix, labels);
    const QString message = runtimeError([&] {
        IdxDataset("tiny", path("images" + suffix), path("labels" + suffix), {"a", "b", "c"});
    });
    QVERIFY2(message.startsWith(pathOf(badFile + suffix)), qPrintable(message));
    QVERIFY2(message.contains(problem), qPrintable(message));
}

void tst_Datasets::idxRejectsBrokenGzip_data() {
    QTest::addColumn<int>("keep"); // bytes of the .gz kept; 0 for all
    QTest::addColumn<int>("flip"); // the byte whose bits are inverted; -1 for none
    QTest::addColumn<QString>("problem");

    QTest::newRow("cut in half") << -2 << -1 << "truncated or corrupt";
    QTest::newRow("checksum missing") << -8 << -1 << "truncated or corrupt";
    QTest::newRow("a data byte flipped") << 0 << 40 << "truncated or corrupt";
}

void tst_Datasets::idxRejectsBrokenGzip() {
    QFETCH(int, keep);
    QFETCH(int, flip);
    QFETCH(QString, problem);
    // Noise-like pixels, so that the compressed stream is long enough to cut.
    QByteArray gz = gzipped(idxBytes({50, 8, 8}, pixelValues(50, 8, 8)), pathOf("scratch.gz"));
    if (keep == -2)
        gz.truncate(gz.size() / 2);
    else if (keep < 0)
        gz.chop(-keep);
    if (flip >= 0)
        gz[flip] = char(~gz[flip]);
    QVERIFY(writeFile(pathOf("images.gz"), gz));
    write("labels", idxBytes({50}, std::vector<std::uint8_t>(50, 1)));
    const QString message = runtimeError([&] {
        IdxDataset("tiny", path("images.gz"), path("labels"), {"a", "b"});
    });
    QVERIFY2(message.startsWith(pathOf("images.gz") + ": "), qPrintable(message));
    QVERIFY2(message.contains(problem), qPrintable(message));
}

void tst_Datasets::idxRejectsMissingFile() {
    write("labels", idxBytes({1}, {0}));
    const QString message =
        runtimeError([&] { IdxDataset("tiny", path("nowhere.gz"), path("labels"), {"a"}); });
    QCOMPARE(message, pathOf("nowhere.gz") + ": no such file");
}

// CIFAR-10 records: label, then red, green, blue planes of 32×32. Record r of a file has label
// labels[r] and byte (r·7 + p) % 256 at pixel byte p.
QByteArray cifarBytes(const std::vector<std::uint8_t>& labels) {
    QByteArray bytes;
    for (std::size_t r = 0; r < labels.size(); ++r) {
        bytes.append(char(labels[r]));
        for (int p = 0; p < 3 * 32 * 32; ++p)
            bytes.append(char((int(r) * 7 + p) % 256));
    }
    return bytes;
}

void tst_Datasets::cifarReadsBatches() {
    QVERIFY(writeFile(pathOf("data_batch_1.bin"), cifarBytes({3, 1, 4})));
    QVERIFY(writeFile(pathOf("data_batch_2.bin"), cifarBytes({1, 5})));
    QVERIFY(writeFile(pathOf("test_batch.bin"), cifarBytes({9, 2})));
    QVERIFY(writeFile(pathOf("batches.meta.txt"),
                      "plane\ncar\nbird\ncat\ndeer\ndog\nfrog\nhorse\nship\ntruck\n\n"));
    for (const std::string& spec :
         {"cifar10:" + dir_->path().toStdString(), dir_->path().toStdString()}) {
        const DatasetSplit split = open_dataset(spec);
        QCOMPARE(split.train->size(), 5);
        QCOMPARE(split.test->size(), 2);
        QCOMPARE(split.train->example_shape(), (Shape{3, 32, 32}));
        QCOMPARE(split.train->class_names().front(), std::string("plane"));
        QCOMPARE(split.train->class_count(), 10);
        const std::vector<int> labels{3, 1, 4, 1, 5};
        for (int i = 0; i < 5; ++i)
            QCOMPARE(split.train->label(i), labels[std::size_t(i)]);
        QCOMPARE(split.test->label(0), 9);
        // Example 4 is record 1 of data_batch_2: its bytes (7 + p) % 256, already planar RGB.
        const std::vector<float> values = example(*split.train, 4);
        for (const int p : {0, 1, 1023, 1024, 2048, 3071})
            QCOMPARE(values[std::size_t(p)], float((7 + p) % 256) / 255.0f);
    }
}

void tst_Datasets::cifarUsesStandardNamesWithoutMeta() {
    // The archive's layout: the batches inside cifar-10-batches-bin.
    QVERIFY(QDir(dir_->path()).mkdir("cifar-10-batches-bin"));
    QVERIFY(writeFile(pathOf("cifar-10-batches-bin/data_batch_1.bin"), cifarBytes({0})));
    QVERIFY(writeFile(pathOf("cifar-10-batches-bin/test_batch.bin"), cifarBytes({9})));
    const DatasetSplit split = open_dataset("cifar10:" + dir_->path().toStdString());
    QCOMPARE(split.train->class_names(), cifar10_class_names());
    QCOMPARE(split.test->class_names()[9], std::string("truck"));
    QCOMPARE(split.train->name(), std::string("CIFAR-10 (train)"));
}

void tst_Datasets::cifarRejects_data() {
    QTest::addColumn<QByteArray>("train");
    QTest::addColumn<QString>("problem");
    QTest::newRow("two records and 5 bytes") << cifarBytes({1, 2}).append("12345")
                                             << "6151 bytes is not a whole number of CIFAR-10 "
                                                "records (3073 bytes each";
    QTest::newRow("empty") << QByteArray() << "0 bytes is not a whole number";
    QTest::newRow("label 10") << cifarBytes({1, 10}) << "label 10 of record 1 is outside 0 to 9";
}

void tst_Datasets::cifarRejects() {
    QFETCH(QByteArray, train);
    QFETCH(QString, problem);
    QVERIFY(writeFile(pathOf("data_batch_1.bin"), train));
    QVERIFY(writeFile(pathOf("test_batch.bin"), cifarBytes({0})));
    const QString message =
        runtimeError([&] { open_dataset("cifar10:" + dir_->path().toStdString()); });
    QVERIFY2(message.startsWith(pathOf("data_batch_1.bin") + ": "), qPrintable(message));
    QVERIFY2(message.contains(problem), qPrintable(message));
}

void tst_Datasets::cifarRefusesMoreThanMaxExamples() {
    // 2^26 + 1 records (206 GB, a sparse file): refused from its size before a byte is read.
    QFile huge(pathOf("data_batch_1.bin"));
    QVERIFY(huge.open(QIODevice::WriteOnly));
    if (!huge.resize(qint64{3073} * ((qint64{1} << 26) + 1)))
        QSKIP("this file system holds no sparse file of 206 GB");
    huge.close();
    QVERIFY(writeFile(pathOf("test_batch.bin"), cifarBytes({0})));
    const QString message =
        runtimeError([&] { open_dataset("cifar10:" + dir_->path().toStdString()); });
    QCOMPARE(message, pathOf("data_batch_1.bin") +
                          ": 67108865 records in the data set so far, more than the limit of "
                          "67108864 examples");
}

void tst_Datasets::shapesAreDeterministic() {
    const DatasetSplit a = make_shapes(600, 100, 7);
    const DatasetSplit b = make_shapes(600, 100, 7);
    const DatasetSplit other = make_shapes(600, 100, 8);
    QCOMPARE(a.train->example_shape(), (Shape{1, 28, 28}));
    QCOMPARE(a.train->class_count(), 10);
    // The same example whatever the order or the thread it is read from.
    std::vector<std::vector<float>> forward(600);
    for (std::int64_t i = 0; i < 600; ++i)
        forward[std::size_t(i)] = example(*a.train, i);
    std::vector<std::vector<float>> fromThreads(600);
    std::vector<std::thread> threads;
    for (int t = 0; t < 3; ++t)
        threads.emplace_back([&, t] {
            for (std::int64_t i = 599 - t; i >= 0; i -= 3)
                fromThreads[std::size_t(i)] = example(*b.train, i);
        });
    for (std::thread& thread : threads)
        thread.join();
    QVERIFY(forward == fromThreads);
    int differentSeed = 0;
    int sameAsTrain = 0;
    for (std::int64_t i = 0; i < 100; ++i) {
        differentSeed += example(*other.train, i) != forward[std::size_t(i)] ? 1 : 0;
        sameAsTrain += example(*a.test, i) == forward[std::size_t(i)] ? 1 : 0;
        for (const float v : forward[std::size_t(i)])
            QVERIFY(v >= 0.0f && v <= 1.0f);
    }
    QCOMPARE(differentSeed, 100);
    QCOMPARE(sameAsTrain, 0); // the test set continues the stream: no example repeats
}

void tst_Datasets::shapesAreBalanced() {
    const DatasetSplit split = make_shapes();
    QCOMPARE(split.train->size(), 6000);
    QCOMPARE(split.test->size(), 1000);
    for (const DatasetPtr& part : {split.train, split.test}) {
        std::vector<int> counts(10);
        for (std::int64_t i = 0; i < part->size(); ++i)
            ++counts[std::size_t(part->label(i))];
        const auto [low, high] = std::minmax_element(counts.begin(), counts.end());
        QVERIFY2(*high - *low <= 1, qPrintable(QString::number(*high - *low)));
    }
}

// Each class drawn as named, checked on the bright pixels (well above the noise): lines lie in
// a thin band; squares and circles are as tall as wide, and a circle leaves its bounding box's
// corners dark where a square fills them (one pixel in: the outermost may be partly covered);
// outlines are dark in the middle where filled shapes and crosses are bright; "/" is dark at the
// top left.
void tst_Datasets::shapesAreDrawnAsNamed() {
    ShapesOptions options;
    options.count = 400;
    options.seed = 3;
    const SyntheticShapes shapes("shapes", options);
    QCOMPARE(SyntheticShapes::shape_names(),
             (std::vector<std::string>{"circle", "square", "triangle", "cross", "horizontal line",
                                       "vertical line", "ring", "frame", "diagonal line",
                                       "diagonal cross"}));
    for (std::int64_t i = 0; i < shapes.size(); ++i) {
        const std::vector<float> v = example(shapes, i);
        const auto bright = [&](int y, int x) { return v[std::size_t(y * 28 + x)] > 0.45f; };
        int top = 28, bottom = -1, left = 28, right = -1;
        for (int y = 0; y < 28; ++y)
            for (int x = 0; x < 28; ++x)
                if (bright(y, x)) {
                    top = std::min(top, y);
                    bottom = std::max(bottom, y);
                    left = std::min(left, x);
                    right = std::max(right, x);
                }
        QVERIFY2(bottom >= 0, "every shape is visible");
        const int height = bottom - top + 1, width = right - left + 1;
        const bool middle = bright((top + bottom) / 2, (left + right) / 2);
        const QString what =
            QString("example %1 (%2): %3×%4")
                .arg(i)
                .arg(QString::fromStdString(shapes.class_names()[std::size_t(shapes.label(i))]))
                .arg(width)
                .arg(height);
        const bool squareish = height >= 9 && std::abs(width - height) <= 2;
        bool drawn = false;
        switch (shapes.label(i)) {
        case 0: // circle
            drawn = squareish && middle && !bright(top, left);
            break;
        case 1: // square
            drawn = squareish && middle && bright(top + 1, left + 1);
            break;
        case 2: // triangle
        case 3: // cross
        case 9: // diagonal cross
            drawn = squareish && middle;
            break;
        case 4: // horizontal line
            drawn = height <= 4 && width >= 11;
            break;
        case 5: // vertical line
            drawn = width <= 4 && height >= 11;
            break;
        case 6: // ring
        case 7: // frame
            drawn = squareish && !middle;
            break;
        case 8: // diagonal line
            drawn = squareish && !bright(top + 1, left + 1) && bright(top + 1, right - 1);
            break;
        }
        QVERIFY2(drawn, qPrintable(what));
    }
}

void tst_Datasets::subsetAndSplit() {
    const auto base = std::make_shared<Numbered>(101, Shape{1, 2, 2});
    const Subset subset(base, {7, 3, 7}, "three");
    QCOMPARE(subset.size(), 3);
    QCOMPARE(subset.label(1), 0); // 3 % 3
    QCOMPARE(example(subset, 0), example(*base, 7));
    QCOMPARE(example(subset, 1)[3], 3003.0f);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Subset(base, {101}, "outside"));

    const DatasetSplit split = split_train_validation(base, 0.2, 5);
    QCOMPARE(split.train->size(), 81);
    QCOMPARE(split.test->size(), 20);
    QCOMPARE(split.test->name(), std::string("numbered (validation)"));
    const auto& train = dynamic_cast<const Subset&>(*split.train).indices();
    const auto& validation = dynamic_cast<const Subset&>(*split.test).indices();
    std::set<std::int64_t> all(train.begin(), train.end());
    all.insert(validation.begin(), validation.end());
    QCOMPARE(all.size(), std::size_t(101)); // disjoint, and together every example
    QCOMPARE(dynamic_cast<const Subset&>(*split_train_validation(base, 0.2, 5).test).indices(),
             validation);
    QVERIFY(dynamic_cast<const Subset&>(*split_train_validation(base, 0.2, 6).test).indices() !=
            validation);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, split_train_validation(base, 1.0, 5));
}

void tst_Datasets::channelStatsAndNormalized() {
    // Two examples of (2, 1, 2): channel 0 holds {0, 1, 1000, 1001}, channel 1 {2, 3, 1002, 1003}.
    const auto base = std::make_shared<Numbered>(2, Shape{2, 1, 2});
    const ChannelStats stats = compute_channel_stats(*base);
    QCOMPARE(stats.mean, (std::vector<float>{500.5f, 502.5f}));
    // Population std of {0, 1, 1000, 1001}: sqrt(mean of squared deviations 500.5² and 499.5²).
    const float expected = float(std::sqrt((500.5 * 500.5 + 499.5 * 499.5) / 2.0));
    QCOMPARE(stats.std[0], expected);
    QCOMPARE(stats.std[1], expected);

    const Normalized normalized(base, stats);
    const std::vector<float> values = example(normalized, 1);
    QCOMPARE(values[0], (1000.0f - 500.5f) * (1.0f / expected));
    QCOMPARE(values[3], (1003.0f - 502.5f) * (1.0f / expected));
    const ChannelStats after = compute_channel_stats(normalized);
    QVERIFY(std::abs(after.mean[0]) < 1e-6f && std::abs(after.std[1] - 1.0f) < 1e-6f);

    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Normalized(base, {{0.0f}, {1.0f}}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Normalized(base, {{0.0f, 0.0f}, {1.0f, 0.0f}}));
}

// The permutation experiment's view: each image holds the same values in another order, every
// image (and channel) in the same order, train and test alike, and the order follows the seed.
void tst_Datasets::pixelPermutedIsOnePermutation() {
    const auto base = std::make_shared<Numbered>(5, Shape{2, 4, 3}); // 12 pixels, 2 channels
    const PixelPermuted permuted(base, 14);
    QCOMPARE(permuted.size(), 5);
    QCOMPARE(permuted.example_shape(), (Shape{2, 4, 3}));
    QCOMPARE(permuted.label(4), base->label(4));
    QCOMPARE(permuted.name(), std::string("numbered, pixels permuted"));
    const std::vector<std::int64_t>& order = permuted.permutation();
    QCOMPARE(order.size(), std::size_t(12));
    std::vector<std::int64_t> sorted = order;
    std::sort(sorted.begin(), sorted.end());
    for (std::int64_t p = 0; p < 12; ++p)
        QCOMPARE(sorted[std::size_t(p)], p); // a permutation: every pixel once
    QVERIFY2(order != sorted, "the seed left every pixel in place");

    for (std::int64_t i = 0; i < 5; ++i) {
        const std::vector<float> before = example(*base, i), after = example(permuted, i);
        std::vector<float> a = before, b = after;
        std::sort(a.begin(), a.end());
        std::sort(b.begin(), b.end());
        QCOMPARE(b, a); // the same multiset of values
        // Numbered's value names its pixel, so each image tells the order it was put in: the
        // same order for every image and both channels.
        for (std::int64_t c = 0; c < 2; ++c)
            for (std::int64_t p = 0; p < 12; ++p)
                QCOMPARE(after[std::size_t(c * 12 + p)],
                         before[std::size_t(c * 12 + order[std::size_t(p)])]);
    }

    // Deterministic from the seed; another seed, another order.
    QCOMPARE(PixelPermuted(base, 14).permutation(), order);
    QCOMPARE(pixel_permutation(12, 14), order);
    QVERIFY(PixelPermuted(base, 15).permutation() != order);

    // Train and test in the same order.
    const DatasetSplit split = permute_pixels(DatasetSplit{base, base}, 14);
    QCOMPARE(dynamic_cast<const PixelPermuted&>(*split.train).permutation(), order);
    QCOMPARE(dynamic_cast<const PixelPermuted&>(*split.test).permutation(), order);
    QCOMPARE(example(*split.test, 3), example(permuted, 3));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, PixelPermuted(nullptr, 1));
}

void tst_Datasets::openDatasetSpecs() {
    const DatasetSplit shapes = open_dataset("shapes");
    QCOMPARE(shapes.train->size(), 6000);
    QCOMPARE(shapes.test->size(), 1000);
    QCOMPARE(shapes.train->name(), std::string("shapes (train)"));
    try {
        open_dataset("imagenet");
        QFAIL("an unknown spec must throw");
    } catch (const std::invalid_argument& error) {
        const QString message = error.what();
        QVERIFY2(message.startsWith("unknown data set 'imagenet': choose shapes"), error.what());
        for (const char* choice : {"fashion-mnist", "mnist", "cifar10:DIR", "folder"})
            QVERIFY2(message.contains(choice), error.what());
    }
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, open_dataset("cifar10"));
    const QString missing = runtimeError([&] { open_dataset("cifar10:" + path("nowhere")); });
    QVERIFY2(missing.startsWith(pathOf("nowhere") + ": no such folder"), qPrintable(missing));
    const QString empty = runtimeError([&] { open_dataset(dir_->path().toStdString()); });
    QVERIFY2(empty.startsWith(dir_->path() + ": the folder holds neither IDX files"),
             qPrintable(empty));
}

void tst_Datasets::openDatasetDetectsFolders() {
    write("train-images-idx3-ubyte.gz", idxBytes({3, 2, 2}, pixelValues(3, 2, 2)));
    write("train-labels-idx1-ubyte.gz", idxBytes({3}, {7, 8, 9}));
    write("t10k-images-idx3-ubyte", idxBytes({2, 2, 2}, pixelValues(2, 2, 2)));
    const QString incomplete = runtimeError([&] { open_dataset(dir_->path().toStdString()); });
    QVERIFY2(incomplete.contains("missing t10k-labels-idx1-ubyte[.gz]"), qPrintable(incomplete));
    write("t10k-labels-idx1-ubyte", idxBytes({2}, {0, 1}));
    const DatasetSplit split = open_dataset(dir_->path().toStdString() + "/");
    QCOMPARE(split.train->size(), 3);
    QCOMPARE(split.test->size(), 2);
    QCOMPARE(split.train->label(2), 9);
    QCOMPARE(split.train->class_names(), digit_class_names());
    const QString folder = QDir(dir_->path()).dirName();
    QCOMPARE(QString::fromStdString(split.test->name()), folder + " (test)");
}

void tst_Datasets::installedFashionMnist() {
    if (!holds_idx_files(kFashionMnistFolder))
        QSKIP("Fashion-MNIST is not installed in /usr/share/datasets/fashion-mnist (Debian's "
              "dataset-fashion-mnist package)");
    const DatasetSplit split = open_dataset("fashion-mnist");
    QCOMPARE(split.train->size(), 60000);
    QCOMPARE(split.test->size(), 10000);
    QCOMPARE(split.train->example_shape(), (Shape{1, 28, 28}));
    QCOMPARE(split.train->class_names(), fashion_mnist_class_names());
    QCOMPARE(split.train->name(), std::string("Fashion-MNIST (train)"));
    // The first labels, read from the files with Python's gzip module.
    const std::vector<int> train{9, 0, 0, 3, 0, 2, 7, 2, 5, 5};
    const std::vector<int> test{9, 2, 1, 1, 6, 1, 4, 6, 5, 7};
    for (int i = 0; i < 10; ++i) {
        QCOMPARE(split.train->label(i), train[std::size_t(i)]);
        QCOMPARE(split.test->label(i), test[std::size_t(i)]);
    }
    // The first image: its bytes sum to 76247 and byte 417 is 255.
    const std::vector<float> first = example(*split.train, 0);
    double sum = 0.0;
    for (const float v : first)
        sum += double(v) * 255.0;
    QVERIFY2(std::abs(sum - 76247.0) < 0.01, qPrintable(QString::number(sum)));
    QCOMPARE(first[417], 1.0f);
}

QTEST_GUILESS_MAIN(tst_Datasets)
#include "tst_datasets.moc"
