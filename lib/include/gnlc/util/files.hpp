// Reading inputs and finding them in directories.
#pragma once

#include <sys/types.h>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
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

// The inputs of a batch, in the order they are read, kept compactly: a
// directory's path once, each file's name once (in 1 MiB blocks, which do
// not double as a vector would) and 8 bytes a file. A million files cost
// about 25 MB, not the 150 MB of a million InputEntry.
class InputList {
 public:
  // Appends what expand_input(path, extension) returns; how many entries.
  std::size_t add(const std::string& path, const std::string& extension);
  // Sorts all entries by path and keeps each path once.
  void sort_unique();

  std::size_t size() const { return entries_.size(); }
  bool empty() const { return entries_.empty(); }
  InputEntry operator[](std::size_t index) const;
  std::string path(std::size_t index) const;

 private:
  friend struct Walker;
  struct Directory {
    std::string path;
    bool walked;  // false: `path` is the whole path of one entry (given, or a directory that cannot be read)
  };
  struct Entry {
    std::uint32_t directory;
    std::uint32_t record;  // the name and error, in blocks_
  };
  static constexpr std::size_t block_size = std::size_t(1) << 20;

  std::uint32_t add_directory(const std::string& path);
  void add_whole(const std::string& path, std::string_view error);
  void add_found(std::uint32_t directory, std::uint32_t name_at, std::string_view error);
  std::uint32_t store_name(std::string_view name);
  std::uint32_t store(std::string_view name, std::string_view error);
  std::string_view stored_name(std::uint32_t at) const;
  std::string_view stored_error(std::uint32_t at) const;
  int compare(const Entry& a, const Entry& b) const;

  std::vector<Directory> directories_;
  std::deque<Entry> entries_;  // a deque: no doubling, so no spare half
  std::vector<std::unique_ptr<char[]>> blocks_;
  std::size_t used_ = 0;  // in the last block
};

}  // namespace gnlc::util
