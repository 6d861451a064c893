// A compute device: the CPU or one CUDA GPU.
#include "compute/Device.h"

#include "compute/SystemInfo.h"

#include <charconv>
#include <stdexcept>

#if defined(CONVSIGHT_HAVE_CUDA)
#include "compute/cuda/fault.h"
#endif

namespace convsight::compute {

Device Device::cuda(int index) {
    const CudaInfo& info = cuda_info();
    if (info.devices.empty())
        throw std::runtime_error("CUDA is not available: " + info.unavailable_reason);
    if (index < 0 || index >= static_cast<int>(info.devices.size()))
        throw std::runtime_error("there is no CUDA device " + std::to_string(index) + "; this " +
                                 "machine has " + std::to_string(info.devices.size()));
    return Device(DeviceType::Cuda, index);
}

Device Device::parse(const std::string& text) {
    if (text == "cpu")
        return cpu();
    if (text == "cuda")
        return cuda(0);
    if (text.rfind("cuda:", 0) == 0) {
        int index = -1;
        const char* first = text.data() + 5;
        const char* last = text.data() + text.size();
        const auto [end, error] = std::from_chars(first, last, index);
        if (error == std::errc() && end == last && first != last && index >= 0)
            return cuda(index);
    }
    throw std::invalid_argument("unknown device '" + text +
                                "': use cpu, cuda, or cuda:N for the N-th GPU");
}

bool Device::cuda_available() {
    return !cuda_info().devices.empty();
}

std::string Device::cuda_unavailable_reason() {
    return cuda_info().unavailable_reason;
}

std::vector<Device> Device::all() {
    std::vector<Device> devices{cpu()};
    for (const CudaDeviceInfo& gpu : cuda_info().devices)
        devices.push_back(Device(DeviceType::Cuda, gpu.index));
    return devices;
}

std::string Device::id() const {
    return is_cpu() ? std::string("cpu") : "cuda:" + std::to_string(index_);
}

std::string Device::description() const {
    if (is_cpu()) {
        const CpuInfo& cpu = cpu_info();
        return cpu.model + " (" + std::to_string(cpu.logical_cores) + " cores, " + cpu.simd + ")";
    }
    const CudaDeviceInfo& gpu = cuda_info().devices.at(static_cast<std::size_t>(index_));
    return gpu.name + " (sm_" + std::to_string(gpu.compute_major) +
           std::to_string(gpu.compute_minor) + ", " + format_bytes(gpu.memory_bytes) + ")";
}

void set_cuda_fault(const CudaFault& fault) {
#if defined(CONVSIGHT_HAVE_CUDA)
    cuda::set_fault(fault);
#else
    (void)fault;
    throw std::runtime_error("this build has no CUDA backend to inject faults into");
#endif
}

} // namespace convsight::compute
