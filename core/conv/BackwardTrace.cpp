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

std::string sizeText(int rows, int columns) {
    return std::to_string(rows) + "×" + std::to_string(columns);
}

// One axis of a gradient trace's input: `core` cells (X rows, or dY rows with zeros inserted)
// with `before`/`after` zeros around them; of those, traced* are ConvTrace padding and the rest
// are written into the input as zero cells.
struct AxisPlan {
    int core{}, before{}, after{};
    int tracedBefore{}, tracedAfter{};

    AxisPlan(int coreCells, int padBefore, int padAfter, int effectiveFilter)
        : core(coreCells)
        , before(padBefore)
        , after(padAfter)
        , tracedBefore(std::min(padBefore, effectiveFilter - 1))
        , tracedAfter(std::min(padAfter, effectiveFilter - 1)) {}

    int bakedBefore() const { return before - tracedBefore; }
    int inputCells() const { return core + bakedBefore() + (after - tracedAfter); }
    // The core cell at padded position p, or −1 for a zero of the padding.
    int coreCell(int p) const {
        const int i = p - before;
        return i >= 0 && i < core ? i : -1;
    }
};

ConvGeometry::Params tracedGeometry(const AxisPlan& rows, const AxisPlan& columns, int kernelHeight,
                                    int kernelWidth, int dilationY, int dilationX, int channels) {
    ConvGeometry::Params g;
    g.inputHeight = rows.inputCells();
    g.inputWidth = columns.inputCells();
    g.kernelHeight = kernelHeight;
    g.kernelWidth = kernelWidth;
    g.dilationY = dilationY;
    g.dilationX = dilationX;
    g.channels = channels;
    g.mode = PaddingMode::Explicit;
    g.explicitPadding = {rows.tracedBefore, rows.tracedAfter, columns.tracedBefore,
                         columns.tracedAfter};
    return g;
}

// The trace input's plane: value(coreRow, coreColumn) at the core cells, zeros in the baked
// padding.
template <class Value>
void appendPlane(std::vector<double>& out, const AxisPlan& rows, const AxisPlan& columns,
                 Value value) {
    for (int y = 0; y < rows.inputCells(); ++y)
        for (int x = 0; x < columns.inputCells(); ++x) {
            const int cy = rows.coreCell(y + rows.tracedBefore);
            const int cx = columns.coreCell(x + columns.tracedBefore);
            out.push_back(cy < 0 || cx < 0 ? 0.0 : value(cy, cx));
        }
}

AxisPlan kernelGradientAxis(const AxisGeometry& a) {
    // The last window ends at s·(O − 1) + F − 1 in padded coordinates; cells past it were never
    // read (ConvGeometry's unreached rows), so the trace stops there and its output is F wide.
    const int reach = a.stride * (a.output() - 1) + a.filter; // padded cells read
    const int core = std::min(a.input, reach - a.padBefore);
    return AxisPlan(core, a.padBefore, reach - a.padBefore - core, a.stride * (a.output() - 1) + 1);
}

AxisPlan inputGradientAxis(const AxisGeometry& a) {
    // dY with s − 1 zeros between cells, F − 1 − p zeros before, and as many after as make the
    // full convolution's output exactly the input's size.
    const int core = a.stride * (a.output() - 1) + 1;
    const int before = a.filter - 1 - a.padBefore;
    return AxisPlan(core, before, a.input + a.filter - 1 - before - core, a.filter);
}

