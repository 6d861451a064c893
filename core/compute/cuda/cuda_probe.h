// Asks the CUDA runtime which GPUs this process can use, and why none when there are none.
#pragma once

#include "compute/SystemInfo.h"

namespace convsight::compute::cuda {

// Never throws: a machine without a driver or a GPU is normal, and is described in the result.
CudaInfo probe();

} // namespace convsight::compute::cuda
