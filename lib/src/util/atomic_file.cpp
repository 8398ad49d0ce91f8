#include <gnlc/util/atomic_file.hpp>
#include <gnlc/util/files.hpp>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
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
  // The reports already made reach their reader, unless the reader is gone.
  if (signal_number != SIGPIPE) FdWriter::write_out_on_fatal_signal();
  ::signal(signal_number, SIG_DFL);
  ::raise(signal_number);
}

// A crash as well as a kill: the temporary file goes either way. A stack
// overflow leaves no stack to run the handler on, hence the spare one.
constexpr int fatal_signals[] = {SIGINT,  SIGTERM, SIGHUP, SIGPIPE, SIGQUIT, SIGXCPU, SIGXFSZ,
                                 SIGSEGV, SIGBUS,  SIGFPE, SIGILL,  SIGABRT, SIGTRAP, SIGSYS};
alignas(16) char spare_stack[64 * 1024];

}  // namespace

void AtomicFile::remove_on_fatal_signal() {
  stack_t stack{};
  stack.ss_sp = spare_stack;
  stack.ss_size = sizeof spare_stack;
  ::sigaltstack(&stack, nullptr);
  for (int s : fatal_signals) {
    struct sigaction old {};
    // A signal the parent ignores (nohup's SIGHUP, a shell's SIGINT for a
    // background job) stays ignored: the user asked to survive it.
    if (::sigaction(s, nullptr, &old) == 0 && old.sa_handler == SIG_IGN) continue;
    struct sigaction action {};
    action.sa_handler = remove_and_reraise;
    action.sa_flags = SA_ONSTACK | SA_RESETHAND;
    sigemptyset(&action.sa_mask);
    ::sigaction(s, &action, nullptr);
  }
}

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)) {
  writer_ = std::make_unique<FdWriter>(-1);
  // Only a regular file is replaced: renaming over a device, a FIFO or a
  // symbolic link would put a file where something else was (as root,
  // -o /dev/null would replace /dev/null), so those are refused before
  // anything is written.
  struct stat existing;
  const bool exists = ::lstat(path_.c_str(), &existing) == 0;
  if (exists && !S_ISREG(existing.st_mode)) {
    error_ = "will not write '" + path_ + "': it is " + std::string(file_kind(existing.st_mode)) +
             ", not a regular file; -o replaces only regular files";
    return;
  }
  temporary_path_ = path_ + ".tmp.XXXXXX";
  std::vector<char> name(temporary_path_.begin(), temporary_path_.end());
  name.push_back('\0');
  const int fd = ::mkstemp(name.data());
  if (fd < 0) {
    error_ = "cannot create a temporary file next to '" + path_ + "': " + error_text(errno);
    temporary_path_.clear();
    return;
  }
  temporary_path_.assign(name.data());
  remember(temporary_path_);
  if (exists) {
    // The file keeps what it had: its permission bits, and its owner and
    // group where the process may give them (root may; others keep theirs).
    if (::fchown(fd, existing.st_uid, existing.st_gid) != 0) {
      if (::fchown(fd, static_cast<uid_t>(-1), existing.st_gid) != 0) errno = 0;  // the process's own, then
    }
    ::fchmod(fd, existing.st_mode & 07777);
  } else {
    // mkstemp creates the file 0600; a new output file should have the
    // usual permissions the umask allows.
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
