# convsight_warnings: the warning flags every ConvSight target links (INTERFACE target).
add_library(convsight_warnings INTERFACE)
target_compile_options(convsight_warnings INTERFACE
    $<$<COMPILE_LANG_AND_ID:CXX,GNU,Clang>:-Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                           -Wold-style-cast -Wcast-align -Woverloaded-virtual>
    $<$<COMPILE_LANGUAGE:CUDA>:-Xcompiler=-Wall>)

# convsight_native: CPU tuning for the compute layer, where SIMD width decides the speed.
add_library(convsight_native INTERFACE)
if(CONVSIGHT_NATIVE)
    target_compile_options(convsight_native INTERFACE $<$<COMPILE_LANGUAGE:CXX>:-march=native>)
endif()

# CONVSIGHT_WERROR (the `ci` preset): every warning fails the build, so CI keeps the tree clean.
option(CONVSIGHT_WERROR "Treat compiler warnings as errors" OFF)
if(CONVSIGHT_WERROR)
    target_compile_options(convsight_warnings INTERFACE
        $<$<COMPILE_LANG_AND_ID:CXX,GNU,Clang>:-Werror>
        $<$<COMPILE_LANGUAGE:CUDA>:-Werror=all-warnings -Xcompiler=-Werror>)
endif()
