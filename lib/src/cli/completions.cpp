#include <gnlc/cli/completions.hpp>

#include <gnlc/commands.hpp>
#include <gnlc/countries.hpp>
#include <gnlc/output/formats.hpp>

#include <fmt/format.h>

#include <optional>
#include <vector>

namespace gnlc::cli {
namespace {

// The words of a list, as one shell word list: `prefix` before each.
template <class Items, class Word>
std::string word_list(const Items& items, Word word, std::string_view prefix = "") {
  std::string out;
  for (const auto& item : items) {
    if (!out.empty()) out += ' ';
    out.append(prefix).append(word(item));
  }
  return out;
}

std::string formats_offered(std::string_view command) {
  return word_list(output::offered_formats(command), [](std::string_view name) { return name; });
}

std::string command_names(std::string_view prefix = "") {
  return word_list(
      command_table(), [](const CommandInfo& command) { return command.name; }, prefix);
}

// The value of one @NAME@ or @FORMATS:command@ placeholder; the line's
// command, where the line is repeated per command. Empty when unknown.
std::optional<std::string> placeholder(std::string_view name, const CommandInfo* command) {
  if (name == "COMMANDS") return command_names();
  if (name == "PROGRAMS") return command_names("gnlc-");
  if (name == "COUNTRIES")
    return word_list(Countries::builtin().all(),
                     [](const Country& country) -> std::string_view { return country.alpha2; });
  if (name.starts_with("FORMATS:")) {
    const std::string formats = formats_offered(name.substr(8));
    if (formats.empty()) return std::nullopt;
    return formats;
  }
  if (command == nullptr) return std::nullopt;
  if (name == "COMMAND") return std::string(command->name);
  if (name == "SUMMARY") return std::string(command->summary);
  if (name == "FORMATS") return formats_offered(command->name);
  return std::nullopt;
}

// Appends one line with its placeholders replaced; false, with the name
// of the first unknown one, on failure. An @ that opens no placeholder
// (bash's "${words[@]}") is text.
bool expand_line(std::string_view line, const CommandInfo* command, std::string& out, std::string& unknown) {
  std::size_t from = 0;
  while (true) {
    const std::size_t open = line.find('@', from);
    const std::size_t close = open == std::string_view::npos ? open : line.find('@', open + 1);
    if (close == std::string_view::npos) break;
    const std::string_view name = line.substr(open + 1, close - open - 1);
    const bool is_placeholder =
        !name.empty() &&
        name.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ:abcdefghijklmnopqrstuvwxyz") == std::string_view::npos &&
        name.front() >= 'A' && name.front() <= 'Z';
    if (!is_placeholder) {
      out.append(line.substr(from, open + 1 - from));
      from = open + 1;
      continue;
    }
    const std::optional<std::string> value = placeholder(name, command);
    if (!value) {
      unknown = name;
      return false;
    }
    out.append(line.substr(from, open - from)).append(*value);
    from = close + 1;
  }
  out.append(line.substr(from));
  return true;
}

}  // namespace

std::variant<std::string, TemplateError> expand_completions(std::string_view text) {
  std::string out;
  int number = 0;
  while (!text.empty()) {
    const std::size_t end = text.find('\n');
    const std::string_view line = text.substr(0, end == std::string_view::npos ? text.size() : end + 1);
    text.remove_prefix(line.size());
    ++number;
    std::vector<const CommandInfo*> repeats{nullptr};
    if (line.find("@COMMAND@") != std::string_view::npos) {
      repeats.clear();
      const bool needs_formats = line.find("@FORMATS@") != std::string_view::npos;
      for (const CommandInfo& command : command_table())
        if (!needs_formats || !output::formats_of(command.name).empty()) repeats.push_back(&command);
    }
    for (const CommandInfo* command : repeats) {
      if (std::string unknown; !expand_line(line, command, out, unknown))
        return TemplateError{number, fmt::format("unknown placeholder @{}@", unknown)};
    }
  }
  return out;
}

}  // namespace gnlc::cli
