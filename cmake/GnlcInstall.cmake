# Installation (relocatable: the binaries find each other and their man
# pages relative to themselves, and the data is embedded), the CMake
# package and pkg-config file of libgnlc, completions, and the .deb.
include(CMakePackageConfigHelpers)

install(TARGETS gnlc EXPORT gnlcTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT development
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT development)
# Without cli/: the command line's headers need CLI11 and the build tree's
# list of commands, and gnlc_cli is not installed.
install(DIRECTORY "${PROJECT_SOURCE_DIR}/lib/include/gnlc" DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}
  COMPONENT development PATTERN cli EXCLUDE)
install(EXPORT gnlcTargets NAMESPACE gnlc:: DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/gnlc COMPONENT development)
configure_package_config_file("${PROJECT_SOURCE_DIR}/cmake/gnlcConfig.cmake.in"
  "${PROJECT_BINARY_DIR}/gnlcConfig.cmake" INSTALL_DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/gnlc)
write_basic_package_version_file("${PROJECT_BINARY_DIR}/gnlcConfigVersion.cmake" COMPATIBILITY SameMinorVersion)
install(FILES "${PROJECT_BINARY_DIR}/gnlcConfig.cmake" "${PROJECT_BINARY_DIR}/gnlcConfigVersion.cmake"
  DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/gnlc COMPONENT development)
# The .pc file finds the prefix relative to itself, as the binaries do.
string(REGEX MATCHALL "[^/]+" pc_dir_parts "${CMAKE_INSTALL_LIBDIR}/pkgconfig")
set(GNLC_PC_PREFIX "\${pcfiledir}")
foreach(part IN LISTS pc_dir_parts)
  string(APPEND GNLC_PC_PREFIX "/..")
endforeach()
configure_file("${PROJECT_SOURCE_DIR}/cmake/gnlc.pc.in" "${PROJECT_BINARY_DIR}/gnlc.pc" @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/gnlc.pc" DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig COMPONENT development)

include(GnlcCompletions)
install(FILES "${PROJECT_SOURCE_DIR}/README.md" "${PROJECT_SOURCE_DIR}/LICENSE"
  DESTINATION ${CMAKE_INSTALL_DOCDIR} COMPONENT runtime OPTIONAL)
# The README's tour runs on these, so they travel with it (Debian's place
# for a package's examples).
install(DIRECTORY "${PROJECT_SOURCE_DIR}/examples/" DESTINATION ${CMAKE_INSTALL_DOCDIR}/examples COMPONENT runtime)

set(CPACK_PACKAGE_NAME gnlc)
set(CPACK_PACKAGE_VENDOR "gnlc contributors")
set(CPACK_PACKAGE_CONTACT "gnlc maintainers <gnlc@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL runtime development)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_RUNTIME_PACKAGE_NAME gnlc)
set(CPACK_DEBIAN_DEVELOPMENT_PACKAGE_NAME gnlc-dev)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_RUNTIME_PACKAGE_SHLIBDEPS ON)
# libxlsxwriter is opened at run time (src/output/xlsx.cpp), so dpkg-shlibdeps
# cannot see it: its package is named after its SONAME, Debian's way.
string(REGEX REPLACE "^(lib.*)\\.so\\.([0-9]+)$" "\\1\\2" GNLC_XLSXWRITER_PACKAGE "${GNLC_XLSXWRITER_SONAME}")
set(CPACK_DEBIAN_RUNTIME_PACKAGE_DEPENDS "tzdata, ${GNLC_XLSXWRITER_PACKAGE}")
set(CPACK_DEBIAN_RUNTIME_PACKAGE_RECOMMENDS "man-db, bash-completion")
set(CPACK_DEBIAN_DEVELOPMENT_PACKAGE_DEPENDS
    "gnlc (= ${PROJECT_VERSION}), libtomlplusplus-dev, libfmt-dev, libhowardhinnant-date-dev")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
include(CPack)
