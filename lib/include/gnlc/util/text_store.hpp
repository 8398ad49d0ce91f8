// Many short texts kept for as long as their store.
#pragma once

#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

namespace gnlc::util {

// Texts copied into 1 MiB blocks that never move, so the views handed out
// stay valid while the store lives: a million city names cost their bytes,
// not a std::string (32 bytes and a heap block) each, and the blocks do not
// double as a vector would. A text longer than a block gets a block of
// its own (the rest of the last block is then left unused).
class TextStore {
 public:
  // `first` and `second` side by side; the view covers both.
  std::string_view keep(std::string_view first, std::string_view second = {});

 private:
  static constexpr std::size_t block_size = std::size_t(1) << 20;

  std::vector<std::unique_ptr<char[]>> blocks_;
  std::size_t used_ = block_size;  // in the last block: none free before the first
};

}  // namespace gnlc::util
