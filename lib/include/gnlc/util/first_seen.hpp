// The first of a batch's files to have each key, in 12 bytes a slot: an
// open-addressing table of 64-bit keys (digests) and 32-bit file numbers.
// A std::unordered_map of the same took some 70 bytes an entry, more than
// the rest of a million-file batch together.
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <vector>

namespace gnlc::util {

class FirstSeen {
 public:
  // The file that had `key` first: `file` itself when the key is new.
  std::uint32_t try_add(std::uint64_t key, std::uint32_t file) {
    if (4 * (size_ + 1) > 3 * keys_.size()) grow();
    for (std::size_t slot = key & (keys_.size() - 1);; slot = (slot + 1) & (keys_.size() - 1)) {
      if (files_[slot] == empty) {
        keys_[slot] = key;
        files_[slot] = file;
        ++size_;
        return file;
      }
      if (keys_[slot] == key) return files_[slot];
    }
  }
  std::size_t size() const { return size_; }

 private:
  static constexpr std::uint32_t empty = std::numeric_limits<std::uint32_t>::max();

  void grow() {
    std::vector<std::uint64_t> keys(keys_.empty() ? 64 : 2 * keys_.size());
    std::vector<std::uint32_t> files(keys.size(), empty);
    keys.swap(keys_);
    files.swap(files_);
    size_ = 0;
    for (std::size_t i = 0; i < keys.size(); ++i)
      if (files[i] != empty) try_add(keys[i], files[i]);
  }

  std::vector<std::uint64_t> keys_;
  std::vector<std::uint32_t> files_;
  std::size_t size_ = 0;
};

}  // namespace gnlc::util
