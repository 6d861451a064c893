// ConvTrace: the padded input built once, then each step's products computed when asked for.
// The arithmetic is the lecture's V(x,y) = Σm Σn I(x+m, y+n)·K(m,n), summed over channels, + bias.
#include "conv/ConvTrace.h"

#include "compute/shared/math.h"

#include <charconv>
#include <cmath>
#include <cstddef>
#include <stdexcept>
#include <utility>

namespace convsight::conv {
namespace {

std::size_t size(int a) {
    return static_cast<std::size_t>(a);
}

// "(C,H,W)"-style names of a position for messages, counting from 1 as the student does.
std::string cell_name(const char* what, int channels, int channel, int row, int column) {
    std::string text = std::string(what) + " value at ";
    if (channels > 1)
        text += "channel " + std::to_string(channel + 1) + ", ";
    return text + "row " + std::to_string(row + 1) + ", column " + std::to_string(column + 1);
}

void check_finite(const std::vector<double>& values, const char* what, int planes, int channels,
                  int height, int width) {
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (std::isfinite(values[i]))
            continue;
        const int column = static_cast<int>(i % size(width));
        const int row = static_cast<int>((i / size(width)) % size(height));
        const int plane = static_cast<int>(i / (size(width) * size(height)));
        std::string where = cell_name(what, channels, plane % channels, row, column);
        if (planes > channels) // kernels: name the kernel too
            where = "kernel " + std::to_string(plane / channels + 1) + ": " + where;
        throw std::invalid_argument(
            "the " + where + (std::isnan(values[i]) ? " is not a number (NaN)" : " is infinite") +
            "; every value must be a finite number");
    }
}

std::string size_text(int a, int b) {
    return std::to_string(a) + "×" + std::to_string(b);
}

// A factor inside the expression: negatives in parentheses so "2×(−1)" cannot be misread.
std::string factor(double value) {
    const std::string text = format_number(value, true);
    return value < 0 ? "(" + text + ")" : text;
}

std::vector<double> flatten(const Matrix& matrix, const char* what, int& rows, int& columns) {
    if (matrix.empty() || matrix.front().empty())
        throw std::invalid_argument(std::string("the ") + what +
                                    " is empty: it needs at least one row with one value");
    rows = static_cast<int>(matrix.size());
    columns = static_cast<int>(matrix.front().size());
    std::vector<double> values;
    values.reserve(size(rows) * size(columns));
    for (std::size_t r = 0; r < matrix.size(); ++r) {
        if (matrix[r].size() != size(columns))
            throw std::invalid_argument("row " + std::to_string(r + 1) + " of the " + what +
                                        " has " + std::to_string(matrix[r].size()) +
                                        " values but row 1 has " + std::to_string(columns) +
                                        ": every row needs the same number of values");
        values.insert(values.end(), matrix[r].begin(), matrix[r].end());
    }
    return values;
}

} // namespace

std::string format_factor(double value) {
    return factor(value);
}

std::vector<double> flatten_matrix(const Matrix& matrix, const char* what, int& rows,
                                   int& columns) {
    return flatten(matrix, what, rows, columns);
}

std::string format_number(double value, bool unicode_minus) {
    if (value == 0)
        value = 0; // −0 reads as 0
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    std::string text(buffer, result.ptr);
    if (unicode_minus && !text.empty() && text.front() == '-')
        text.replace(0, 1, "−");
    return text;
}

std::string TraceStep::expression() const {
    std::string text;
    for (std::size_t i = 0; i < terms.size(); ++i) {
        if (i > 0)
            text += " + ";
        text += factor(terms[i].input) + "×" + factor(terms[i].weight);
    }
    if (divisor != 1.0)
        text = "(" + text + ") / " + format_number(divisor, true);
    if (has_bias)
        text += (bias < 0 ? " − " : " + ") + format_number(std::abs(bias), true);
    text += " = " + format_number(total, true);
    if (relu)
        text += " → ReLU → " + format_number(activated, true);
    return text;
}

std::string TraceStep::channel_expression(int channel) const {
    if (channel < 0 || static_cast<std::size_t>(channel) >= channel_sums.size())
        throw std::out_of_range("channel " + std::to_string(channel + 1) +
                                " is outside this step's " + std::to_string(channel_sums.size()) +
                                " channels");
    std::string text;
    for (const TraceTerm& term : terms) {
        if (term.channel != channel)
            continue;
        if (!text.empty())
            text += " + ";
        text += factor(term.input) + "×" + factor(term.weight);
    }
    return text + " = " + format_number(channel_sums[static_cast<std::size_t>(channel)], true);
}

