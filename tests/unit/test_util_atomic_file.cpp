// util/atomic_file: the target holds the old content or the whole new
// content, never a part.
#include "support.hpp"

#include <doctest/doctest.h>
#include <gnlc/util/atomic_file.hpp>

#include <sys/stat.h>
#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

using gnlc::test::read_file;
using gnlc::test::TempDirectory;
using gnlc::test::write_file;
using gnlc::util::AtomicFile;

namespace {
// The names in a directory, sorted.
std::vector<std::string> entries(const std::string& directory) {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(directory))
    names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}
}  // namespace

TEST_CASE("AtomicFile::commit") {
  const TempDirectory directory;
  const std::string target = directory / "result.json";

  SUBCASE("creates a new file") {
    AtomicFile file(target);
    REQUIRE(file.ok());
    file.writer() << "{\"new\": true}\n";
    CHECK_FALSE(std::filesystem::exists(target));  // nothing visible before the commit
    CHECK(file.commit());
    CHECK(file.error() == "");
    CHECK(read_file(target) == "{\"new\": true}\n");
  }

  SUBCASE("replaces an existing file") {
    write_file(target, "old content that is longer than the new one\n");
    {
      AtomicFile file(target);
      REQUIRE(file.ok());
      file.writer() << "new\n";
      CHECK(read_file(target) == "old content that is longer than the new one\n");
      CHECK(entries(directory.path()).size() == 2u);  // the target and the temporary file
      CHECK(file.commit());
    }
    CHECK(read_file(target) == "new\n");
    CHECK(entries(directory.path()) == std::vector<std::string>{"result.json"});
  }

  SUBCASE("writes large content whole") {
    const std::string large(300 * 1024, 'x');  // several buffer flushes
    AtomicFile file(target);
    REQUIRE(file.ok());
    file.writer() << large;
    CHECK(file.commit());
    CHECK(read_file(target) == large);
  }
}

TEST_CASE("AtomicFile::~AtomicFile") {
  const TempDirectory directory;
  const std::string target = directory / "report.csv";

  SUBCASE("an existing target is left unchanged and the temporary file removed") {
    write_file(target, "previous\n");
    {
      AtomicFile file(target);
      REQUIRE(file.ok());
      file.writer() << std::string(200 * 1024, 'y');  // some of it already flushed to the temporary file
      CHECK(entries(directory.path()).size() == 2u);
    }
    CHECK(read_file(target) == "previous\n");
    CHECK(entries(directory.path()) == std::vector<std::string>{"report.csv"});
  }

  SUBCASE("no target is created") {
    {
      AtomicFile file(target);
      file.writer() << "abandoned";
    }
    CHECK_FALSE(std::filesystem::exists(target));
    CHECK(entries(directory.path()).empty());
  }
}

TEST_CASE("AtomicFile::AtomicFile") {
  const TempDirectory directory;
  const std::string target = directory / "missing-directory/out.txt";
  AtomicFile file(target);
  CHECK_FALSE(file.ok());
  CHECK(file.error() == "cannot create a temporary file next to '" + target + "': No such file or directory");
  file.writer() << "ignored";  // writing to a failed file is harmless
  CHECK_FALSE(file.commit());
  CHECK_FALSE(std::filesystem::exists(target));
  CHECK(entries(directory.path()).empty());
}

TEST_CASE("AtomicFile::AtomicFile refuses what is not a regular file") {
  const TempDirectory directory;
  write_file(directory / "real.txt", "OLD");
  std::filesystem::create_symlink("real.txt", directory / "link.txt");
  REQUIRE(::mkfifo((directory / "fifo").c_str(), 0600) == 0);
  std::filesystem::create_directory(directory / "sub");
  for (const auto& [name, kind] : std::vector<std::pair<std::string, std::string>>{
           {"link.txt", "a symbolic link"}, {"fifo", "a FIFO"}, {"sub", "a directory"}}) {
    CAPTURE(name);
    AtomicFile file(directory / name);
    CHECK_FALSE(file.ok());
    CHECK(file.error() == "will not write '" + (directory / name) + "': it is " + kind +
                              ", not a regular file; -o replaces only regular files");
    file.writer() << "ignored";
    CHECK_FALSE(file.commit());
  }
  CHECK(entries(directory.path()) == std::vector<std::string>{"fifo", "link.txt", "real.txt", "sub"});
  CHECK(std::filesystem::is_symlink(directory / "link.txt"));
  CHECK(read_file(directory / "real.txt") == "OLD");
}

TEST_CASE("AtomicFile::commit keeps the permissions of the file it replaces") {
  const TempDirectory directory;
  const std::string target = directory / "private.txt";
  write_file(target, "OLD");
  REQUIRE(::chmod(target.c_str(), 0640) == 0);
  AtomicFile file(target);
  REQUIRE(file.ok());
  file.writer() << "NEW";
  REQUIRE(file.commit());
  struct stat info;
  REQUIRE(::stat(target.c_str(), &info) == 0);
  CHECK((info.st_mode & 07777) == 0640);
  CHECK(read_file(target) == "NEW");
}
