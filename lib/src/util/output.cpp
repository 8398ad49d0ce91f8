#include <gnlc/util/output.hpp>

#include <unistd.h>
#include <cerrno>
#include <cstring>

namespace gnlc::util {
namespace {
constexpr std::size_t buffer_capacity = 64 * 1024;

std::atomic<FdWriter*> saved_writers[2];
static_assert(std::atomic<FdWriter*>::is_always_lock_free && std::atomic<std::size_t>::is_always_lock_free,
              "a signal handler reads them");
}  // namespace

// Not make_unique: the buffer needs no zero-filling (and emscripten's libc++ lacks
// make_unique_for_overwrite).
FdWriter::FdWriter(int fd) : fd_(fd), buffer_(new char[buffer_capacity]) {}

FdWriter::~FdWriter() {
  for (auto& saved : saved_writers) {
    FdWriter* self = this;
    saved.compare_exchange_strong(self, nullptr);
  }
  flush();
}

void FdWriter::write(std::string_view bytes) {
  if (error_ != 0) return;
  std::size_t used = size_.load(std::memory_order_relaxed);
  if (used + bytes.size() > buffer_capacity) {
    if (!flush()) return;
    used = 0;
  }
  if (bytes.size() >= buffer_capacity) {
    write_all(bytes.data(), bytes.size());
    return;
  }
  std::memcpy(buffer_.get() + used, bytes.data(), bytes.size());
  size_.store(used + bytes.size(), std::memory_order_release);
}

bool FdWriter::flush() {
  // Emptied before the write, so that a signal during it never writes the
  // same bytes a second time.
  const std::size_t size = size_.exchange(0, std::memory_order_acq_rel);
  write_all(buffer_.get(), size);
  return error_ == 0;
}

void FdWriter::write_all(const char* data, std::size_t size) {
  std::size_t done = 0;
  while (error_ == 0 && done < size) {
    const ssize_t n = ::write(fd_, data + done, size - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      error_ = errno;
    } else {
      done += std::size_t(n);
    }
  }
}

void FdWriter::save_on_fatal_signal() {
  for (auto& saved : saved_writers) {
    FdWriter* empty = nullptr;
    if (saved.load() == this || saved.compare_exchange_strong(empty, this)) return;
  }
}

void FdWriter::write_out_on_fatal_signal() noexcept {
  for (auto& saved : saved_writers) {
    FdWriter* writer = saved.exchange(nullptr);
    if (writer == nullptr) continue;
    const std::size_t size = writer->size_.exchange(0, std::memory_order_acq_rel);
    // Only whole lines: half a line of a report would read as a whole one.
    std::size_t complete = size;
    while (complete > 0 && writer->buffer_[complete - 1] != '\n') --complete;
    for (std::size_t done = 0; done < complete;) {
      const ssize_t n = ::write(writer->fd_, writer->buffer_.get() + done, complete - done);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) break;
      done += std::size_t(n);
    }
  }
}

bool is_terminal(int fd) { return ::isatty(fd) == 1; }

}  // namespace gnlc::util
