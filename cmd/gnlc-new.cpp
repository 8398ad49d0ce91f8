// gnlc new: a commented application template (gnlc-new(1)).
#include <gnlc/cli/commands.hpp>

int main(int argc, char** argv) { return gnlc::cli::main_new(argc, argv); }
