#include <gnlc/util/files.hpp>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <new>
#include <set>
#include <utility>

namespace gnlc::util {
namespace {

std::string describe_errno(int error) {
  std::string text = std::strerror(error);
  if (!text.empty()) text[0] = char(std::tolower(static_cast<unsigned char>(text[0])));
  return text;
}

// Reads until end of file or until more than `limit` bytes have arrived.
// `expected` is the size the file claims (0 when unknown, as for a pipe):
// the buffer starts at that size, so a regular file is read without
// zero-filling memory it will not use.
std::variant<std::string, TooLarge, ReadError> read_fd(int fd, std::size_t limit, std::size_t expected) {
  // The buffer grows geometrically and is read into in place: a pipe gives
  // at most 64 KiB a read, and zero-filling a large buffer before each one
  // made an endless stream cost minutes instead of a second.
  std::string data;
  std::size_t filled = 0;
  try {
    data.resize(std::min(limit + 1, expected > 0 ? expected + 1 : std::size_t{64 * 1024}));
    for (;;) {
      if (filled == data.size()) {
        if (filled > limit) return TooLarge{limit};
        data.resize(std::min(limit + 1, std::max(filled * 2, filled + 4096)));
      }
      const ssize_t n = ::read(fd, data.data() + filled, data.size() - filled);
      if (n < 0) {
        if (errno == EINTR) continue;
        return ReadError{describe_errno(errno)};
      }
      if (n == 0) {
        data.resize(filled);
        return data;
      }
      // A stream has no size to check up front: an endless one (/dev/zero, a
      // program writing forever) would be read up to the limit. gnlc reads
      // only text, and no text has a NUL byte, so the first one ends the read.
      if (expected == 0 && std::memchr(data.data() + filled, '\0', std::size_t(n)) != nullptr)
        return ReadError{"binary data (a NUL byte), not a text file"};
      filled += std::size_t(n);
    }
  } catch (const std::bad_alloc&) {
    // Under a memory limit (ulimit -v, a container) a large stream ends here.
    return ReadError{"not enough memory to read more than " + std::to_string(filled) + " bytes of it"};
  }
}

bool has_extension(std::string_view name, std::string_view extension) {
  return name.size() > extension.size() && name.ends_with(extension);
}

struct Walker {
  std::string extension;
  std::vector<InputEntry> found;
  std::set<std::pair<dev_t, ino_t>> ancestors;
  // Every directory walked so far, by device and inode: links that lead to
  // one directory by many paths (25 directories each linking twice to the
  // next are 2^24 paths) cost one walk each, not one per path.
  std::set<std::pair<dev_t, ino_t>> visited;

  void walk(const std::string& directory, const struct stat& info) {
    ancestors.insert({info.st_dev, info.st_ino});
    visited.insert({info.st_dev, info.st_ino});
    DIR* dir = ::opendir(directory.c_str());
    if (dir == nullptr) {
      found.push_back({directory, "cannot read directory: " + describe_errno(errno)});
      ancestors.erase({info.st_dev, info.st_ino});
      return;
    }
    std::vector<std::string> names;
    while (const dirent* entry = ::readdir(dir)) {
      // Hidden entries (.git, editor backups) are not applications.
      if (entry->d_name[0] != '.') names.emplace_back(entry->d_name);
    }
    ::closedir(dir);
    std::sort(names.begin(), names.end());
    for (const std::string& name : names) visit(directory + "/" + name, name);
    ancestors.erase({info.st_dev, info.st_ino});
  }

  void visit(const std::string& path, std::string_view name) {
    struct stat link_info;
    if (::lstat(path.c_str(), &link_info) != 0) {
      if (has_extension(name, extension)) found.push_back({path, describe_errno(errno)});
      return;
    }
    struct stat info = link_info;
    if (S_ISLNK(link_info.st_mode) && ::stat(path.c_str(), &info) != 0) {
      const int error = errno;
      if (error == ELOOP)
        found.push_back({path, "symbolic link loop"});
      else if (has_extension(name, extension))
        found.push_back({path, "broken symbolic link: " + describe_errno(error)});
      return;
    }
    if (S_ISDIR(info.st_mode)) {
      if (ancestors.contains({info.st_dev, info.st_ino})) {
        found.push_back({path, "directory loop: this symbolic link leads back to a directory above it"});
        return;
      }
      if (visited.contains({info.st_dev, info.st_ino})) return;  // its files are listed once already
      walk(path, info);
      return;
    }
    if (!has_extension(name, extension)) return;
    if (S_ISREG(info.st_mode))
      found.push_back({path, {}, true});
    else
      found.push_back({path, std::string(file_kind(info.st_mode)) + ", not a regular file; skipped"});
  }
};

}  // namespace

std::variant<std::string, TooLarge, ReadError> read_input(const std::string& path, std::size_t limit, Expect expect) {
  if (path == "-") return read_fd(STDIN_FILENO, limit, 0);
  // A file found in a directory may have become a FIFO since the walk:
  // opening it without O_NONBLOCK would wait for a writer forever.
  const int flags = O_RDONLY | O_CLOEXEC | (expect == Expect::regular_file ? O_NONBLOCK : 0);
  const int fd = ::open(path.c_str(), flags);
  if (fd < 0) return ReadError{describe_errno(errno)};
  struct stat info;
  std::variant<std::string, TooLarge, ReadError> result;
  if (::fstat(fd, &info) != 0)
    result = ReadError{describe_errno(errno)};
  else if (S_ISDIR(info.st_mode))
    result = ReadError{"is a directory"};
  else if (!S_ISREG(info.st_mode) && (expect == Expect::regular_file || !S_ISFIFO(info.st_mode)))
    result = ReadError{std::string(file_kind(info.st_mode)) + ", not a regular file"};
  else if (S_ISREG(info.st_mode) && std::size_t(info.st_size) > limit)
    result = TooLarge{limit};
  else
    result = read_fd(fd, limit, S_ISREG(info.st_mode) ? std::size_t(info.st_size) : 0);
  ::close(fd);
  return result;
}

std::vector<InputEntry> expand_input(const std::string& given, const std::string& extension) {
  if (given == "-") return {{given, {}}};
  std::string path = given;
  while (path.size() > 1 && path.back() == '/') path.pop_back();
  struct stat info;
  if (::stat(path.c_str(), &info) != 0) return {{given, describe_errno(errno)}};
  // A file named on the command line is read whatever its type: a FIFO
  // there is the user's choice (process substitution, for one).
  if (!S_ISDIR(info.st_mode)) return {{given, {}}};
  Walker walker{extension, {}, {}, {}};
  walker.walk(path, info);
  std::sort(walker.found.begin(), walker.found.end(),
            [](const InputEntry& a, const InputEntry& b) { return a.path < b.path; });
  return std::move(walker.found);
}

std::string_view file_kind(mode_t mode) {
  if (S_ISFIFO(mode)) return "a FIFO";
  if (S_ISSOCK(mode)) return "a socket";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  if (S_ISDIR(mode)) return "a directory";
  if (S_ISLNK(mode)) return "a symbolic link";
  return "not a regular file";
}

}  // namespace gnlc::util
