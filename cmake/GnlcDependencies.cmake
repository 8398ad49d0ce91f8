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
# libxlsxwriter has no CMake package on Debian, only a pkg-config file.
find_package(PkgConfig QUIET)
if(PkgConfig_FOUND)
  pkg_check_modules(xlsxwriter QUIET IMPORTED_TARGET GLOBAL xlsxwriter)
endif()
if(NOT xlsxwriter_FOUND)
  gnlc_missing(libxlsxwriter libxlsxwriter-dev)
endif()
if(GNLC_BUILD_TESTS)
  gnlc_require(doctest doctest-dev)
endif()
