// Loading and saving image files through OpenCV, with errors that say what went wrong and where.
#pragma once

#include <opencv2/core.hpp>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <utility>

namespace convsight::image {

// A file that could not be read or written as an image; what() names the file and the reason.
class ImageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The largest image ConvSight opens: 100 megapixels (a 1.2 GB float RGB copy to filter).
constexpr long long kMaxImagePixels = 100'000'000;

// Reads an image file as 8-bit BGR (3 channels) or grayscale (1 channel) as stored.
// Throws ImageError for a missing, unreadable, empty, corrupt or too large (kMaxImagePixels) file.
cv::Mat load_image(const std::string& path);
// load_image, but a JPEG larger than `max_pixels` is decoded at 1/2, 1/4 or 1/8 of its size (the
// decoder's own scaling: the full image is never in memory), the smallest that still has at
// least `max_pixels`. Other formats, and JPEGs not larger, come whole. `original`, when given,
// receives the size of the image in the file.
cv::Mat load_image_reduced(const std::string& path, long long max_pixels,
                           cv::Size* original = nullptr);

// The width and height an image file's header states (PNG, JPEG, BMP, PNM, WebP, TIFF), read
// without decoding anything, so that a huge image is refused before OpenCV allocates it; nullopt
// for other formats or a header too short to tell.
std::optional<std::pair<long long, long long>>
image_header_size(std::span<const unsigned char> bytes);

// loadImage for bytes already in memory (a Qt resource, the clipboard); `name` is what the
// messages call them.
cv::Mat decode_image(std::span<const unsigned char> bytes, const std::string& name);

// Writes `bytes` to `path` atomically: to `path`.part first, flushed, then renamed over `path`.
// Throws ImageError naming the file when the folder is missing or the disk refuses.
void write_file_atomically(const std::string& path, std::span<const unsigned char> bytes);

// Gives a file this process created the permissions of any new document: read and write for
// everyone, less the process's umask (-rw-r--r-- under the usual 022). Writers that create their
// file with 0600 (giflib does) call it before moving the file into place. Best effort: a file
// system without permissions is left as it is.
void give_new_file_permissions(const std::string& path);

// Writes `image` in the format its extension names (.png, .jpg, ...), atomically: an existing file
// is replaced only once the whole new one is on disk. Float images in .tif/.tiff are stored
// exactly (32-bit float, lossless). Throws ImageError on failure.
void save_image(const std::string& path, const cv::Mat& image);

// "4.6.0"
std::string open_cv_version();

} // namespace convsight::image