ConvTrace::ConvTrace(Setup setup)
    : setup_(std::move(setup))
    , geometry_(setup_.geometry) {
    if (const auto why = geometry_.why_invalid())
        throw std::invalid_argument("these settings cannot make a convolution: " + *why);
    const ConvGeometry::Params& p = setup_.geometry;
    const int C = p.channels, H = p.input_height, W = p.input_width;
    const int FH = p.kernel_height, FW = p.kernel_width, K = setup_.kernel_count;
    if (K < 1)
        throw std::invalid_argument("there must be at least one kernel");
    const std::size_t inputSize = size(C) * size(H) * size(W);
    if (setup_.input.size() != inputSize)
        throw std::invalid_argument("the input has " + std::to_string(setup_.input.size()) +
                                    " values, but " + std::to_string(C) + " channel(s) of " +
                                    size_text(H, W) + " need " + std::to_string(inputSize));
    const std::size_t kernel_size = size(K) * size(C) * size(FH) * size(FW);
    if (setup_.kernels.size() != kernel_size)
        throw std::invalid_argument("the kernels have " + std::to_string(setup_.kernels.size()) +
                                    " values, but " + std::to_string(K) + " kernel(s) of " +
                                    std::to_string(C) + "×" + size_text(FH, FW) + " (one " +
                                    size_text(FH, FW) + " slice per input channel) need " +
                                    std::to_string(kernel_size));
    if (!setup_.bias.empty() && setup_.bias.size() != size(K))
        throw std::invalid_argument("there are " + std::to_string(setup_.bias.size()) +
                                    " bias values for " + std::to_string(K) +
                                    " kernel(s): give one per kernel, or none");
    check_finite(setup_.input, "input", C, C, H, W);
    check_finite(setup_.kernels, "kernel", K * C, C, FH, FW);
    for (std::size_t k = 0; k < setup_.bias.size(); ++k)
        if (!std::isfinite(setup_.bias[k]))
            throw std::invalid_argument("the bias of kernel " + std::to_string(k + 1) +
                                        " is not a finite number");
    if (!std::isfinite(setup_.divisor) || setup_.divisor == 0.0)
        throw std::invalid_argument("the kernel's divisor must be a finite number other than 0");

    const Padding pad = geometry_.padding();
    paddedHeight_ = H + pad.top + pad.bottom;
    paddedWidth_ = W + pad.left + pad.right;
    rowSource_.resize(size(paddedHeight_));
    columnSource_.resize(size(paddedWidth_));
    for (int py = 0; py < paddedHeight_; ++py)
        rowSource_[size(py)] = compute::math::border_index(setup_.border, py - pad.top, H);
    for (int px = 0; px < paddedWidth_; ++px)
        columnSource_[size(px)] = compute::math::border_index(setup_.border, px - pad.left, W);
    // A cell reads 0 when either its row or its column is a zero-filled border.
    padded_.assign(size(C) * size(paddedHeight_) * size(paddedWidth_), 0.0);
    for (int c = 0; c < C; ++c)
        for (int py = 0; py < paddedHeight_; ++py)
            for (int px = 0; px < paddedWidth_; ++px) {
                const int y = rowSource_[size(py)], x = columnSource_[size(px)];
                if (y < 0 || x < 0)
                    continue;
                padded_[(size(c) * size(paddedHeight_) + size(py)) * size(paddedWidth_) +
                        size(px)] = setup_.input[(size(c) * size(H) + size(y)) * size(W) + size(x)];
            }
}

ConvTrace ConvTrace::from_matrices(const Matrix& input, const Matrix& kernel,
                                   ConvGeometry::Params geometry, compute::BorderMode border,
                                   TraceMode mode, bool relu, double divisor) {
    Setup setup;
    setup.input = flatten(input, "input", geometry.input_height, geometry.input_width);
    setup.kernels = flatten(kernel, "kernel", geometry.kernel_height, geometry.kernel_width);
    geometry.channels = 1;
    setup.geometry = geometry;
    setup.kernel_count = 1;
    setup.border = border;
    setup.mode = mode;
    setup.relu = relu;
    setup.divisor = divisor;
    return ConvTrace(std::move(setup));
}

int ConvTrace::step_count() const {
    return setup_.kernel_count * output_height() * output_width();
}

int ConvTrace::step_index(int kernel, int out_y, int out_x) const {
    if (kernel < 0 || kernel >= kernel_count() || out_y < 0 || out_y >= output_height() ||
        out_x < 0 || out_x >= output_width())
        throw std::out_of_range("output position (kernel " + std::to_string(kernel) + ", " +
                                std::to_string(out_y) + ", " + std::to_string(out_x) +
                                ") is outside the " + std::to_string(kernel_count()) + "×" +
                                size_text(output_height(), output_width()) + " output");
    return (kernel * output_height() + out_y) * output_width() + out_x;
}

double ConvTrace::weight_at(int kernel, int channel, int ky, int kx) const {
    const int FH = setup_.geometry.kernel_height, FW = setup_.geometry.kernel_width;
    if (setup_.mode == TraceMode::Convolution) {
        ky = FH - 1 - ky;
        kx = FW - 1 - kx;
    }
    return setup_
        .kernels[((size(kernel) * size(channels()) + size(channel)) * size(FH) + size(ky)) *
                     size(FW) +
                 size(kx)];
}

