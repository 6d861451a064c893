// Loading and saving image files through OpenCV, with errors that say what went wrong and where.
#pragma once

#include <opencv2/core.hpp>
#include <stdexcept>
#include <string>

namespace convsight::image {

// A file that could not be read or written as an image; what() names the file and the reason.
class ImageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Reads an image file as 8-bit BGR (3 channels) or grayscale (1 channel) as stored.
// Throws ImageError for a missing, unreadable or corrupt file.
cv::Mat loadImage(const std::string& path);

// Writes `image` in the format its extension names (.png, .jpg, ...), atomically: an existing file
// is replaced only once the whole new one is on disk. Throws ImageError on failure.
void saveImage(const std::string& path, const cv::Mat& image);

// "4.6.0"
std::string openCvVersion();

} // namespace convsight::image
