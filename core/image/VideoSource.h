// Frames from a video file or a camera, through OpenCV's VideoCapture, for filtering frame by
// frame.
#pragma once

#include <memory>
#include <opencv2/core.hpp>
#include <string>

namespace cv {
class VideoCapture;
}

namespace convsight::image {

class VideoSource {
public:
    // Throws ImageError naming the file when OpenCV cannot open it as a video or it has no frame.
    static VideoSource open_file(const std::string& path);
    // Throws ImageError saying why when camera `index` does not open.
    static VideoSource open_camera(int index = 0);

    VideoSource(VideoSource&&) noexcept;
    VideoSource& operator=(VideoSource&&) noexcept;
    ~VideoSource();

    bool is_camera() const { return camera_; }
    // Frames in the file (0 for a camera), and frames per second (30 when the file does not say).
    int frame_count() const { return frameCount_; }
    double fps() const { return fps_; }
    // The index of the frame read() returns next.
    int position() const { return position_; }

    // The next frame as 8-bit BGR or grey; empty at the end of a file.
    cv::Mat read();
    // Moves to frame `index` (clamped to the file) and reads it. Files only.
    cv::Mat read_at(int index);

private:
    VideoSource(std::unique_ptr<cv::VideoCapture> capture, bool camera);
    std::unique_ptr<cv::VideoCapture> capture_;
    bool camera_{};
    int frameCount_{};
    double fps_{30};
    int position_{};
};

// Why no camera can be used (no video device on this machine), or empty when one may open.
std::string camera_unavailable_reason();

} // namespace convsight::image
