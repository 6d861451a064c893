// The speed measurements behind `convsight-cli bench ops|train|filter` and `convsight-bench`:
// each times the compute library on one device and returns figures, with no Qt and no OpenCV, so a
// bare GPU machine can build and run them (scripts/gpu-check.sh).
#pragma once

#include "compute/Device.h"
#include "compute/Tensor.h"
#include "compute/shared/dims.h"
#include "nn/Loss.h"
#include "nn/Optimizer.h"
#include "nn/Sequential.h"

#include <functional>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <vector>

namespace convsight::bench {

// Median seconds of `repeats` timed runs after `warmup` untimed ones, the device synchronised
// after each run.
double median_seconds(const std::function<void()>& run, compute::Device device, int warmup,
                      int repeats);

// Normal(0, 1) values on `device`.
compute::Tensor random_tensor(const compute::Shape& shape, std::mt19937& rng,
                              compute::Device device);

// This process's peak resident memory, in MB of 2^20 bytes.
double peak_resident_megabytes();

// One row of `bench ops`: an op on one shape, in GFLOP/s (a multiply-add counts 2), beside the
// reference implementation's speed (0 when not measured).
struct OpResult {
    std::string op;
    std::string shape;
    double gflops = 0;
    double reference_gflops = 0;
};

// GEMM (square and cifar-tf's per-image shape) and conv2d forward/backward on the layers of the
// built-in models, at the current thread count.
std::vector<OpResult> bench_ops(compute::Device device, bool with_reference = true);

nlohmann::json to_json(const std::vector<OpResult>& results);

struct TrainResult {
    std::string model;
    int batch = 0;
    int steps = 0;
    double examples_per_second = 0;
    double ms_per_step = 0;
    double effective_gflops = 0; // about three forward passes a step
    double final_loss = 0;
};

// The built-in model `name` (small, cifar-tf, ...) on `device` in training mode, with softmax
// cross-entropy (the loss deferred on a GPU, as the trainer runs it), SGD, and one batch of
// synthetic data (normal images, uniform labels, as the peer scripts use). Throws
// std::invalid_argument for an unknown model.
struct TrainSetup {
    TrainSetup(const std::string& name, compute::Device device, int batch);
    void step(); // one training step on the batch
    double
    flops_per_step() const;   // about three forward passes (forward, input and weight gradients)
    double mean_loss() const; // the last step's, read to the host

    compute::Device device;
    nn::Sequential model;
    nn::SoftmaxCrossEntropy loss;
    nn::SGD optimizer;
    compute::Tensor images, labels;
};

// The median of `steps` timed training steps after `warmup`.
TrainResult bench_train(const std::string& name, compute::Device device, int batch, int steps,
                        int warmup = 3);

nlohmann::json to_json(const TrainResult& result);

// filter2d of an image into an output it reuses, as a frame loop does. On the CPU `compute_ms` is
// the whole call; on a GPU it is the filter of an image already there, and the copies there and
// back (into tensors allocated once) are timed apart. With a `peer` (another library's filter of
// the same image), the two alternate run by run, so that load from elsewhere slows both alike.
struct FilterResult {
    double compute_ms = 0;
    double upload_ms = 0;   // 0 on the CPU
    double download_ms = 0; // 0 on the CPU
    double peer_ms = 0;     // 0 without a peer
    double gflops = 0;      // from compute_ms
    compute::Tensor output; // on the CPU
};

FilterResult bench_filter(const compute::Tensor& image, const compute::Tensor& kernel,
                          compute::BorderMode border, compute::Device device, int repeats,
                          const std::function<void()>& peer = {});

} // namespace convsight::bench
