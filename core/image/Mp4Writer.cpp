// MP4 export with OpenCV's VideoWriter.
#include "image/Mp4Writer.h"

#include "image/ImageIO.h"

#include <filesystem>
#include <opencv2/videoio.hpp>

namespace convsight::image {
namespace fs = std::filesystem;

Mp4Writer::Mp4Writer(const std::string& path, int width, int height, double fps)
    : writer_(std::make_unique<cv::VideoWriter>())
    // VideoWriter picks the container from the extension, so the partial file keeps ".mp4".
    , path_(path)
    , partialPath_(path + ".part.mp4")
    , width_(width)
    , height_(height) {
    if (width < 2 || height < 2 || fps <= 0)
        throw ImageError("cannot write video '" + path + "': " + std::to_string(width) + "×" +
                         std::to_string(height) + " pixels at " + std::to_string(fps) +
                         " frames per second is not possible");
    const fs::path folder = fs::path(path).parent_path();
    std::error_code error;
    if (!folder.empty() && !fs::is_directory(folder, error))
        throw ImageError("cannot write video '" + path + "': the folder '" + folder.string() +
                         "' does not exist");
    try {
        writer_->open(partialPath_, cv::VideoWriter::fourcc('m', 'p', '4', 'v'), fps,
                      cv::Size(width, height), true);
    } catch (const cv::Exception& e) {
        throw ImageError("cannot write video '" + path + "': " + e.what());
    }
    if (!writer_->isOpened()) {
        fs::remove(partialPath_, error);
        throw ImageError("cannot write video '" + path +
                         "': this OpenCV build has no MP4 ('mp4v') encoder, or the file cannot "
                         "be created; export an animated GIF instead");
    }
}

Mp4Writer::~Mp4Writer() {
    if (writer_->isOpened()) {
        writer_->release();
        std::error_code ignored;
        fs::remove(partialPath_, ignored);
    }
}

void Mp4Writer::add_frame(const cv::Mat& bgr) {
    if (!writer_->isOpened())
        throw ImageError("cannot add a frame to video '" + path_ + "': it is already finished");
    if (bgr.type() != CV_8UC3 || bgr.cols != width_ || bgr.rows != height_)
        throw ImageError("cannot add frame " + std::to_string(frames_ + 1) + " to video '" + path_ +
                         "': it must be 8-bit BGR of " + std::to_string(width_) + "×" +
                         std::to_string(height_) + " pixels");
    writer_->write(bgr);
    ++frames_;
}

void Mp4Writer::finish() {
    if (!writer_->isOpened())
        return;
    writer_->release();
    std::error_code error;
    if (frames_ == 0 || fs::file_size(partialPath_, error) == 0 || error) {
        fs::remove(partialPath_, error);
        throw ImageError("cannot write video '" + path_ + "': no frames were written");
    }
    give_new_file_permissions(partialPath_);
    fs::rename(partialPath_, path_, error);
    if (error) {
        std::error_code ignored;
        fs::remove(partialPath_, ignored);
        throw ImageError("cannot replace '" + path_ + "': " + error.message());
    }
}

} // namespace convsight::image
