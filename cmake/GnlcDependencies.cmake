# Every dependency comes from a Debian 12 package; a missing one stops the
# configure with the name of the package that provides it.

function(gnlc_missing package apt_package)
  message(FATAL_ERROR
    "gnlc needs ${package}, which was not found.\n"
    "On Debian or Ubuntu install it with:  sudo apt-get install ${apt_package}\n"
    "(tools/install-deps installs every build and test dependency at once.)")
endfunction()

function(gnlc_require package apt_package)
  find_package(${package} ${ARGN} QUIET)
  if(NOT ${package}_FOUND)
    gnlc_missing(${package} ${apt_package})
  endif()
endfunction()

if(EMSCRIPTEN)
  include(GnlcWebDependencies)
  return()
endif()

set(THREADS_PREFER_PTHREAD_FLAG ON)
find_package(Threads REQUIRED)
gnlc_require(CLI11 libcli11-dev)
gnlc_require(tomlplusplus libtomlplusplus-dev)
gnlc_require(fmt libfmt-dev)
gnlc_require(date libhowardhinnant-date-dev)

# toml++ and {fmt} are used header-only, from the same packages: a command
# starts in about a millisecond, and dynamic loading of their shared
# libraries (and of libstdc++ through them) was most of it (bench/README.md).
add_library(gnlc_toml INTERFACE)
target_include_directories(gnlc_toml SYSTEM INTERFACE
  $<TARGET_PROPERTY:tomlplusplus::tomlplusplus,INTERFACE_INCLUDE_DIRECTORIES>)
# toml++'s own assertions are off in every build type, as they are in the
# compiled Debian library: in a Debug (sanitizer) build they abort on
# invalid input that toml++ then reports as a parse error. TOML_ASSERT(x)
# becomes static_cast<void>(x): CMake drops function-like definitions.
target_compile_definitions(gnlc_toml INTERFACE TOML_HEADER_ONLY=1 TOML_ASSERT=static_cast<void>)
add_library(gnlc_fmt INTERFACE)
target_link_libraries(gnlc_fmt INTERFACE fmt::fmt-header-only)
# libxlsxwriter has no CMake package on Debian, only a pkg-config file.
find_package(PkgConfig QUIET)
if(PkgConfig_FOUND)
  pkg_check_modules(xlsxwriter QUIET IMPORTED_TARGET GLOBAL xlsxwriter)
endif()
if(NOT xlsxwriter_FOUND)
  gnlc_missing(libxlsxwriter libxlsxwriter-dev)
endif()
# libxlsxwriter (and libcrypto, zlib and minizip behind it) is loaded only
# when a workbook is written (src/output/xlsx.cpp), by its run-time name.
find_library(GNLC_XLSXWRITER_LIBRARY NAMES xlsxwriter HINTS ${xlsxwriter_LIBRARY_DIRS})
get_filename_component(GNLC_XLSXWRITER_SONAME "${GNLC_XLSXWRITER_LIBRARY}" REALPATH)
get_filename_component(GNLC_XLSXWRITER_SONAME "${GNLC_XLSXWRITER_SONAME}" NAME)
if(GNLC_BUILD_TESTS)
  gnlc_require(doctest doctest-dev)
endif()
