// This machine's GEMM peak as `convsight-cli bench ops` measures it: the best GFLOP/s of its GEMM
// shapes, with the threads in use now. A training benchmark divides its effective GFLOP/s by it.
#pragma once

#include "compute/Device.h"

#include <functional>
#include <vector>

namespace convsight::compute {

struct GemmShape {
    int M, N, K; // C (M, N) = A (M, K) · B (K, N)
};

// bench ops' GEMM shapes: square 512 and 1024, and cifar-tf's second convolution per image.
std::vector<GemmShape> bench_gemm_shapes();

struct GemmPeak {
    GemmShape shape;     // the fastest shape
    double gflops = 0.0; // its median GFLOP/s (a multiply-add counts 2)
};

// Times each shape (ops::matmul on `device`, 2 warm-up runs, the median of `repeats`) and returns
// the fastest.
GemmPeak measure_gemm_peak(Device device, int repeats = 7);

// A training step against the GEMM peak, measured alternately so that both see the same load on
// a shared machine: after `warmup` untimed steps, each of `rounds` rounds times one step and then
// every bench ops shape (the median of 3 runs each), keeping the round's best. Returns the median
// step and the median of the rounds' best GEMMs (with its shape).
struct StepAgainstPeak {
    double step_seconds = 0.0;
    GemmPeak peak;
};
StepAgainstPeak time_against_gemm_peak(const std::function<void()>& step, Device device, int warmup,
                                       int rounds);

} // namespace convsight::compute
