// The huge-page hint reaches the kernel for the whole 2 MiB pages inside a
// large block: the mapping that holds them is marked "hg" in
// /proc/self/smaps. Skipped where the kernel has no transparent huge pages.
#include <gnlc/util/huge_pages.hpp>

#include <doctest/doctest.h>

#include <sys/mman.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

// The VmFlags of the mapping that holds `address`, or "" when none does.
std::string flags_of_mapping(const void* address) {
  const auto target = reinterpret_cast<std::uintptr_t>(address);
  std::ifstream smaps("/proc/self/smaps");
  std::string line;
  bool inside = false;
  while (std::getline(smaps, line)) {
    std::uintptr_t begin = 0, end = 0;
    char dash = 0;
    std::istringstream range(line);
    if (range >> std::hex >> begin >> dash >> end && dash == '-') {
      inside = begin <= target && target < end;
      continue;
    }
    if (inside && line.starts_with("VmFlags:")) return line;
  }
  return "";
}

}  // namespace

TEST_CASE("reserve_in_huge_pages marks the whole 2 MiB pages of a large block") {
  if (!std::filesystem::exists("/sys/kernel/mm/transparent_hugepage")) return;
  std::vector<char> block;
  gnlc::util::reserve_in_huge_pages(block, std::size_t{16} << 20);
  REQUIRE(block.capacity() >= std::size_t{16} << 20);
  constexpr std::uintptr_t huge_page = std::uintptr_t{2} << 20;
  const auto start = reinterpret_cast<std::uintptr_t>(block.data());
  const std::uintptr_t aligned = (start + huge_page - 1) & ~(huge_page - 1);
  const char* inside = block.data() + (aligned - start) + huge_page;  // well within the advised part
  CHECK(flags_of_mapping(inside).find(" hg") != std::string::npos);
}

TEST_CASE("advise_huge_pages leaves a block of less than two huge pages alone") {
  if (!std::filesystem::exists("/sys/kernel/mm/transparent_hugepage")) return;
  // A mapping of its own, so that no other block's hint can be seen here.
  constexpr std::size_t size = std::size_t{8} << 20;
  void* mapping = ::mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  REQUIRE(mapping != MAP_FAILED);
  char* const bytes = static_cast<char*>(mapping);
  gnlc::util::advise_huge_pages(bytes, (std::size_t{4} << 20) - 1);
  CHECK(flags_of_mapping(bytes).find(" hg") == std::string::npos);
  CHECK(flags_of_mapping(bytes + size - 1).find(" hg") == std::string::npos);
  gnlc::util::advise_huge_pages(bytes, size);
  CHECK(flags_of_mapping(bytes + size / 2).find(" hg") != std::string::npos);
  ::munmap(mapping, size);
}
