# Warning flags live on one interface target that every gnlc target links.
# They are errors only where GNLC_WERROR is on (CI and developer builds): a
# newer compiler with new warnings must never break a user's install.
add_library(gnlc_warnings INTERFACE)
target_compile_options(gnlc_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
  -Wcast-align -Woverloaded-virtual -Wconversion
  -Wformat=2 -Wimplicit-fallthrough)
# No -Wnull-dereference: at -O2, GCC 12 reports it inside libstdc++'s own
# string relocation when CLI11's headers are inlined, a false positive that
# no change of ours can silence.
if(GNLC_WERROR)
  target_compile_options(gnlc_warnings INTERFACE -Werror)
endif()
