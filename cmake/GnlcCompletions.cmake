# The shell completions, built from completions/*.in by gen-completions:
# the commands, their --format names and the country codes come from the
# tables the programs use (lib/src/cli/completions.cpp), so they cannot
# drift. They land where they are installed, under the build tree's share/
# (which mirrors the install tree), for the tests and for sourcing.
add_executable(gnlc-gen-completions "${PROJECT_SOURCE_DIR}/tools/gen-completions.cpp")
target_link_libraries(gnlc-gen-completions PRIVATE gnlc_cli gnlc_fmt gnlc_warnings)
set_target_properties(gnlc-gen-completions PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${PROJECT_BINARY_DIR}/tools")

set(GNLC_COMPLETIONS "")
foreach(pair IN ITEMS "gnlc.bash.in|bash-completion/completions/gnlc" "_gnlc.in|zsh/vendor-completions/_gnlc"
                      "gnlc.fish.in|fish/vendor_completions.d/gnlc.fish")
  string(REPLACE "|" ";" pair "${pair}")
  list(GET pair 0 template)
  list(GET pair 1 target)
  set(output "${PROJECT_BINARY_DIR}/${CMAKE_INSTALL_DATADIR}/${target}")
  get_filename_component(directory "${output}" DIRECTORY)
  add_custom_command(OUTPUT "${output}"
    COMMAND ${CMAKE_COMMAND} -E make_directory "${directory}"
    COMMAND gnlc-gen-completions "${PROJECT_SOURCE_DIR}/completions/${template}" "${output}"
    DEPENDS gnlc-gen-completions "${PROJECT_SOURCE_DIR}/completions/${template}"
    COMMENT "Generating the completion ${target}" VERBATIM)
  list(APPEND GNLC_COMPLETIONS "${output}")
  get_filename_component(install_directory "${CMAKE_INSTALL_DATADIR}/${target}" DIRECTORY)
  install(FILES "${output}" DESTINATION "${install_directory}" COMPONENT runtime)
endforeach()
add_custom_target(gnlc_completions ALL DEPENDS ${GNLC_COMPLETIONS})

foreach(command IN LISTS GNLC_COMMANDS)
  # bash-completion loads completions by command name: one link per binary.
  install(CODE "file(CREATE_LINK gnlc \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_DATADIR}/bash-completion/completions/gnlc-${command}\" SYMBOLIC)"
    COMPONENT runtime)
endforeach()