BackwardTrace::Setup checked(BackwardTrace::Setup setup) {
    const ConvGeometry forward(setup.geometry);
    if (const auto why = forward.whyInvalid())
        throw std::invalid_argument("these settings cannot make a convolution: " + *why);
    const ConvGeometry::Params& p = setup.geometry;
    if (p.dilationY != 1 || p.dilationX != 1)
        throw std::invalid_argument("the backward pass is shown for dilation 1 only");
    if (setup.kernelCount < 1)
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
    const int C = p.channels, K = setup.kernelCount;
    expect(setup.input, size(C) * size(p.inputHeight) * size(p.inputWidth), "input",
           std::to_string(C) + " channel(s) of " + sizeText(p.inputHeight, p.inputWidth));
    expect(setup.kernels, size(K) * size(C) * size(p.kernelHeight) * size(p.kernelWidth), "kernel",
           std::to_string(K) + " kernel(s) of " + std::to_string(C) + "×" +
               sizeText(p.kernelHeight, p.kernelWidth));
    expect(setup.outputGradient,
           size(K) * size(forward.outputHeight()) * size(forward.outputWidth()),
           "output gradient dY",
           std::to_string(K) + " map(s) of " +
               sizeText(forward.outputHeight(), forward.outputWidth()));
    return setup;
}

ConvTrace buildInputGradient(const BackwardTrace::Setup& s, const ConvGeometry& forward) {
    const ConvGeometry::Params& p = s.geometry;
    const AxisPlan rows = inputGradientAxis(forward.rows());
    const AxisPlan columns = inputGradientAxis(forward.columns());
    const int K = s.kernelCount, C = p.channels, OH = forward.outputHeight(),
              OW = forward.outputWidth();
    ConvTrace::Setup t;
    t.geometry = tracedGeometry(rows, columns, p.kernelHeight, p.kernelWidth, 1, 1, K);
    t.kernelCount = C;
    t.mode = TraceMode::Convolution;
    for (int k = 0; k < K; ++k)
        appendPlane(t.input, rows, columns, [&](int u, int v) {
            if (u % p.strideY != 0 || v % p.strideX != 0)
                return 0.0; // an inserted zero
            return s.outputGradient[(size(k) * size(OH) + size(u / p.strideY)) * size(OW) +
                                    size(v / p.strideX)];
        });
    // Trace kernel c, channel k is the forward kernel k's slice c.
    const std::size_t slice = size(p.kernelHeight) * size(p.kernelWidth);
    for (int c = 0; c < C; ++c)
        for (int k = 0; k < K; ++k) {
            const auto first = s.kernels.begin() +
                               static_cast<std::ptrdiff_t>((size(k) * size(C) + size(c)) * slice);
            t.kernels.insert(t.kernels.end(), first, first + static_cast<std::ptrdiff_t>(slice));
        }
    return ConvTrace(std::move(t));
}

} // namespace

std::vector<double> BackwardTrace::onesGradient(const ConvGeometry& forward, int kernelCount) {
    return std::vector<double>(
        size(kernelCount) * size(forward.outputHeight()) * size(forward.outputWidth()), 1.0);
}

std::vector<double> BackwardTrace::randomIntegerGradient(const ConvGeometry& forward,
                                                         int kernelCount, std::uint32_t seed,
                                                         int low, int high) {
    std::mt19937 rng(seed);
    std::uniform_int_distribution<int> value(low, high);
    std::vector<double> values(size(kernelCount) * size(forward.outputHeight()) *
                               size(forward.outputWidth()));
    for (double& v : values)
        v = value(rng);
    return values;
}

BackwardTrace::BackwardTrace(Setup setup)
    : setup_(checked(std::move(setup)))
    , forward_(setup_.geometry)
    , inputGradient_(buildInputGradient(setup_, forward_)) {
    const ConvGeometry::Params& p = setup_.geometry;
    const AxisPlan rows = kernelGradientAxis(forward_.rows());
    const AxisPlan columns = kernelGradientAxis(forward_.columns());
    const int OH = forward_.outputHeight(), OW = forward_.outputWidth();
    for (int c = 0; c < p.channels; ++c) {
        ConvTrace::Setup t;
        t.geometry = tracedGeometry(rows, columns, OH, OW, p.strideY, p.strideX, 1);
        t.kernelCount = setup_.kernelCount;
        t.kernels = setup_.outputGradient; // (K, OH, OW) = K kernels of 1×OH×OW
        appendPlane(t.input, rows, columns, [&](int y, int x) {
            return setup_
                .input[(size(c) * size(p.inputHeight) + size(y)) * size(p.inputWidth) + size(x)];
        });
        kernelGradients_.emplace_back(std::move(t));
    }
}

