// Qt Test suite for compute::ops::filter2d against OpenCV's cv::filter2D, the second oracle of
// image filtering, on a real photograph: every border mode and kernel sizes 1 to 9 (even ones
// too) within 1e-5 on float input, and the same 8-bit image after rounding and saturation.
#include "compute/ops.h"
#include "conv/KernelPresets.h"
#include "image/ImageIO.h"
#include "image/TensorMat.h"

#include <QFileInfo>
#include <QString>
#include <QTest>
#include <cmath>
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>
#include <string>
#include <vector>

using namespace convsight;
namespace cs = convsight::compute;

namespace {

// Debian's python3-skimage ships this public-domain photograph (512×512, colour).
constexpr const char* kPhoto = "/usr/lib/python3/dist-packages/skimage/data/astronaut.png";

// cv::filter2D with the border `border` names; filter2D has no BORDER_WRAP, so for wrap the image
// is extended with copyMakeBorder (which has it) and filtered inside that frame.
cv::Mat openCvFilter(const cv::Mat& image, const cv::Mat& kernel, cs::BorderMode border,
                     int depth = -1) {
    cv::Mat out;
    const cv::Point anchor(-1, -1);
    switch (border) {
    case cs::BorderMode::Zero:
        cv::filter2D(image, out, depth, kernel, anchor, 0, cv::BORDER_CONSTANT);
        break;
    case cs::BorderMode::Replicate:
        cv::filter2D(image, out, depth, kernel, anchor, 0, cv::BORDER_REPLICATE);
        break;
    case cs::BorderMode::Reflect:
        cv::filter2D(image, out, depth, kernel, anchor, 0, cv::BORDER_REFLECT_101);
        break;
    case cs::BorderMode::Wrap: {
        const int top = kernel.rows / 2, left = kernel.cols / 2;
        cv::Mat padded, filtered;
        cv::copyMakeBorder(image, padded, top, kernel.rows - 1 - top, left, kernel.cols - 1 - left,
                           cv::BORDER_WRAP);
        cv::filter2D(padded, filtered, depth, kernel, anchor, 0, cv::BORDER_CONSTANT);
        out = filtered(cv::Rect(left, top, image.cols, image.rows)).clone();
        break;
    }
    }
    return out;
}

cs::Tensor kernelTensor(const cv::Mat& kernel) {
    return cs::Tensor::from({kernel.rows, kernel.cols},
                            std::vector<float>(kernel.begin<float>(), kernel.end<float>()));
}

constexpr cs::BorderMode kBorders[] = {cs::BorderMode::Zero, cs::BorderMode::Replicate,
                                       cs::BorderMode::Reflect, cs::BorderMode::Wrap};

} // namespace

class tst_Filter2d : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void floatMatchesOpenCv_data();
    void floatMatchesOpenCv();
    void eightBitMatchesOpenCv_data();
    void eightBitMatchesOpenCv();

private:
    cv::Mat photo_; // 8-bit BGR
};

// The photograph, or without python3-skimage a generated 320×240 stand-in: smoothed noise, so
// neighbouring pixels are related as in a photo, over a gradient.
void tst_Filter2d::initTestCase() {
    if (QFileInfo::exists(QString::fromLatin1(kPhoto))) {
        // Halved to 256×256 (pixel areas averaged): as real, and the suite stays quick.
        cv::resize(image::load_image(kPhoto), photo_, cv::Size(256, 256), 0, 0, cv::INTER_AREA);
    } else {
        qInfo("%s is missing (python3-skimage): filtering a generated image instead", kPhoto);
        cv::Mat noise(240, 320, CV_32FC3);
        cv::RNG rng(11);
        rng.fill(noise, cv::RNG::UNIFORM, 0.0, 160.0);
        cv::GaussianBlur(noise, noise, cv::Size(5, 5), 1.5);
        for (int y = 0; y < noise.rows; ++y)
            noise.row(y) += cv::Scalar::all(0.4 * y);
        noise.convertTo(photo_, CV_8U);
    }
    QCOMPARE(photo_.type(), CV_8UC3);
}

