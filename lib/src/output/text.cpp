#include <gnlc/output/text.hpp>

#include <gnlc/output/style.hpp>
#include <gnlc/util/text_safety.hpp>

#include <fmt/format.h>

namespace gnlc::output {

std::string diagnostic_lines(std::string_view path, const Diagnostic& diagnostic, bool color) {
  // A line starts with the file name: "::error title=x::y.toml" must not
  // become a workflow command in a CI log.
  const std::string name = util::no_workflow_command(util::printable(path));
  const std::string where = diagnostic.position.known()
                                ? fmt::format("{}:{}:{}:", name, diagnostic.position.line, diagnostic.position.column)
                                : fmt::format("{}:", name);
  const bool error = diagnostic.severity == Severity::error;
  std::string text = fmt::format(
      "{} {} {} {}\n", styled(where, Style::bold, color),
      styled(fmt::format("{}:", severity_name(diagnostic.severity)), error ? Style::red : Style::yellow, color),
      util::printable(diagnostic.message), styled(fmt::format("[{}]", diagnostic.rule), Style::dim, color));
  if (!diagnostic.hint.empty())
    text += fmt::format("    {} {}\n", styled("hint:", Style::cyan, color), util::printable(diagnostic.hint));
  return text;
}

}  // namespace gnlc::output
