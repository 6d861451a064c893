// Qt Test suite for image::ImageFolderDataset and image::open_dataset: PNGs written with OpenCV
// into class subfolders of a temporary folder, read back resized, grey or RGB, split per class
// from a seed; folders that cannot be a data set give errors naming the folder or file.
#include "../data/data_test_support.h"
#include "data/OpenDataset.h"
#include "data/Views.h"
#include "image/ImageFolderDataset.h"
#include "image/ImageIO.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <set>
#include <stdexcept>

using namespace convsight;
using namespace convsight::image;
using convsight::data::test::example;
using convsight::data::test::runtimeError;

class tst_ImageFolder : public QObject {
    Q_OBJECT

private slots:
    void init();
    void readsGreyResized();
    void readsColourAsRgb();
    void splitsEveryClassFromASeed();
    void openDatasetReadsFoldersAndDelegates();
    void rejects();
    void trainingDataIsNormalised();
    void folderTakesTheNetworksInputSize();
    void sizeBeyondLimitsRefused();

private:
    QString pathOf(const QString& name) const { return dir_->filePath(name); }
    std::string folder() const { return dir_->path().toStdString(); }
    // Writes a uniform `colour` image of width × height into class folder `label`.
    void writeImage(const QString& label, const QString& name, int width, int height,
                    const cv::Scalar& colour, int type) {
        QVERIFY(QDir(dir_->path()).mkpath(label));
        QVERIFY(cv::imwrite(pathOf(label + "/" + name).toStdString(),
                            cv::Mat(height, width, type, colour)));
    }
    // Two classes: "circles" with grey images of 200 (40×30, 30×40, 8×8), "squares" with BGR
    // (10, 20, 30) images (10×10, 5×5, 3×12); a hidden folder and a text file to ignore.
    void writeTwoClasses() {
        writeImage("circles", "a.png", 40, 30, cv::Scalar(200), CV_8UC1);
        writeImage("circles", "b.PNG", 30, 40, cv::Scalar(200), CV_8UC1);
        writeImage("circles", "c.png", 8, 8, cv::Scalar(200), CV_8UC1);
        writeImage("squares", "a.png", 10, 10, cv::Scalar(10, 20, 30), CV_8UC3);
        writeImage("squares", "b.png", 5, 5, cv::Scalar(10, 20, 30), CV_8UC3);
        writeImage("squares", "c.png", 3, 12, cv::Scalar(10, 20, 30), CV_8UC3);
        writeImage(".thumbnails", "a.png", 4, 4, cv::Scalar(0), CV_8UC1);
        QFile notes(pathOf("squares/notes.txt"));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("not an image");
    }

    std::unique_ptr<QTemporaryDir> dir_;
};

void tst_ImageFolder::init() {
    dir_ = std::make_unique<QTemporaryDir>();
    QVERIFY2(dir_->isValid(), qPrintable(dir_->errorString()));
}

void tst_ImageFolder::readsGreyResized() {
    writeTwoClasses();
    const ImageFolderDataset dataset(folder(), {8, 6, true, 0.2, 0});
    QCOMPARE(dataset.size(), 6);
    QCOMPARE(dataset.class_names(), (std::vector<std::string>{"circles", "squares"}));
    QCOMPARE(dataset.example_shape(), (data::Shape{1, 6, 8}));
    QCOMPARE(dataset.label(2), 0);
    QCOMPARE(dataset.label(3), 1);
    QVERIFY(dataset.file(1).ends_with("circles/b.PNG"));
    // A uniform image stays uniform whether shrunk or enlarged. BGR (10, 20, 30) in grey is
    // 0.299·30 + 0.587·20 + 0.114·10 = 21.85, stored as 22.
    for (std::int64_t i = 0; i < 6; ++i)
        for (const float v : example(dataset, i))
            QCOMPARE(v, (i < 3 ? 200.0f : 22.0f) / 255.0f);
}

