# Runs leda --check-content on the broken course and checks each problem is reported precisely.
execute_process(COMMAND ${LEDA} --check-content ${DIR} --lang en
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(rc EQUAL 0)
    message(FATAL_ERROR "leda --check-content exited 0 on broken content:\n${out}")
endif()
foreach(expected
        "02-bad-json: module.json: is not valid JSON"
        "03-missing-field: title: required field is missing"
        "04-unknown-film: film.video: the film"
        "05-duplicate-id: id: the same id as the module in 01-good"
        "06-no-manifest: module.json: the file is missing")
    string(FIND "${out}" "${expected}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "Expected \"${expected}\" in the output:\n${out}\n${err}")
    endif()
endforeach()
string(FIND "${out}" "01-good:" good_at)
if(NOT good_at EQUAL -1)
    message(FATAL_ERROR "The good module was reported as a problem:\n${out}")
endif()
message(STATUS "${out}")
