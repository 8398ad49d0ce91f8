// Runs work on several threads and hands the results over in order.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace gnlc::util {

// Calls produce(i) for i in [0, count) on `jobs` threads, and consume() with
// each result on the calling thread in index order, so that the output is
// the same for any number of jobs. At most a small window of results waits
// to be consumed: memory stays flat however many items there are.
template <class Result, class Produce, class Consume>
void ordered_parallel(std::size_t count, unsigned jobs, Produce produce, Consume consume) {
  if (jobs <= 1 || count <= 1) {
    for (std::size_t i = 0; i < count; ++i) consume(produce(i));
    return;
  }
  const std::size_t window = std::size_t(jobs) * 8;
  std::vector<std::optional<Result>> slots(window);
  std::mutex mutex;
  std::condition_variable produced, consumed;
  std::size_t next_to_produce = 0, next_to_consume = 0;
  std::exception_ptr failure;
  bool stop = false;

  const auto worker = [&] {
    for (;;) {
      std::size_t index;
      {
        std::unique_lock lock(mutex);
        consumed.wait(lock, [&] { return stop || next_to_produce >= count || next_to_produce < next_to_consume + window; });
        if (stop || next_to_produce >= count) return;
        index = next_to_produce++;
      }
      std::optional<Result> result;
      try {
        result.emplace(produce(index));
      } catch (...) {
        std::lock_guard lock(mutex);
        if (!failure) failure = std::current_exception();
        stop = true;
        produced.notify_all();
        consumed.notify_all();
        return;
      }
      std::lock_guard lock(mutex);
      slots[index % window] = std::move(result);
      produced.notify_all();
    }
  };

  std::vector<std::jthread> threads;
  threads.reserve(jobs);
  for (unsigned t = 0; t < jobs; ++t) threads.emplace_back(worker);
  std::exception_ptr consumer_failure;
  for (std::size_t i = 0; i < count; ++i) {
    std::optional<Result> result;
    {
      std::unique_lock lock(mutex);
      produced.wait(lock, [&] { return stop || slots[i % window].has_value(); });
      if (stop && !slots[i % window]) break;
      result = std::move(slots[i % window]);
      slots[i % window].reset();
      ++next_to_consume;
    }
    consumed.notify_all();
    try {
      consume(std::move(*result));
    } catch (...) {
      consumer_failure = std::current_exception();
      std::lock_guard lock(mutex);
      stop = true;
      consumed.notify_all();
      break;
    }
  }
  threads.clear();  // joins
  if (consumer_failure) std::rethrow_exception(consumer_failure);
  if (failure) std::rethrow_exception(failure);
}

}  // namespace gnlc::util
