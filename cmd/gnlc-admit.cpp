// gnlc admit: record a call's admissions in the members registry (gnlc-admit(1)).
#include <gnlc/cli/commands.hpp>

int main(int argc, char** argv) { return gnlc::cli::main_admit(argc, argv); }
