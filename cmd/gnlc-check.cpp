// gnlc check: validates application files (gnlc-check(1)).
#include <gnlc/cli/commands.hpp>

int main(int argc, char** argv) { return gnlc::cli::main_check(argc, argv); }
