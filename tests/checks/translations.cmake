# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when lupdate finds a string of the console that a translation lacks: runs lupdate over
# the sources into copies of the .ts files and looks for unfinished entries.
# -DLUPDATE=… -DSOURCES_FILE=(one source per line) -DTS_FILES=a.ts|b.ts -DWORK_DIR=…
string(REPLACE "|" ";" TS_FILES "${TS_FILES}")
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
file(STRINGS ${SOURCES_FILE} sources)
set(failures "")
foreach(ts ${TS_FILES})
    get_filename_component(name ${ts} NAME)
    file(COPY ${ts} DESTINATION ${WORK_DIR})
    execute_process(COMMAND ${LUPDATE} -silent -no-obsolete -locations none ${sources} -ts ${WORK_DIR}/${name}
        RESULT_VARIABLE result OUTPUT_QUIET)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${name}")
    endif()
    file(STRINGS ${WORK_DIR}/${name} unfinished REGEX "type=\"unfinished\"")
    list(LENGTH unfinished count)
    if(count GREATER 0)
        list(APPEND failures "${name}: ${count} untranslated string(s)")
    endif()
endforeach()
if(failures)
    message(FATAL_ERROR "Translations are incomplete (run: cmake --build BUILD --target update_translations, then translate):\n${failures}")
endif()
message(STATUS "Every console string is translated in ${TS_FILES}")
