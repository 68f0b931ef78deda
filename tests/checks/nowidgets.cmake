# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when the static core library refers to any Qt Widgets symbol (QWidget, QApplication, …).
execute_process(COMMAND nm -C --undefined-only "${ARCHIVE}" OUTPUT_VARIABLE symbols RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "nm failed on ${ARCHIVE}")
endif()
string(REGEX MATCHALL "[^\n]*(QWidget|QApplication::|QMainWindow|QDialog|QAbstractButton)[^\n]*" hits "${symbols}")
if(hits)
    list(GET hits 0 first)
    message(FATAL_ERROR "keyward_core uses Qt Widgets: ${first}")
endif()
message(STATUS "keyward_core has no Qt Widgets references")
