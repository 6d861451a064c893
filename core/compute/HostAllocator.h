// Host memory for tensors: 64-byte aligned (one AVX-512 vector, one cache line) and cached, so a
// training step that frees and re-allocates the same sizes does not page-fault fresh memory.
#pragma once

#include <cstddef>

namespace convsight::compute {

void* host_allocate(std::size_t bytes);
void host_release(void* pointer, std::size_t bytes);

} // namespace convsight::compute