void tst_ImageFolder::readsColourAsRgb() {
    writeTwoClasses();
    const ImageFolderDataset dataset(folder(), {4, 4, false, 0.2, 0});
    QCOMPARE(dataset.example_shape(), (data::Shape{3, 4, 4}));
    const std::vector<float> square = example(dataset, 4);
    QCOMPARE(square[0], 30.0f / 255.0f);  // red first: the tensors' RGB order
    QCOMPARE(square[16], 20.0f / 255.0f); // green
    QCOMPARE(square[47], 10.0f / 255.0f); // blue
    const std::vector<float> circle = example(dataset, 0);
    QCOMPARE(circle[5], 200.0f / 255.0f);
    QCOMPARE(circle[16 + 5], 200.0f / 255.0f);
    QCOMPARE(circle[32 + 5], 200.0f / 255.0f);
}

void tst_ImageFolder::splitsEveryClassFromASeed() {
    for (int i = 0; i < 10; ++i) {
        writeImage("one", QString("%1.png").arg(i), 4, 4, cv::Scalar(i), CV_8UC1);
        writeImage("two", QString("%1.png").arg(i), 4, 4, cv::Scalar(100 + i), CV_8UC1);
    }
    const auto indices = [](const data::DatasetPtr& part) {
        return dynamic_cast<const data::Subset&>(*part).indices();
    };
    const data::DatasetSplit split = open_image_folder(folder(), {4, 4, true, 0.2, 7});
    QCOMPARE(split.train->size(), 16);
    QCOMPARE(split.test->size(), 4);
    const QString name = QDir(dir_->path()).dirName();
    QCOMPARE(QString::fromStdString(split.test->name()), name + " (test)");
    QCOMPARE(split.test->label(0), 0); // two of each class, in the folder's order
    QCOMPARE(split.test->label(1), 0);
    QCOMPARE(split.test->label(2), 1);
    QCOMPARE(split.test->label(3), 1);
    std::set<std::int64_t> all;
    for (const auto& part : {split.train, split.test})
        for (const std::int64_t i : indices(part))
            all.insert(i);
    QCOMPARE(all.size(), std::size_t(20));
    QCOMPARE(indices(open_image_folder(folder(), {4, 4, true, 0.2, 7}).test), indices(split.test));
    QVERIFY(indices(open_image_folder(folder(), {4, 4, true, 0.2, 8}).test) != indices(split.test));
}

void tst_ImageFolder::openDatasetReadsFoldersAndDelegates() {
    writeTwoClasses();
    const data::DatasetSplit split = open_dataset(folder(), {5, 5, true, 0.34, 0});
    QCOMPARE(split.train->size() + split.test->size(), 6);
    QCOMPARE(split.test->size(), 2); // round(3 · 0.34) = 1 of each class
    QCOMPARE(split.train->example_shape(), (data::Shape{1, 5, 5}));
    QCOMPARE(open_dataset("shapes").train->name(), std::string("shapes (train)"));
    try {
        open_dataset("nonsense");
        QFAIL("an unknown spec must throw");
    } catch (const data::UnknownDatasetSpec& error) {
        QVERIFY2(QString(error.what()).contains("cifar10:DIR"), error.what());
        QVERIFY2(QString(error.what()).endsWith("one subfolder of images per class"), error.what());
    }
}

void tst_ImageFolder::rejects() {
    QVERIFY(QDir(dir_->path()).mkpath("empty"));
    QString message = runtimeError([&] { open_dataset(pathOf("empty").toStdString()); });
    QCOMPARE(message, pathOf("empty") + ": the folder holds no IDX files, no CIFAR-10 batches and "
                                        "no subfolders of images (one per class)");

    QVERIFY(QDir(pathOf("empty")).removeRecursively());
    writeImage("only", "a.png", 4, 4, cv::Scalar(1), CV_8UC1);
    message = runtimeError([&] { ImageFolderDataset(folder(), {}); });
    QVERIFY2(message.startsWith(dir_->path() + ": an image folder needs one subfolder per class"),
             qPrintable(message));

    QVERIFY(QDir(dir_->path()).mkpath("nothing"));
    message = runtimeError([&] { ImageFolderDataset(folder(), {}); });
    QCOMPARE(message, pathOf("nothing") + ": the class folder holds no images (.png, .jpg, …)");

    QFile corrupt(pathOf("nothing/broken.png"));
    QVERIFY(corrupt.open(QIODevice::WriteOnly));
    corrupt.write("\x89PNG\r\n\x1a\n but not really");
    corrupt.close();
    message = runtimeError([&] { ImageFolderDataset(folder(), {}); });
    QVERIFY2(message.contains(pathOf("nothing/broken.png")), qPrintable(message));

    QVERIFY(corrupt.remove());
    writeImage("nothing", "a.png", 4, 4, cv::Scalar(1), CV_8UC1);
    // Two classes of one image each: a 20 % test part of each rounds to nothing.
    message = runtimeError([&] { open_image_folder(folder(), {}); });
    QVERIFY2(message.endsWith("2 images are too few to split into train and test parts"),
             qPrintable(message));
}

