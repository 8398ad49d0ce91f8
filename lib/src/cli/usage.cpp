#include <gnlc/cli/usage.hpp>

#include <gnlc/util/strings.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <optional>

namespace gnlc::cli {
namespace {

constexpr std::size_t help_width = 80;

bool is_positional(const CLI::Option& option) { return option.get_lnames().empty() && option.get_snames().empty(); }

bool takes_many(const CLI::Option& option) {
  return option.get_expected_max() >= CLI::detail::expected_max_vector_size;
}

// How --help and the messages name an option: --due-within, or YEAR for a
// positional argument.
std::string display_name(const CLI::Option& option) {
  return is_positional(option) ? option.get_type_name() : option.get_name();
}

const CLI::Option* find_option(const CLI::App& app, std::string_view name) {
  for (const CLI::Option* option : app.get_options())
    if (option->get_name() == name || (is_positional(*option) && option->get_name(true) == name)) return option;
  return nullptr;
}

std::string unknown_option(const CLI::App& app, std::string_view argument) {
  const std::string_view name = argument.substr(0, argument.find('='));
  // A one-letter typo is as near to every other letter: only long names
  // (and a long name written with one dash) get a suggestion.
  const std::string word = name.starts_with("--") ? std::string(name) : "-" + std::string(name);
  std::vector<std::string> names;
  for (const CLI::Option* option : app.get_options())
    for (const std::string& lname : option->get_lnames()) names.push_back("--" + lname);
  const std::vector<std::string_view> candidates(names.begin(), names.end());
  std::string message = fmt::format("unknown option '{}'", name);
  if (word.size() > 3)
    if (const auto near = util::closest_match(word, candidates)) message += fmt::format("; did you mean '{}'?", *near);
  return message;
}

// CLI11 leaves what it could not place in remaining(): an unknown option
// is the cause of any stray value after it, so it is named first.
std::string extra_arguments(const CLI::App& app) {
  const std::vector<std::string> left = app.remaining();
  if (left.empty()) return "unexpected argument";
  for (const std::string& argument : left)
    if (argument.size() > 1 && argument[0] == '-') return unknown_option(app, argument);
  for (const CLI::Option* option : app.get_options())
    if (is_positional(*option) && option->count() > 0)
      return fmt::format("unexpected argument '{}'; {} is already '{}'", left.front(), display_name(*option),
                         option->results().front());
  return fmt::format("unexpected argument '{}'", left.front());
}

// CLI11's messages start with the option's name ("--jobs: ...", "Could not
// convert: year = abc", "--members is required"); the name finds the option.
const CLI::Option* named_option(const CLI::App& app, std::string_view message) {
  constexpr std::string_view conversion = "Could not convert: ";
  if (message.starts_with(conversion)) message.remove_prefix(conversion.size());
  const std::size_t end = message.find_first_of(": ");
  return find_option(app, message.substr(0, end));
}

}  // namespace

HelpFormatter::HelpFormatter() {
  column_width(26);
  label("Positionals", "Arguments");
}

std::string HelpFormatter::make_description(const CLI::App* app) const {
  return wrap(app->get_description(), help_width, 0) + "\n";
}

std::string HelpFormatter::make_footer(const CLI::App* app) const {
  return app->get_footer().empty() ? std::string{} : wrap(app->get_footer(), help_width, 0) + "\n";
}

std::string HelpFormatter::make_usage(const CLI::App* app, std::string name) const {
  std::string usage = "usage: " + name;
  if (!app->get_options([](const CLI::Option* option) { return option->nonpositional(); }).empty())
    usage += " [OPTIONS]";
  for (const CLI::Option* option : app->get_options([](const CLI::Option* o) { return o->get_positional(); })) {
    const std::string word = display_name(*option) + (takes_many(*option) ? "..." : "");
    usage += option->get_required() ? " " + word : " [" + word + "]";
  }
  return wrap(usage, help_width, 7) + "\n";
}

std::string HelpFormatter::make_option(const CLI::Option* option, bool is_positional) const {
  std::string name = "  ";
  if (is_positional) {
    name += display_name(*option) + (takes_many(*option) ? "..." : "");
  } else {
    name += option->get_name(false, true);
    if (option->get_type_size() != 0 && !option->get_type_name().empty()) name += " " + option->get_type_name();
  }
  std::string description = option->get_description();
  if (option->get_required()) description += " (required)";
  const std::size_t column = get_column_width();
  if (name.size() + 1 >= column)
    name += "\n" + std::string(column, ' ');
  else
    name.resize(column, ' ');
  return name + wrap(description, help_width, column) + "\n";
}

std::string wrap(std::string_view text, std::size_t width, std::size_t indent) {
  std::string result;
  for (std::string_view line : util::split(text, '\n')) {
    if (!result.empty()) result += "\n" + std::string(indent, ' ');
    result += util::fill_words(line, width, indent);
  }
  return result;
}

CLI::Validator whole_number(long long min, long long max) {
  const std::string range = min == INT_MIN && max == INT_MAX ? std::string{} : fmt::format(" from {} to {}", min, max);
  return CLI::Validator(
      [min, max, range](std::string& input) -> std::string {
        const std::optional<long long> value = util::parse_integer(input);
        if (!value || *value < min || *value > max)
          return fmt::format("must be a whole number{}, not '{}'", range, input);
        return {};
      },
      "");
}

CLI::Validator one_of(std::vector<std::string> choices) {
  return CLI::Validator(
      [choices = std::move(choices)](std::string& input) -> std::string {
        if (std::find(choices.begin(), choices.end(), input) != choices.end()) return {};
        std::string list;
        for (std::size_t i = 0; i < choices.size(); ++i)
          list += (i == 0 ? "" : i + 1 == choices.size() ? " or " : ", ") + choices[i];
        std::string message = fmt::format("must be {}, not '{}'", list, input);
        const std::vector<std::string_view> candidates(choices.begin(), choices.end());
        if (const auto near = util::closest_match(input, candidates))
          message += fmt::format("; did you mean '{}'?", *near);
        return message;
      },
      "");
}

std::string usage_error(const CLI::ParseError& error, const CLI::App& app) {
  const std::string message = error.what();
  if (dynamic_cast<const CLI::ExtrasError*>(&error) != nullptr) return extra_arguments(app);
  const CLI::Option* option = named_option(app, message);
  if (option != nullptr) {
    const std::string name = display_name(*option);
    if (dynamic_cast<const CLI::ValidationError*>(&error) != nullptr)
      return name + message.substr(message.find(':') + 1);
    if (dynamic_cast<const CLI::RequiredError*>(&error) != nullptr)
      return is_positional(*option) ? fmt::format("{} is required", name)
                                    : fmt::format("{} {} is required", name, option->get_type_name());
    if (dynamic_cast<const CLI::ArgumentMismatch*>(&error) != nullptr && option->get_type_size() != 0)
      return fmt::format("{} needs a value ({})", name, option->get_type_name());
    if (dynamic_cast<const CLI::ConversionError*>(&error) != nullptr && option->get_type_size() == 0)
      return fmt::format("{} is a flag and takes no value", name);
    if (const std::size_t equals = message.find(" = "); equals != std::string::npos)
      return fmt::format("invalid value '{}' for {}", message.substr(equals + 3), name);
  }
  std::string fallback = message;
  if (!fallback.empty()) fallback[0] = char(std::tolower(static_cast<unsigned char>(fallback[0])));
  return fallback;
}

}  // namespace gnlc::cli
