// Runs work on several threads and hands the results over in order.
#pragma once

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <mutex>
#include <optional>
#include <system_error>
#include <thread>
#include <utility>
#include <vector>

namespace gnlc::util {

namespace detail {
#if defined(__cpp_lib_jthread)
using joining_thread = std::jthread;
#else
// The part of std::jthread used below, for C++ libraries without it
// (emscripten's libc++ 14; the page runs with one job, so never starts one).
class joining_thread {
 public:
  template <class Function>
  explicit joining_thread(Function&& function) : thread_(std::forward<Function>(function)) {}
  joining_thread(joining_thread&&) noexcept = default;
  joining_thread& operator=(joining_thread&&) = delete;
  ~joining_thread() {
    if (thread_.joinable()) thread_.join();
  }

 private:
  std::thread thread_;
};
#endif
}  // namespace detail

// Calls produce(i) for i in [0, count) on `jobs` threads, and
// consume(i, result) on the calling thread in index order, so that the
// output is the same for any number of jobs. Items are handed out in chunks, so that
// threads meet once per chunk rather than once per item (checking a file
// takes some tens of microseconds: as long as a lock hand-over), and at
// most a small window of chunks waits to be consumed: memory stays flat
// however many items there are and however many jobs. A thread that
// cannot be created means fewer threads (at least the calling one), never
// a hang.
template <class Result, class Produce, class Consume>
void ordered_parallel(std::size_t count, unsigned jobs, Produce produce, Consume consume) {
  if (jobs <= 1 || count <= 1) {
    for (std::size_t i = 0; i < count; ++i) consume(i, produce(i));
    return;
  }
  // At most `max_in_flight` results wait at any time, whatever -j says: a
  // result can be large (a file's diagnostics), and -j 64 on a small
  // machine must not cost 32 times the memory of -j 2. More threads than
  // results in flight would only wait.
  constexpr std::size_t max_in_flight = 256;
  jobs = unsigned(std::min<std::size_t>(jobs, max_in_flight / 2));
  const std::size_t window = std::size_t(jobs) * 2;  // chunks in flight
  const std::size_t chunk =
      std::clamp<std::size_t>(count / (std::size_t(jobs) * 16), 1, std::max<std::size_t>(1, max_in_flight / window));
  const std::size_t chunks = (count + chunk - 1) / chunk;
  std::vector<std::vector<Result>> slots(window);
  std::vector<bool> ready(window, false);
  std::mutex mutex;
  std::condition_variable produced, consumed;
  std::size_t next_chunk = 0, consumed_chunks = 0;
  std::exception_ptr failure;
  bool stop = false;

  const auto worker = [&] {
    std::vector<Result> results;
    for (;;) {
      std::size_t c;
      {
        std::unique_lock lock(mutex);
        consumed.wait(lock, [&] { return stop || next_chunk >= chunks || next_chunk < consumed_chunks + window; });
        if (stop || next_chunk >= chunks) return;
        c = next_chunk++;
      }
      results.clear();
      try {
        const std::size_t end = std::min(count, (c + 1) * chunk);
        for (std::size_t i = c * chunk; i < end; ++i) results.push_back(produce(i));
      } catch (...) {
        std::lock_guard lock(mutex);
        if (!failure) failure = std::current_exception();
        stop = true;
        produced.notify_all();
        consumed.notify_all();
        return;
      }
      std::lock_guard lock(mutex);
      slots[c % window].swap(results);
      ready[c % window] = true;
      produced.notify_all();
    }
  };

  std::vector<detail::joining_thread> threads;
  threads.reserve(jobs);
  // A thread that cannot start (a pids or memory limit) is one worker
  // fewer, not a failure: the ones started do the work. With none at all,
  // the calling thread does it alone.
  for (unsigned t = 0; t < jobs; ++t) {
    try {
      threads.emplace_back(worker);
    } catch (const std::system_error&) {
      break;
    }
  }
  if (threads.empty()) {
    for (std::size_t i = 0; i < count; ++i) consume(i, produce(i));
    return;
  }
  std::exception_ptr consumer_failure;
  std::vector<Result> batch;
  for (std::size_t c = 0; c < chunks && !consumer_failure; ++c) {
    {
      std::unique_lock lock(mutex);
      produced.wait(lock, [&] { return stop || ready[c % window]; });
      if (!ready[c % window]) break;  // a worker failed
      batch.clear();
      batch.swap(slots[c % window]);
      ready[c % window] = false;
      ++consumed_chunks;
    }
    consumed.notify_all();
    try {
      for (std::size_t k = 0; k < batch.size(); ++k) consume(c * chunk + k, std::move(batch[k]));
    } catch (...) {
      consumer_failure = std::current_exception();
      std::lock_guard lock(mutex);
      stop = true;
      consumed.notify_all();
    }
  }
  threads.clear();  // joins
  if (consumer_failure) std::rethrow_exception(consumer_failure);
  if (failure) std::rethrow_exception(failure);
}

}  // namespace gnlc::util
