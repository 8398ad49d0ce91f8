#include <gnlc/util/text_store.hpp>

#include <algorithm>

namespace gnlc::util {

std::string_view TextStore::keep(std::string_view first, std::string_view second) {
  const std::size_t size = first.size() + second.size();
  if (size == 0) return {};
  if (used_ + size > block_size) {
    // Not make_unique, which would zero the whole MiB for nothing. A text
    // longer than a block fills one of its own.
    blocks_.push_back(std::unique_ptr<char[]>(new char[std::max(size, block_size)]));
    used_ = 0;
  }
  char* out = blocks_.back().get() + used_;
  used_ += size;
  // std::copy, not memcpy: an empty view's data() may be null.
  std::copy(second.begin(), second.end(), std::copy(first.begin(), first.end(), out));
  return {out, size};
}

}  // namespace gnlc::util
