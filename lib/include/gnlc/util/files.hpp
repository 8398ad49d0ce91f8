// Reading inputs and finding them in directories.
#pragma once

#include <sys/types.h>
#include <cstddef>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace gnlc::util {

// What a file that is not a regular file is, for messages: "a FIFO", "a
// directory", "a symbolic link", ... (the type bits of a stat mode).
std::string_view file_kind(mode_t mode);

struct ReadError {
  std::string message;  // e.g. "no such file or directory"
};

struct TooLarge {
  std::size_t limit;
};

// What a path may be: a name given on the command line may be a pipe
// (process substitution, /dev/stdin); a file found in a directory must be
// a regular file, and is opened without ever waiting.
enum class Expect { file_or_pipe, regular_file };

// Reads a whole file, or standard input for "-". Reads at most `limit`
// bytes plus one, so a huge or endless input costs no more than the limit;
// a stream stops at its first NUL byte (no text has one: /dev/zero or
// binary data is refused at once). A directory, a device, a socket, a file
// that cannot be opened, and with Expect::regular_file a FIFO, is a
// ReadError.
std::variant<std::string, TooLarge, ReadError> read_input(const std::string& path, std::size_t limit,
                                                          Expect expect = Expect::file_or_pipe);

// One input named on the command line, expanded: a file as given, or the
// *.toml files under a directory (recursively, sorted by path, each real
// directory walked once however many links lead to it), with a
// ReadError for each entry that cannot be used (unreadable directory,
// symbolic-link loop, a FIFO or device among the files).
struct InputEntry {
  std::string path;
  std::string error;                // empty when the entry can be read
  bool found_in_directory = false;  // read it with Expect::regular_file
};
std::vector<InputEntry> expand_input(const std::string& path, const std::string& extension);

}  // namespace gnlc::util
