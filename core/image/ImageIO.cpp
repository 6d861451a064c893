// Loading and saving image files through OpenCV.
#include "image/ImageIO.h"

#include "image/LazyOpenCv.h"
#include "io/AtomicFile.h"
#include "io/Limits.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <opencv2/core/version.hpp>
#include <opencv2/imgcodecs.hpp> // the IMREAD_ and IMWRITE_ flags
#include <opencv2/imgproc.hpp>
#include <string_view>
#include <vector>

namespace convsight::image {
namespace fs = std::filesystem;

// The app's own image limit is the stricter of the two: a float RGB copy of it is filtered.
static_assert(kMaxImagePixels <= io::limits::max_image_pixels);

namespace {

std::uint32_t big_endian32(const unsigned char* p) {
    return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) |
           std::uint32_t{p[3]};
}

// A baseline or progressive JPEG's size and component count from its frame header (SOFn), or
// false when `bytes` is no JPEG or the header is not found.
bool jpeg_frame(std::span<const unsigned char> bytes, int& width, int& height, int& components) {
    if (bytes.size() < 4 || bytes[0] != 0xFF || bytes[1] != 0xD8)
        return false;
    std::size_t at = 2;
    while (at + 4 <= bytes.size()) {
        if (bytes[at] != 0xFF)
            return false;
        const unsigned char marker = bytes[at + 1];
        if (marker == 0xFF) { // fill byte
            ++at;
            continue;
        }
        const std::size_t length = (std::size_t{bytes[at + 2]} << 8) | bytes[at + 3];
        const bool frame =
            marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (frame) {
            if (at + 10 > bytes.size())
                return false;
            height = (bytes[at + 5] << 8) | bytes[at + 6];
            width = (bytes[at + 7] << 8) | bytes[at + 8];
            components = bytes[at + 9];
            return width > 0 && height > 0;
        }
        if (marker == 0xDA || length < 2) // the scan starts before any frame header: give up
            return false;
        at += 2 + length;
    }
    return false;
}

void check_pixel_count(long long width, long long height, const std::string& name) {
    // Divided, not multiplied: a header's two 32-bit sizes overflow a product of long longs.
    if (width > 0 && height > kMaxImagePixels / width)
        throw ImageError("cannot open image '" + name + "': it is " + std::to_string(width) +
                         " × " + std::to_string(height) + " pixels, more than the 100 megapixels " +
                         "ConvSight opens (the limit is " + std::to_string(kMaxImagePixels) +
                         " pixels); scale it down first");
}

std::uint32_t little_endian32(const unsigned char* p) {
    return std::uint32_t{p[0]} | (std::uint32_t{p[1]} << 8) | (std::uint32_t{p[2]} << 16) |
           (std::uint32_t{p[3]} << 24);
}

std::uint32_t little_endian24(const unsigned char* p) {
    return std::uint32_t{p[0]} | (std::uint32_t{p[1]} << 8) | (std::uint32_t{p[2]} << 16);
}

// A PGM/PPM/PBM/PFM header's width and height: "P5 640 480 255", comments allowed.
bool pnm_size(std::span<const unsigned char> bytes, long long& width, long long& height) {
    if (bytes.size() < 3 || bytes[0] != 'P' ||
        !((bytes[1] >= '1' && bytes[1] <= '6') || bytes[1] == 'F' || bytes[1] == 'f'))
        return false;
    std::size_t at = 2;
    const auto number = [&](long long& value) {
        while (at < bytes.size() && (std::isspace(bytes[at]) || bytes[at] == '#')) {
            if (bytes[at] == '#')
                while (at < bytes.size() && bytes[at] != '\n')
                    ++at;
            else
                ++at;
        }
        const std::size_t start = at;
        value = 0;
        while (at < bytes.size() && std::isdigit(bytes[at]) && at - start < 12)
            value = value * 10 + (bytes[at++] - '0');
        return at > start;
    };
    return number(width) && number(height);
}

// A TIFF's first image's width and height (tags 256 and 257 of its first directory).
bool tiff_size(std::span<const unsigned char> bytes, long long& width, long long& height) {
    if (bytes.size() < 8)
        return false;
    const bool little = bytes[0] == 'I' && bytes[1] == 'I' && bytes[2] == 42 && bytes[3] == 0;
    const bool big = bytes[0] == 'M' && bytes[1] == 'M' && bytes[2] == 0 && bytes[3] == 42;
    if (!little && !big)
        return false;
    const auto u16 = [&](std::size_t at) {
        return little ? std::uint32_t{bytes[at]} | (std::uint32_t{bytes[at + 1]} << 8)
                      : (std::uint32_t{bytes[at]} << 8) | std::uint32_t{bytes[at + 1]};
    };
    const auto u32 = [&](std::size_t at) {
        return little ? little_endian32(&bytes[at]) : big_endian32(&bytes[at]);
    };
    const std::size_t directory = u32(4);
    if (directory + 2 > bytes.size())
        return false;
    const std::size_t entries = u16(directory);
    width = height = 0;
    for (std::size_t e = 0; e < entries; ++e) {
        const std::size_t at = directory + 2 + 12 * e;
        if (at + 12 > bytes.size())
            break;
        const std::uint32_t tag = u16(at), type = u16(at + 2);
        const long long value = type == 3 ? u16(at + 8) : u32(at + 8); // SHORT or LONG
        if (tag == 256)
            width = value;
        else if (tag == 257)
            height = value;
    }
    return width > 0 && height > 0;
}

// The width and height an image file's header states, read before anything is decoded: PNG, JPEG,
// BMP, PNM, WebP and TIFF. False for other formats (checked once decoded).
bool header_size(std::span<const unsigned char> bytes, long long& width, long long& height) {
    static constexpr unsigned char kPngSignature[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    if (bytes.size() >= 24 && std::equal(kPngSignature, kPngSignature + 8, bytes.begin())) {
        width = big_endian32(&bytes[16]);
        height = big_endian32(&bytes[20]);
        return true;
    }
    int jpegWidth = 0, jpegHeight = 0, components = 0;
    if (jpeg_frame(bytes, jpegWidth, jpegHeight, components)) {
        width = jpegWidth;
        height = jpegHeight;
        return true;
    }
    if (bytes.size() >= 26 && bytes[0] == 'B' && bytes[1] == 'M') {
        if (little_endian32(&bytes[14]) == 12) { // the OS/2 header: 16-bit sizes
            width = bytes[18] | (bytes[19] << 8);
            height = bytes[20] | (bytes[21] << 8);
        } else { // a negative height is a top-down bitmap
            width = std::llabs(static_cast<std::int32_t>(little_endian32(&bytes[18])));
            height = std::llabs(static_cast<std::int32_t>(little_endian32(&bytes[22])));
        }
        return true;
    }
    if (bytes.size() >= 30 && std::equal(bytes.begin(), bytes.begin() + 4, "RIFF") &&
        std::equal(bytes.begin() + 8, bytes.begin() + 12, "WEBP")) {
        const std::string_view chunk(reinterpret_cast<const char*>(&bytes[12]), 4);
        if (chunk == "VP8X") {
            width = little_endian24(&bytes[24]) + 1LL;
            height = little_endian24(&bytes[27]) + 1LL;
        } else if (chunk == "VP8L") {
            const std::uint32_t bits = little_endian32(&bytes[21]);
            width = (bits & 0x3FFF) + 1LL;
            height = ((bits >> 14) & 0x3FFF) + 1LL;
        } else if (chunk == "VP8 ") {
            width = (bytes[26] | (bytes[27] << 8)) & 0x3FFF;
            height = (bytes[28] | (bytes[29] << 8)) & 0x3FFF;
        } else {
            return false;
        }
        return true;
    }
    return pnm_size(bytes, width, height) || tiff_size(bytes, width, height);
}

} // namespace

std::optional<std::pair<long long, long long>>
image_header_size(std::span<const unsigned char> bytes) {
    long long width = 0, height = 0;
    if (!header_size(bytes, width, height))
        return std::nullopt;
    return std::pair{width, height};
}

cv::Mat decode_image(std::span<const unsigned char> bytes, const std::string& name) {
    if (bytes.empty())
        throw ImageError("cannot open image '" + name + "': the file is empty");
    // Most formats state their size in the header: refuse a huge image before OpenCV allocates it.
    if (long long width = 0, height = 0; header_size(bytes, width, height))
        check_pixel_count(width, height, name);
    // OpenCV hands a file with DICOM's signature ("DICM" at byte 128) to GDCM, which aborts the
    // whole process on some damaged files; ConvSight opens no DICOM images.
    if (bytes.size() >= 132 &&
        std::string_view(reinterpret_cast<const char*>(&bytes[128]), 4) == std::string_view("DICM"))
        throw ImageError("cannot open image '" + name +
                         "': it is a DICOM file, a format ConvSight does not open");
    cv::Mat image;
    try {
        const cv::Mat encoded(1, static_cast<int>(bytes.size()), CV_8U,
                              const_cast<unsigned char*>(bytes.data()));
        image = image::imdecode(encoded, cv::IMREAD_ANYCOLOR);
    } catch (const cv::Exception& e) {
        throw ImageError("cannot decode image '" + name + "': " + e.what());
    }
    if (image.empty())
        throw ImageError("cannot decode image '" + name +
                         "': it is not an image format OpenCV reads, or it is corrupt");
    check_pixel_count(image.cols, image.rows, name);
    if (image.depth() != CV_8U) // 16-bit PNG/TIFF: scale to 8 bits, as the app shows [0,255]
        image.convertTo(image, CV_8U, image.depth() == CV_16U ? 1.0 / 257.0 : 255.0);
    if (image.channels() == 4) // the alpha channel is not part of what we filter
        cv::cvtColor(image, image, cv::COLOR_BGRA2BGR);
    return image;
}

cv::Mat load_image(const std::string& path) {
    std::error_code error;
    if (fs::is_directory(path, error))
        throw ImageError("cannot open image '" + path + "': it is a folder, not a file");
    if (!fs::is_regular_file(path, error))
        throw ImageError("cannot open image '" + path + "': no such file");
    // imread cannot tell "unreadable" from "not an image"; reading the bytes ourselves can.
    std::ifstream in(path, std::ios::binary);
    std::vector<unsigned char> bytes((std::istreambuf_iterator<char>(in)),
                                     std::istreambuf_iterator<char>());
    if (!in.good() && !in.eof())
        throw ImageError("cannot read image '" + path + "': the file could not be read");
    return decode_image(bytes, path);
}

cv::Mat load_image_reduced(const std::string& path, long long max_pixels, cv::Size* original) {
    const auto whole = [original](cv::Mat image) {
        if (original)
            *original = image.size();
        return image;
    };
    std::error_code error;
    if (!fs::is_regular_file(path, error))
        return whole(load_image(path)); // its message says what is wrong
    std::ifstream in(path, std::ios::binary);
    std::vector<unsigned char> bytes((std::istreambuf_iterator<char>(in)),
                                     std::istreambuf_iterator<char>());
    int width = 0, height = 0, components = 0;
    if (!in.good() && !in.eof())
        throw ImageError("cannot read image '" + path + "': the file could not be read");
    if (!jpeg_frame(bytes, width, height, components) ||
        static_cast<long long>(width) * height <= max_pixels)
        return whole(decode_image(bytes, path));
    check_pixel_count(width, height, path);
    int factor = 1;
    while (factor < 8 &&
           static_cast<long long>(width / (factor * 2)) * (height / (factor * 2)) >= max_pixels)
        factor *= 2;
    if (factor == 1)
        return whole(decode_image(bytes, path));
    const bool grey = components == 1;
    const int flags =
        factor == 2   ? (grey ? cv::IMREAD_REDUCED_GRAYSCALE_2 : cv::IMREAD_REDUCED_COLOR_2)
        : factor == 4 ? (grey ? cv::IMREAD_REDUCED_GRAYSCALE_4 : cv::IMREAD_REDUCED_COLOR_4)
                      : (grey ? cv::IMREAD_REDUCED_GRAYSCALE_8 : cv::IMREAD_REDUCED_COLOR_8);
    cv::Mat image;
    try {
        image =
            image::imdecode(cv::Mat(1, static_cast<int>(bytes.size()), CV_8U, bytes.data()), flags);
    } catch (const cv::Exception& e) {
        throw ImageError("cannot decode image '" + path + "': " + e.what());
    }
    if (image.empty())
        throw ImageError("cannot decode image '" + path + "': the JPEG is corrupt");
    if (original)
        *original = cv::Size(width, height);
    return image;
}

void save_image(const std::string& path, const cv::Mat& image) {
    if (image.empty())
        throw ImageError("cannot save '" + path + "': the image is empty");
    const std::string extension = fs::path(path).extension().string();
    std::vector<unsigned char> bytes;
    std::vector<int> parameters;
    // OpenCV stores 3-channel float TIFF as lossy LogLuv unless asked for another compression.
    if (image.depth() == CV_32F && (extension == ".tif" || extension == ".tiff"))
        parameters = {cv::IMWRITE_TIFF_COMPRESSION, 5}; // LZW: lossless
    try {
        if (!image::imencode(extension, image, bytes, parameters))
            throw ImageError("cannot save '" + path + "': OpenCV could not encode it");
    } catch (const cv::Exception& e) {
        throw ImageError("cannot save '" + path + "': " + e.what() +
                         " (use an extension such as .png or .jpg)");
    }
    write_file_atomically(path, bytes);
}

void write_file_atomically(const std::string& path, std::span<const unsigned char> bytes) {
    try {
        io::write_file_atomically(
            path, std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
    } catch (const std::runtime_error& e) {
        throw ImageError(e.what());
    }
}

std::string open_cv_version() {
    return CV_VERSION;
}

} // namespace convsight::image
