// util/files: reading inputs under a size limit, and finding *.toml files
// in directory trees.
#include "support.hpp"

#include <doctest/doctest.h>
#include <gnlc/util/files.hpp>
#include <gnlc/util/first_seen.hpp>

#include <fmt/format.h>

#include <sys/stat.h>
#include <filesystem>
#include <string>
#include <thread>
#include <variant>
#include <vector>

using gnlc::test::TempDirectory;
using gnlc::test::write_file;
using gnlc::util::expand_input;
using gnlc::util::InputEntry;
using gnlc::util::read_input;
using gnlc::util::ReadError;
using gnlc::util::TooLarge;

namespace {
// "path" for a readable entry, "path: error" for one that cannot be used;
// relative to `root`, so that the expectations read plainly.
std::vector<std::string> listing(const std::vector<InputEntry>& entries, const std::string& root) {
  std::vector<std::string> lines;
  for (const InputEntry& entry : entries) {
    std::string path = entry.path;
    if (path.starts_with(root + "/")) path.erase(0, root.size() + 1);
    lines.push_back(entry.error.empty() ? path : path + ": " + entry.error);
  }
  return lines;
}
}  // namespace

TEST_CASE("read_input") {
  const TempDirectory directory;

  SUBCASE("a file of exactly the limit is read whole") {
    const std::string content(1000, 'a');
    write_file(directory / "exact.toml", content);
    const auto result = read_input(directory / "exact.toml", 1000);
    REQUIRE(std::holds_alternative<std::string>(result));
    CHECK(std::get<std::string>(result) == content);
  }

  SUBCASE("one byte over the limit is too large") {
    write_file(directory / "over.toml", std::string(1001, 'a'));
    const auto result = read_input(directory / "over.toml", 1000);
    REQUIRE(std::holds_alternative<TooLarge>(result));
    CHECK(std::get<TooLarge>(result).limit == 1000u);
  }

  SUBCASE("a FIFO is read up to the limit only") {
    // No size to look at: the read itself stops after limit + 1 bytes.
    const std::string fifo = directory / "pipe";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    // 1000 bytes: under PIPE_BUF, one atomic write, whatever the reader does.
    std::thread writer([&] { write_file(fifo, std::string(1000, 'b')); });
    const auto result = read_input(fifo, 100);
    writer.join();
    REQUIRE(std::holds_alternative<TooLarge>(result));
    CHECK(std::get<TooLarge>(result).limit == 100u);
  }

  SUBCASE("an empty file") {
    write_file(directory / "empty.toml", "");
    const auto result = read_input(directory / "empty.toml", 1000);
    REQUIRE(std::holds_alternative<std::string>(result));
    CHECK(std::get<std::string>(result) == "");
  }

  SUBCASE("a missing file") {
    const auto result = read_input(directory / "missing.toml", 1000);
    REQUIRE(std::holds_alternative<ReadError>(result));
    CHECK(std::get<ReadError>(result).message == "no such file or directory");
  }

  SUBCASE("a directory") {
    const auto result = read_input(directory.path(), 1000);
    REQUIRE(std::holds_alternative<ReadError>(result));
    CHECK(std::get<ReadError>(result).message == "is a directory");
  }
}

TEST_CASE("read_input of streams and special files") {
  const TempDirectory directory;
  SUBCASE("a file found in a directory that became a FIFO is refused without waiting") {
    const std::string fifo = directory / "app.toml";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    const auto result = read_input(fifo, 100, gnlc::util::Expect::regular_file);
    REQUIRE(std::holds_alternative<ReadError>(result));
    CHECK(std::get<ReadError>(result).message == "a FIFO, not a regular file");
  }
  SUBCASE("a device is refused") {
    const auto result = read_input("/dev/zero", 100);
    REQUIRE(std::holds_alternative<ReadError>(result));
    CHECK(std::get<ReadError>(result).message == "a character device, not a regular file");
  }
  SUBCASE("a stream stops at its first NUL byte") {
    const std::string fifo = directory / "pipe";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    std::thread writer([&] { write_file(fifo, std::string(1000, 'a') + '\0' + std::string(1000, 'b')); });
    const auto result = read_input(fifo, 1 << 20);
    writer.join();
    REQUIRE(std::holds_alternative<ReadError>(result));
    CHECK(std::get<ReadError>(result).message == "binary data (a NUL byte), not a text file");
  }
}