// The size every image is scaled to comes from a network's input (a file): beyond the limits it
// is refused by name before an image is decoded.
void tst_ImageFolder::sizeBeyondLimitsRefused() {
    writeTwoClasses();
    const auto refusal = [&](int width, int height) {
        try {
            ImageFolderDataset(folder(), {width, height});
        } catch (const std::invalid_argument& e) {
            return QString::fromStdString(e.what());
        }
        return QStringLiteral("accepted");
    };
    QCOMPARE(
        refusal(2147483647, 28),
        QStringLiteral("image folder: the width: 2147483647 is more than the limit of 1048576"));
    QCOMPARE(refusal(28, 1048577),
             QStringLiteral("image folder: the height: 1048577 is more than the limit of 1048576"));
    QCOMPARE(refusal(1048576, 1048576),
             QStringLiteral("image folder: the pixels per image: 1099511627776 is more than the "
                            "limit of 268435456"));
}

QTEST_GUILESS_MAIN(tst_ImageFolder)
// open_training_data: the training set cut to `limit`, both parts normalised by the training part's
// own statistics, or by the statistics given (as a model file keeps them).
void tst_ImageFolder::trainingDataIsNormalised() {
    using namespace convsight;
    const image::TrainingData own = image::open_training_data("shapes", {}, 500);
    QCOMPARE(own.raw.train->size(), std::int64_t{500});
    QCOMPARE(own.normalised.train->size(), std::int64_t{500});
    QCOMPARE(own.normalised.test->size(), own.raw.test->size());
    const data::ChannelStats after = data::compute_channel_stats(*own.normalised.train);
    QVERIFY(std::abs(after.mean[0]) < 1e-4);
    QVERIFY(std::abs(after.std[0] - 1.0f) < 1e-4);

    const data::ChannelStats given{{0.25f}, {0.5f}};
    const image::TrainingData fixed = image::open_training_data("shapes", given);
    QCOMPARE(fixed.stats.mean, given.mean);
    std::vector<float> raw(28 * 28), normalised(28 * 28);
    fixed.raw.test->read(3, raw.data());
    fixed.normalised.test->read(3, normalised.data());
    for (std::size_t i = 0; i < raw.size(); ++i)
        QCOMPARE(normalised[i], (raw[i] - 0.25f) / 0.5f);
    QVERIFY_THROWS_EXCEPTION(
        std::invalid_argument,
        image::open_training_data("shapes", data::ChannelStats{{0.f, 0.f}, {1.f, 1.f}}));
}

// A folder of photos read for a network's input (C, H, W): 3 channels at W × H for a VGG-like
// network, grey for 1 channel, the defaults for anything else.
void tst_ImageFolder::folderTakesTheNetworksInputSize() {
    using namespace convsight;
    writeTwoClasses();
    const image::ImageFolderOptions rgb = image::folder_options_for({3, 16, 12});
    QCOMPARE(rgb.width, 12);
    QCOMPARE(rgb.height, 16);
    QVERIFY(!rgb.grey);
    QVERIFY(image::folder_options_for({1, 32, 32}).grey);
    QCOMPARE(image::folder_options_for({1, 32, 32}).width, 32);
    for (const data::Shape& other : {data::Shape{10}, data::Shape{4, 8, 8}, data::Shape{}}) {
        const image::ImageFolderOptions fallback = image::folder_options_for(other);
        QCOMPARE(fallback.width, 28);
        QCOMPARE(fallback.height, 28);
        QVERIFY(fallback.grey);
    }
    const image::TrainingData opened =
        image::open_training_data(dir_->path().toStdString(), {}, 0, rgb);
    QCOMPARE(opened.normalised.train->example_shape(), (data::Shape{3, 16, 12}));
    QCOMPARE(opened.normalised.test->example_shape(), (data::Shape{3, 16, 12}));
}

#include "tst_imagefolder.moc"
