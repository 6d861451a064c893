// The .npy format, version 1.0: magic, header length, a Python dict literal padded to 64 bytes,
// then the raw values (https://numpy.org/doc/stable/reference/generated/numpy.lib.format.html).
#include "image/NpyWriter.h"

#include "image/ImageIO.h"

#include <bit>
#include <cstring>
#include <vector>

namespace convsight::image {

void save_npy(const std::string& path, const cv::Mat& image) {
    if (image.empty())
        throw ImageError("cannot save '" + path + "': the image is empty");
    if (image.depth() != CV_32F)
        throw ImageError("cannot save '" + path + "' as .npy: only float32 images are written");
    static_assert(std::endian::native == std::endian::little, ".npy is written as '<f4'");

    std::string header = "{'descr': '<f4', 'fortran_order': False, 'shape': (";
    header.append(std::to_string(image.rows)).append(", ").append(std::to_string(image.cols));
    if (image.channels() > 1)
        header.append(", ").append(std::to_string(image.channels()));
    header.append("), }");
    // magic (6) + version (2) + length (2) + header, padded with spaces to a multiple of 64,
    // ending in a newline.
    const std::size_t unpadded = 10 + header.size() + 1;
    header.append((64 - unpadded % 64) % 64, ' ');
    header.push_back('\n');

    const cv::Mat values = image.isContinuous() ? image : image.clone();
    const std::size_t valueBytes = values.total() * values.elemSize();
    std::vector<unsigned char> bytes;
    bytes.reserve(10 + header.size() + valueBytes);
    const char magic[] = "\x93NUMPY\x01\x00";
    bytes.insert(bytes.end(), magic, magic + 8);
    bytes.push_back(static_cast<unsigned char>(header.size() & 0xff));
    bytes.push_back(static_cast<unsigned char>(header.size() >> 8));
    bytes.insert(bytes.end(), header.begin(), header.end());
    const auto* data = values.ptr<unsigned char>();
    bytes.insert(bytes.end(), data, data + valueBytes);
    write_file_atomically(path, bytes);
}

} // namespace convsight::image