double ConvTrace::sum_at(int kernel, int out_y, int out_x,
                         std::vector<double>* channel_sums) const {
    const ConvGeometry::Params& p = setup_.geometry;
    const int top = out_y * p.stride_y, left = out_x * p.stride_x;
    double products = 0;
    for (int c = 0; c < channels(); ++c) {
        double sum = 0;
        const double* plane = padded_.data() + size(c) * size(paddedHeight_) * size(paddedWidth_);
        for (int ky = 0; ky < p.kernel_height; ++ky) {
            const double* row = plane + size(top + ky * p.dilation_y) * size(paddedWidth_);
            for (int kx = 0; kx < p.kernel_width; ++kx)
                sum += row[left + kx * p.dilation_x] * weight_at(kernel, c, ky, kx);
        }
        if (channel_sums)
            channel_sums->push_back(sum);
        products += sum;
    }
    return products / setup_.divisor + (setup_.bias.empty() ? 0.0 : setup_.bias[size(kernel)]);
}

TraceStep ConvTrace::step(int index) const {
    if (index < 0 || index >= step_count())
        throw std::out_of_range("step " + std::to_string(index) + " is outside [0, " +
                                std::to_string(step_count()) + ")");
    const ConvGeometry::Params& p = setup_.geometry;
    const int perKernel = output_height() * output_width();
    TraceStep s;
    s.index = index;
    s.kernel = index / perKernel;
    s.out_y = (index % perKernel) / output_width();
    s.out_x = index % output_width();
    s.window_top = s.out_y * p.stride_y;
    s.window_left = s.out_x * p.stride_x;
    s.terms.reserve(size(channels()) * size(p.kernel_height) * size(p.kernel_width));
    const bool flipped = setup_.mode == TraceMode::Convolution;
    for (int c = 0; c < channels(); ++c)
        for (int ky = 0; ky < p.kernel_height; ++ky)
            for (int kx = 0; kx < p.kernel_width; ++kx) {
                TraceTerm t;
                t.channel = c;
                t.ky = ky;
                t.kx = kx;
                t.weight_y = flipped ? p.kernel_height - 1 - ky : ky;
                t.weight_x = flipped ? p.kernel_width - 1 - kx : kx;
                t.padded_y = s.window_top + ky * p.dilation_y;
                t.padded_x = s.window_left + kx * p.dilation_x;
                t.is_padding = is_padding_cell(t.padded_y, t.padded_x);
                t.source_y = source_row(t.padded_y);
                t.source_x = source_column(t.padded_x);
                if (t.source_y < 0 || t.source_x < 0)
                    t.source_y = t.source_x = -1; // a zero of the padding reads no pixel
                t.input = padded_value(c, t.padded_y, t.padded_x);
                t.weight = weight_at(s.kernel, c, ky, kx);
                t.product = t.input * t.weight;
                s.terms.push_back(t);
            }
    s.total = sum_at(s.kernel, s.out_y, s.out_x, &s.channel_sums);
    s.divisor = setup_.divisor;
    s.has_bias = !setup_.bias.empty();
    s.bias = s.has_bias ? setup_.bias[size(s.kernel)] : 0.0;
    s.relu = setup_.relu;
    s.activated = s.relu && s.total < 0 ? 0.0 : s.total;
    return s;
}

Matrix ConvTrace::output(int kernel) const {
    if (kernel < 0 || kernel >= kernel_count())
        throw std::out_of_range("kernel " + std::to_string(kernel) + " is outside [0, " +
                                std::to_string(kernel_count()) + ")");
    Matrix result(size(output_height()), std::vector<double>(size(output_width())));
    for (int oy = 0; oy < output_height(); ++oy)
        for (int ox = 0; ox < output_width(); ++ox) {
            const double total = sum_at(kernel, oy, ox, nullptr);
            result[size(oy)][size(ox)] = setup_.relu && total < 0 ? 0.0 : total;
        }
    return result;
}

std::vector<double> ConvTrace::outputs() const {
    std::vector<double> result;
    result.reserve(size(step_count()));
    for (int k = 0; k < kernel_count(); ++k)
        for (const auto& row : output(k))
            result.insert(result.end(), row.begin(), row.end());
    return result;
}

void ConvTrace::check_padded(int channel, int py, int px) const {
    if (channel < 0 || channel >= channels() || py < 0 || py >= paddedHeight_ || px < 0 ||
        px >= paddedWidth_)
        throw std::out_of_range("padded cell (" + std::to_string(channel) + ", " +
                                std::to_string(py) + ", " + std::to_string(px) +
                                ") is outside the " + std::to_string(channels()) + "×" +
                                size_text(paddedHeight_, paddedWidth_) + " padded input");
}

bool ConvTrace::is_padding_cell(int py, int px) const {
    check_padded(0, py, px);
    const Padding pad = geometry_.padding();
    return py < pad.top || py >= pad.top + setup_.geometry.input_height || px < pad.left ||
           px >= pad.left + setup_.geometry.input_width;
}

double ConvTrace::padded_value(int channel, int py, int px) const {
    check_padded(channel, py, px);
    return padded_[(size(channel) * size(paddedHeight_) + size(py)) * size(paddedWidth_) +
                   size(px)];
}

int ConvTrace::source_row(int py) const {
    check_padded(0, py, 0);
    return rowSource_[size(py)];
}

int ConvTrace::source_column(int px) const {
    check_padded(0, 0, px);
    return columnSource_[size(px)];
}

} // namespace convsight::conv
