// cv::Mat <-> Tensor: split or merge the channels, reorder BGR <-> RGB, convert the depth.
#include "image/TensorMat.h"

#include <cstring>
#include <stdexcept>
#include <string>
#include <vector>

namespace convsight::image {
namespace cs = convsight::compute;

namespace {

[[noreturn]] void fail(const std::string& message) {
    throw std::invalid_argument(message);
}

// Tensor channel c (RGB) is interleaved channel `interleaved(c)` of a 3-channel Mat.
int interleaved(int c, int channels, ChannelOrder order) {
    return channels == 3 && order == ChannelOrder::Bgr ? 2 - c : c;
}

} // namespace

cs::Tensor mat_to_tensor(const cv::Mat& image, ChannelOrder order) {
    if (image.empty())
        fail("mat_to_tensor: the image is empty");
    if (image.depth() != CV_8U && image.depth() != CV_32F)
        fail(
            "mat_to_tensor: only 8-bit and 32-bit float images can be filtered, not OpenCV depth " +
            std::to_string(image.depth()));
    const int channels = image.channels();
    if (channels != 1 && channels != 3)
        fail("mat_to_tensor: an image has 1 (grey) or 3 (colour) channels, not " +
             std::to_string(channels));
    cv::Mat pixels;
    image.convertTo(pixels, CV_32F);
    std::vector<cv::Mat> planes;
    cv::split(pixels, planes);
    cs::Tensor tensor({channels, image.rows, image.cols});
    const std::size_t plane_size = static_cast<std::size_t>(image.rows) * image.cols;
    for (int c = 0; c < channels; ++c) {
        const cv::Mat& plane = planes[static_cast<std::size_t>(interleaved(c, channels, order))];
        float* out = tensor.data() + static_cast<std::size_t>(c) * plane_size;
        for (int y = 0; y < image.rows; ++y)
            std::memcpy(out + static_cast<std::size_t>(y) * image.cols, plane.ptr<float>(y),
                        sizeof(float) * static_cast<std::size_t>(image.cols));
    }
    return tensor;
}

cv::Mat tensor_to_mat(const cs::Tensor& tensor, int depth, ChannelOrder order) {
    if (!tensor.defined())
        fail("tensor_to_mat: the tensor is undefined");
    const bool batched = tensor.rank() == 4 && tensor.dim(0) == 1;
    if (!(tensor.rank() == 3 || batched) || (tensor.dim(-3) != 1 && tensor.dim(-3) != 3))
        fail("tensor_to_mat: an image tensor is (C, H, W) or (1, C, H, W) with 1 or 3 channels, "
             "not " +
             tensor.shape_string());
    if (depth != CV_8U && depth != CV_32F)
        fail("tensor_to_mat: the image depth must be CV_8U or CV_32F");
    const cs::Tensor host = tensor.to(cs::Device::cpu());
    const int channels = static_cast<int>(host.dim(-3));
    const int rows = static_cast<int>(host.dim(-2)), cols = static_cast<int>(host.dim(-1));
    const std::size_t plane_size = static_cast<std::size_t>(rows) * cols;
    std::vector<cv::Mat> planes(static_cast<std::size_t>(channels));
    for (int c = 0; c < channels; ++c) {
        // A header over the tensor's plane; merge copies it.
        planes[static_cast<std::size_t>(interleaved(c, channels, order))] =
            cv::Mat(rows, cols, CV_32F,
                    const_cast<float*>(host.data()) + static_cast<std::size_t>(c) * plane_size);
    }
    cv::Mat merged;
    cv::merge(planes, merged);
    if (depth == CV_32F)
        return merged;
    cv::Mat converted;
    merged.convertTo(converted, CV_8U);
    return converted;
}

} // namespace convsight::image
