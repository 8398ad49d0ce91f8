// gnlc, the front command (gnlc(1)); its dispatch is lib/src/cli/front.cpp.
#include <gnlc/cli/front.hpp>

int main(int argc, char** argv) { return gnlc::cli::main_front(argc, argv); }
