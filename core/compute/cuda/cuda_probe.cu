// Asks the CUDA runtime which GPUs this process can use, and why none when there are none.
#include "compute/cuda/cuda_probe.h"

#include <cuda_runtime.h>

namespace convsight::compute::cuda {
namespace {

std::string explain(cudaError_t status, int driverVersion) {
    switch (status) {
    case cudaErrorNoDevice:
        return "no CUDA-capable GPU was found";
    case cudaErrorInsufficientDriver:
        if (driverVersion == 0)
            return "no NVIDIA driver is installed (libcuda.so.1 was not found)";
        return "the NVIDIA driver supports CUDA " + cuda_version_string(driverVersion) +
               " but this build needs " + cuda_version_string(CUDART_VERSION) +
               ": update the driver";
    default:
        return std::string("the CUDA runtime failed to start: ") + cudaGetErrorString(status);
    }
}

} // namespace

CudaInfo probe() {
    CudaInfo info;
    info.compiled = true;
    info.arches = CONVSIGHT_CUDA_ARCHITECTURES;
    cudaRuntimeGetVersion(&info.runtime_version);
    if (cudaDriverGetVersion(&info.driver_version) != cudaSuccess)
        info.driver_version = 0;

    int count = 0;
    const cudaError_t status = cudaGetDeviceCount(&count);
    if (status != cudaSuccess) {
        info.unavailable_reason = explain(status, info.driver_version);
        cudaGetLastError(); // clear the sticky error so later calls start clean
        return info;
    }
    for (int i = 0; i < count; ++i) {
        cudaDeviceProp prop{};
        if (cudaGetDeviceProperties(&prop, i) != cudaSuccess)
            continue;
        info.devices.push_back(CudaDeviceInfo{i, prop.name, prop.major, prop.minor,
                                              prop.totalGlobalMem, prop.multiProcessorCount});
    }
    if (info.devices.empty())
        info.unavailable_reason = "no CUDA-capable GPU was found";
    return info;
}

} // namespace convsight::compute::cuda
