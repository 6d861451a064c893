// Per-device contexts (stream, cuBLAS handle, scratch buffer), each thread's current device, and
// use_device()/synchronize() of the backend API.
#include "compute/cuda/context.h"
#include "compute/cuda/cublas_api.h"
#include "compute/cuda/cuda_check.h"
#include "compute/cuda/cuda_ops.h"

#include <memory>
#include <stdexcept>
#include <string>
#include <unordered_map>

namespace convsight::compute::cuda {
namespace {

constexpr std::size_t kScratchGranule = std::size_t{2} << 20; // the scratch grows in 2 MiB steps

thread_local int t_current_device = 0;

struct ContextRegistry {
    std::mutex mutex;
    std::unordered_map<int, std::unique_ptr<DeviceContext>> contexts;
};

ContextRegistry& registry() {
    // Deliberately never destroyed (see device_context()); the driver frees it all at exit.
    static ContextRegistry* const instance = new ContextRegistry();
    return *instance;
}

} // namespace

DeviceContext& device_context(int device, const char* op) {
    ContextRegistry& r = registry();
    const std::lock_guard<std::mutex> lock(r.mutex);
    std::unique_ptr<DeviceContext>& slot = r.contexts[device];
    if (!slot) {
        int count = 0;
        CS_CUDA_CHECK(op, cudaGetDeviceCount(&count));
        if (device < 0 || device >= count)
            throw DeviceError(op, std::string(op) + ": there is no CUDA device " +
                                      std::to_string(device) + " (this machine has " +
                                      std::to_string(count) + ")");
        const DeviceGuard guard(device, op);
        slot = std::make_unique<DeviceContext>(device);
    }
    return *slot;
}

Stream::Stream(const char* op) {
    CS_CUDA_CHECK(op, cudaStreamCreateWithFlags(&stream_, cudaStreamNonBlocking));
}

Stream::~Stream() {
    if (stream_)
        cudaStreamDestroy(stream_);
}

CublasHandle::CublasHandle(cudaStream_t stream, const char* op) {
    CS_CUBLAS_CHECK(op, cublas().create(&handle_));
    try {
        CS_CUBLAS_CHECK(op, cublas().set_stream(handle_, stream));
        // Exact FP32: no TF32 tensor cores, so results match the CPU within FP32 rounding.
        CS_CUBLAS_CHECK(op, cublas().set_math_mode(handle_, CUBLAS_DEFAULT_MATH));
    } catch (...) {
        cublas().destroy(handle_);
        throw;
    }
}

CublasHandle::~CublasHandle() {
    if (handle_)
        cublas().destroy(handle_);
}

DeviceGuard::DeviceGuard(int device, const char* op) {
    CS_CUDA_CHECK(op, cudaGetDevice(&previous_));
    if (previous_ != device) {
        CS_CUDA_CHECK(op, cudaSetDevice(device));
        changed_ = true;
    }
}

DeviceGuard::~DeviceGuard() {
    if (changed_)
        cudaSetDevice(previous_);
}

DeviceContext::DeviceContext(int device_index)
    : device(device_index)
    , stream("creating the CUDA context")
    , cublas(stream.get(), "creating the CUDA context") {}

int current_device() {
    return t_current_device;
}

OpScope::OpScope(const char* op)
    : op_(op)
    , context_(device_context(current_device(), op))
    , lock_(context_.mutex) {}

void* OpScope::scratch(std::size_t bytes) {
    DeviceBuffer& buffer = context_.scratch;
    if (bytes > buffer.bytes()) {
        // Kernels queued by earlier ops may still read the old buffer.
        CS_CUDA_CHECK(op_, cudaStreamSynchronize(stream()));
        buffer = DeviceBuffer(); // free it first: the old and the new need not fit together
        const std::size_t granules = bytes / kScratchGranule + (bytes % kScratchGranule != 0);
        buffer = DeviceBuffer(granules * kScratchGranule, device(), op_);
    }
    return buffer.data();
}

void use_device(int device) {
    CS_CUDA_CHECK("use_device", cudaSetDevice(device));
    t_current_device = device;
}

void synchronize(int device) {
    const char* op = "synchronize";
    CS_CUDA_CHECK(op, cudaStreamSynchronize(device_context(device, op).stream.get()));
}

} // namespace convsight::compute::cuda
