// Qt Test suite for photos as the input of a network without a data set: which normalisation is
// chosen (the model's, ImageNet's for 3×224×224, else [0, 1]), the shorter side resized and the
// middle cut out, BGR read as RGB planes, and what it refuses.
#include "image/PhotoInput.h"

#include <QTest>
#include <opencv2/core.hpp>
#include <stdexcept>

using namespace convsight;

class tst_PhotoInput : public QObject {
    Q_OBJECT

private slots:
    void normalisationChoice();
    void centreCropOfAWidePhoto();
    void tallPhotoAndGrey();
    void normalisedByStats();
    void refusals();
};

void tst_PhotoInput::normalisationChoice() {
    const auto imagenet = image::photo_normalisation({3, 224, 224}, std::nullopt);
    QCOMPARE(imagenet.source, image::PhotoNormalisation::Source::ImageNet);
    QCOMPARE(imagenet.stats.mean.size(), std::size_t{3});
    QCOMPARE(imagenet.stats.mean[0], 0.485f);
    QCOMPARE(imagenet.stats.std[2], 0.225f);

    const data::ChannelStats own{{0.5f}, {0.25f}};
    const auto metadata = image::photo_normalisation({1, 28, 28}, own);
    QCOMPARE(metadata.source, image::PhotoNormalisation::Source::Metadata);
    QCOMPARE(metadata.stats.std[0], 0.25f);

    // Statistics of another channel count than the input's are not the model's.
    const auto unit = image::photo_normalisation({3, 32, 32}, own);
    QCOMPARE(unit.source, image::PhotoNormalisation::Source::UnitRange);
    QCOMPARE(unit.stats.mean, std::vector<float>(3, 0.0f));
    QCOMPARE(unit.stats.std, std::vector<float>(3, 1.0f));
    QVERIFY(!unit.description.empty());
}

void tst_PhotoInput::centreCropOfAWidePhoto() {
    // 8×4 BGR: the left quarter blue, the middle half green, the right quarter red. Shrunk to
    // height 2 (width 4), the middle 2×2 is the green half exactly.
    cv::Mat photo(4, 8, CV_8UC3, cv::Scalar(0, 255, 0));
    photo(cv::Rect(0, 0, 2, 4)).setTo(cv::Scalar(255, 0, 0));
    photo(cv::Rect(6, 0, 2, 4)).setTo(cv::Scalar(0, 0, 255));
    const compute::Tensor input =
        image::photo_to_input(photo, {3, 2, 2}, image::photo_normalisation({3, 2, 2}, {}).stats);
    QCOMPARE(input.shape(), (compute::Shape{3, 2, 2}));
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(input.data()[i], 0.0f);     // red plane
        QCOMPARE(input.data()[4 + i], 1.0f); // green plane
        QCOMPARE(input.data()[8 + i], 0.0f); // blue plane
    }
}

void tst_PhotoInput::tallPhotoAndGrey() {
    // 2 wide, 6 tall, grey: the top and bottom thirds black, the middle white; to 1×2×2 the
    // width stays 2 and the middle two rows (of six) are kept.
    cv::Mat photo(6, 2, CV_8UC1, cv::Scalar(0));
    photo(cv::Rect(0, 2, 2, 2)).setTo(cv::Scalar(255));
    const compute::Tensor input = image::photo_to_input(photo, {1, 2, 2}, {{0.0f}, {1.0f}});
    QCOMPARE(input.shape(), (compute::Shape{1, 2, 2}));
    for (int i = 0; i < 4; ++i)
        QCOMPARE(input.data()[i], 1.0f);
}

void tst_PhotoInput::normalisedByStats() {
    const cv::Mat photo(10, 10, CV_8UC3, cv::Scalar(0, 0, 255)); // pure red
    const compute::Tensor input =
        image::photo_to_input(photo, {3, 4, 4}, {{0.5f, 0.5f, 0.5f}, {0.5f, 0.25f, 0.5f}});
    QCOMPARE(input.data()[0], 1.0f);       // (1 − 0.5) / 0.5
    QCOMPARE(input.data()[16], -2.0f);     // (0 − 0.5) / 0.25
    QCOMPARE(input.data()[32 + 5], -1.0f); // (0 − 0.5) / 0.5
}

void tst_PhotoInput::refusals() {
    const cv::Mat photo(4, 4, CV_8UC3, cv::Scalar(1, 2, 3));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             image::photo_to_input(cv::Mat(), {3, 2, 2}, {{0, 0, 0}, {1, 1, 1}}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             image::photo_to_input(photo, {2, 2, 2}, {{0, 0}, {1, 1}}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             image::photo_to_input(photo, {3, 2, 2}, {{0}, {1}}));
}

QTEST_GUILESS_MAIN(tst_PhotoInput)
#include "tst_photoinput.moc"