const ConvTrace& BackwardTrace::kernelGradient(int channel) const {
    if (channel < 0 || size(channel) >= kernelGradients_.size())
        throw std::out_of_range("channel " + std::to_string(channel) + " is outside [0, " +
                                std::to_string(kernelGradients_.size()) + ")");
    return kernelGradients_[size(channel)];
}

std::vector<double> BackwardTrace::kernelGradients() const {
    const int K = setup_.kernelCount, C = forward_.channels();
    const std::size_t slice =
        size(setup_.geometry.kernelHeight) * size(setup_.geometry.kernelWidth);
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

ForwardCell BackwardTrace::kernelGradientCell(int paddedY, int paddedX) const {
    const int y = kernelGradientAxis(forward_.rows()).coreCell(paddedY);
    const int x = kernelGradientAxis(forward_.columns()).coreCell(paddedX);
    if (y < 0 || x < 0)
        return {};
    return {ForwardCell::Kind::Input, y, x};
}

ForwardCell BackwardTrace::inputGradientCell(int paddedY, int paddedX) const {
    const int u = inputGradientAxis(forward_.rows()).coreCell(paddedY);
    const int v = inputGradientAxis(forward_.columns()).coreCell(paddedX);
    if (u < 0 || v < 0)
        return {};
    const ConvGeometry::Params& p = setup_.geometry;
    if (u % p.strideY != 0 || v % p.strideX != 0)
        return {ForwardCell::Kind::InsertedZero, -1, -1};
    return {ForwardCell::Kind::OutputGradient, u / p.strideY, v / p.strideX};
}

std::string BackwardTrace::kernelGradientExplanation() const {
    const ConvGeometry::Params& p = setup_.geometry;
    const std::string dY = sizeText(forward_.outputHeight(), forward_.outputWidth());
    const std::string stride =
        p.strideY == p.strideX ? std::to_string(p.strideY) : sizeText(p.strideY, p.strideX);
    const bool strided = p.strideY > 1 || p.strideX > 1;
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
           ". Each step gives one cell of the " + sizeText(p.kernelHeight, p.kernelWidth) +
           " kernel gradient; training subtracts it, times the learning rate, from the kernel.";
}

std::string BackwardTrace::inputGradientExplanation() const {
    const ConvGeometry::Params& p = setup_.geometry;
    const Padding pad = forward_.padding();
    const bool strided = p.strideY > 1 || p.strideX > 1;
    const int borderY = p.kernelHeight - 1 - pad.top, borderX = p.kernelWidth - 1 - pad.left;
    const std::string border = borderY == borderX
                                   ? std::to_string(borderY) + (borderY == 1 ? " cell" : " cells")
                                   : sizeText(borderY, borderX) + " cells";
    return "Every input pixel fed each output whose window covered it, through the weight at its "
           "place in that window. Sending the output gradient dY back along those paths is itself "
           "a convolution: " +
           std::string(strided ? "put stride − 1 zeros between the cells of dY (the forward pass "
                                 "skipped those positions), "
                               : "") +
           "surround it with F − 1 − p = " + border +
           " of zeros so that the kernel can hang over every edge (a \"full\" convolution), and "
           "slide the kernel over it turned by 180°: seen from a pixel, the output to its "
           "lower right reached it through the kernel's top-left weight, so the kernel is read "
           "backwards. The result, cropped to the " +
           sizeText(p.inputHeight, p.inputWidth) +
           " input, is dL/dX: what the layer below receives. Libraries call this a transposed "
           "convolution; it is also how a network upsamples.";
}

} // namespace convsight::conv
