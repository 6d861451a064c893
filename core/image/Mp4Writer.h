// MP4 video export through OpenCV's VideoWriter (MPEG-4 Part 2, fourcc 'mp4v'), written to a
// temporary file beside the target (io::AtomicFile) and moved into place when finished.
#pragma once

#include <memory>
#include <opencv2/core.hpp>
#include <string>

namespace cv {
class VideoWriter;
}
namespace convsight::io {
class AtomicFile;
}

namespace convsight::image {

class Mp4Writer {
public:
    // Opens `path` for width×height frames at `fps`. Throws ImageError when OpenCV has no MP4
    // encoder (the message says so and suggests the GIF export) or the file cannot be created.
    Mp4Writer(const std::string& path, int width, int height, double fps);
    ~Mp4Writer(); // without finish(), the partial file is removed
    Mp4Writer(const Mp4Writer&) = delete;
    Mp4Writer& operator=(const Mp4Writer&) = delete;

    // Appends an 8-bit BGR frame (CV_8UC3) of the size given; throws ImageError otherwise.
    void add_frame(const cv::Mat& bgr);
    int frame_count() const { return frames_; }
    // Closes the video and moves it into place. Throws ImageError on failure.
    void finish();

private:
    std::unique_ptr<cv::VideoWriter> writer_;
    std::unique_ptr<io::AtomicFile> out_; // the temporary file VideoWriter writes
    std::string path_;
    int width_{}, height_{};
    int frames_{};
};

} // namespace convsight::image
