// The bridge between OpenCV images and the compute library's tensors: interleaved (H,W,C) pixels,
// 8-bit or float, grey or colour, to planar (C,H,W) float tensors in RGB order, and back.
#pragma once

#include "compute/Tensor.h"

#include <opencv2/core.hpp>

namespace convsight::image {

// The order of an interleaved colour image's channels: OpenCV reads and writes BGR; Qt and most
// other libraries use RGB. Tensors are always RGB.
enum class ChannelOrder { Bgr, Rgb };

// A (1,H,W) tensor for a grey image, (3,H,W) RGB for a colour one, on the CPU. Values are kept
// as stored: 8-bit pixels become 0..255, float pixels are copied. Throws std::invalid_argument
// for an empty image, a depth other than 8-bit or float, or a channel count other than 1 or 3.
compute::Tensor mat_to_tensor(const cv::Mat& image, ChannelOrder order = ChannelOrder::Bgr);

// The image of a (C,H,W) or (1,C,H,W) tensor with C = 1 or 3 (RGB), on any device, as a cv::Mat
// of `depth` CV_8U or CV_32F with its channels interleaved in `order`. CV_8U rounds to nearest
// (ties to even) and saturates to 0..255, as cv::Mat::convertTo does. Throws
// std::invalid_argument for another shape or depth.
cv::Mat tensor_to_mat(const compute::Tensor& tensor, int depth = CV_8U,
                      ChannelOrder order = ChannelOrder::Bgr);

} // namespace convsight::image
