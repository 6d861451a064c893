# Decides whether the CUDA backend is built: CONVSIGHT_CUDA=AUTO|ON|OFF.
# AUTO builds it whenever nvcc is found, on PATH or in /usr/local/cuda; ON fails without nvcc.
# Sets CONVSIGHT_HAVE_CUDA and enables the CUDA language when it is ON.
set(CONVSIGHT_HAVE_CUDA OFF)
string(TOUPPER "${CONVSIGHT_CUDA}" _cs_cuda)
if(NOT _cs_cuda MATCHES "^(AUTO|ON|OFF)$")
    message(FATAL_ERROR "CONVSIGHT_CUDA must be AUTO, ON or OFF, not '${CONVSIGHT_CUDA}'")
endif()

if(NOT _cs_cuda STREQUAL "OFF")
    if(NOT CMAKE_CUDA_COMPILER)
        find_program(CONVSIGHT_NVCC nvcc HINTS ENV CUDA_PATH PATHS /usr/local/cuda/bin
                     DOC "The CUDA compiler")
        if(CONVSIGHT_NVCC)
            set(CMAKE_CUDA_COMPILER "${CONVSIGHT_NVCC}" CACHE FILEPATH "The CUDA compiler")
        endif()
    endif()
    if(CMAKE_CUDA_COMPILER)
        set(CONVSIGHT_HAVE_CUDA ON)
    elseif(_cs_cuda STREQUAL "ON")
        message(FATAL_ERROR "CONVSIGHT_CUDA=ON but nvcc was found neither on PATH nor in "
                            "/usr/local/cuda/bin. Install the CUDA Toolkit, pass "
                            "-DCMAKE_CUDA_COMPILER=/path/to/nvcc, or configure with "
                            "-DCONVSIGHT_CUDA=OFF.")
    else()
        message(STATUS "CUDA backend: nvcc not found, building for the CPU only")
    endif()
endif()
