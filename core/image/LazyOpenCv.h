// OpenCV's image codecs and video I/O, opened the first time they are used (dlopen). Linked in,
// they load GDAL, GDCM, poppler, HDF5, FFmpeg, GStreamer and some 200 other libraries into every
// start of the programs, most of whose runs read no image or video file: about 0.1 s of
// `convsight-cli --version` and 0.3 s of the window's first paint.
#pragma once

#include <memory>
#include <opencv2/core.hpp>
#include <string>
#include <vector>

namespace cv {
class VideoCapture;
class VideoWriter;
} // namespace cv

namespace convsight::image {

// cv::imdecode and cv::imencode. Throw ImageError when the codecs library cannot be opened.
cv::Mat imdecode(cv::InputArray bytes, int flags);
bool imencode(const std::string& extension, cv::InputArray image, std::vector<uchar>& bytes,
              const std::vector<int>& parameters = {});

// A new, closed cv::VideoCapture or cv::VideoWriter (their members are virtual and work as
// usual). Throw ImageError when the video library cannot be opened.
std::unique_ptr<cv::VideoCapture> new_video_capture();
std::unique_ptr<cv::VideoWriter> new_video_writer();

// cv::VideoWriter::fourcc, without the library.
constexpr int fourcc(char c1, char c2, char c3, char c4) {
    return (c1 & 255) + ((c2 & 255) << 8) + ((c3 & 255) << 16) + ((c4 & 255) << 24);
}

} // namespace convsight::image
