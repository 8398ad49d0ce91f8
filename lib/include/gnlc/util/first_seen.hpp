// The first of a batch's files to have each key, in 12 bytes a slot: an
// open-addressing table of 64-bit keys (digests) and 32-bit file numbers.
// A std::unordered_map of the same took some 70 bytes an entry, more than
// the rest of a million-file batch together.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <vector>

namespace gnlc::util {

class FirstSeen {
 public:
  // `expected`: how many keys the batch may add (one a file at most). The
  // table is allocated on the first key, at once for all of them, so that
  // it is never copied while it grows (the copy doubled the peak) and a
  // table that gets no key costs nothing. More keys than expected still
  // work: the table grows by half.
  explicit FirstSeen(std::size_t expected = 0) : expected_(expected) {}

  // The file that had `key` first: `file` itself when the key is new.
  std::uint32_t try_add(std::uint64_t key, std::uint32_t file) {
    if (4 * (size_ + 1) > 3 * keys_.size()) grow();
    const std::size_t capacity = keys_.size();
    for (std::size_t slot = key % capacity;; slot = slot + 1 == capacity ? 0 : slot + 1) {
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
  std::size_t capacity() const { return keys_.size(); }

 private:
  static constexpr std::uint32_t empty = std::numeric_limits<std::uint32_t>::max();

  // At most three quarters full; the capacity need not be a power of two,
  // so a million keys take 1.33 million slots, not two million.
  void grow() {
    const std::size_t wanted = std::max({std::size_t{64}, 4 * (size_ + 1) / 3 + 1, keys_.size() + keys_.size() / 2,
                                         keys_.empty() ? 4 * expected_ / 3 + 1 : 0});
    std::vector<std::uint64_t> keys(wanted);
    std::vector<std::uint32_t> files(wanted, empty);
    keys.swap(keys_);
    files.swap(files_);
    size_ = 0;
    for (std::size_t i = 0; i < keys.size(); ++i)
      if (files[i] != empty) try_add(keys[i], files[i]);
  }

  std::size_t expected_;
  std::vector<std::uint64_t> keys_;
  std::vector<std::uint32_t> files_;
  std::size_t size_ = 0;
};

}  // namespace gnlc::util
