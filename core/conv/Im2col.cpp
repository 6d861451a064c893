// Im2col: the unrolled matrix and its product with the kernels in double (the numbers shown), and
// the timing of the same product in float32 through the compute library (the speed shown).
#include "conv/Im2col.h"

#include "compute/Device.h"
#include "compute/Tensor.h"
#include "compute/ops.h"

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <random>
#include <stdexcept>

namespace convsight::conv {
namespace {

std::size_t size(int a) {
    return static_cast<std::size_t>(a);
}

compute::Tensor random_matrix(int rows, int columns, std::mt19937& rng) {
    std::uniform_real_distribution<float> value(-1.0f, 1.0f);
    std::vector<float> values(size(rows) * size(columns));
    for (float& v : values)
        v = value(rng);
    return compute::Tensor::from({rows, columns}, values);
}

// Median milliseconds of a·b on the tensors' device, after one warm-up run.
double median_ms(const compute::Tensor& a, const compute::Tensor& b, int repeats) {
    const compute::Device device = a.device();
    compute::ops::matmul(a, b);
    compute::ops::synchronize(device);
    std::vector<double> times;
    for (int i = 0; i < repeats; ++i) {
        const auto start = std::chrono::steady_clock::now();
        const compute::Tensor c = compute::ops::matmul(a, b);
        compute::ops::synchronize(device);
        times.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                .count());
    }
    std::nth_element(times.begin(), times.begin() + static_cast<std::ptrdiff_t>(times.size() / 2),
                     times.end());
    return times[times.size() / 2];
}

} // namespace

Im2col::Im2col(const ConvTrace& trace) {
    const ConvGeometry::Params& p = trace.geometry().params();
    const ConvTrace::Setup& s = trace.setup();
    rows_ = trace.output_height() * trace.output_width();
    channels_ = trace.channels();
    kernelHeight_ = p.kernel_height;
    kernelWidth_ = p.kernel_width;
    columns_ = channels_ * kernelHeight_ * kernelWidth_;
    kernelCount_ = trace.kernel_count();
    outputWidth_ = trace.output_width();
    strideY_ = p.stride_y;
    strideX_ = p.stride_x;
    dilationY_ = p.dilation_y;
    dilationX_ = p.dilation_x;
    divisor_ = s.divisor;
    bias_ = s.bias;
    relu_ = s.relu;

    matrix_.resize(size(rows_) * size(columns_));
    for (int r = 0; r < rows_; ++r)
        for (int j = 0; j < columns_; ++j) {
            const Im2colTap t = tap(j);
            matrix_[size(r) * size(columns_) + size(j)] =
                trace.padded_value(t.channel, padded_row(r, j), padded_column(r, j));
        }
    kernelRows_.resize(size(kernelCount_) * size(columns_));
    for (int k = 0; k < kernelCount_; ++k)
        for (int j = 0; j < columns_; ++j) {
            const Im2colTap t = tap(j);
            kernelRows_[size(k) * size(columns_) + size(j)] =
                trace.weight_at(k, t.channel, t.ky, t.kx);
        }
    product_.assign(size(rows_) * size(kernelCount_), 0.0);
    for (int r = 0; r < rows_; ++r)
        for (int k = 0; k < kernelCount_; ++k) {
            double sum = 0;
            for (int j = 0; j < columns_; ++j)
                sum += matrix_[size(r) * size(columns_) + size(j)] *
                       kernelRows_[size(k) * size(columns_) + size(j)];
            product_[size(r) * size(kernelCount_) + size(k)] = sum;
        }
}

double Im2col::at(int row, int column) const {
    if (row < 0 || row >= rows_ || column < 0 || column >= columns_)
        throw std::out_of_range("entry (" + std::to_string(row) + ", " + std::to_string(column) +
                                ") is outside the " + std::to_string(rows_) + "×" +
                                std::to_string(columns_) + " im2col matrix");
    return matrix_[size(row) * size(columns_) + size(column)];
}

Im2colTap Im2col::tap(int column) const {
    if (column < 0 || column >= columns_)
        throw std::out_of_range("column " + std::to_string(column) + " is outside [0, " +
                                std::to_string(columns_) + ")");
    const int per_channel = kernelHeight_ * kernelWidth_;
    return {column / per_channel, column % per_channel / kernelWidth_, column % kernelWidth_};
}

int Im2col::padded_row(int row, int column) const {
    return row / outputWidth_ * strideY_ + tap(column).ky * dilationY_;
}

int Im2col::padded_column(int row, int column) const {
    return row % outputWidth_ * strideX_ + tap(column).kx * dilationX_;
}

int Im2col::row_of_step(int index) const {
    if (index < 0 || index >= rows_ * kernelCount_)
        throw std::out_of_range("step " + std::to_string(index) + " is outside [0, " +
                                std::to_string(rows_ * kernelCount_) + ")");
    return index % rows_;
}

double Im2col::output_at(int row, int kernel) const {
    const double total = product_.at(size(row) * size(kernelCount_) + size(kernel)) / divisor_ +
                         (bias_.empty() ? 0.0 : bias_.at(size(kernel)));
    return relu_ && total < 0 ? 0.0 : total;
}

double MatmulTiming::cpu_gflops() const {
    return cpu_ms > 0 ? 2.0 * m * k * n / (cpu_ms * 1e6) : 0.0;
}

MatmulTiming time_matmul(int m, int k, int n, int repeats) {
    if (m < 1 || k < 1 || n < 1 || repeats < 1)
        throw std::invalid_argument("time_matmul needs sizes and a repeat count of at least 1");
    MatmulTiming timing;
    timing.m = m;
    timing.k = k;
    timing.n = n;
    std::mt19937 rng(7);
    const compute::Tensor a = random_matrix(m, k, rng), b = random_matrix(k, n, rng);
    timing.cpu_ms = median_ms(a, b, repeats);
    if (compute::Device::cuda_available()) {
        const compute::Device gpu = compute::Device::cuda();
        timing.cuda_ms = median_ms(a.to(gpu), b.to(gpu), repeats);
    } else {
        timing.cuda_missing = compute::Device::cuda_unavailable_reason();
    }
    return timing;
}

std::string Im2colTimings::realistic_description() {
    return "batch 64 of 28×28×16 → 32 filters 3×3";
}

Im2colTimings time_im2col(const Im2col& im2col, int repeats) {
    // SAME, stride 1: every one of the 64·28·28 output positions is a row of 16·3·3 taps.
    constexpr int batch = 64, side = 28, channels = 16, filters = 32, filterSide = 3;
    return {time_matmul(im2col.rows(), im2col.columns(), im2col.kernel_count(), repeats),
            time_matmul(batch * side * side, channels * filterSide * filterSide, filters, repeats)};
}

} // namespace convsight::conv
