// cv::Mat <-> QImage for 8-bit pixels: OpenCV keeps colour as BGR, Qt as RGB.
#pragma once

#include <QImage>
#include <opencv2/core.hpp>

namespace convsight::widgets {

// A deep copy of an 8-bit grey (CV_8UC1) or BGR (CV_8UC3) image; a null QImage for anything else.
QImage matToQImage(const cv::Mat& image);
// Any QImage as 8-bit BGR (alpha dropped), or grey for a grey one.
cv::Mat qImageToMat(const QImage& image);

} // namespace convsight::widgets
