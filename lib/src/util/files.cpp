#include <gnlc/util/files.hpp>
#include <gnlc/util/huge_pages.hpp>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <algorithm>
#include <array>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <limits>
#include <new>
#include <set>
#include <stdexcept>
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
    const std::size_t first_size = std::min(limit + 1, expected > 0 ? expected + 1 : std::size_t{64 * 1024});
    reserve_in_huge_pages(data, first_size);
    data.resize(first_size);
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

}  // namespace

// Walks a directory into an InputList. Each directory's names go into the
// list's name store once, as they are read; only their positions are sorted.
struct Walker {
  InputList& list;
  std::string extension;
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
      list.add_whole(directory, "cannot read directory: " + describe_errno(errno));
      ancestors.erase({info.st_dev, info.st_ino});
      return;
    }
    const std::uint32_t folder = list.add_directory(directory);
    std::vector<std::uint32_t> names;
    while (const dirent* entry = ::readdir(dir)) {
      // Hidden entries (.git, editor backups) are not applications.
      if (entry->d_name[0] != '.') names.push_back(list.store_name(entry->d_name));
    }
    ::closedir(dir);
    std::sort(names.begin(), names.end(),
              [&](std::uint32_t a, std::uint32_t b) { return list.stored_name(a) < list.stored_name(b); });
    for (const std::uint32_t name : names) visit(folder, directory, name);
    ancestors.erase({info.st_dev, info.st_ino});
  }

  void visit(std::uint32_t folder, const std::string& directory, std::uint32_t name_at) {
    const std::string_view name = list.stored_name(name_at);
    const std::string path = directory + "/" + std::string(name);
    struct stat link_info;
    if (::lstat(path.c_str(), &link_info) != 0) {
      if (has_extension(name, extension)) list.add_found(folder, name_at, describe_errno(errno));
      return;
    }
    struct stat info = link_info;
    if (S_ISLNK(link_info.st_mode) && ::stat(path.c_str(), &info) != 0) {
      const int error = errno;
      if (error == ELOOP)
        list.add_found(folder, name_at, "symbolic link loop");
      else if (has_extension(name, extension))
        list.add_found(folder, name_at, "broken symbolic link: " + describe_errno(error));
      return;
    }
    if (S_ISDIR(info.st_mode)) {
      if (ancestors.contains({info.st_dev, info.st_ino})) {
        list.add_found(folder, name_at, "directory loop: this symbolic link leads back to a directory above it");
        return;
      }
      if (visited.contains({info.st_dev, info.st_ino})) return;  // its files are listed once already
      walk(path, info);
      return;
    }
    if (!has_extension(name, extension)) return;
    if (S_ISREG(info.st_mode))
      list.add_found(folder, name_at, {});
    else
      list.add_found(folder, name_at, std::string(file_kind(info.st_mode)) + ", not a regular file; skipped");
  }
};

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

std::size_t InputList::add(const std::string& given, const std::string& extension) {
  const std::size_t before = size();
  if (given == "-") {
    add_whole(given, {});
    return 1;
  }
  std::string path = given;
  while (path.size() > 1 && path.back() == '/') path.pop_back();
  struct stat info;
  if (::stat(path.c_str(), &info) != 0) {
    add_whole(given, describe_errno(errno));
    return 1;
  }
  // A file named on the command line is read whatever its type: a FIFO
  // there is the user's choice (process substitution, for one).
  if (!S_ISDIR(info.st_mode)) {
    add_whole(given, {});
    return 1;
  }
  Walker{*this, extension, {}, {}}.walk(path, info);
  std::sort(entries_.begin() + std::ptrdiff_t(before), entries_.end(),
            [this](const Entry& a, const Entry& b) { return compare(a, b) < 0; });
  return size() - before;
}

void InputList::sort_unique() {
  std::sort(entries_.begin(), entries_.end(), [this](const Entry& a, const Entry& b) { return compare(a, b) < 0; });
  entries_.erase(std::unique(entries_.begin(), entries_.end(),
                             [this](const Entry& a, const Entry& b) { return compare(a, b) == 0; }),
                 entries_.end());
}