TEST_CASE("expand_input") {
  const TempDirectory directory;
  const std::string root = directory / "apps";
  std::filesystem::create_directories(root + "/sub/deeper");
  std::filesystem::create_directories(root + "/.git");
  write_file(root + "/b.toml", "");
  write_file(root + "/a.toml", "");
  write_file(root + "/notes.txt", "");
  write_file(root + "/toml", "");  // no extension, only the name
  write_file(root + "/sub/c.toml", "");
  write_file(root + "/sub/deeper/d.toml", "");
  write_file(root + "/sub/deeper/d.toml.bak", "");
  write_file(root + "/.hidden.toml", "");  // hidden entries are skipped
  write_file(root + "/.git/e.toml", "");
  std::filesystem::create_symlink("loop.toml", root + "/loop.toml");  // a link to itself
  std::filesystem::create_directory_symlink("..", root + "/sub/up");  // leads back to apps
  std::filesystem::create_symlink("gone.toml", root + "/broken.toml");
  std::filesystem::create_symlink("a.toml", root + "/link.toml");
  REQUIRE(::mkfifo((root + "/fifo.toml").c_str(), 0600) == 0);
  REQUIRE(::mkfifo((root + "/fifo.txt").c_str(), 0600) == 0);

  SUBCASE("a directory tree, recursively and sorted by path") {
    // Nothing opens the FIFOs: were one opened for reading, this would block.
    CHECK(listing(expand_input(root, ".toml"), root) ==
          std::vector<std::string>{
              "a.toml",
              "b.toml",
              "broken.toml: broken symbolic link: no such file or directory",
              "fifo.toml: a FIFO, not a regular file; skipped",
              "link.toml",
              "loop.toml: symbolic link loop",
              "sub/c.toml",
              "sub/deeper/d.toml",
              "sub/up: directory loop: this symbolic link leads back to a directory above it",
          });
  }

  SUBCASE("each real directory is walked once, however many links lead to it") {
    // 20 directories, each linking twice to the next: a million paths.
    const std::string chain = directory / "chain";
    for (int i = 0; i < 20; ++i) std::filesystem::create_directories(chain + "/d" + std::to_string(i));
    for (int i = 0; i < 19; ++i)
      for (const char* name : {"x", "y"})
        std::filesystem::create_directory_symlink("../d" + std::to_string(i + 1),
                                                  chain + "/d" + std::to_string(i) + "/" + name);
    write_file(chain + "/d19/app.toml", "");
    CHECK(listing(expand_input(chain + "/d0", ".toml"), chain) ==
          std::vector<std::string>{"d0/x/x/x/x/x/x/x/x/x/x/x/x/x/x/x/x/x/x/x/app.toml"});
  }

  SUBCASE("a trailing slash is dropped") {
    CHECK(listing(expand_input(root + "/sub/deeper/", ".toml"), root) == std::vector<std::string>{"sub/deeper/d.toml"});
  }

  SUBCASE("a file is taken as given, whatever its name or type") {
    CHECK(listing(expand_input(root + "/notes.txt", ".toml"), root) == std::vector<std::string>{"notes.txt"});
    CHECK(listing(expand_input(root + "/fifo.toml", ".toml"), root) == std::vector<std::string>{"fifo.toml"});
    CHECK(listing(expand_input("-", ".toml"), root) == std::vector<std::string>{"-"});
  }

  SUBCASE("a missing path") {
    CHECK(listing(expand_input(root + "/missing", ".toml"), root) ==
          std::vector<std::string>{"missing: no such file or directory"});
  }

  SUBCASE("an empty directory") {
    std::filesystem::create_directory(root + "/empty");
    CHECK(expand_input(root + "/empty", ".toml").empty());
  }
}

