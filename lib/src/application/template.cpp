// The commented application template of `gnlc new`, generated from
// application_format() as `gnlc schema` is, so the template, the schema
// and the parser describe one format.
#include <gnlc/application.hpp>

#include <gnlc/util/strings.hpp>

#include <fmt/format.h>

#include <string>

namespace gnlc {
namespace {

constexpr std::size_t comment_width = 78;

// "# " lines of at most comment_width columns, broken at spaces.
void write_comment(std::string& out, std::string_view text) {
  std::string line = "#";
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find(' ', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view word = text.substr(start, end - start);
    if (line.size() > 1 && line.size() + 1 + word.size() > comment_width) {
      out += line + "\n";
      line = "#";
    }
    line += ' ';
    line += word;
    start = end + 1;
  }
  out += line + "\n";
}

std::string number_text(double value) { return fmt::format("{}", value); }

// The type and the limits of a key, as the checks read them.
std::string type_and_limits(const FieldSpec& field) {
  std::string text(value_type_name(field.type));
  if (field.type == ValueType::date) text += " YYYY-MM-DD, without quotes";
  text += field.required ? ", required" : ", optional";
  if (!field.allowed.empty()) {
    std::string list;
    for (std::string_view value : field.allowed) list += (list.empty() ? "" : ", ") + std::string(value);
    text += (field.type == ValueType::string_array ? "; each one of: " : "; one of: ") + list;
  }
  if (field.minimum && field.maximum && *field.minimum == *field.maximum)
    text += fmt::format("; must be {}", number_text(*field.minimum));
  else if (field.minimum && field.maximum)
    text += fmt::format("; from {} to {}", number_text(*field.minimum), number_text(*field.maximum));
  else if (field.minimum)
    text += fmt::format("; {} {}", field.exclusive_minimum ? "over" : "at least", number_text(*field.minimum));
  else if (field.maximum)
    text += fmt::format("; at most {}", number_text(*field.maximum));
  if (field.check == TextCheck::statement) text += fmt::format("; {} words at most", statement_word_limit);
  return text;
}

// The line of a key: a value for required strings (and the values given),
// the key commented out with an example for everything else.
std::string key_line(const TableSpec& table, const FieldSpec& field, const TemplateInput& input) {
  if (table.name.empty() && field.key == "format") return fmt::format("format = {}\n", supported_format);
  if (table.name.empty() && field.key == "call") return fmt::format("call = {}\n", input.call);
  if (table.name == "city" && field.key == "name" && input.city)
    return fmt::format("name = {}\n", util::toml_basic_string(*input.city));
  if (table.name == "city" && field.key == "country" && input.country)
    return fmt::format("country = {}\n", util::toml_basic_string(*input.country));
  std::string value;
  switch (field.type) {
    case ValueType::string:
      if (field.required) return fmt::format("{} = \"\"\n", field.key);
      value = util::toml_basic_string(field.allowed.empty() ? std::string_view{} : field.allowed.front());
      break;
    case ValueType::date:
      value = format_iso_day(input.opens);
      break;
    default:
      value = std::string(field.example);
      break;
  }
  return fmt::format("# {} = {}\n", field.key, value);
}

std::string long_day(Day day) {
  static constexpr const char* months[] = {"January", "February", "March",     "April",   "May",      "June",
                                           "July",    "August",   "September", "October", "November", "December"};
  const date::year_month_day ymd{day};
  return fmt::format("{} {} {}", unsigned(ymd.day()), months[unsigned(ymd.month()) - 1], int(ymd.year()));
}

}  // namespace

std::string application_template(const TemplateInput& input) {
  std::string out;
  write_comment(out, fmt::format("A membership application to the UNESCO Global Network of Learning Cities, "
                                 "for the {} call (format: man 5 gnlc-application).",
                                 input.call));
  write_comment(out, fmt::format("The city sends it to its National Commission for UNESCO from {} to {}; the "
                                 "Commission fills in [endorsement] and forwards it by {}.",
                                 long_day(input.opens), long_day(input.closes), long_day(input.endorsement_deadline)));
  out += "#\n";
  write_comment(out,
                "Fill in every \"\". Where a line reads \"# key = value\", write the real value and remove "
                "the \"# \"; optional keys may stay commented out. Then run: gnlc check FILE");
  out += "\n";
  for (const TableSpec& table : application_format()) {
    if (!table.name.empty()) {
      out += "\n";
      write_comment(out, fmt::format("[{}]: {}{}", table.name, table.meaning, table.required ? "" : " (optional)"));
      out += fmt::format("[{}]\n", table.name);
    }
    for (const FieldSpec& field : table.fields) {
      write_comment(out, fmt::format("{} \u2014 {}", field.meaning, type_and_limits(field)));
      out += key_line(table, field, input);
    }
  }
  return out;
}

}  // namespace gnlc
