// The floor of `gnlc check`: read each file and parse it with toml++,
// nothing else. Reads as gnlc does (one read per file into a buffer of the
// file's size), so the difference to gnlc is the checking itself.
//   parse_only FILE_LIST     (one path per line)
#include <toml++/toml.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cstdio>
#include <fstream>
#include <string>

int main(int argc, char** argv) {
  if (argc != 2) return 2;
  std::ifstream list(argv[1]);
  std::string path, text;
  std::size_t tables = 0, errors = 0;
  while (std::getline(list, path)) {
    const int fd = ::open(path.c_str(), O_RDONLY);
    if (fd < 0) return 2;
    struct stat info;
    ::fstat(fd, &info);
    text.resize(std::size_t(info.st_size));
    const ssize_t n = ::read(fd, text.data(), text.size());
    ::close(fd);
    if (n != info.st_size) return 2;
    try {
      tables += toml::parse(text).size();
    } catch (const toml::parse_error&) {
      ++errors;
    }
  }
  std::printf("%zu top-level keys, %zu syntax errors\n", tables, errors);
}
