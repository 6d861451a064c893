// PoolTrace: each window's cells read from the input when a step is asked for; max keeps the first
// largest image value, average divides the sum by the pixels inside the image (or the whole
// window).
#include "conv/PoolTrace.h"

#include "compute/shared/pool_window.h"

#include <cmath>
#include <cstddef>
#include <stdexcept>
#include <utility>

namespace convsight::conv {
namespace {

std::size_t size(int a) {
    return static_cast<std::size_t>(a);
}

// The trace's geometry as the compute library's pooling shape, for one image.
compute::PoolDims pool_dims(const ConvGeometry::Params& p, const Padding& pad, int output_height,
                            int output_width) {
    compute::PoolDims d{};
    d.N = 1;
    d.C = p.channels;
    d.H = p.input_height;
    d.W = p.input_width;
    d.OH = output_height;
    d.OW = output_width;
    d.KH = p.kernel_height;
    d.KW = p.kernel_width;
    d.stride_y = p.stride_y;
    d.stride_x = p.stride_x;
    d.pad_top = pad.top;
    d.pad_left = pad.left;
    return d;
}

} // namespace

std::string PoolStep::expression() const {
    std::string text;
    if (kind == compute::PoolKind::Max) {
        for (const PoolCell& cell : cells) {
            if (cell.is_padding)
                continue;
            text += (text.empty() ? "" : ", ") + format_number(cell.value, true);
        }
        return "max(" + text + ") = " + format_number(result, true);
    }
    bool first = true;
    for (const PoolCell& cell : cells) {
        if (cell.is_padding && divisor < static_cast<int>(cells.size()))
            continue; // padding not counted: it is not in the sum either
        text += (first ? "" : " + ") + format_factor(cell.value);
        first = false;
    }
    return "(" + text + ") / " + std::to_string(divisor) + " = " + format_number(result, true);
}

PoolTrace::PoolTrace(Setup setup)
    : setup_(std::move(setup))
    , geometry_(setup_.geometry) {
    if (const auto why = geometry_.why_invalid())
        throw std::invalid_argument("these settings cannot make a pooling: " + *why);
    const ConvGeometry::Params& p = setup_.geometry;
    if (p.dilation_y != 1 || p.dilation_x != 1)
        throw std::invalid_argument("pooling windows have no gaps here: the dilation must be 1");
    const Padding pad = geometry_.padding();
    if (pad.top >= p.kernel_height || pad.bottom >= p.kernel_height || pad.left >= p.kernel_width ||
        pad.right >= p.kernel_width)
        throw std::invalid_argument("padding as wide as the window would give windows that see "
                                    "only padding; use less padding than the window size");
    const std::size_t expected = size(p.channels) * size(p.input_height) * size(p.input_width);
    if (setup_.input.size() != expected)
        throw std::invalid_argument(
            "the input has " + std::to_string(setup_.input.size()) + " values, but " +
            std::to_string(p.channels) + " channel(s) of " + std::to_string(p.input_height) + "×" +
            std::to_string(p.input_width) + " need " + std::to_string(expected));
    for (std::size_t i = 0; i < setup_.input.size(); ++i)
        if (!std::isfinite(setup_.input[i])) {
            const std::size_t plane = size(p.input_height) * size(p.input_width);
            throw std::invalid_argument(
                "the input value at channel " + std::to_string(i / plane + 1) + ", row " +
                std::to_string(i % plane / size(p.input_width) + 1) + ", column " +
                std::to_string(i % size(p.input_width) + 1) +
                " is not a finite number; every value must be a finite number");
        }
}

PoolTrace PoolTrace::from_matrix(const Matrix& input, ConvGeometry::Params geometry,
                                 compute::PoolKind kind, bool count_padding) {
    Setup setup;
    setup.input = flatten_matrix(input, "input", geometry.input_height, geometry.input_width);
    geometry.channels = 1;
    setup.geometry = geometry;
    setup.kind = kind;
    setup.count_padding = count_padding;
    return PoolTrace(std::move(setup));
}

int PoolTrace::padded_height() const {
    const Padding pad = geometry_.padding();
    return setup_.geometry.input_height + pad.top + pad.bottom;
}

int PoolTrace::padded_width() const {
    const Padding pad = geometry_.padding();
    return setup_.geometry.input_width + pad.left + pad.right;
}

bool PoolTrace::is_padding_cell(int padded_y, int padded_x) const {
    const Padding pad = geometry_.padding();
    const int y = padded_y - pad.top, x = padded_x - pad.left;
    return y < 0 || y >= setup_.geometry.input_height || x < 0 || x >= setup_.geometry.input_width;
}

int PoolTrace::step_count() const {
    return channels() * output_height() * output_width();
}

int PoolTrace::step_index(int channel, int out_y, int out_x) const {
    if (channel < 0 || channel >= channels() || out_y < 0 || out_y >= output_height() ||
        out_x < 0 || out_x >= output_width())
        throw std::out_of_range(
            "output position (channel " + std::to_string(channel) + ", " + std::to_string(out_y) +
            ", " + std::to_string(out_x) + ") is outside the " + std::to_string(channels()) + "×" +
            std::to_string(output_height()) + "×" + std::to_string(output_width()) + " output");
    return (channel * output_height() + out_y) * output_width() + out_x;
}

PoolStep PoolTrace::step(int index) const {
    if (index < 0 || index >= step_count())
        throw std::out_of_range("step " + std::to_string(index) + " is outside [0, " +
                                std::to_string(step_count()) + ")");
    const ConvGeometry::Params& p = setup_.geometry;
    const Padding pad = geometry_.padding();
    const int per_channel = output_height() * output_width();
    PoolStep s;
    s.index = index;
    s.kind = setup_.kind;
    s.channel = index / per_channel;
    s.out_y = index % per_channel / output_width();
    s.out_x = index % output_width();
    s.window_top = s.out_y * p.stride_y;
    s.window_left = s.out_x * p.stride_x;
    const double* plane =
        setup_.input.data() + size(s.channel) * size(p.input_height) * size(p.input_width);
    s.cells.reserve(size(p.kernel_height) * size(p.kernel_width));
    for (int ky = 0; ky < p.kernel_height; ++ky)
        for (int kx = 0; kx < p.kernel_width; ++kx) {
            PoolCell cell;
            cell.ky = ky;
            cell.kx = kx;
            cell.padded_y = s.window_top + ky;
            cell.padded_x = s.window_left + kx;
            cell.is_padding = is_padding_cell(cell.padded_y, cell.padded_x);
            if (!cell.is_padding) {
                cell.source_y = cell.padded_y - pad.top;
                cell.source_x = cell.padded_x - pad.left;
                cell.value = plane[size(cell.source_y) * size(p.input_width) + size(cell.source_x)];
            }
            s.cells.push_back(cell);
        }
    // The window rule is the compute library's (shared/pool_window.h), on the image's coordinates.
    const compute::PoolDims dims = pool_dims(p, pad, output_height(), output_width());
    const compute::math::PoolWindow window = compute::math::pool_window(dims, s.out_y, s.out_x);
    if (s.kind == compute::PoolKind::Max) {
        // The geometry guarantees an image cell: the winner is never −1.
        const int best = compute::math::pool_window_argmax(plane, p.input_width, window);
        const int windowY = best / p.input_width + pad.top - s.window_top;
        const int windowX = best % p.input_width + pad.left - s.window_left;
        s.winner = windowY * p.kernel_width + windowX;
        s.result = s.cells[size(s.winner)].value;
    } else {
        for (const PoolCell& cell : s.cells)
            s.sum += cell.value; // padding adds 0
        s.divisor = compute::math::pool_divisor(dims, window, setup_.count_padding);
        s.result = s.sum / s.divisor;
    }
    return s;
}

Matrix PoolTrace::output(int channel) const {
    if (channel < 0 || channel >= channels())
        throw std::out_of_range("channel " + std::to_string(channel) + " is outside [0, " +
                                std::to_string(channels()) + ")");
    Matrix result(size(output_height()), std::vector<double>(size(output_width())));
    for (int oy = 0; oy < output_height(); ++oy)
        for (int ox = 0; ox < output_width(); ++ox)
            result[size(oy)][size(ox)] = step(step_index(channel, oy, ox)).result;
    return result;
}

std::vector<double> PoolTrace::outputs() const {
    std::vector<double> result;
    result.reserve(size(step_count()));
    for (int i = 0; i < step_count(); ++i)
        result.push_back(step(i).result);
    return result;
}

} // namespace convsight::conv
