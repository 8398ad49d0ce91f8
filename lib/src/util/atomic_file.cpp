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
  // mkstemp creates the file 0600; an output file should have the usual
  // permissions the umask allows.
  const mode_t mask = ::umask(0);
  ::umask(mask);
  ::fchmod(fd, 0666 & ~mask);
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

bool AtomicFile::commit() {
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
  if (::rename(temporary_path_.c_str(), path_.c_str()) != 0) {
    error_ = "cannot replace '" + path_ + "': " + error_text(errno);
    return false;
  }
  committed_ = true;
  forget();
  return true;
}

}  // namespace gnlc::util
