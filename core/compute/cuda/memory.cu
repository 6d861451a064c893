// Device memory for tensors: a caching allocator (freed blocks wait in per-size free lists for the
// next tensor of that size), copies between host and device, fill, and the raw device_malloc.
#include "compute/cuda/context.h"
#include "compute/cuda/cuda_check.h"
#include "compute/cuda/cuda_ops.h"
#include "compute/cuda/launch.cuh"
#include "compute/cuda/memory.h"

#include <atomic>
#include <cstdint>
#include <cstdio>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

namespace convsight::compute::cuda {
namespace {

// Block sizes are rounded up to this, so tensors of nearly equal size share a free list.
constexpr std::size_t kBlockGranule = 512;

std::size_t block_size(std::size_t bytes) {
    return (bytes / kBlockGranule + (bytes % kBlockGranule != 0)) * kBlockGranule;
}

struct DeviceBlocks {
    std::unordered_map<std::size_t, std::vector<void*>> free_lists; // by block size
    std::size_t bytes_in_use = 0;                                   // held by tensors
    std::size_t bytes_cached = 0;                                   // in the free lists
};

// All blocks are used on their device's single stream, so a block released after its last
// kernel was queued can be handed to the next tensor at once: stream order does the rest.
struct BlockCache {
    std::mutex mutex;
    std::unordered_map<int, DeviceBlocks> devices;
};

BlockCache& block_cache() {
    // Deliberately never destroyed: tensors held by static objects release after main() returns.
    static BlockCache* const instance = new BlockCache();
    return *instance;
}

// Returns every cached block of `device` to the driver (cudaMalloc has run out of memory).
void free_cached_blocks(int device) {
    std::vector<void*> blocks;
    {
        BlockCache& cache = block_cache();
        const std::lock_guard<std::mutex> lock(cache.mutex);
        DeviceBlocks& d = cache.devices[device];
        for (auto& [size, list] : d.free_lists) {
            blocks.insert(blocks.end(), list.begin(), list.end());
            list.clear();
        }
        d.bytes_cached = 0;
    }
    if (blocks.empty())
        return;
    // Kernels queued before the blocks were released may still use them. A failure here
    // resurfaces in the cudaMalloc that follows, which reports it.
    if (cudaDeviceSynchronize() != cudaSuccess)
        return;
    for (void* block : blocks)
        device_free(block);
}

std::string mebibytes(std::size_t bytes) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f MiB", static_cast<double>(bytes) / (1024.0 * 1024.0));
    return text;
}

// GiB from 1 GiB up, MiB below.
std::string readable_size(std::size_t bytes) {
    if (bytes < (std::size_t{1} << 30))
        return mebibytes(bytes);
    char text[32];
    std::snprintf(text, sizeof text, "%.1f GiB",
                  static_cast<double>(bytes) / (1024.0 * 1024.0 * 1024.0));
    return text;
}

// MiB, or KiB below one MiB (a small tensor would read "0.0 MiB").
std::string needed_size(std::size_t bytes) {
    if (bytes >= (std::size_t{1} << 20))
        return mebibytes(bytes);
    char text[32];
    std::snprintf(text, sizeof text, "%.1f KiB", static_cast<double>(bytes) / 1024.0);
    return text;
}

// "the GPU ran out of memory in conv2d_forward: needed 12.0 MiB, 3.1 MiB free ...", with what to
// do about it.
std::string out_of_memory_message(std::size_t bytes, int device, const char* op,
                                  const std::string& note) {
    std::string message =
        std::string("the GPU ran out of memory in ") + op + ": needed " + needed_size(bytes);
    std::size_t free_bytes = 0;
    std::size_t total_bytes = 0;
    if (cudaMemGetInfo(&free_bytes, &total_bytes) == cudaSuccess) {
        std::size_t in_use = 0;
        {
            BlockCache& cache = block_cache();
            const std::lock_guard<std::mutex> lock(cache.mutex);
            in_use = cache.devices[device].bytes_in_use;
        }
        message += ", " + mebibytes(free_bytes) + " free (cuda:" + std::to_string(device) +
                   " has " + readable_size(total_bytes) + "; tensors hold " +
                   readable_size(in_use) + ")";
    }
    (void)cudaGetLastError(); // leave no error behind for the next call
    return message + note +
           ". Use a smaller batch (or a smaller model or smaller images), or run on the CPU";
}

// The op whose tensors this thread is allocating (set by AllocatingFor), for the messages.
thread_local const char* t_allocating_for = nullptr;

// dst (n) = value
__global__ void fill_values(float* dst, float value, std::size_t n) {
    for (std::size_t i = first_index(); i < n; i += index_stride())
        dst[i] = value;
}

} // namespace

