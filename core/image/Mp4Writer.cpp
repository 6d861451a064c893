// MP4 export with OpenCV's VideoWriter.
#include "image/Mp4Writer.h"

#include "image/ImageIO.h"
#include "image/LazyOpenCv.h"
#include "io/AtomicFile.h"

#include <filesystem>
#include <opencv2/videoio.hpp>

namespace convsight::image {
namespace fs = std::filesystem;

Mp4Writer::Mp4Writer(const std::string& path, int width, int height, double fps)
    : writer_(new_video_writer())
    , path_(path)
    , width_(width)
    , height_(height) {
    if (width < 2 || height < 2 || fps <= 0)
        throw ImageError("cannot write video '" + path + "': " + std::to_string(width) + "×" +
                         std::to_string(height) + " pixels at " + std::to_string(fps) +
                         " frames per second is not possible");
    std::string temporary;
    try {
        out_ = std::make_unique<io::AtomicFile>(path);
        // VideoWriter opens a path itself and picks the container by its extension, which the
        // temporary name keeps.
        temporary = out_->temporary_path();
    } catch (const std::runtime_error& e) {
        throw ImageError(e.what());
    }
    try {
        writer_->open(temporary, fourcc('m', 'p', '4', 'v'), fps, cv::Size(width, height), true);
    } catch (const cv::Exception& e) {
        throw ImageError("cannot write video '" + path + "': " + e.what());
    }
    if (!writer_->isOpened())
        throw ImageError("cannot write video '" + path +
                         "': this OpenCV build has no MP4 ('mp4v') encoder, or the file cannot "
                         "be created; export an animated GIF instead");
}

Mp4Writer::~Mp4Writer() {
    if (writer_->isOpened())
        writer_->release();
    // Unfinished: out_'s temporary file goes with it.
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
    if (frames_ == 0 || fs::file_size(out_->temporary_path(), error) == 0 || error)
        throw ImageError("cannot write video '" + path_ + "': no frames were written");
    try {
        out_->commit();
    } catch (const std::runtime_error& e) {
        throw ImageError(e.what());
    }
}

} // namespace convsight::image
