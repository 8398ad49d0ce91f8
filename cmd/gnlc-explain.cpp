// gnlc explain: what a rule checks, why, and how to fix it (gnlc-explain(1)).
#include <gnlc/cli/commands.hpp>

int main(int argc, char** argv) { return gnlc::cli::main_explain(argc, argv); }
