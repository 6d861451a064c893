// Im2col: how a library computes a convolution. The windows of a ConvTrace's padded input are
// unrolled into the rows of a matrix, so that the whole convolution becomes one matrix product
// with the kernels — the operation GPUs and BLAS libraries are fastest at.
#pragma once

#include "conv/ConvTrace.h"

#include <optional>
#include <string>
#include <vector>

namespace convsight::conv {

// Which input channel and window tap a column of the im2col matrix holds.
struct Im2colTap {
    int channel{}, ky{}, kx{};
};

class Im2col {
public:
    // Unrolls `trace`'s padded input (after border fill). Rows: one per output position
    // (out_y·OW + out_x, the order of the trace's steps); columns: C·FH·FW taps ordered channel,
    // ky, kx. This is the transpose of the library's layout: core/compute/cpu/conv.cpp keeps
    // (C·FH·FW) rows by (OH·OW) columns and computes W·col; one row per window reads better here
    // and the product is the same numbers.
    explicit Im2col(const ConvTrace& trace);

    int rows() const { return rows_; }       // OH·OW
    int columns() const { return columns_; } // C·FH·FW
    int kernel_count() const { return kernelCount_; }
    int output_width() const { return outputWidth_; }

    // Entry (row, column); throws std::out_of_range outside the matrix.
    double at(int row, int column) const;
    // (rows, columns) row-major.
    const std::vector<double>& matrix() const { return matrix_; }
    Im2colTap tap(int column) const;
    // The padded-input cell entry (row, column) was copied from.
    int padded_row(int row, int column) const;
    int padded_column(int row, int column) const;

    // The row of the trace's step `index` (steps are kernel-major: row = index mod OH·OW);
    // throws std::out_of_range outside [0, K·OH·OW).
    int row_of_step(int index) const;
    // The kernels as rows of C·FH·FW weights in column order (flipped in Convolution mode), one
    // row per kernel: (K, columns) row-major.
    const std::vector<double>& kernel_rows() const { return kernelRows_; }
    // The product matrix · kernelRowsᵀ: (rows, K) row-major; entry (r, k) is step k·OH·OW + r's
    // sum of products (before the divisor, bias and activation).
    const std::vector<double>& product() const { return product_; }
    // Output (r, k): product / divisor + bias, then ReLU when the trace has it — the trace's value.
    double output_at(int row, int kernel) const;

private:
    int rows_{}, columns_{}, kernelCount_{}, outputWidth_{};
    int channels_{}, kernelHeight_{}, kernelWidth_{}, strideY_{}, strideX_{}, dilationY_{},
        dilationX_{};
    double divisor_{1};
    std::vector<double> bias_;
    bool relu_{};
    std::vector<double> matrix_, kernelRows_, product_;
};

// The measured time of one matrix product (M, K)·(K, N) through compute::ops::matmul, float32.
struct MatmulTiming {
    int m{}, k{}, n{};
    double cpu_ms{};               // median, milliseconds
    std::optional<double> cuda_ms; // median on CUDA device 0, when there is one
    std::string cuda_missing;      // why there is no CUDA figure, for the UI
    // 2·M·K·N / time: how many multiply-adds per second the hardware sustained.
    double cpu_gflops() const;
};

// Times (m, k)·(k, n) `repeats` times after one warm-up on the CPU and (when available) CUDA
// device 0, and returns the medians. Throws std::invalid_argument for a size or repeats < 1.
MatmulTiming time_matmul(int m, int k, int n, int repeats = 5);

struct Im2colTimings {
    MatmulTiming current;   // this trace's im2col product
    MatmulTiming realistic; // a real layer: batch 64 of 28×28×16, 32 filters 3×3, SAME, stride 1
    // "batch 64 of 28×28×16 → 32 filters 3×3", for the UI.
    static std::string realistic_description();
};
// Both products' times; the realistic one takes tens of milliseconds per run on a laptop CPU, so
// call it off the GUI thread.
Im2colTimings time_im2col(const Im2col& im2col, int repeats = 5);

} // namespace convsight::conv
