// Large blocks about to be filled (a registry's text, its members, the
// rows of its report) are backed by 2 MiB pages where the kernel allows.
// In 4 KiB pages, filling the 40 MB that `gnlc reports` needs for 100,000
// members costs some 10,000 page faults, half of its run on a virtual
// machine; in 2 MiB pages, a few dozen.
#pragma once

#include <cstddef>

namespace gnlc::util {

// A hint for the whole 2 MiB pages inside the block: nothing happens for a
// block smaller than a few of them, where transparent huge pages are off,
// or on a system without them. Call it before the block is first written.
void advise_huge_pages(const void* data, std::size_t bytes);

// reserve(n) on a vector or string, with the hint for the new block.
template <class Container>
void reserve_in_huge_pages(Container& container, std::size_t n) {
  container.reserve(n);
  advise_huge_pages(container.data(), container.capacity() * sizeof(typename Container::value_type));
}

}  // namespace gnlc::util
