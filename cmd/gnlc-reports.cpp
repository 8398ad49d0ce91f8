// gnlc reports: who owes a progress report (gnlc-reports(1)).
#include <gnlc/cli/commands.hpp>

int main(int argc, char** argv) { return gnlc::cli::main_reports(argc, argv); }
