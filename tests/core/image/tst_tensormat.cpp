// Qt Test suite for the cv::Mat <-> Tensor bridge: channel order (BGR/RGB interleaved to planar
// RGB), grey images, 8-bit and float, rounding and saturation as convertTo, and the shapes and
// depths it refuses.
#include "image/TensorMat.h"

#include <QTest>
#include <opencv2/core.hpp>
#include <stdexcept>
#include <vector>

using namespace convsight;
namespace cs = convsight::compute;

namespace {

// A 2×3 BGR image whose pixel (y, x) is (b, g, r) = (10y + x, 100 + 10y + x, 200 + 10y + x).
cv::Mat bgrRamp() {
    cv::Mat image(2, 3, CV_8UC3);
    for (int y = 0; y < 2; ++y)
        for (int x = 0; x < 3; ++x)
            image.at<cv::Vec3b>(y, x) =
                cv::Vec3b(static_cast<uchar>(10 * y + x), static_cast<uchar>(100 + 10 * y + x),
                          static_cast<uchar>(200 + 10 * y + x));
    return image;
}

// The (3,2,3) RGB planes of bgrRamp(): red first.
std::vector<float> rampPlanes() {
    std::vector<float> values;
    for (const float base : {200.0f, 100.0f, 0.0f})
        for (int y = 0; y < 2; ++y)
            for (int x = 0; x < 3; ++x)
                values.push_back(base + static_cast<float>(10 * y + x));
    return values;
}

template <typename F>
bool throwsInvalidArgument(F&& call) {
    try {
        call();
    } catch (const std::invalid_argument&) {
        return true;
    }
    return false;
}

} // namespace

class tst_TensorMat : public QObject {
    Q_OBJECT

private slots:
    void bgrToRgbPlanes();
    void rgbOrder();
    void greyAndFloat();
    void roundTrips();
    void roundingAndSaturation();
    void refusals();
};

void tst_TensorMat::bgrToRgbPlanes() {
    const cs::Tensor t = image::mat_to_tensor(bgrRamp());
    QCOMPARE(t.shape(), (cs::Shape{3, 2, 3}));
    QCOMPARE(t.to_vector(), rampPlanes());
}

void tst_TensorMat::rgbOrder() {
    cv::Mat rgb;
    cv::Mat channels[3];
    cv::split(bgrRamp(), channels);
    std::swap(channels[0], channels[2]);
    cv::merge(channels, 3, rgb);
    QCOMPARE(image::mat_to_tensor(rgb, image::ChannelOrder::Rgb).to_vector(), rampPlanes());
    const cv::Mat back = image::tensor_to_mat(image::mat_to_tensor(rgb, image::ChannelOrder::Rgb),
                                              CV_8U, image::ChannelOrder::Rgb);
    QCOMPARE(cv::norm(back, rgb, cv::NORM_INF), 0.0);
}

void tst_TensorMat::greyAndFloat() {
    const cv::Mat grey = (cv::Mat_<uchar>(2, 2) << 0, 7, 128, 255);
    const cs::Tensor t = image::mat_to_tensor(grey);
    QCOMPARE(t.shape(), (cs::Shape{1, 2, 2}));
    QCOMPARE(t.to_vector(), (std::vector<float>{0, 7, 128, 255}));

    const cv::Mat values = (cv::Mat_<float>(1, 3) << -1.5f, 0.25f, 1e6f);
    QCOMPARE(image::mat_to_tensor(values).to_vector(), (std::vector<float>{-1.5f, 0.25f, 1e6f}));
    const cv::Mat floats = image::tensor_to_mat(image::mat_to_tensor(values), CV_32F);
    QCOMPARE(floats.type(), CV_32FC1);
    QCOMPARE(cv::norm(floats, values, cv::NORM_INF), 0.0);
}

void tst_TensorMat::roundTrips() {
    cv::Mat noise(37, 53, CV_8UC3);
    cv::RNG rng(5);
    rng.fill(noise, cv::RNG::UNIFORM, 0, 256);
    const cv::Mat back = image::tensor_to_mat(image::mat_to_tensor(noise));
    QCOMPARE(back.type(), CV_8UC3);
    QCOMPARE(cv::norm(back, noise, cv::NORM_INF), 0.0);
    // A batch of one image converts too.
    const cs::Tensor batch = image::mat_to_tensor(noise).view({1, 3, 37, 53});
    QCOMPARE(cv::norm(image::tensor_to_mat(batch), noise, cv::NORM_INF), 0.0);
}

// Nearest integer with ties to even, then clamped to 0..255: what convertTo does.
void tst_TensorMat::roundingAndSaturation() {
    const std::vector<float> values{-3.7f, -0.5f, 0.5f, 1.5f, 2.5f, 2.51f, 254.5f, 255.49f, 300.0f};
    const cs::Tensor t = cs::Tensor::from({1, 1, 9}, values);
    const cv::Mat got = image::tensor_to_mat(t);
    const std::vector<uchar> expected{0, 0, 0, 2, 2, 3, 254, 255, 255};
    for (int i = 0; i < 9; ++i)
        QCOMPARE(got.at<uchar>(0, i), expected[static_cast<std::size_t>(i)]);
    cv::Mat viaOpenCv;
    cv::Mat(1, 9, CV_32F, const_cast<float*>(values.data())).convertTo(viaOpenCv, CV_8U);
    QCOMPARE(cv::norm(got, viaOpenCv, cv::NORM_INF), 0.0);
}

void tst_TensorMat::refusals() {
    QVERIFY(throwsInvalidArgument([] { image::mat_to_tensor(cv::Mat()); }));
    QVERIFY(throwsInvalidArgument([] { image::mat_to_tensor(cv::Mat(2, 2, CV_16UC1)); }));
    QVERIFY(throwsInvalidArgument([] { image::mat_to_tensor(cv::Mat(2, 2, CV_8UC4)); }));
    QVERIFY(throwsInvalidArgument([] { image::mat_to_tensor(cv::Mat(2, 2, CV_8UC2)); }));
    QVERIFY(throwsInvalidArgument([] { image::tensor_to_mat(cs::Tensor()); }));
    QVERIFY(throwsInvalidArgument([] { image::tensor_to_mat(cs::Tensor({2, 2, 2})); }));
    QVERIFY(throwsInvalidArgument([] { image::tensor_to_mat(cs::Tensor({2, 3, 2, 2})); }));
    QVERIFY(throwsInvalidArgument([] { image::tensor_to_mat(cs::Tensor({4, 4})); }));
    QVERIFY(throwsInvalidArgument([] { image::tensor_to_mat(cs::Tensor({1, 4, 4}), CV_16U); }));
}

QTEST_GUILESS_MAIN(tst_TensorMat)
#include "tst_tensormat.moc"
