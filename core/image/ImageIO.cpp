// Loading and saving image files through OpenCV.
#include "image/ImageIO.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <opencv2/core/version.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <vector>

namespace convsight::image {
namespace fs = std::filesystem;

cv::Mat loadImage(const std::string& path) {
    std::error_code error;
    if (!fs::is_regular_file(path, error))
        throw ImageError("cannot open image '" + path + "': no such file");
    // imread cannot tell "unreadable" from "not an image"; reading the bytes ourselves can.
    std::ifstream in(path, std::ios::binary);
    std::vector<unsigned char> bytes((std::istreambuf_iterator<char>(in)),
                                     std::istreambuf_iterator<char>());
    if (!in.good() && !in.eof())
        throw ImageError("cannot read image '" + path + "': the file could not be read");
    if (bytes.empty())
        throw ImageError("cannot open image '" + path + "': the file is empty");
    cv::Mat image;
    try {
        image = cv::imdecode(bytes, cv::IMREAD_ANYCOLOR);
    } catch (const cv::Exception& e) {
        throw ImageError("cannot decode image '" + path + "': " + e.what());
    }
    if (image.empty())
        throw ImageError("cannot decode image '" + path +
                         "': it is not an image format OpenCV reads, or it is corrupt");
    if (image.depth() != CV_8U) // 16-bit PNG/TIFF: scale to 8 bits, as the app shows [0,255]
        image.convertTo(image, CV_8U, image.depth() == CV_16U ? 1.0 / 257.0 : 255.0);
    if (image.channels() == 4) // the alpha channel is not part of what we filter
        cv::cvtColor(image, image, cv::COLOR_BGRA2BGR);
    return image;
}

void saveImage(const std::string& path, const cv::Mat& image) {
    if (image.empty())
        throw ImageError("cannot save '" + path + "': the image is empty");
    const std::string extension = fs::path(path).extension().string();
    std::vector<unsigned char> bytes;
    try {
        if (!cv::imencode(extension, image, bytes))
            throw ImageError("cannot save '" + path + "': OpenCV could not encode it");
    } catch (const cv::Exception& e) {
        throw ImageError("cannot save '" + path + "': " + e.what() +
                         " (use an extension such as .png or .jpg)");
    }
    const fs::path folder = fs::path(path).parent_path();
    std::error_code error;
    if (!folder.empty() && !fs::is_directory(folder, error))
        throw ImageError("cannot save '" + path + "': the folder '" + folder.string() +
                         "' does not exist");
    const std::string temporary = path + ".part";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(bytes.data()),
                  static_cast<std::streamsize>(bytes.size()));
        out.flush();
        if (!out) {
            out.close();
            fs::remove(temporary, error);
            throw ImageError("cannot write '" + path + "': no permission, or the disk is full");
        }
    }
    fs::rename(temporary, path, error);
    if (error) {
        fs::remove(temporary, error);
        throw ImageError("cannot replace '" + path + "': " + error.message());
    }
}

std::string openCvVersion() {
    return CV_VERSION;
}

} // namespace convsight::image