TEST_CASE("InputList: the order of whole paths, '/' included, and each path once") {
  const TempDirectory directory;
  const std::string root = directory / "apps";
  // As strings, "a-b.toml" < "a-c/x.toml" < "a/y.toml" < "ab.toml": '-' < '/' < 'b'.
  std::filesystem::create_directories(root + "/a");
  std::filesystem::create_directories(root + "/a-c");
  write_file(root + "/a/y.toml", "");
  write_file(root + "/a-c/x.toml", "");
  write_file(root + "/a-b.toml", "");
  write_file(root + "/ab.toml", "");
  const auto paths = [&](const gnlc::util::InputList& list) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < list.size(); ++i) {
      std::string path = list.path(i);
      out.push_back(path.starts_with(root + "/") ? path.substr(root.size() + 1) : path);
      CHECK(list[i].path == list.path(i));
    }
    return out;
  };
  gnlc::util::InputList list;
  CHECK(list.add(root, ".toml") == 4);
  CHECK(list[0].found_in_directory);
  CHECK(paths(list) == std::vector<std::string>{"a-b.toml", "a-c/x.toml", "a/y.toml", "ab.toml"});

  // Given again, and one of its files by name, then sorted: each path once.
  CHECK(list.add(root + "/ab.toml", ".toml") == 1);
  CHECK_FALSE(list[4].found_in_directory);
  CHECK(list.add(root + "/a", ".toml") == 1);
  CHECK(paths(list) ==
        std::vector<std::string>{"a-b.toml", "a-c/x.toml", "a/y.toml", "ab.toml", "ab.toml", "a/y.toml"});
  list.sort_unique();
  CHECK(paths(list) == std::vector<std::string>{"a-b.toml", "a-c/x.toml", "a/y.toml", "ab.toml"});
}

TEST_CASE("InputList: many files in one directory, in order") {
  gnlc::util::InputList list;
  const TempDirectory directory;
  const std::string root = directory / "many";
  std::filesystem::create_directories(root);
  for (int i = 0; i < 3000; ++i) write_file(fmt::format("{}/{:05}.toml", root, 2999 - i), "");
  CHECK(list.add(root, ".toml") == 3000);
  CHECK(list.path(0) == root + "/00000.toml");
  CHECK(list.path(2999) == root + "/02999.toml");
}

TEST_CASE("FirstSeen") {
  gnlc::util::FirstSeen seen;
  // Far past the first table's 64 slots: every key keeps its first file.
  for (std::uint32_t file = 0; file < 100'000; ++file)
    CHECK(seen.try_add(std::uint64_t(file) * 0x9E3779B97F4A7C15u, file) == file);
  CHECK(seen.size() == 100'000);
  CHECK(seen.try_add(std::uint64_t(4242) * 0x9E3779B97F4A7C15u, 100'000) == 4242);
  CHECK(seen.try_add(0, 7) == 0);  // key 0 was file 0's
  CHECK(seen.try_add(1, 8) == 8);  // a new key
  CHECK(seen.size() == 100'001);
}

TEST_CASE("FirstSeen sized for the files of a batch") {
  gnlc::util::FirstSeen seen(1000);
  CHECK(seen.capacity() == 0);  // nothing until the first key
  for (std::uint32_t file = 0; file < 1000; ++file) REQUIRE(seen.try_add(file * 7919u, file) == file);
  CHECK(seen.capacity() == 1334);  // allocated once, three quarters full at most
  for (std::uint32_t file = 0; file < 1000; ++file) REQUIRE(seen.try_add(file * 7919u, file + 5000) == file);
  // More keys than expected: the table grows by half and keeps them all.
  for (std::uint32_t file = 1000; file < 3000; ++file) REQUIRE(seen.try_add(file * 7919u, file) == file);
  CHECK(seen.capacity() > 3000 * 4 / 3);
  CHECK(seen.try_add(999u * 7919u, 1) == 999);
  CHECK(seen.size() == 3000);
}