void tst_Filter2d::floatMatchesOpenCv_data() {
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("columns");
    QTest::addColumn<cs::BorderMode>("border");
    for (const cs::BorderMode border : kBorders)
        for (const auto& [rows, columns] : std::vector<std::pair<int, int>>{
                 {1, 1}, {2, 2}, {3, 3}, {4, 4}, {5, 5}, {7, 7}, {9, 9}, {2, 5}, {9, 4}})
            QTest::addRow("%dx%d %s", rows, columns, cs::border_name(border))
                << rows << columns << border;
}

// Random signed weights on the photo's 0..255 values. A float sum is exact to a few ulps of the
// sum of the products' magnitudes, whatever the order: that is the scale the 1e-5 applies to.
void tst_Filter2d::floatMatchesOpenCv() {
    QFETCH(int, rows);
    QFETCH(int, columns);
    QFETCH(cs::BorderMode, border);
    cv::Mat kernel(rows, columns, CV_32F);
    cv::RNG rng(static_cast<std::uint64_t>(rows * 16 + columns));
    rng.fill(kernel, cv::RNG::UNIFORM, -1.0, 1.0);
    cv::Mat pixels;
    photo_.convertTo(pixels, CV_32F);

    const cv::Mat got = image::tensor_to_mat(
        cs::ops::filter2d(image::mat_to_tensor(pixels), kernelTensor(kernel), border), CV_32F);
    const cv::Mat expected = openCvFilter(pixels, kernel, border);
    const cv::Mat scale = openCvFilter(cv::abs(pixels), cv::abs(kernel), border);
    QCOMPARE(got.type(), expected.type());
    QCOMPARE(got.size(), expected.size());

    cv::Mat difference = cv::abs(got - expected);
    double worst = 0.0;
    cv::Point where;
    cv::Mat relative;
    cv::divide(difference, cv::max(scale, 1e-30), relative);
    cv::minMaxLoc(relative.reshape(1), nullptr, &worst, nullptr, &where);
    QVERIFY2(worst <= 1e-5,
             qPrintable(QStringLiteral("relative difference %1 at column %2 (×3 channels), row %3")
                            .arg(worst)
                            .arg(where.x)
                            .arg(where.y)));
    // A wrong border or anchor would be off by whole pixel values, not by rounding.
    QVERIFY(cv::norm(got, expected, cv::NORM_INF) < 0.01);
}

void tst_Filter2d::eightBitMatchesOpenCv_data() {
    QTest::addColumn<QString>("preset");
    QTest::addColumn<cs::BorderMode>("border");
    for (const cs::BorderMode border : kBorders)
        for (const conv::KernelPreset& preset : conv::kernel_presets())
            QTest::addRow("%s %s", preset.id.c_str(), cs::border_name(border))
                << QString::fromStdString(preset.id) << border;
}

// The presets' divisors are odd or powers of two, so no true output lies exactly halfway between
// two integers unless the float sum is exact: rounding gives the same byte whatever the order
// of summation. The 8-bit image must then equal OpenCV's, both through its float output and
// convertTo, and straight from its 8-bit filter.
void tst_Filter2d::eightBitMatchesOpenCv() {
    QFETCH(QString, preset);
    QFETCH(cs::BorderMode, border);
    const conv::KernelPreset& p = conv::kernel_preset(preset.toStdString());
    const conv::Matrix weights = p.weights();
    cv::Mat kernel(static_cast<int>(weights.size()), static_cast<int>(weights.front().size()),
                   CV_32F);
    for (int r = 0; r < kernel.rows; ++r)
        for (int c = 0; c < kernel.cols; ++c)
            kernel.at<float>(r, c) = static_cast<float>(
                weights[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)]);

    const cv::Mat got = image::tensor_to_mat(
        cs::ops::filter2d(image::mat_to_tensor(photo_), kernelTensor(kernel), border), CV_8U);
    cv::Mat pixels, viaFloat;
    photo_.convertTo(pixels, CV_32F);
    openCvFilter(pixels, kernel, border).convertTo(viaFloat, CV_8U);
    const cv::Mat direct = openCvFilter(photo_, kernel, border, CV_8U);
    QCOMPARE(got.type(), CV_8UC3);
    QCOMPARE(cv::norm(got, viaFloat, cv::NORM_INF), 0.0);
    QCOMPARE(cv::norm(got, direct, cv::NORM_INF), 0.0);
}

QTEST_GUILESS_MAIN(tst_Filter2d)
#include "tst_filter2d.moc"
