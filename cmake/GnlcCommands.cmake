# The list of commands, cmd/command-list.txt (git's command-list.txt is the
# model): GNLC_COMMANDS for the binaries built and installed, and
# gnlc_command_list.inc, one GNLC_COMMAND(name, "summary") a line, from
# which the library's command table and the front command's dispatch are
# generated. Editing the list reconfigures.
set(GNLC_COMMAND_LIST "${PROJECT_SOURCE_DIR}/cmd/command-list.txt")
set(GNLC_GENERATED_DIR "${PROJECT_BINARY_DIR}/generated")
set_property(DIRECTORY "${PROJECT_SOURCE_DIR}" APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${GNLC_COMMAND_LIST}")

file(STRINGS "${GNLC_COMMAND_LIST}" gnlc_command_lines ENCODING UTF-8)
set(GNLC_COMMANDS "")
set(gnlc_command_inc "// Generated from cmd/command-list.txt by cmake/GnlcCommands.cmake.\n")
foreach(line IN LISTS gnlc_command_lines)
  if(line STREQUAL "" OR line MATCHES "^#")
    continue()
  endif()
  # The summary becomes a C++ string literal and a double-quoted word of
  # the shell completions: no quote, backslash, dollar or backquote.
  if(NOT line MATCHES "^([a-z][a-z0-9]*) +([^\"\\\\$` ][^\"\\\\$`]*)$")
    message(FATAL_ERROR "cmd/command-list.txt: not 'NAME SUMMARY': '${line}'")
  endif()
  list(APPEND GNLC_COMMANDS "${CMAKE_MATCH_1}")
  string(APPEND gnlc_command_inc "GNLC_COMMAND(${CMAKE_MATCH_1}, \"${CMAKE_MATCH_2}\")\n")
endforeach()
# Rewritten only when it changes, so that a reconfigure rebuilds nothing.
file(CONFIGURE OUTPUT "${GNLC_GENERATED_DIR}/gnlc_command_list.inc" CONTENT "${gnlc_command_inc}" @ONLY)
