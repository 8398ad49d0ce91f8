// Reading inputs and finding them in directories.
#pragma once

#include <cstddef>
#include <string>
#include <variant>
#include <vector>

namespace gnlc::util {

struct ReadError {
  std::string message;  // e.g. "no such file or directory"
};

struct TooLarge {
  std::size_t limit;
};

// Reads a whole file, or standard input for "-". Reads at most `limit`
// bytes plus one, so a huge or endless input costs no more than the limit.
// A directory or a file that cannot be opened is a ReadError.
std::variant<std::string, TooLarge, ReadError> read_input(const std::string& path,
                                                          std::size_t limit);

// One input named on the command line, expanded: a file as given, or the
// *.toml files under a directory (recursively, sorted by path), with a
// ReadError for each entry that cannot be used (unreadable directory,
// symbolic-link loop, a FIFO or device among the files).
struct InputEntry {
  std::string path;
  std::string error;  // empty when the entry can be read
};
std::vector<InputEntry> expand_input(const std::string& path, const std::string& extension);

}  // namespace gnlc::util
