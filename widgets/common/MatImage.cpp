// Conversions between OpenCV and Qt images.
#include "common/MatImage.h"

#include <opencv2/imgproc.hpp>

namespace convsight::widgets {

QImage matToQImage(const cv::Mat& image) {
    if (image.empty() || image.depth() != CV_8U)
        return {};
    if (image.channels() == 1)
        return QImage(image.data, image.cols, image.rows, static_cast<qsizetype>(image.step),
                      QImage::Format_Grayscale8)
            .copy();
    if (image.channels() != 3)
        return {};
    cv::Mat rgb;
    cv::cvtColor(image, rgb, cv::COLOR_BGR2RGB);
    return QImage(rgb.data, rgb.cols, rgb.rows, static_cast<qsizetype>(rgb.step),
                  QImage::Format_RGB888)
        .copy();
}

cv::Mat qImageToMat(const QImage& image) {
    if (image.isNull())
        return {};
    if (image.format() == QImage::Format_Grayscale8 || image.allGray()) {
        const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
        return cv::Mat(grey.height(), grey.width(), CV_8UC1, const_cast<uchar*>(grey.constBits()),
                       static_cast<size_t>(grey.bytesPerLine()))
            .clone();
    }
    const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    cv::Mat bgr;
    cv::cvtColor(cv::Mat(rgb.height(), rgb.width(), CV_8UC3, const_cast<uchar*>(rgb.constBits()),
                         static_cast<size_t>(rgb.bytesPerLine())),
                 bgr, cv::COLOR_RGB2BGR);
    return bgr;
}

} // namespace convsight::widgets
