// Writing float32 images as NumPy .npy files, so students can load a filter's exact output with
// numpy.load() and check it themselves.
#pragma once

#include <opencv2/core.hpp>
#include <string>

namespace convsight::image {

// Writes a CV_32F image as a little-endian float32 array of shape (rows, cols) for one channel
// or (rows, cols, channels) otherwise, channels in the Mat's order, atomically. Throws ImageError
// for an empty or non-float image and when the file cannot be written.
void save_npy(const std::string& path, const cv::Mat& image);

} // namespace convsight::image
