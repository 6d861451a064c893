// What this build and this machine offer the compute library: CPU, CUDA devices, library versions.
// Probed once per process; the GUI's About box, its status bar and `convsight-cli info` show it.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace convsight::compute {

struct CpuInfo {
    std::string model;   // e.g. "AMD EPYC 9R14 96-Core Processor"
    int logical_cores{}; // hardware threads this process may use
    std::string simd;    // widest vector extension present: "AVX-512", "AVX2", "SSE4.2", ...
};

struct CudaDeviceInfo {
    int index{};
    std::string name; // e.g. "NVIDIA H100 80GB HBM3"
    int compute_major{};
    int compute_minor{};
    std::size_t memory_bytes{};
    int multiprocessors{};
};

struct CudaInfo {
    bool compiled{};       // this build has the CUDA backend
    std::string arches;    // architectures compiled for, e.g. "75-virtual, 90-real"
    int runtime_version{}; // e.g. 13000 for CUDA 13.0; 0 when not compiled
    int driver_version{};  // 0 when no driver is installed
    std::vector<CudaDeviceInfo> devices;
    std::string unavailable_reason; // empty when at least one device can be used
};

struct BuildInfo {
    std::string version;    // ConvSight's own
    std::string build_type; // Release, Debug, ...
    std::string compiler;   // e.g. "GCC 12.2.0"
    std::string eigen_version;
    std::string gemm_library; // what cpu::gemm() calls: "Eigen 3.4.0" or "OpenBLAS 0.3.21 ..."
    int openmp_threads{};     // threads OpenMP will use by default
};

const CpuInfo& cpu_info();

// Makes the CPU ops run on the calling thread use `threads` threads (OpenMP's setting is the
// calling thread's; Eigen's GEMM takes the same count). Throws std::invalid_argument outside 1 to
// io::limits::max_threads: thousands of threads only cost memory and time, whoever asks.
void set_cpu_threads(int threads);
const CudaInfo& cuda_info();
const BuildInfo& build_info();

// "13.0" for 13000, as CUDA encodes versions.
std::string cuda_version_string(int encoded);
// "80.0 GiB", "512 MiB".
std::string format_bytes(std::size_t bytes);

} // namespace convsight::compute
