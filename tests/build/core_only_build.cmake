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
message(STATUS "core-only build OK: compute, conv and nn built without Qt and OpenCV")
