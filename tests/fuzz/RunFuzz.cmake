# The fuzz smoke test: fuzzes a fresh copy of a target's corpus (never the repository's folder)
# for SECONDS, its regressions read as well, crash files written beside the copy. 4 GiB of memory,
# as in the long runs: the readers accept networks of up to 2 GiB of weights (io/Limits.h).
# cmake -DFUZZER=... -DCORPUS=... -DREGRESSIONS=... -DWORK=... -DSECONDS=20 -P RunFuzz.cmake
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}/corpus" "${WORK}/artifacts")
file(GLOB seeds "${CORPUS}/*")
if(NOT seeds)
    message(FATAL_ERROR "${CORPUS} holds no seed files")
endif()
file(COPY ${seeds} DESTINATION "${WORK}/corpus")
set(folders "${WORK}/corpus")
if(IS_DIRECTORY "${REGRESSIONS}")
    list(APPEND folders "${REGRESSIONS}")
endif()
execute_process(
    COMMAND "${FUZZER}" ${folders} -max_total_time=${SECONDS} -timeout=25 -rss_limit_mb=4096
            -print_final_stats=1 "-artifact_prefix=${WORK}/artifacts/"
    WORKING_DIRECTORY "${WORK}"
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "${FUZZER} found a problem (exit ${result}); the input is in ${WORK}/artifacts")
endif()
