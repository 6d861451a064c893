# Builds the layering probes (tests/build/layering/) in the main build tree: the control must
# compile and each forbidden include must fail with its header not found.
# Run by CTest: cmake -DBINARY_DIR=... -P layering_check.cmake
function(build_probe target result output)
    execute_process(COMMAND ${CMAKE_COMMAND} --build "${BINARY_DIR}" --target ${target}
                    RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE out)
    set(${result} ${code} PARENT_SCOPE)
    set(${output} "${out}" PARENT_SCOPE)
endfunction()

build_probe(layering_nn_includes_nn code out)
if(NOT code EQUAL 0)
    message(FATAL_ERROR "the control probe (nn including nn/Layer.h) did not compile:\n${out}")
endif()
foreach(probe compute_includes_nn:nn/Layer.h nn_includes_widgets:common/Theme.h
              filter_includes_train:train/TrainWorkspace.h)
    string(REPLACE ":" ";" parts "${probe}")
    list(GET parts 0 name)
    list(GET parts 1 header)
    build_probe(layering_${name} code out)
    if(code EQUAL 0)
        message(FATAL_ERROR "layering_${name} compiled: ${header} must not be visible there")
    endif()
    string(FIND "${out}" "${header}: No such file or directory" found)
    if(found EQUAL -1)
        message(FATAL_ERROR "layering_${name} failed, but not for the missing ${header}:\n${out}")
    endif()
    message(STATUS "${name}: refused (${header} not found), as it should be")
endforeach()
