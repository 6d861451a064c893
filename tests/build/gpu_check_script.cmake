# scripts/gpu-check.sh on a machine without a GPU: it must stop at once with exit status 3 and say
# why, before building anything; refuse an unknown option; and --pack-list must name the files a
# bare GPU machine lacks. Where a GPU is present the refusal is not checked (the test says SKIPPED).
# Run by CTest: cmake -DSOURCE_DIR=... -DBINARY_DIR=... -P gpu_check_script.cmake
set(script "${SOURCE_DIR}/scripts/gpu-check.sh")
file(REMOVE_RECURSE "${BINARY_DIR}")

execute_process(COMMAND "${script}" --no-such-option RESULT_VARIABLE status ERROR_VARIABLE err)
if(NOT status EQUAL 2 OR NOT err MATCHES "usage: scripts/gpu-check.sh")
    message(FATAL_ERROR "an unknown option: exit ${status}, wanted 2 and the usage; ${err}")
endif()

execute_process(COMMAND "${script}" --pack-list RESULT_VARIABLE status OUTPUT_VARIABLE files
                ERROR_VARIABLE err)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "--pack-list failed (exit ${status}): ${err}")
endif()
foreach(file /usr/include/eigen3/Eigen/Core /usr/share/eigen3/cmake/Eigen3Config.cmake
        /usr/share/cmake/nlohmann_json/nlohmann_jsonConfig.cmake /usr/include/zlib.h
        /usr/lib/x86_64-linux-gnu/cmake/Qt6Test/Qt6TestConfig.cmake
        /usr/lib/x86_64-linux-gnu/libQt6Core.so.6 /usr/lib/x86_64-linux-gnu/libQt6Test.so.6
        /usr/lib/qt6/libexec/moc /usr/lib/x86_64-linux-gnu/qt6/mkspecs/linux-g++/qplatformdefs.h)
    string(FIND "${files}" "${file}\n" found)
    if(found EQUAL -1)
        message(FATAL_ERROR "--pack-list does not name ${file}")
    endif()
endforeach()

execute_process(COMMAND nvidia-smi -L RESULT_VARIABLE has_gpu OUTPUT_QUIET ERROR_QUIET)
if(has_gpu EQUAL 0)
    message(STATUS "SKIPPED: a GPU is present, so the refusal without one is not checked here")
    return()
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E env "GPU_CHECK_BUILD=${BINARY_DIR}" "${script}"
                RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT status EQUAL 3 OR NOT err MATCHES "^gpu-check: no NVIDIA GPU found: ")
    message(FATAL_ERROR "without a GPU: exit ${status}, wanted 3 and the reason; stderr: ${err}")
endif()
if(EXISTS "${BINARY_DIR}")
    message(FATAL_ERROR "without a GPU the script still began a build in ${BINARY_DIR}")
endif()
message(STATUS "gpu-check.sh: ${err}")
