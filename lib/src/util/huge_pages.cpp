#include <gnlc/util/huge_pages.hpp>

#include <cstdint>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace gnlc::util {

void advise_huge_pages([[maybe_unused]] const void* data, [[maybe_unused]] std::size_t bytes) {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  constexpr std::uintptr_t huge_page = std::uintptr_t{2} << 20;
  if (bytes < 2 * huge_page) return;  // a partly used huge page would cost more than it saves
  const auto start = reinterpret_cast<std::uintptr_t>(data);
  const std::uintptr_t begin = (start + huge_page - 1) & ~(huge_page - 1);
  const std::uintptr_t end = (start + bytes) & ~(huge_page - 1);
  if (end <= begin) return;
  // Only a hint: where it cannot be followed (THP disabled), nothing changes.
  char* const block = const_cast<char*>(static_cast<const char*>(data));
  (void)::madvise(block + (begin - start), end - begin, MADV_HUGEPAGE);
#endif
}

}  // namespace gnlc::util
