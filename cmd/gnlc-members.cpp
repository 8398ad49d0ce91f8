// gnlc members: the network in figures, or the intake of a call (gnlc-members(1)).
#include <gnlc/cli/commands.hpp>

int main(int argc, char** argv) { return gnlc::cli::main_members(argc, argv); }
