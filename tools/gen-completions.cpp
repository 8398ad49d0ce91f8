// Build tool: writes a shell completion from its template,
// gen-completions TEMPLATE OUTPUT (cmake/GnlcCompletions.cmake runs it).
#include <gnlc/cli/completions.hpp>
#include <gnlc/util/atomic_file.hpp>
#include <gnlc/util/files.hpp>

#include <fmt/format.h>

#include <cstdio>
#include <variant>

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fputs("usage: gen-completions TEMPLATE OUTPUT\n", stderr);
    return 2;
  }
  const auto input = gnlc::util::read_input(argv[1], 1 << 20);
  const auto* text = std::get_if<std::string>(&input);
  if (text == nullptr) {
    fmt::print(stderr, "{}: cannot read the template\n", argv[1]);
    return 1;
  }
  const auto expanded = gnlc::cli::expand_completions(*text);
  if (const auto* error = std::get_if<gnlc::cli::TemplateError>(&expanded)) {
    fmt::print(stderr, "{}:{}: {}\n", argv[1], error->line, error->message);
    return 1;
  }
  gnlc::util::AtomicFile output(argv[2]);
  if (output.ok()) output.writer() << std::get<std::string>(expanded);
  if (!output.ok() || !output.commit()) {
    fmt::print(stderr, "{}: {}\n", argv[2], output.error());
    return 1;
  }
  return 0;
}
