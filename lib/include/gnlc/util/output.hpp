// Where results and diagnostics go. Library code writes to a Writer and
// never to stdout directly, so every command runs the same in a test (into
// a string), on a terminal, or into an atomically replaced file.
#pragma once

#include <cstdio>
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
  explicit FdWriter(int fd) : fd_(fd) {}
  ~FdWriter() override;
  FdWriter(const FdWriter&) = delete;
  FdWriter& operator=(const FdWriter&) = delete;

  void write(std::string_view bytes) override;
  bool ok() const override { return error_ == 0; }
  // Writes what is buffered; false (with errno saved in error()) on failure.
  bool flush();
  // Drops what is buffered without writing it.
  void discard() { buffer_.clear(); }
  int error() const { return error_; }
  int fd() const { return fd_; }

 private:
  int fd_;
  int error_ = 0;
  std::string buffer_;
};

// True when the descriptor is a terminal.
bool is_terminal(int fd);

}  // namespace gnlc::util
