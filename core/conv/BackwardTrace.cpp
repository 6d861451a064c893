// BackwardTrace: the two gradient traces built from the forward geometry. Padding that ConvTrace
// accepts is left to it (drawn as padding); the rest (padding as wide as the window, which
// ConvGeometry rejects for a forward pass) is written into the trace's input as zero cells.
#include "conv/BackwardTrace.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <random>
#include <stdexcept>
#include <utility>

namespace convsight::conv {
namespace {

std::size_t size(int a) {
    return static_cast<std::size_t>(a);
}

std::string size_text(int rows, int columns) {
    return std::to_string(rows) + "×" + std::to_string(columns);
}

// One axis of a gradient trace's input: `core` cells (X rows, or dY rows with zeros inserted)
// with `before`/`after` zeros around them; of those, traced* are ConvTrace padding and the rest
// are written into the input as zero cells. A negative `before`/`after` crops the core instead
// (the input gradient of padding as wide as the kernel: those dY cells reached only padding).
struct AxisPlan {
    int core{}, before{}, after{};
    int traced_before{}, traced_after{};

    AxisPlan(int coreCells, int pad_before, int pad_after, int effective_filter)
        : core(coreCells)
        , before(pad_before)
        , after(pad_after)
        , traced_before(std::clamp(pad_before, 0, effective_filter - 1))
        , traced_after(std::clamp(pad_after, 0, effective_filter - 1)) {}

