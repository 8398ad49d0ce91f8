# The dependencies of the WebAssembly build (tools/build-web), from the same
# Debian packages as the native build. The emscripten toolchain searches
# only its own sysroot, and -I/usr/include would pull glibc's headers in
# over emscripten's, so each library gets a folder that holds a link to its
# own headers and nothing else. toml++ and fmt are used header-only; date's
# time-zone part is a compiled library that cannot be rebuilt here, so the
# library takes the Europe/Berlin day from Intl instead (lib/CMakeLists.txt).
# The page is single-threaded: no -pthread, which would need
# SharedArrayBuffer and so headers that file:// cannot send.
set(GNLC_WEB_SYSTEM_INCLUDE "/usr/include" CACHE PATH "Where the Debian packages' headers are")
set(GNLC_WEB_INCLUDE_ROOT "${PROJECT_BINARY_DIR}/web-include")

function(gnlc_web_header_library target header_dir)
  set(folder "${GNLC_WEB_INCLUDE_ROOT}/${header_dir}")
  set(source "${GNLC_WEB_SYSTEM_INCLUDE}/${header_dir}")
  if(NOT EXISTS "${source}")
    message(FATAL_ERROR "gnlc's web build needs ${source} (tools/install-deps installs it)")
  endif()
  file(MAKE_DIRECTORY "${folder}")
  file(CREATE_LINK "${source}" "${folder}/${header_dir}" SYMBOLIC)
  add_library(${target} INTERFACE IMPORTED GLOBAL)
  set_target_properties(${target} PROPERTIES INTERFACE_INCLUDE_DIRECTORIES "${folder}")
  if(ARGN)
    set_target_properties(${target} PROPERTIES INTERFACE_COMPILE_DEFINITIONS "${ARGN}")
  endif()
endfunction()

gnlc_web_header_library(tomlplusplus::tomlplusplus toml++ TOML_HEADER_ONLY=1)
gnlc_web_header_library(fmt::fmt fmt FMT_HEADER_ONLY)
gnlc_web_header_library(date::date date)
gnlc_web_header_library(CLI11::CLI11 CLI)
add_library(Threads::Threads INTERFACE IMPORTED GLOBAL)
add_library(gnlc_toml INTERFACE)
target_link_libraries(gnlc_toml INTERFACE tomlplusplus::tomlplusplus)
add_library(gnlc_fmt INTERFACE)
target_link_libraries(gnlc_fmt INTERFACE fmt::fmt)

# The library reports bugs and refusals with exceptions; emscripten leaves
# them off unless every object and the link ask for them.
add_compile_options(-fexceptions)
add_link_options(-fexceptions)
