# convsight_export_headers(TARGET PREFIX): TARGET's headers are included as "PREFIX/Name.h", and a
# target sees the headers of the targets it links and no others, so an include across layers that
# DESIGN.md forbids fails to compile. The include root is a folder of the build tree holding a single
# link, PREFIX -> this source folder.
function(convsight_export_headers target prefix)
    set(root "${PROJECT_BINARY_DIR}/include/${target}")
    file(MAKE_DIRECTORY "${root}")
    file(CREATE_LINK "${CMAKE_CURRENT_SOURCE_DIR}" "${root}/${prefix}" SYMBOLIC)
    target_include_directories(${target} PUBLIC "${root}")
endfunction()

# convsight_add_widgets(ROOM SOURCES... LIBS...): one room of widgets/ as a static library
# convsight_widgets_ROOM, its headers included as "ROOM/Name.h".
function(convsight_add_widgets room)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
    set(target convsight_widgets_${room})
    qt_add_library(${target} STATIC ${ARG_SOURCES})
    convsight_export_headers(${target} ${room})
    target_link_libraries(${target} PUBLIC ${ARG_LIBS} PRIVATE convsight_warnings)
endfunction()
