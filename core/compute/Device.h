// A compute device: the CPU or one CUDA GPU. Tensors live on a device and ops run where they live.
#pragma once

#include <string>
#include <vector>

namespace convsight::compute {

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
