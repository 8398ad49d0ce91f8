// util/output: FdWriter buffers, writes everything on flush, and hands its
// complete lines over when a fatal signal ends the process.
#include <doctest/doctest.h>
#include <gnlc/util/atomic_file.hpp>
#include <gnlc/util/output.hpp>

#include <sys/wait.h>
#include <unistd.h>
#include <csignal>
#include <string>

using gnlc::util::FdWriter;

namespace {

struct Ended {
  std::string output;
  int signal = 0;  // the signal that ended the child, 0 for a normal exit
};

// Runs `body` in a child process whose standard output is a pipe, and
// returns what reached the pipe and how the child ended.
template <typename Body>
Ended in_child(Body body) {
  int pipe_fds[2];
  REQUIRE(::pipe(pipe_fds) == 0);
  const pid_t child = ::fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    ::close(pipe_fds[0]);
    ::dup2(pipe_fds[1], STDOUT_FILENO);
    body();
    ::_exit(0);
  }
  ::close(pipe_fds[1]);
  Ended ended;
  char buffer[4096];
  for (ssize_t n; (n = ::read(pipe_fds[0], buffer, sizeof buffer)) > 0;) ended.output.append(buffer, std::size_t(n));
  ::close(pipe_fds[0]);
  int status = 0;
  ::waitpid(child, &status, 0);
  if (WIFSIGNALED(status)) ended.signal = WTERMSIG(status);
  return ended;
}

}  // namespace

TEST_CASE("FdWriter") {
  SUBCASE("writes what it buffers on flush, in order, across the buffer's size") {
    const std::string long_line(100 * 1024, 'x');
    const Ended ended = in_child([&] {
      FdWriter out(STDOUT_FILENO);
      out << "first\n" << long_line << "\nlast\n";
      out.flush();
    });
    CHECK(ended.signal == 0);
    CHECK(ended.output == "first\n" + long_line + "\nlast\n");
  }

  SUBCASE("a crash writes out the complete lines already buffered") {
    for (const int signal_number : {SIGSEGV, SIGABRT, SIGTERM}) {
      CAPTURE(signal_number);
      const Ended ended = in_child([&] {
        gnlc::util::AtomicFile::remove_on_fatal_signal();
        FdWriter out(STDOUT_FILENO);
        out.save_on_fatal_signal();
        out << "a.toml: valid\n"
            << "b.toml:3:1: error: ";
        ::raise(signal_number);
      });
      CHECK(ended.signal == signal_number);
      CHECK(ended.output == "a.toml: valid\n");
    }
  }

  SUBCASE("a writer not saved, or already destroyed, writes nothing on a crash") {
    const Ended ended = in_child([] {
      gnlc::util::AtomicFile::remove_on_fatal_signal();
      {
        FdWriter saved(STDOUT_FILENO);
        saved.save_on_fatal_signal();
        saved << "flushed when destroyed\n";
      }
      FdWriter out(STDOUT_FILENO);
      out << "never saved\n";
      ::raise(SIGSEGV);
    });
    CHECK(ended.signal == SIGSEGV);
    CHECK(ended.output == "flushed when destroyed\n");
  }
}
