#include <gnlc/output/text.hpp>

#include <gnlc/output/style.hpp>
#include <gnlc/util/text_safety.hpp>

#include <fmt/format.h>

namespace gnlc::output {

std::string diagnostic_lines(std::string_view path, const Diagnostic& diagnostic, bool color) {
  const std::string where =
      diagnostic.position.known()
          ? fmt::format("{}:{}:{}:", util::printable(path), diagnostic.position.line, diagnostic.position.column)
          : fmt::format("{}:", util::printable(path));
  const bool error = diagnostic.severity == Severity::error;
  std::string text = fmt::format("{} {} {} {}\n", styled(where, Style::bold, color),
                                 styled(fmt::format("{}:", severity_name(diagnostic.severity)),
                                        error ? Style::red : Style::yellow, color),
                                 util::printable(diagnostic.message),
                                 styled(fmt::format("[{}]", diagnostic.rule), Style::dim, color));
  if (!diagnostic.hint.empty())
    text += fmt::format("    {} {}\n", styled("hint:", Style::cyan, color), util::printable(diagnostic.hint));
  return text;
}

}  // namespace gnlc::output
