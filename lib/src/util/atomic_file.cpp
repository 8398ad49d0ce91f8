#include <gnlc/util/atomic_file.hpp>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace gnlc::util {
namespace {
std::string error_text(int error) { return std::strerror(error); }

// The temporary file to remove if a signal ends the process. A signal
// handler may only touch this fixed buffer and call unlink().
char pending_temporary[4096];
volatile std::sig_atomic_t pending = 0;

void remember(const std::string& path) {
  if (path.size() >= sizeof pending_temporary) return;
  std::memcpy(pending_temporary, path.c_str(), path.size() + 1);
  pending = 1;
}

void forget() { pending = 0; }

// Moves `from` to `to` unless `to` exists, in one step. File systems
// without RENAME_NOREPLACE get link() and unlink(), which refuse an
// existing target too.
bool place_new(const std::string& from, const std::string& to) {
#ifdef RENAME_NOREPLACE
  if (::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE) == 0) return true;
  if (errno != EINVAL && errno != ENOSYS) return false;
#endif
  if (::link(from.c_str(), to.c_str()) != 0) return false;
  ::unlink(from.c_str());
  return true;
}

extern "C" void remove_and_reraise(int signal_number) {
  if (pending) ::unlink(pending_temporary);
  std::signal(signal_number, SIG_DFL);
  std::raise(signal_number);
}
}  // namespace

void AtomicFile::remove_on_fatal_signal() {
  for (int s : {SIGINT, SIGTERM, SIGHUP, SIGPIPE}) std::signal(s, remove_and_reraise);
}

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)) {
  temporary_path_ = path_ + ".tmp.XXXXXX";
  std::vector<char> name(temporary_path_.begin(), temporary_path_.end());
  name.push_back('\0');
  const int fd = ::mkstemp(name.data());
  if (fd < 0) {
    error_ = "cannot create a temporary file next to '" + path_ + "': " + error_text(errno);
    temporary_path_.clear();
    writer_ = std::make_unique<FdWriter>(-1);
    return;
  }
  temporary_path_.assign(name.data());
  remember(temporary_path_);
  // mkstemp creates the file 0600: a file that is replaced keeps its
  // permissions, and a new one has the usual ones the umask allows.
  struct stat existing {};
  if (::stat(path_.c_str(), &existing) == 0 && S_ISREG(existing.st_mode)) {
    ::fchmod(fd, existing.st_mode & 07777);
  } else {
    const mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(fd, 0666 & ~mask);
  }
  writer_ = std::make_unique<FdWriter>(fd);
}

AtomicFile::~AtomicFile() {
  const int fd = writer_->fd();
  writer_->discard();  // an uncommitted file is abandoned, not completed
  writer_.reset();
  if (fd >= 0) ::close(fd);
  if (!committed_ && !temporary_path_.empty()) ::unlink(temporary_path_.c_str());
  forget();
}

bool AtomicFile::commit(bool replace_existing) {
  if (!ok()) return false;
  const int fd = writer_->fd();
  if (!writer_->flush()) {
    error_ = "cannot write '" + path_ + "': " + error_text(writer_->error());
    return false;
  }
  if (::fsync(fd) != 0) {
    error_ = "cannot write '" + path_ + "': " + error_text(errno);
    return false;
  }
  if (!replace_existing) {
    if (!place_new(temporary_path_, path_)) {
      error_ = errno == EEXIST ? "'" + path_ + "' exists; it was not replaced"
                               : "cannot create '" + path_ + "': " + error_text(errno);
      return false;
    }
  } else if (::rename(temporary_path_.c_str(), path_.c_str()) != 0) {
    error_ = "cannot replace '" + path_ + "': " + error_text(errno);
    return false;
  }
  committed_ = true;
  forget();
  return true;
}

}  // namespace gnlc::util
