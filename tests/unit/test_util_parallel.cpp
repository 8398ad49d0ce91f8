// util/parallel: results come back in index order, with their index, for
// any number of items and jobs, including chunk and window boundaries; a
// failure on either side ends the run and reaches the caller.
#include <doctest/doctest.h>
#include <gnlc/util/parallel.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstddef>
#include <stdexcept>
#include <thread>
#include <vector>

using gnlc::util::ordered_parallel;

namespace {

// Every index once, in order, each with its own result.
void check_order(std::size_t count, unsigned jobs) {
  CAPTURE(count);
  CAPTURE(jobs);
  std::vector<std::size_t> indices;
  bool results_match = true;
  ordered_parallel<std::size_t>(
      count, jobs, [](std::size_t i) { return i * 3 + 1; },
      [&](std::size_t i, std::size_t result) {
        indices.push_back(i);
        results_match = results_match && result == i * 3 + 1;
      });
  REQUIRE(indices.size() == count);
  for (std::size_t i = 0; i < count; ++i) CHECK(indices[i] == i);
  CHECK(results_match);
}

}  // namespace

TEST_CASE("ordered_parallel") {
  SUBCASE("in order, with the index, across chunk and window sizes") {
    // 64 is the largest chunk; 2 jobs keep 8 chunks in flight.
    for (const std::size_t count : {0u, 1u, 2u, 31u, 32u, 33u, 63u, 64u, 65u, 1000u, 2048u, 2049u, 20000u})
      for (const unsigned jobs : {1u, 2u, 3u, 8u}) check_order(count, jobs);
  }

  SUBCASE("a failure in produce reaches the caller") {
    std::size_t consumed = 0;
    CHECK_THROWS_WITH_AS(ordered_parallel<int>(
                             5000, 2,
                             [](std::size_t i) {
                               if (i == 3000) throw std::runtime_error("produce failed");
                               return int(i);
                             },
                             [&](std::size_t, int) { ++consumed; }),
                         "produce failed", std::runtime_error);
    CHECK(consumed <= 3000u);  // nothing at or after the failure is consumed
  }

  SUBCASE("a failure in consume stops the workers and reaches the caller") {
    std::size_t consumed = 0;
    CHECK_THROWS_WITH_AS(ordered_parallel<int>(
                             5000, 2, [](std::size_t i) { return int(i); },
                             [&](std::size_t i, int) {
                               if (i == 10) throw std::runtime_error("consume failed");
                               ++consumed;
                             }),
                         "consume failed", std::runtime_error);
    CHECK(consumed == 10u);
  }
}

TEST_CASE("ordered_parallel keeps a bounded window whatever the jobs") {
  // Results produced but not yet consumed never exceed a fixed bound, at
  // -j 2 as at -j 500 (the consumer is slow on purpose).
  for (unsigned jobs : {2u, 64u, 500u}) {
    CAPTURE(jobs);
    std::atomic<std::size_t> produced{0};
    std::size_t consumed = 0, most_waiting = 0;
    ordered_parallel<std::size_t>(
        3000, jobs,
        [&](std::size_t i) {
          ++produced;
          return i;
        },
        [&](std::size_t i, std::size_t result) {
          CHECK(result == i);
          ++consumed;
          most_waiting = std::max(most_waiting, produced.load() - consumed);
          if (i % 500 == 0) std::this_thread::sleep_for(std::chrono::milliseconds(5));
        });
    CHECK(consumed == 3000);
    CHECK(most_waiting <= 600);
  }
}
