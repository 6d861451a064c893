// VideoSource: OpenCV's VideoCapture with the errors and bookkeeping the Filter workspace needs.
#include "image/VideoSource.h"

#include "image/ImageIO.h"
#include "image/LazyOpenCv.h"

#include <algorithm>
#include <filesystem>
#include <opencv2/videoio.hpp>

namespace convsight::image {
namespace fs = std::filesystem;

VideoSource::VideoSource(std::unique_ptr<cv::VideoCapture> capture, bool camera)
    : capture_(std::move(capture))
    , camera_(camera) {
    if (!camera_)
        frameCount_ = std::max(0, static_cast<int>(capture_->get(cv::CAP_PROP_FRAME_COUNT)));
    const double fps = capture_->get(cv::CAP_PROP_FPS);
    if (fps > 0 && fps < 1000)
        fps_ = fps;
}

VideoSource::VideoSource(VideoSource&&) noexcept = default;
VideoSource& VideoSource::operator=(VideoSource&&) noexcept = default;
VideoSource::~VideoSource() = default;

VideoSource VideoSource::open_file(const std::string& path) {
    std::error_code error;
    if (!fs::is_regular_file(path, error))
        throw ImageError("cannot open video '" + path + "': no such file");
    auto capture = new_video_capture();
    try {
        capture->open(path);
    } catch (const cv::Exception& e) {
        throw ImageError("cannot open video '" + path + "': " + e.what());
    }
    if (!capture->isOpened())
        throw ImageError("cannot open video '" + path +
                         "': it is not a video format OpenCV reads, or it is corrupt");
    VideoSource source(std::move(capture), false);
    if (source.frameCount_ == 0)
        throw ImageError("cannot open video '" + path + "': it has no frames");
    return source;
}

VideoSource VideoSource::open_camera(int index) {
    const std::string reason = camera_unavailable_reason();
    if (!reason.empty())
        throw ImageError(reason);
    auto capture = new_video_capture();
    try {
        capture->open(index);
    } catch (const cv::Exception& e) {
        throw ImageError("cannot open camera " + std::to_string(index) + ": " + e.what());
    }
    if (!capture->isOpened())
        throw ImageError("cannot open camera " + std::to_string(index) +
                         ": it is busy in another program, or access was refused");
    return VideoSource(std::move(capture), true);
}

cv::Mat VideoSource::read() {
    cv::Mat frame;
    if (!capture_->read(frame) || frame.empty())
        return {};
    ++position_;
    if (frame.depth() != CV_8U)
        frame.convertTo(frame, CV_8U);
    return frame;
}

cv::Mat VideoSource::read_at(int index) {
    if (camera_)
        return read();
    index = std::clamp(index, 0, std::max(0, frameCount_ - 1));
    capture_->set(cv::CAP_PROP_POS_FRAMES, index);
    position_ = index;
    return read();
}

std::string camera_unavailable_reason() {
#if defined(__linux__)
    std::error_code error;
    for (const auto& entry : fs::directory_iterator("/dev", error))
        if (entry.path().filename().string().starts_with("video"))
            return {};
    return "No camera found: this machine has no video device (/dev/video*)";
#else
    return {};
#endif
}

} // namespace convsight::image
