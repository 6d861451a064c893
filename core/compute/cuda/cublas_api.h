// cuBLAS, loaded with dlopen on first use instead of at program start: a run that never touches
// the GPU does not pay its ~150 MB and ~0.5 s, and a machine without the library runs the CPU path.
#pragma once

#include <cublas_v2.h>

namespace convsight::compute::cuda {

// The cuBLAS functions the backend calls, typed from cublas_v2.h so a mismatch cannot compile.
struct CublasApi {
    decltype(&cublasCreate_v2) create;
    decltype(&cublasDestroy_v2) destroy;
    decltype(&cublasSetStream_v2) set_stream;
    decltype(&cublasSetMathMode) set_math_mode;
    decltype(&cublasSgemm_v2) sgemm;
    decltype(&cublasSgemmStridedBatched) sgemm_strided_batched;
    decltype(&cublasGetStatusName) status_name;
    decltype(&cublasGetStatusString) status_string;
};

// Loads libcublas.so.<major> (from the loader's path, then from the CUDA Toolkit this was built
// with) once. Throws std::runtime_error naming the library and why it could not be loaded.
const CublasApi& cublas();

} // namespace convsight::compute::cuda
