// The step-through document's edits and the traces it gives: the arithmetic behind the Step
// through workspace's controls, kept apart from the widgets so it can be tested on its own.
#include "conv/StepThroughDocument.h"

#include "conv/KernelPresets.h"

#include <utility>

namespace convsight::conv {
namespace {

// The lecture's kernel, the one the worked example uses.
constexpr const char* kLectureKernel = "horizontal-edge";

// Random integers in [low, high], the values a student can add up in their head.
std::vector<double> random_integers(std::size_t count, int low, int high,
                                    const RandomInteger& random) {
    std::vector<double> values(count);
    for (double& value : values)
        value = random(low, high);
    return values;
}

// `planes` planes of oldH×oldW resized to newH×newW: the overlap kept, centred when `centred`
// (kernels keep their middle), top-left otherwise; new cells from `fill`.
std::vector<double> resize_planes(const std::vector<double>& values, int planes, int oldH, int oldW,
                                  int newH, int newW, bool centred,
                                  const std::vector<double>& fill) {
    std::vector<double> result(fill);
    const int offsetY = centred ? (newH - oldH) / 2 : 0, offsetX = centred ? (newW - oldW) / 2 : 0;
    for (int p = 0; p < planes; ++p)
        for (int y = 0; y < oldH; ++y)
            for (int x = 0; x < oldW; ++x) {
                const int ny = y + offsetY, nx = x + offsetX;
                if (ny < 0 || nx < 0 || ny >= newH || nx >= newW)
                    continue;
                result[static_cast<std::size_t>((p * newH + ny) * newW + nx)] =
                    values[static_cast<std::size_t>((p * oldH + y) * oldW + x)];
            }
    return result;
}

// A bank of K filters of C channels, F×F: filter 1 is `first` (F×F) on every channel; the
// others random integers in [−1, 1], as an untrained CNN layer might start.
std::vector<double> kernel_bank(int kernels, int channels, int size,
                                const std::vector<double>& first, const RandomInteger& random) {
    const auto plane = static_cast<std::size_t>(size * size);
    std::vector<double> bank;
    for (int c = 0; c < channels; ++c)
        bank.insert(bank.end(), first.begin(), first.end());
    const std::vector<double> rest =
        random_integers(plane * static_cast<std::size_t>(channels * (kernels - 1)), -1, 1, random);
    bank.insert(bank.end(), rest.begin(), rest.end());
    return bank;
}

// A matrix's values row after row (the matrices here are the app's own, never ragged).
std::vector<double> flatten(const Matrix& matrix) {
    int rows = 0, columns = 0;
    return flatten_matrix(matrix, "matrix", rows, columns);
}

} // namespace

Matrix StepThroughDocument::lecture_input() {
    return {{2, 0, 1, 3}, {7, 1, 1, 0}, {0, 2, 5, 0}, {0, 5, 1, 4}};
}

StepThroughDocument StepThroughDocument::lecture_example() {
    const KernelPreset& lecture = kernel_preset(kLectureKernel);
    StepThroughDocument d;
    d.input = flatten(lecture_input());
    d.kernels = flatten(lecture.matrix);
    d.divisor = lecture.divisor;
    d.preset_id = kLectureKernel;
    return d;
}

ConvGeometry::Params StepThroughDocument::geometry_params() const {
    ConvGeometry::Params params;
    params.input_height = height;
    params.input_width = width;
    params.kernel_height = params.kernel_width = kernel_size;
    params.stride_y = params.stride_x = stride;
    params.dilation_y = params.dilation_x = dilation;
    params.mode = padding;
    params.explicit_padding =
        Padding{explicit_padding, explicit_padding, explicit_padding, explicit_padding};
    params.channels = channels;
    return params;
}

std::optional<std::string> StepThroughDocument::why_invalid() const {
    return ConvGeometry(geometry_params()).why_invalid();
}

std::optional<std::string> StepThroughDocument::warning() const {
    return ConvGeometry(geometry_params()).warning();
}

bool StepThroughDocument::same_shape(const StepThroughDocument& other) const {
    return channels == other.channels && kernel_count == other.kernel_count &&
           height == other.height && width == other.width && kernel_size == other.kernel_size &&
           stride == other.stride && padding == other.padding &&
           explicit_padding == other.explicit_padding && dilation == other.dilation;
}

std::size_t StepThroughDocument::input_index(int channel, int row, int column) const {
    return static_cast<std::size_t>((channel * height + row) * width + column);
}

std::size_t StepThroughDocument::kernel_index(int kernel, int channel, int row, int column) const {
    return static_cast<std::size_t>(
        ((kernel * channels + channel) * kernel_size + row) * kernel_size + column);
}

StepThroughDocument StepThroughDocument::with_input_value(int channel, int row, int column,
                                                          double value) const {
    StepThroughDocument d = *this;
    d.input.at(input_index(channel, row, column)) = value;
    return d;
}

StepThroughDocument StepThroughDocument::with_kernel_value(int kernel, int channel, int row,
                                                           int column, double value) const {
    StepThroughDocument d = *this;
    d.kernels.at(kernel_index(kernel, channel, row, column)) = value;
    d.preset_id.clear();
    return d;
}

StepThroughDocument StepThroughDocument::with_random_input(const RandomInteger& random) const {
    StepThroughDocument d = *this;
    d.input = random_integers(d.input.size(), 0, 9, random);
    return d;
}

StepThroughDocument StepThroughDocument::with_input_size(int newHeight, int newWidth,
                                                         const RandomInteger& random) const {
    StepThroughDocument d = *this;
    d.input = resize_planes(
        input, channels, height, width, newHeight, newWidth, false,
        random_integers(static_cast<std::size_t>(channels * newHeight * newWidth), 0, 9, random));
    d.height = newHeight;
    d.width = newWidth;
    return d;
}

StepThroughDocument StepThroughDocument::with_kernel_size(int size) const {
    StepThroughDocument d = *this;
    const int planes = kernel_count * channels;
    d.kernels = resize_planes(kernels, planes, kernel_size, kernel_size, size, size, true,
                              std::vector<double>(static_cast<std::size_t>(planes * size * size)));
    d.kernel_size = size;
    d.preset_id.clear();
    return d;
}

StepThroughDocument StepThroughDocument::with_preset(const std::string& id,
                                                     const RandomInteger& random) const {
    const KernelPreset& preset = kernel_preset(id);
    StepThroughDocument d = *this;
    d.preset_id = id;
    d.kernel_size = static_cast<int>(preset.matrix.size());
    if (d.channels == 1 && d.kernel_count == 1) {
        d.kernels = flatten(preset.matrix);
        d.divisor = preset.divisor;
    } else {
        // A bank shares one divisor: the preset goes in as its weights (1/9 → 0.111…).
        d.kernels = kernel_bank(d.kernel_count, d.channels, d.kernel_size,
                                flatten(preset.weights()), random);
        d.divisor = 1;
    }
    return d;
}

StepThroughDocument StepThroughDocument::with_channels(int newChannels, int newKernelCount,
                                                       const RandomInteger& random) const {
    StepThroughDocument d = *this;
    const auto plane = static_cast<std::size_t>(height * width);
    const auto slice = static_cast<std::size_t>(kernel_size * kernel_size);
    // A bank shares one divisor: weights go in divided (1/9 → 0.111…).
    for (double& w : d.kernels)
        w /= d.divisor;
    d.divisor = 1;
    if (newChannels != channels) {
        // RGB: the grey plane becomes R, G and B get random values; back to grey keeps R. The
        // first filter's first slice goes on every channel, the other filters are random.
        d.input.resize(plane);
        if (newChannels == 3) {
            const std::vector<double> more = random_integers(2 * plane, 0, 9, random);
            d.input.insert(d.input.end(), more.begin(), more.end());
        }
        d.kernels = kernel_bank(
            newKernelCount, newChannels, kernel_size,
            std::vector<double>(d.kernels.begin(), d.kernels.begin() + static_cast<long>(slice)),
            random);
    } else if (newKernelCount > kernel_count) {
        // More filters: keep the ones there are, add random ones.
        const std::vector<double> more = random_integers(
            slice * static_cast<std::size_t>(newChannels * (newKernelCount - kernel_count)), -1, 1,
            random);
        d.kernels.insert(d.kernels.end(), more.begin(), more.end());
    } else {
        d.kernels.resize(slice * static_cast<std::size_t>(newChannels * newKernelCount));
    }
    if (newChannels == 1 && newKernelCount == 1 && !d.preset_id.empty()) {
        // Back to one grey kernel: the preset as printed, with its divisor.
        const KernelPreset& preset = kernel_preset(d.preset_id);
        d.kernels = flatten(preset.matrix);
        d.divisor = preset.divisor;
    }
    d.channels = newChannels;
    d.kernel_count = newKernelCount;
    return d;
}

StepThroughTraces StepThroughDocument::traces(StepThroughMode mode) const {
    StepThroughTraces traces;
    const ConvGeometry::Params params = geometry_params();
    switch (mode) {
    case StepThroughMode::MaxPooling:
    case StepThroughMode::AveragePooling: {
        PoolTrace::Setup setup;
        setup.geometry = params;
        setup.input = input;
        setup.kind = mode == StepThroughMode::MaxPooling ? compute::PoolKind::Max
                                                         : compute::PoolKind::Average;
        traces.pool = std::make_shared<const PoolTrace>(std::move(setup));
        break;
    }
    case StepThroughMode::KernelGradient:
    case StepThroughMode::InputGradient: {
        BackwardTrace::Setup setup;
        setup.geometry = params;
        setup.kernel_count = kernel_count;
        setup.input = input;
        setup.kernels = kernels;
        for (double& w : setup.kernels)
            w /= divisor;
        setup.output_gradient =
            BackwardTrace::random_integer_gradient(ConvGeometry(params), kernel_count, 1);
        traces.backward = std::make_shared<const BackwardTrace>(std::move(setup));
        // Aliasing pointer: the trace lives inside `backward`.
        traces.trace = std::shared_ptr<const ConvTrace>(traces.backward,
                                                        mode == StepThroughMode::KernelGradient
                                                            ? &traces.backward->kernel_gradient(0)
                                                            : &traces.backward->input_gradient());
        break;
    }
    case StepThroughMode::Convolution: {
        ConvTrace::Setup setup;
        setup.geometry = params;
        setup.kernel_count = kernel_count;
        setup.input = input;
        setup.kernels = kernels;
        setup.divisor = divisor;
        setup.border = border;
        setup.mode = flip ? TraceMode::Convolution : TraceMode::CrossCorrelation;
        traces.trace = std::make_shared<const ConvTrace>(std::move(setup));
        break;
    }
    }
    return traces;
}

} // namespace convsight::conv
