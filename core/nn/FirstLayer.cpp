// FirstLayer: the weights go through the host (to_vector / copy_from), so the same code serves a
// model on the CPU and on CUDA; every kernel is checked before anything is written.
#include "nn/FirstLayer.h"

#include <cmath>
#include <stdexcept>
#include <string>

namespace convsight::nn {
namespace {

const char* kNoConv = "this model has no convolution layer, so it has no filters to show or set";

std::string kernel_name(std::size_t index) {
    return "kernel " + std::to_string(index + 1);
}

} // namespace

Conv2d* first_conv(Sequential& model) {
    for (int i = 0; i < model.size(); ++i)
        if (auto* conv = dynamic_cast<Conv2d*>(&model.layer(i)))
            return conv;
    return nullptr;
}

const Conv2d* first_conv(const Sequential& model) {
    for (int i = 0; i < model.size(); ++i)
        if (const auto* conv = dynamic_cast<const Conv2d*>(&model.layer(i)))
            return conv;
    return nullptr;
}

compute::Tensor first_conv_weights(const Sequential& model) {
    const Conv2d* conv = first_conv(model);
    if (!conv)
        throw std::invalid_argument(kNoConv);
    // Conv2d registers its weight first (then its bias).
    return conv->parameters().front()->value.to(compute::Device::cpu()).clone();
}

void set_first_conv_kernels(Sequential& model, const std::vector<conv::Matrix>& kernels) {
    Conv2d* conv = first_conv(model);
    if (!conv)
        throw std::invalid_argument(kNoConv);
    const Conv2dOptions& o = conv->options();
    // Each filter reads the channels of its group: all of them unless the conv is grouped.
    const int filters = o.out_channels, channels = o.in_channels / o.groups;
    const int height = o.kernel_height, width = o.kernel_width;
    if (static_cast<int>(kernels.size()) > filters)
        throw std::invalid_argument(std::to_string(kernels.size()) + " kernels were given but " +
                                    conv->label() + " has only " + std::to_string(filters) +
                                    " filters: give at most " + std::to_string(filters));

    // Check every kernel before touching the weights.
    struct Flat {
        std::vector<double> values;
        int rows{}, columns{};
    };
    std::vector<Flat> flat(kernels.size());
    for (std::size_t k = 0; k < kernels.size(); ++k) {
        const std::string name = kernel_name(k);
        flat[k].values =
            conv::flatten_matrix(kernels[k], name.c_str(), flat[k].rows, flat[k].columns);
        for (const double v : flat[k].values)
            if (!std::isfinite(v))
                throw std::invalid_argument(name + " holds " + std::to_string(v) +
                                            ": every weight must be a finite number");
    }

    Parameter& weight = conv->weight();
    std::vector<float> w = weight.value.to_vector(); // (K, C/groups, KH, KW)
    const std::size_t filterSize = static_cast<std::size_t>(channels) * height * width;
    for (std::size_t k = 0; k < flat.size(); ++k) {
        const Flat& kernel = flat[k];
        // Destination (y, x) reads source (y − dy, x − dx): centre element onto centre element.
        const int dy = height / 2 - kernel.rows / 2, dx = width / 2 - kernel.columns / 2;
        for (int c = 0; c < channels; ++c)
            for (int y = 0; y < height; ++y)
                for (int x = 0; x < width; ++x) {
                    const int sy = y - dy, sx = x - dx;
                    const bool inside =
                        sy >= 0 && sy < kernel.rows && sx >= 0 && sx < kernel.columns;
                    const double value =
                        inside ? kernel.values[static_cast<std::size_t>(sy * kernel.columns + sx)] /
                                     channels
                               : 0.0;
                    w[k * filterSize + (static_cast<std::size_t>(c) * height + y) * width + x] =
                        static_cast<float>(value);
                }
    }
    weight.value.copy_from(compute::Tensor::from(weight.value.shape(), w));

    if (Parameter* bias = conv->bias(); bias && !flat.empty()) {
        std::vector<float> b = bias->value.to_vector();
        for (std::size_t k = 0; k < flat.size(); ++k)
            b[k] = 0.0f;
        bias->value.copy_from(compute::Tensor::from(bias->value.shape(), b));
    }
}

std::vector<double> filter_drift(const compute::Tensor& initial, const compute::Tensor& current) {
    if (!initial.defined() || !current.defined())
        throw std::invalid_argument("filter drift needs both the starting and the current weights");
    if (initial.shape() != current.shape() || initial.rank() < 1)
        throw std::invalid_argument("filter drift: the starting weights " + initial.shape_string() +
                                    " and the current weights " + current.shape_string() +
                                    " must have the same shape");
    const std::vector<float> w0 = initial.to_vector(), w = current.to_vector();
    const auto filters = static_cast<std::size_t>(initial.dim(0));
    const std::size_t size = w.size() / filters;
    std::vector<double> drift(filters);
    for (std::size_t k = 0; k < filters; ++k) {
        double moved = 0, start = 0;
        for (std::size_t i = k * size; i < (k + 1) * size; ++i) {
            const double d = static_cast<double>(w[i]) - w0[i];
            moved += d * d;
            start += static_cast<double>(w0[i]) * w0[i];
        }
        drift[k] = start > 0 ? std::sqrt(moved / start) : std::sqrt(moved);
    }
    return drift;
}

} // namespace convsight::nn