InputEntry InputList::operator[](std::size_t index) const {
  const Entry& entry = entries_[index];
  const Directory& directory = directories_[entry.directory];
  InputEntry result;
  result.path = directory.path;
  if (directory.walked) {
    result.path += '/';
    result.path += stored_name(entry.record);
  }
  result.error = std::string(stored_error(entry.record));
  result.found_in_directory = directory.walked && result.error.empty();
  return result;
}

std::string InputList::path(std::size_t index) const { return (*this)[index].path; }

std::uint32_t InputList::add_directory(const std::string& path) {
  directories_.push_back({path, true});
  return std::uint32_t(directories_.size() - 1);
}

void InputList::add_whole(const std::string& path, std::string_view error) {
  directories_.push_back({path, false});
  entries_.push_back({std::uint32_t(directories_.size() - 1), store(std::string_view(), error)});
}

void InputList::add_found(std::uint32_t directory, std::uint32_t name_at, std::string_view error) {
  entries_.push_back({directory, error.empty() ? name_at : store(stored_name(name_at), error)});
}

std::uint32_t InputList::store_name(std::string_view name) { return store(name, {}); }

// A record is the name, a NUL, the error (usually empty) and a NUL, never
// split across two blocks, so that it reads as two C strings in place.
std::uint32_t InputList::store(std::string_view name, std::string_view error) {
  const std::size_t size = name.size() + error.size() + 2;
  if (size > block_size) throw std::length_error("a file name or error too long for the input list");
  if (blocks_.empty() || used_ + size > block_size) {
    // Not make_unique, which would zero the whole MiB: a one-file check
    // then paid a million instructions and 256 page faults for it.
    blocks_.push_back(std::unique_ptr<char[]>(new char[block_size]));
    used_ = 0;
  }
  const std::size_t at = (blocks_.size() - 1) * block_size + used_;
  if (at + size > std::numeric_limits<std::uint32_t>::max())
    throw std::length_error("more file names than the input list holds (4 GiB)");
  char* out = blocks_.back().get() + used_;
  // std::copy, not memcpy: an empty view's data() may be null.
  std::copy(name.begin(), name.end(), out);
  out[name.size()] = '\0';
  std::copy(error.begin(), error.end(), out + name.size() + 1);
  out[name.size() + 1 + error.size()] = '\0';
  used_ += size;
  return std::uint32_t(at);
}

std::string_view InputList::stored_name(std::uint32_t at) const {
  return blocks_[at / block_size].get() + at % block_size;
}

std::string_view InputList::stored_error(std::uint32_t at) const {
  const std::string_view name = stored_name(at);
  return name.data() + name.size() + 1;
}

// The order of the paths as strings, without building them: the directory's
// path, then "/" and the name for a file found in it.
int InputList::compare(const Entry& a, const Entry& b) const {
  const auto parts = [this](const Entry& e) {
    const Directory& d = directories_[e.directory];
    return std::array<std::string_view, 3>{d.path, d.walked ? "/" : "", d.walked ? stored_name(e.record) : ""};
  };
  if (a.directory == b.directory && directories_[a.directory].walked)
    return stored_name(a.record).compare(stored_name(b.record));
  const auto pa = parts(a), pb = parts(b);
  std::size_t ia = 0, ja = 0, ib = 0, jb = 0;
  for (;;) {
    while (ia < 3 && ja == pa[ia].size()) ++ia, ja = 0;
    while (ib < 3 && jb == pb[ib].size()) ++ib, jb = 0;
    if (ia == 3 || ib == 3) return ia == 3 ? (ib == 3 ? 0 : -1) : 1;
    const auto ca = static_cast<unsigned char>(pa[ia][ja]), cb = static_cast<unsigned char>(pb[ib][jb]);
    if (ca != cb) return ca < cb ? -1 : 1;
    ++ja;
    ++jb;
  }
}

std::vector<InputEntry> expand_input(const std::string& path, const std::string& extension) {
  InputList list;
  list.add(path, extension);
  std::vector<InputEntry> entries;
  entries.reserve(list.size());
  for (std::size_t i = 0; i < list.size(); ++i) entries.push_back(list[i]);
  return entries;
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
