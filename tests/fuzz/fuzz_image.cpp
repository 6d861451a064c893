// Image decoding as the app calls it: decode_image on bytes (samples, the clipboard), and
// load_image_reduced on a file (the Filter workspace's Open, at its working size, which decodes a
// large JPEG at a reduced scale). An ImageError naming the image is the refusal; an image it
// accepts is 8-bit grey or BGR (one or three channels) and within the pixel limit. Anything else
// is a finding.
#include "FuzzSupport.h"
#include "image/ImageIO.h"

#include <opencv2/core.hpp>
#include <span>
#include <stdexcept>

namespace {

// The Filter workspace's working size (widgets/filter/ImageSource.h's kWorkingPixels).
constexpr long long kWorkingPixels = 8'400'000;

void check_image(const cv::Mat& image) {
    if (image.empty() || image.depth() != CV_8U || (image.channels() != 1 && image.channels() != 3))
        throw std::logic_error("an image of another kind was accepted");
    if (static_cast<long long>(image.rows) * image.cols > convsight::image::kMaxImagePixels)
        throw std::logic_error("an image beyond the pixel limit was accepted");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace convsight;
    try {
        check_image(image::decode_image(std::span(data, size), "fuzz image"));
    } catch (const image::ImageError&) {
    }
    const std::string path = fuzz::scratch_file("image", data, size);
    try {
        cv::Size original;
        check_image(image::load_image_reduced(path, kWorkingPixels, &original));
    } catch (const image::ImageError&) {
    }
    return 0;
}
