# Configures and builds core/compute, core/conv and core/nn alone, with Qt and OpenCV hidden.
# Run by CTest: cmake -DSOURCE_DIR=... -DBINARY_DIR=... -DCUDA=AUTO -P core_only_build.cmake
file(REMOVE_RECURSE "${BINARY_DIR}")
execute_process(
    COMMAND ${CMAKE_COMMAND} -S "${SOURCE_DIR}" -B "${BINARY_DIR}" -G Ninja
            -DCMAKE_BUILD_TYPE=Release -DCONVSIGHT_CORE_ONLY=ON -DCONVSIGHT_CUDA=${CUDA}
            -DBUILD_TESTING=OFF
            -DCMAKE_DISABLE_FIND_PACKAGE_Qt6=ON -DCMAKE_DISABLE_FIND_PACKAGE_OpenCV=ON
    RESULT_VARIABLE configured)
if(NOT configured EQUAL 0)
    message(FATAL_ERROR "the core-only configuration failed (exit ${configured})")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} --build "${BINARY_DIR}" RESULT_VARIABLE built)
if(NOT built EQUAL 0)
    message(FATAL_ERROR "the core-only build failed (exit ${built})")
endif()
foreach(library compute/libconvsight_compute.a conv/libconvsight_conv.a nn/libconvsight_nn.a)
    if(NOT EXISTS "${BINARY_DIR}/core/${library}")
        message(FATAL_ERROR "the core-only build did not produce core/${library}")
    endif()
endforeach()

# convsight-bench, the table scripts/gpu-check.sh prints: a clear refusal without a GPU, and every
# row with a figure on the CPU.
set(bench "${BINARY_DIR}/app/bench/convsight-bench")
execute_process(COMMAND "${bench}" --devices cpu,cuda RESULT_VARIABLE refused
                OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT refused EQUAL 3 OR NOT err MATCHES "^convsight-bench: no CUDA GPU: .+")
    message(FATAL_ERROR "convsight-bench --devices cpu,cuda without a GPU: exit ${refused}, "
                        "wanted 3 and the reason; stderr: ${err}")
endif()
execute_process(COMMAND "${bench}" --devices cpu --threads 2 --steps 1 --json
                RESULT_VARIABLE ran OUTPUT_VARIABLE json ERROR_VARIABLE err)
if(NOT ran EQUAL 0)
    message(FATAL_ERROR "convsight-bench --devices cpu failed (exit ${ran}): ${err}")
endif()
string(JSON rows LENGTH "${json}" rows)
set(wanted "gemm 1024x1024x1024" "conv2d_backward cifar-tf conv2: N=128 64x12x12 -> 64, 5x5"
    "train cifar-tf, batch 128" "train cifar-tf, batch 1024" "train small, batch 64"
    "filter 1920x1080 RGB 5x5, the filter alone")
math(EXPR last "${rows} - 1")
foreach(i RANGE ${last})
    string(JSON figure GET "${json}" rows ${i} figure)
    string(JSON value GET "${json}" rows ${i} values cpu)
    list(REMOVE_ITEM wanted "${figure}")
    if(NOT figure MATCHES "difference" AND NOT value GREATER 0)
        message(FATAL_ERROR "convsight-bench: '${figure}' on the CPU is ${value}")
    endif()
endforeach()
if(wanted)
    message(FATAL_ERROR "convsight-bench's table lacks: ${wanted}")
endif()
message(STATUS "core-only build OK: compute, conv, nn and convsight-bench built without Qt and "
               "OpenCV; convsight-bench printed ${rows} rows")
