// Probes the CPU, the CUDA backend and the libraries this build was made with.
#include "compute/SystemInfo.h"

#include "io/Limits.h"

#include <Eigen/Core>
#include <cstdio>
#include <fstream>
#include <omp.h>
#include <stdexcept>
#include <string>
#include <thread>

#if defined(__linux__)
#include <sched.h>
#endif
#if defined(CONVSIGHT_HAVE_CUDA)
#include "compute/cuda/cuda_probe.h"
#endif
#if defined(CONVSIGHT_USE_OPENBLAS)
#include <cblas.h>
#endif

namespace convsight::compute {
namespace {

std::string read_cpu_model() {
    std::ifstream cpuinfo("/proc/cpuinfo");
    std::string line;
    while (std::getline(cpuinfo, line)) {
        // x86 names it "model name"; some ARM kernels only give "Hardware" or "Processor".
        for (const char* key : {"model name", "Hardware", "Processor"}) {
            if (line.rfind(key, 0) == 0) {
                const auto colon = line.find(':');
                if (colon != std::string::npos && colon + 2 <= line.size())
                    return line.substr(colon + 2);
            }
        }
    }
    return "unknown CPU";
}

int usable_cores() {
#if defined(__linux__)
    cpu_set_t set;
    if (sched_getaffinity(0, sizeof(set), &set) == 0)
        return CPU_COUNT(&set);
#endif
    return static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

std::string widest_simd() {
#if defined(__x86_64__) || defined(__i386__)
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx512f"))
        return "AVX-512";
    if (__builtin_cpu_supports("avx2"))
        return __builtin_cpu_supports("fma") ? "AVX2+FMA" : "AVX2";
    if (__builtin_cpu_supports("avx"))
        return "AVX";
    if (__builtin_cpu_supports("sse4.2"))
        return "SSE4.2";
    return "SSE2";
#elif defined(__aarch64__)
    return "NEON";
#else
    return "none";
#endif
}

std::string compiler_name() {
#if defined(__clang__)
    return "Clang " __clang_version__;
#elif defined(__GNUC__)
    return "GCC " + std::to_string(__GNUC__) + "." + std::to_string(__GNUC_MINOR__) + "." +
           std::to_string(__GNUC_PATCHLEVEL__);
#else
    return "unknown compiler";
#endif
}

std::string eigen_version() {
    return std::to_string(EIGEN_WORLD_VERSION) + "." + std::to_string(EIGEN_MAJOR_VERSION) + "." +
           std::to_string(EIGEN_MINOR_VERSION);
}

std::string gemm_library() {
#if defined(CONVSIGHT_USE_OPENBLAS)
    return std::string("OpenBLAS (") + openblas_get_config() + ")";
#else
    return "Eigen " + eigen_version();
#endif
}

} // namespace

const CpuInfo& cpu_info() {
    static const CpuInfo info{read_cpu_model(), usable_cores(), widest_simd()};
    return info;
}

void set_cpu_threads(int threads) {
    if (threads < 1 || threads > io::limits::max_threads)
        throw std::invalid_argument("the CPU thread count must be between 1 and " +
                                    std::to_string(io::limits::max_threads) + ", not " +
                                    std::to_string(threads));
    omp_set_num_threads(threads);
    Eigen::setNbThreads(threads);
}

const CudaInfo& cuda_info() {
#if defined(CONVSIGHT_HAVE_CUDA)
    static const CudaInfo info = cuda::probe();
#else
    static const CudaInfo info = [] {
        CudaInfo none;
        none.unavailable_reason =
            "this build has no CUDA backend (configured without CUDA, or nvcc was not found)";
        return none;
    }();
#endif
    return info;
}

const BuildInfo& build_info() {
    static const BuildInfo info{
        CONVSIGHT_VERSION, CONVSIGHT_BUILD_TYPE, compiler_name(),
        eigen_version(),   gemm_library(),       omp_get_max_threads(),
    };
    return info;
}

std::string cuda_version_string(int encoded) {
    return std::to_string(encoded / 1000) + "." + std::to_string((encoded % 1000) / 10);
}

std::string format_bytes(std::size_t bytes) {
    constexpr double kib = 1024.0;
    const double value = static_cast<double>(bytes);
    char text[32];
    if (value >= kib * kib * kib)
        std::snprintf(text, sizeof text, "%.1f GiB", value / (kib * kib * kib));
    else if (value >= kib * kib)
        std::snprintf(text, sizeof text, "%.0f MiB", value / (kib * kib));
    else
        std::snprintf(text, sizeof text, "%zu bytes", bytes);
    return text;
}

} // namespace convsight::compute
