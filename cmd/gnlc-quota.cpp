// gnlc quota: admissions per country under the cap of a call (gnlc-quota(1)).
#include <gnlc/cli/commands.hpp>

int main(int argc, char** argv) { return gnlc::cli::main_quota(argc, argv); }
