// Where results and diagnostics go. Library code writes to a Writer and
// never to stdout directly, so every command runs the same in a test (into
// a string), on a terminal, or into an atomically replaced file.
#pragma once

#include <atomic>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

namespace gnlc::util {

class Writer {
 public:
  virtual ~Writer() = default;
  virtual void write(std::string_view bytes) = 0;
  // False once any write has failed (disk full, closed pipe, ...).
  virtual bool ok() const = 0;

  Writer& operator<<(std::string_view bytes) {
    write(bytes);
    return *this;
  }
};

class StringWriter final : public Writer {
 public:
  void write(std::string_view bytes) override { text_.append(bytes); }
  bool ok() const override { return true; }
  const std::string& str() const { return text_; }

 private:
  std::string text_;
};

// Buffered writes to a file descriptor (stdout, stderr, a temporary file).
class FdWriter final : public Writer {
 public:
  explicit FdWriter(int fd);
  ~FdWriter() override;
  FdWriter(const FdWriter&) = delete;
  FdWriter& operator=(const FdWriter&) = delete;

  void write(std::string_view bytes) override;
  bool ok() const override { return error_ == 0; }
  // Writes what is buffered; false (with errno saved in error()) on failure.
  bool flush();
  // Drops what is buffered without writing it.
  void discard() { size_.store(0, std::memory_order_relaxed); }
  int error() const { return error_; }
  int fd() const { return fd_; }

  // Makes a fatal signal write out this writer's complete buffered lines
  // before the process ends (see write_out_on_fatal_signal), so that a
  // crash in the middle of a batch keeps the reports already made. For
  // standard output and error; at most two writers at a time.
  void save_on_fatal_signal();
  // For a signal handler: writes the complete lines buffered by the saved
  // writers. Async-signal-safe: reads atomics and a fixed buffer, calls
  // write(2), nothing else.
  static void write_out_on_fatal_signal() noexcept;

 private:
  void write_all(const char* data, std::size_t size);

  int fd_;
  int error_ = 0;
  // A fixed buffer whose filled size a signal handler may read at any
  // moment: it is stored only after the bytes are in place.
  std::unique_ptr<char[]> buffer_;
  std::atomic<std::size_t> size_{0};
};

// True when the descriptor is a terminal.
bool is_terminal(int fd);

}  // namespace gnlc::util
