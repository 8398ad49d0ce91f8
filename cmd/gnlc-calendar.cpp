// gnlc calendar: the calls for applications (gnlc-calendar(1)).
#include <gnlc/cli/commands.hpp>

int main(int argc, char** argv) { return gnlc::cli::main_calendar(argc, argv); }
