// Writes a file so that readers see either the old content or the whole
// new content, never a part: the bytes go to a temporary file in the same
// directory, and only commit() renames it over the target. The destructor
// deliberately does not commit: a run that fails or is interrupted leaves
// the previous file untouched and removes its temporary file.
#pragma once

#include <gnlc/util/output.hpp>

#include <memory>
#include <string>

namespace gnlc::util {

class AtomicFile {
 public:
  // Creates the temporary file; check ok() before writing. A target that
  // exists and is not a regular file (a device, a FIFO, a directory, a
  // symbolic link) is refused: not ok(), and nothing is created. A target
  // that exists keeps its permission bits, and its owner where allowed.
  explicit AtomicFile(std::string path);
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }
  Writer& writer() { return *writer_; }
  // For a library that writes only to a file it names itself (an xlsx
  // workbook): it writes here instead of through writer(), before commit().
  const std::string& temporary_path() const { return temporary_path_; }

  // Flushes, syncs and renames into place. Returns false and sets error()
  // when any step (or any earlier write) failed; the target is then
  // unchanged. With replace_existing false, a target that exists (even
  // one created since the check before) is left alone and the commit
  // fails: the rename itself refuses it.
  bool commit(bool replace_existing = true);

  // Removes the temporary file of the AtomicFile in progress when the
  // process is killed (SIGINT, SIGTERM, SIGHUP, SIGPIPE, ...) or crashes
  // (SIGSEGV, SIGABRT, ...), then dies of the same signal. A signal that
  // was ignored when the process started stays ignored (nohup). Called
  // once by each command's main.
  static void remove_on_fatal_signal();

 private:
  std::string path_;
  std::string temporary_path_;
  std::unique_ptr<FdWriter> writer_;
  std::string error_;
  bool committed_ = false;
};

}  // namespace gnlc::util
