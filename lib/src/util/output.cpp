#include <gnlc/util/output.hpp>

#include <unistd.h>
#include <cerrno>

namespace gnlc::util {
namespace {
constexpr std::size_t buffer_limit = 64 * 1024;
}

FdWriter::~FdWriter() { flush(); }

void FdWriter::write(std::string_view bytes) {
  if (error_ != 0) return;
  buffer_.append(bytes);
  if (buffer_.size() >= buffer_limit) flush();
}

bool FdWriter::flush() {
  std::size_t done = 0;
  while (error_ == 0 && done < buffer_.size()) {
    const ssize_t n = ::write(fd_, buffer_.data() + done, buffer_.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      error_ = errno;
    } else {
      done += std::size_t(n);
    }
  }
  buffer_.clear();
  return error_ == 0;
}

bool is_terminal(int fd) { return ::isatty(fd) == 1; }

}  // namespace gnlc::util
