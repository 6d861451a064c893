// Host memory for tensors: aligned, with a free list per size.
#include "compute/HostAllocator.h"

#include "compute/Profile.h"

#include <cstdlib>
#include <map>
#include <mutex>
#include <new>
#include <vector>

namespace convsight::compute {
namespace {

constexpr std::size_t kAlignment = 64;
// Blocks cached beyond this are returned to the system, so a finished job gives memory back.
constexpr std::size_t kCacheLimitBytes = std::size_t{256} << 20;

std::size_t rounded(std::size_t bytes) {
    return (std::max<std::size_t>(bytes, 1) + kAlignment - 1) / kAlignment * kAlignment;
}

struct Cache {
    std::mutex mutex;
    std::multimap<std::size_t, void*> free_blocks;
    std::size_t cached_bytes = 0;

    ~Cache() {
        for (auto& [size, pointer] : free_blocks)
            std::free(pointer);
    }
};

Cache& cache() {
    static Cache instance;
    return instance;
}

} // namespace

void* host_allocate(std::size_t bytes) {
    const profile::Scope timing("allocation");
    const std::size_t size = rounded(bytes);
    Cache& c = cache();
    {
        std::lock_guard lock(c.mutex);
        const auto found = c.free_blocks.find(size);
        if (found != c.free_blocks.end()) {
            void* pointer = found->second;
            c.free_blocks.erase(found);
            c.cached_bytes -= size;
            return pointer;
        }
    }
    void* pointer = std::aligned_alloc(kAlignment, size);
    if (!pointer)
        throw std::bad_alloc();
    return pointer;
}

void host_release(void* pointer, std::size_t bytes) {
    if (!pointer)
        return;
    const profile::Scope timing("allocation");
    const std::size_t size = rounded(bytes);
    Cache& c = cache();
    std::lock_guard lock(c.mutex);
    if (c.cached_bytes + size > kCacheLimitBytes) {
        std::free(pointer);
        return;
    }
    c.free_blocks.emplace(size, pointer);
    c.cached_bytes += size;
}

} // namespace convsight::compute