    int baked_before() const { return before - traced_before; }
    int input_cells() const { return core + baked_before() + (after - traced_after); }
    // The core cell at padded position p, or −1 for a zero of the padding.
    int core_cell(int p) const {
        const int i = p - before;
        return i >= 0 && i < core ? i : -1;
    }
};

ConvGeometry::Params traced_geometry(const AxisPlan& rows, const AxisPlan& columns,
                                     int kernel_height, int kernel_width, int dilation_y,
                                     int dilation_x, int channels) {
    ConvGeometry::Params g;
    g.input_height = rows.input_cells();
    g.input_width = columns.input_cells();
    g.kernel_height = kernel_height;
    g.kernel_width = kernel_width;
    g.dilation_y = dilation_y;
    g.dilation_x = dilation_x;
    g.channels = channels;
    g.mode = PaddingMode::Explicit;
    g.explicit_padding = {rows.traced_before, rows.traced_after, columns.traced_before,
                          columns.traced_after};
    return g;
}

// The trace input's plane: value(coreRow, coreColumn) at the core cells, zeros in the baked
// padding.
template <class Value>
void append_plane(std::vector<double>& out, const AxisPlan& rows, const AxisPlan& columns,
                  Value value) {
    for (int y = 0; y < rows.input_cells(); ++y)
        for (int x = 0; x < columns.input_cells(); ++x) {
            const int cy = rows.core_cell(y + rows.traced_before);
            const int cx = columns.core_cell(x + columns.traced_before);
            out.push_back(cy < 0 || cx < 0 ? 0.0 : value(cy, cx));
        }
}

AxisPlan kernel_gradient_axis(const AxisGeometry& a) {
    // The last window ends at s·(O − 1) + F − 1 in padded coordinates; cells past it were never
    // read (ConvGeometry's unreached rows), so the trace stops there and its output is F wide.
    const int reach = a.stride * (a.output() - 1) + a.filter; // padded cells read
    const int core = std::min(a.input, reach - a.pad_before);
    return AxisPlan(core, a.pad_before, reach - a.pad_before - core,
                    a.stride * (a.output() - 1) + 1);
}

AxisPlan input_gradient_axis(const AxisGeometry& a) {
    // dY with s − 1 zeros between cells, F − 1 − p zeros before, and as many after as make the
    // full convolution's output exactly the input's size.
    const int core = a.stride * (a.output() - 1) + 1;
    const int before = a.filter - 1 - a.pad_before;
    return AxisPlan(core, before, a.input + a.filter - 1 - before - core, a.filter);
}

BackwardTrace::Setup checked(BackwardTrace::Setup setup) {
    const ConvGeometry forward(setup.geometry);
    if (const auto why = forward.why_invalid())
        throw std::invalid_argument("these settings cannot make a convolution: " + *why);
    const ConvGeometry::Params& p = setup.geometry;
    if (p.dilation_y != 1 || p.dilation_x != 1)
        throw std::invalid_argument("the backward pass is shown for dilation 1 only");
    if (setup.kernel_count < 1)
        throw std::invalid_argument("there must be at least one kernel");
    const auto expect = [](const std::vector<double>& values, std::size_t count, const char* what,
                           const std::string& shape) {
        if (values.size() != count)
            throw std::invalid_argument(std::string("the ") + what + " has " +
                                        std::to_string(values.size()) + " values, but " + shape +
                                        " needs " + std::to_string(count));
        for (const double v : values)
            if (!std::isfinite(v))
                throw std::invalid_argument(std::string("the ") + what +
                                            " holds a value that is not a finite number");
    };
    const int C = p.channels, K = setup.kernel_count;
    expect(setup.input, size(C) * size(p.input_height) * size(p.input_width), "input",
           std::to_string(C) + " channel(s) of " + size_text(p.input_height, p.input_width));
    expect(setup.kernels, size(K) * size(C) * size(p.kernel_height) * size(p.kernel_width),
           "kernel",
           std::to_string(K) + " kernel(s) of " + std::to_string(C) + "×" +
               size_text(p.kernel_height, p.kernel_width));
    expect(setup.output_gradient,
           size(K) * size(forward.output_height()) * size(forward.output_width()),
           "output gradient dY",
           std::to_string(K) + " map(s) of " +
               size_text(forward.output_height(), forward.output_width()));
    return setup;
}

ConvTrace build_input_gradient(const BackwardTrace::Setup& s, const ConvGeometry& forward) {
    const ConvGeometry::Params& p = s.geometry;
    const AxisPlan rows = input_gradient_axis(forward.rows());
    const AxisPlan columns = input_gradient_axis(forward.columns());
    const int K = s.kernel_count, C = p.channels, OH = forward.output_height(),
              OW = forward.output_width();
    ConvTrace::Setup t;
    t.geometry = traced_geometry(rows, columns, p.kernel_height, p.kernel_width, 1, 1, K);
    t.kernel_count = C;
    t.mode = TraceMode::Convolution;
    for (int k = 0; k < K; ++k)
        append_plane(t.input, rows, columns, [&](int u, int v) {
            if (u % p.stride_y != 0 || v % p.stride_x != 0)
                return 0.0; // an inserted zero
            return s.output_gradient[(size(k) * size(OH) + size(u / p.stride_y)) * size(OW) +
                                     size(v / p.stride_x)];
        });
    // Trace kernel c, channel k is the forward kernel k's slice c.
    const std::size_t slice = size(p.kernel_height) * size(p.kernel_width);
    for (int c = 0; c < C; ++c)
        for (int k = 0; k < K; ++k) {
            const auto first = s.kernels.begin() +
                               static_cast<std::ptrdiff_t>((size(k) * size(C) + size(c)) * slice);
            t.kernels.insert(t.kernels.end(), first, first + static_cast<std::ptrdiff_t>(slice));
        }
    return ConvTrace(std::move(t));
}

} // namespace

std::vector<double> BackwardTrace::ones_gradient(const ConvGeometry& forward, int kernel_count) {
    return std::vector<double>(
        size(kernel_count) * size(forward.output_height()) * size(forward.output_width()), 1.0);
}

std::vector<double> BackwardTrace::random_integer_gradient(const ConvGeometry& forward,
                                                           int kernel_count, std::uint32_t seed,
                                                           int low, int high) {
    std::mt19937 rng(seed);
    std::uniform_int_distribution<int> value(low, high);
    std::vector<double> values(size(kernel_count) * size(forward.output_height()) *
                               size(forward.output_width()));
    for (double& v : values)
        v = value(rng);
    return values;
}

BackwardTrace::BackwardTrace(Setup setup)
    : setup_(checked(std::move(setup)))
    , forward_(setup_.geometry)
    , inputGradient_(build_input_gradient(setup_, forward_)) {
    const ConvGeometry::Params& p = setup_.geometry;
    const AxisPlan rows = kernel_gradient_axis(forward_.rows());
    const AxisPlan columns = kernel_gradient_axis(forward_.columns());
    const int OH = forward_.output_height(), OW = forward_.output_width();
    for (int c = 0; c < p.channels; ++c) {
        ConvTrace::Setup t;
        t.geometry = traced_geometry(rows, columns, OH, OW, p.stride_y, p.stride_x, 1);
        t.kernel_count = setup_.kernel_count;
        t.kernels = setup_.output_gradient; // (K, OH, OW) = K kernels of 1×OH×OW
        append_plane(t.input, rows, columns, [&](int y, int x) {
            return setup_
                .input[(size(c) * size(p.input_height) + size(y)) * size(p.input_width) + size(x)];
        });
        kernelGradients_.emplace_back(std::move(t));
    }
}

const ConvTrace& BackwardTrace::kernel_gradient(int channel) const {
    if (channel < 0 || size(channel) >= kernelGradients_.size())
        throw std::out_of_range("channel " + std::to_string(channel) + " is outside [0, " +
                                std::to_string(kernelGradients_.size()) + ")");
    return kernelGradients_[size(channel)];
}

std::vector<double> BackwardTrace::kernel_gradients() const {
    const int K = setup_.kernel_count, C = forward_.channels();
    const std::size_t slice =
        size(setup_.geometry.kernel_height) * size(setup_.geometry.kernel_width);
    std::vector<double> result(size(K) * size(C) * slice);
    for (int c = 0; c < C; ++c) {
        const std::vector<double> maps = kernelGradients_[size(c)].outputs(); // (K, FH, FW)
        for (int k = 0; k < K; ++k)
            std::copy_n(maps.begin() + static_cast<std::ptrdiff_t>(size(k) * slice), slice,
                        result.begin() +
                            static_cast<std::ptrdiff_t>((size(k) * size(C) + size(c)) * slice));
    }
    return result;
}

ForwardCell BackwardTrace::kernel_gradient_cell(int padded_y, int padded_x) const {
    const int y = kernel_gradient_axis(forward_.rows()).core_cell(padded_y);
    const int x = kernel_gradient_axis(forward_.columns()).core_cell(padded_x);
    if (y < 0 || x < 0)
        return {};
    return {ForwardCell::Kind::Input, y, x};
}

ForwardCell BackwardTrace::input_gradient_cell(int padded_y, int padded_x) const {
    const int u = input_gradient_axis(forward_.rows()).core_cell(padded_y);
    const int v = input_gradient_axis(forward_.columns()).core_cell(padded_x);
    if (u < 0 || v < 0)
        return {};
    const ConvGeometry::Params& p = setup_.geometry;
    if (u % p.stride_y != 0 || v % p.stride_x != 0)
        return {ForwardCell::Kind::InsertedZero, -1, -1};
    return {ForwardCell::Kind::OutputGradient, u / p.stride_y, v / p.stride_x};
}

std::string BackwardTrace::kernel_gradient_explanation() const {
    const ConvGeometry::Params& p = setup_.geometry;
    const std::string dY = size_text(forward_.output_height(), forward_.output_width());
    const std::string stride =
        p.stride_y == p.stride_x ? std::to_string(p.stride_y) : size_text(p.stride_y, p.stride_x);
    const bool strided = p.stride_y > 1 || p.stride_x > 1;
    return "Every output Y(oy, ox) used the weight K(ky, kx) once, multiplied by the input pixel "
           "under it. So a small change of that weight changes the loss by the sum, over all "
           "outputs, of the output's gradient dY(oy, ox) times that pixel: dL/dK(ky, kx) = "
           "Σ dY(oy, ox) · X(" +
           std::string(strided ? stride + "·oy + ky, " + stride + "·ox + kx" : "oy + ky, ox + kx") +
           "), X padded as in the forward pass. That is the padded input correlated with the " +
           dY + " output gradient used as a kernel" +
           (strided ? ", its cells " + stride + " apart because the forward window jumped " +
                          stride + " pixels at a time"
                    : "") +
           ". Each step gives one cell of the " + size_text(p.kernel_height, p.kernel_width) +
           " kernel gradient; training subtracts it, times the learning rate, from the kernel.";
}

std::string BackwardTrace::input_gradient_explanation() const {
    const ConvGeometry::Params& p = setup_.geometry;
    const Padding pad = forward_.padding();
    const bool strided = p.stride_y > 1 || p.stride_x > 1;
    const int borderY = p.kernel_height - 1 - pad.top, borderX = p.kernel_width - 1 - pad.left;
    const std::string border = borderY == borderX
                                   ? std::to_string(borderY) + (borderY == 1 ? " cell" : " cells")
                                   : size_text(borderY, borderX) + " cells";
    return "Every input pixel fed each output whose window covered it, through the weight at its "
           "place in that window. Sending the output gradient dY back along those paths is itself "
           "a convolution: " +
           std::string(strided ? "put stride − 1 zeros between the cells of dY (the forward pass "
                                 "skipped those positions), "
                               : "") +
           (borderY < 0 || borderX < 0
                ? std::string("cut p − F + 1 cells off its edges where the padding is as wide as "
                              "the kernel (those outputs saw only padding, they reach no pixel) "
                              "and surround the rest with F − 1 − p zeros where it is narrower, ")
                : "surround it with F − 1 − p = " + border + " of zeros ") +
           "so that the kernel can hang over every edge (a \"full\" convolution), and "
           "slide the kernel over it turned by 180°: seen from a pixel, the output to its "
           "lower right reached it through the kernel's top-left weight, so the kernel is read "
           "backwards. The result, cropped to the " +
           size_text(p.input_height, p.input_width) +
           " input, is dL/dX: what the layer below receives. Libraries call this a transposed "
           "convolution; it is also how a network upsamples.";
}

} // namespace convsight::conv
