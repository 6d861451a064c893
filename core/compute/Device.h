// A compute device: the CPU or one CUDA GPU. Tensors live on a device and ops run where they live.
#pragma once

#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace convsight::compute {

// A failure of the device itself (a CUDA runtime or cuBLAS call, the GPU out of memory, a failed
// kernel launch), as opposed to a bad argument: what() says what happened in words and names the
// op, op() is the op alone ("conv2d_forward"). The work can be redone on the CPU.
class DeviceError : public std::runtime_error {
public:
    DeviceError(std::string op, const std::string& message)
        : std::runtime_error(message)
        , op_(std::move(op)) {}
    const std::string& op() const { return op_; }

private:
    std::string op_;
};

// Fault injection for the CUDA backend, for tests: CONVSIGHT_CUDA_FAULT=alloc:N makes the Nth
// device allocation of the process fail as if the GPU were out of memory, launch:N the Nth kernel
// launch fail (see core/compute/cuda/README.md). The variable is read once per process.
struct CudaFault {
    enum class Kind { None, Alloc, Launch };
    Kind kind = Kind::None;
    long long nth = 0; // 1 = the first allocation or launch
};
// "alloc:N" or "launch:N" (N >= 1), or empty for none; throws std::invalid_argument otherwise.
// Inline: the CUDA backend reads the variable itself.
inline CudaFault parse_cuda_fault(const std::string& spec) {
    if (spec.empty())
        return {};
    const std::size_t colon = spec.find(':');
    const std::string kind = spec.substr(0, colon);
    const std::string count = colon == std::string::npos ? std::string() : spec.substr(colon + 1);
    long long nth = 0;
    bool digits = !count.empty() && count.size() <= 12;
    for (const char c : count) {
        digits = digits && c >= '0' && c <= '9';
        if (digits)
            nth = nth * 10 + (c - '0');
    }
    if ((kind == "alloc" || kind == "launch") && digits && nth >= 1)
        return {kind == "alloc" ? CudaFault::Kind::Alloc : CudaFault::Kind::Launch, nth};
    throw std::invalid_argument("CONVSIGHT_CUDA_FAULT: '" + spec +
                                "' is not alloc:N or launch:N with N a whole number from 1");
}
// Replaces the rule read from CONVSIGHT_CUDA_FAULT and counts from zero again (tests that inject
// several faults in one process). Throws std::runtime_error in a build without the CUDA backend.
void set_cuda_fault(const CudaFault& fault);

enum class DeviceType { Cpu, Cuda };

class Device {
public:
    static Device cpu() { return Device(DeviceType::Cpu, 0); }
    // Throws std::runtime_error saying why when there is no such CUDA device.
    static Device cuda(int index = 0);
    // "cpu" or "cuda[:N]"; throws std::invalid_argument naming the accepted forms otherwise.
    static Device parse(const std::string& text);

    // Whether at least one CUDA device can be used; probed once per process.
    static bool cuda_available();
    // Why CUDA cannot be used (no backend in this build, no driver, no GPU); empty when it can.
    static std::string cuda_unavailable_reason();
    // The CPU first, then every usable CUDA device.
    static std::vector<Device> all();

    DeviceType type() const { return type_; }
    int index() const { return index_; }
    bool is_cpu() const { return type_ == DeviceType::Cpu; }
    bool is_cuda() const { return type_ == DeviceType::Cuda; }

    // Short id: "cpu", "cuda:0".
    std::string id() const;
    // What a person reads: "AMD EPYC 9R14 (2 cores, AVX-512)", "NVIDIA H100 (sm_90, 79.1 GiB)".
    std::string description() const;

    bool operator==(const Device& other) const {
        return type_ == other.type_ && index_ == other.index_;
    }
    bool operator!=(const Device& other) const { return !(*this == other); }

private:
    Device(DeviceType type, int index)
        : type_(type)
        , index_(index) {}
    DeviceType type_;
    int index_;
};

} // namespace convsight::compute