namespace {

// cudaMalloc, after the fault rule has counted this allocation.
void* uncounted_device_malloc(std::size_t bytes, int device, const char* op) {
    const DeviceGuard guard(device, op);
    void* pointer = nullptr;
    cudaError_t status = cudaMalloc(&pointer, bytes);
    if (status == cudaErrorMemoryAllocation) {
        (void)cudaGetLastError(); // not sticky: clear it and try again with the cache emptied
        free_cached_blocks(device);
        status = cudaMalloc(&pointer, bytes);
    }
    if (status == cudaErrorMemoryAllocation)
        throw DeviceError(op, out_of_memory_message(bytes, device, op, std::string()));
    check_cuda(status, op, "cudaMalloc", __FILE__, __LINE__);
    return pointer;
}

// Fails the allocation CONVSIGHT_CUDA_FAULT=alloc:N names as cudaMalloc would when the GPU is full.
void count_allocation(std::size_t bytes, int device, const char* op) {
    if (injected_fault(CudaFault::Kind::Alloc)) {
        const DeviceGuard guard(device, op);
        throw DeviceError(op, out_of_memory_message(bytes, device, op, injected_fault_note()));
    }
}

} // namespace

void* device_malloc(std::size_t bytes, int device, const char* op) {
    count_allocation(bytes, device, op);
    return uncounted_device_malloc(bytes, device, op);
}

const char* allocating_for(const char* op) {
    const char* const previous = t_allocating_for;
    t_allocating_for = op;
    return previous;
}

void device_free(void* pointer) noexcept {
    if (pointer)
        cudaFree(pointer);
}

void* allocate(std::size_t bytes, int device) {
    if (bytes == 0)
        return nullptr;
    const char* const op = t_allocating_for ? t_allocating_for : "allocate";
    count_allocation(bytes, device, op); // cached or not, it counts
    const std::size_t size = block_size(bytes);
    BlockCache& cache = block_cache();
    {
        const std::lock_guard<std::mutex> lock(cache.mutex);
        DeviceBlocks& d = cache.devices[device];
        const auto list = d.free_lists.find(size);
        if (list != d.free_lists.end() && !list->second.empty()) {
            void* block = list->second.back();
            list->second.pop_back();
            d.bytes_cached -= size;
            d.bytes_in_use += size;
            return block;
        }
    }
    void* block = uncounted_device_malloc(size, device, op);
    const std::lock_guard<std::mutex> lock(cache.mutex);
    cache.devices[device].bytes_in_use += size;
    return block;
}

void release(void* pointer, std::size_t bytes, int device) {
    if (!pointer)
        return;
    const std::size_t size = block_size(bytes);
    BlockCache& cache = block_cache();
    const std::lock_guard<std::mutex> lock(cache.mutex);
    DeviceBlocks& d = cache.devices[device];
    d.free_lists[size].push_back(pointer);
    d.bytes_in_use -= size;
    d.bytes_cached += size;
}

namespace {

// One cudaMemcpyAsync on the device's stream, checked under the name of the op that asked for it;
// `wait` blocks until it is done, when the host reads or reuses a buffer next.
void copy_bytes(const char* op, void* dst, const void* src, std::size_t bytes, int device,
                cudaMemcpyKind kind, bool wait) {
    if (bytes == 0)
        return;
    const DeviceGuard guard(device, op);
    const cudaStream_t stream = device_context(device, op).stream.get();
    CS_CUDA_CHECK(op, cudaMemcpyAsync(dst, src, bytes, kind, stream));
    if (wait)
        CS_CUDA_CHECK(op, cudaStreamSynchronize(stream));
}

} // namespace

// The caller may reuse or free `src` once we return, and pinned memory would be read later.
void copy_to_device(void* dst, const void* src, std::size_t bytes, int device) {
    copy_bytes("copy_to_device", dst, src, bytes, device, cudaMemcpyHostToDevice, true);
}

namespace {
std::atomic<std::uint64_t> g_device_to_host_copies{0};
} // namespace

std::uint64_t device_to_host_copies() {
    return g_device_to_host_copies.load();
}

// The host reads dst next.
void copy_to_host(void* dst, const void* src, std::size_t bytes, int device) {
    ++g_device_to_host_copies;
    copy_bytes("copy_to_host", dst, src, bytes, device, cudaMemcpyDeviceToHost, true);
}

void copy_on_device(void* dst, const void* src, std::size_t bytes, int device) {
    copy_bytes("copy_on_device", dst, src, bytes, device, cudaMemcpyDeviceToDevice, false);
}

void fill(float* dst, float value, std::size_t n, int device) {
    if (n == 0)
        return;
    const char* op = "fill";
    const DeviceGuard guard(device, op);
    const cudaStream_t stream = device_context(device, op).stream.get();
    fill_values<<<blocks_for(n), kBlockSize, 0, stream>>>(dst, value, n);
    CS_CUDA_CHECK_LAUNCH(op, fill_values);
}

} // namespace convsight::compute::cuda
