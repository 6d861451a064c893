// Loads cuBLAS with dlopen on first use and resolves the functions the backend calls.
#include "compute/cuda/cublas_api.h"

#include "compute/Device.h"

#include <dlfcn.h>
#include <stdexcept>
#include <string>

namespace convsight::compute::cuda {
namespace {

void* open_cublas() {
    const std::string soname = "libcublas.so." + std::to_string(CUBLAS_VER_MAJOR);
    std::string why;
    for (const std::string& path :
         {soname, std::string(CONVSIGHT_CUDA_LIBRARY_DIR) + "/" + soname}) {
        if (void* library = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL))
            return library;
        why = dlerror();
    }
    throw DeviceError("loading cuBLAS", "cannot load " + soname +
                                            ", cuBLAS, which the GPU path needs for "
                                            "its matrix products (" +
                                            why +
                                            "): install the CUDA Toolkit's "
                                            "cuBLAS, or put its folder on LD_LIBRARY_PATH");
}

template <class Function>
Function resolve(void* library, const char* name) {
    void* address = dlsym(library, name);
    if (!address)
        throw DeviceError("loading cuBLAS",
                          std::string("cuBLAS has no function ") + name +
                              ": the library is older than the CUDA Toolkit this was built with");
    return reinterpret_cast<Function>(address);
}

} // namespace

const CublasApi& cublas() {
    // Never unloaded: handles may be destroyed during static destruction.
    static const CublasApi api = [] {
        void* library = open_cublas();
        return CublasApi{
            resolve<decltype(CublasApi::create)>(library, "cublasCreate_v2"),
            resolve<decltype(CublasApi::destroy)>(library, "cublasDestroy_v2"),
            resolve<decltype(CublasApi::set_stream)>(library, "cublasSetStream_v2"),
            resolve<decltype(CublasApi::set_math_mode)>(library, "cublasSetMathMode"),
            resolve<decltype(CublasApi::sgemm)>(library, "cublasSgemm_v2"),
            resolve<decltype(CublasApi::sgemm_strided_batched)>(library,
                                                                "cublasSgemmStridedBatched"),
            resolve<decltype(CublasApi::status_name)>(library, "cublasGetStatusName"),
            resolve<decltype(CublasApi::status_string)>(library, "cublasGetStatusString"),
        };
    }();
    return api;
}

} // namespace convsight::compute::cuda
