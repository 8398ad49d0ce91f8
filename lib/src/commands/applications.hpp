// The one way a command reads applications: paths -> files -> checked
// reports -> batch rules. check, quota and admit all go through it, so the
// messages, limits and order of the batch rules cannot drift apart.
#pragma once

#include <gnlc/check.hpp>
#include <gnlc/commands.hpp>
#include <gnlc/util/files.hpp>

#include <optional>
#include <string>
#include <vector>

namespace gnlc::commands {

enum class FileOrder : std::uint8_t {
  as_given,  // check: reports follow the command line
  by_path,   // quota: the batch rules pick the same "later" file whatever the order given
};

// The application files the paths name: files as given, directories
// expanded to their *.toml files. nullopt, after an error, when there are
// no paths or a directory holds no *.toml file (a mistyped path must not
// pass). With FileOrder::by_path, sorted and each file once.
std::optional<util::InputList> application_files(const std::vector<std::string>& paths, FileOrder order,
                                                 Console& console);

// Reads and checks every file on `jobs` threads (0: one per core) and
// hands each report to `emit` in file order, after the batch rules. A file
// that cannot be read is a report with a read-error or file-too-large
// diagnostic.
void check_files(const util::InputList& files, const CheckContext& context, unsigned jobs,
                 const BatchRules::Emit& emit);

bool is_read_error(const FileReport& report);

}  // namespace gnlc::commands
