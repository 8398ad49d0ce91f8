// The JavaScript interface of the page (../shared/spec/web.md), on top of
// the commands themselves: check, explain and schema run exactly as on the
// command line, on files written into the module's in-memory file system,
// so that the page can never disagree with `gnlc check`.
#include <gnlc/application.hpp>
#include <gnlc/commands.hpp>
#include <gnlc/output/json.hpp>
#include <gnlc/util/output.hpp>

#include "toml/document.hpp"

#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace {

using emscripten::val;
namespace fs = std::filesystem;

// A text given as a JavaScript string, or bytes as a Uint8Array (or any
// typed array or ArrayBuffer).
std::string bytes_of(const val& value) {
  if (value.isString()) return value.as<std::string>();
  val bytes = val::global("Uint8Array")
                  .new_(value["buffer"].isUndefined() ? value : value["buffer"],
                        value["byteOffset"].isUndefined() ? val(0) : value["byteOffset"],
                        value["byteLength"].isUndefined() ? value["length"] : value["byteLength"]);
  std::string text(bytes["length"].as<std::size_t>(), '\0');
  val(emscripten::typed_memory_view(text.size(), reinterpret_cast<unsigned char*>(text.data())))
      .call<void>("set", bytes);
  return text;
}

// The files of one call, under a folder of their own that goes with them.
class Scratch {
 public:
  Scratch() {
    static unsigned count = 0;
    root_ = fs::path("/gnlc-input") / std::to_string(++count);
    fs::create_directories(root_);
    fs::current_path(root_);
  }
  ~Scratch() {
    std::error_code ignored;
    fs::current_path("/", ignored);
    fs::remove_all(root_, ignored);
    for (const fs::path& path : outside_) fs::remove(path, ignored);
  }
  Scratch(const Scratch&) = delete;
  Scratch& operator=(const Scratch&) = delete;

  // Writes the bytes at `path`, relative to the folder (or where an
  // absolute path says), so that the report names the file as given.
  void write(const std::string& path, const std::string& bytes) {
    if (path.empty() || path == "-") throw std::invalid_argument("a file needs a path (and '-' is not one here)");
    const fs::path target(path);
    if (target.has_parent_path()) fs::create_directories(target.parent_path());
    std::ofstream out(target, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), std::streamsize(bytes.size()));
    if (!out) throw std::runtime_error("cannot hold the file '" + path + "'");
    if (target.is_absolute()) outside_.push_back(target);
  }

 private:
  fs::path root_;
  std::vector<fs::path> outside_;
};

// What a command printed and returned.
val result(int status, const gnlc::util::StringWriter& out, const gnlc::util::StringWriter& err) {
  val value = val::object();
  value.set("status", status);
  value.set("out", out.str());
  value.set("err", err.str());
  return value;
}

// An option given as text or bytes, or as {path, bytes} to name it in
// messages.
std::optional<std::string> write_option(Scratch& scratch, const val& options, const char* name,
                                        const std::string& default_path) {
  const val option = options[name];
  if (option.isUndefined() || option.isNull()) return std::nullopt;
  const bool named = !option.isString() && !option["path"].isUndefined();
  const std::string path = named ? option["path"].as<std::string>() : default_path;
  scratch.write(path, bytes_of(named ? option["bytes"] : option));
  return path;
}

val run_check(const val& files, const val& options) {
  gnlc::util::StringWriter out, err;
  gnlc::Console console{out, err};
  console.program = "gnlc check";
  try {
    Scratch scratch;
    gnlc::CheckOptions check;
    check.common.format = "json";
    check.jobs = 1;  // no threads in the page
    if (!options["as_of"].isUndefined() && !options["as_of"].isNull())
      check.common.as_of = options["as_of"].as<std::string>();
    if (!options["strict"].isUndefined()) check.strict = options["strict"].as<bool>();
    if (!options["max_size"].isUndefined()) check.limits.max_file_size = std::size_t(options["max_size"].as<double>());
    check.members = write_option(scratch, options, "members", "members.toml");
    check.calendar = write_option(scratch, options, "calendar", "calendar.toml");
    const auto count = files["length"].as<unsigned>();
    for (unsigned i = 0; i < count; ++i) {
      const val file = files[i];
      const auto path = file["path"].as<std::string>();
      scratch.write(path, bytes_of(file["bytes"]));
      check.paths.push_back(path);
    }
    const int status = gnlc::run_check(check, console);
    return result(status, out, err);
  } catch (const std::exception& error) {
    err << std::string("gnlc check: error: ") + error.what() + "\n";
    return result(2, out, err);
  }
}

val run_explain(const val& rule) {
  gnlc::util::StringWriter out, err;
  gnlc::Console console{out, err};
  console.program = "gnlc explain";
  gnlc::ExplainOptions options;
  if (!rule.isUndefined() && !rule.isNull()) options.rule = rule.as<std::string>();
  const int status = gnlc::run_explain(options, console);
  return result(status, out, err);
}

// application_format() as JSON: the tables and keys in the form's order,
// with what each means and the checks on it. `gnlc schema` and `gnlc new`
// are generated from the same table.
std::string_view check_name(gnlc::TextCheck check) {
  switch (check) {
    case gnlc::TextCheck::none:
      return "none";
    case gnlc::TextCheck::email:
      return "email";
    case gnlc::TextCheck::url:
      return "url";
    case gnlc::TextCheck::phone:
      return "phone";
    case gnlc::TextCheck::statement:
      return "statement";
  }
  return "none";
}

std::string format_json() {
  gnlc::util::StringWriter out;
  gnlc::output::JsonWriter json(out);
  json.begin_object();
  json.key("format").number(std::int64_t{gnlc::supported_format});
  json.key("statement_word_limit").number(gnlc::statement_word_limit);
  json.key("tables").begin_array();
  for (const gnlc::TableSpec& table : gnlc::application_format()) {
    json.begin_object();
    json.key("name").string(table.name);
    json.key("required").boolean(table.required);
    json.key("meaning").string(table.meaning);
    json.key("min_fields").number(table.min_fields);
    json.key("fields").begin_array();
    for (const gnlc::FieldSpec& field : table.fields) {
      json.begin_object();
      json.key("key").string(field.key);
      json.key("type").string(gnlc::value_type_name(field.type));
      json.key("required").boolean(field.required);
      json.key("meaning").string(field.meaning);
      json.key("allowed").begin_array();
      for (std::string_view value : field.allowed) json.string(value);
      json.end_array();
      json.key("minimum").optional_number(field.minimum);
      json.key("exclusive_minimum").boolean(field.exclusive_minimum);
      json.key("maximum").optional_number(field.maximum);
      json.key("check").string(check_name(field.check));
      json.end_object();
    }
    json.end_array();
    json.end_object();
  }
  json.end_array();
  json.end_object();
  json.finish();
  return out.str();
}

val run_schema() {
  gnlc::util::StringWriter out, err;
  gnlc::Console console{out, err};
  const int status = gnlc::run_schema({}, console);
  return result(status, out, err);
}

val run_calendar(const val& options) {
  gnlc::util::StringWriter out, err;
  gnlc::Console console{out, err};
  console.program = "gnlc calendar";
  try {
    Scratch scratch;
    gnlc::CalendarOptions calendar;
    calendar.common.format = "json";
    calendar.calendar = write_option(scratch, options, "calendar", "calendar.toml");
    const int status = gnlc::run_calendar(calendar, console);
    return result(status, out, err);
  } catch (const std::exception& error) {
    err << std::string("gnlc calendar: error: ") + error.what() + "\n";
    return result(2, out, err);
  }
}

// The values of an application file, for filling the form: for each
// table, each key with its kind, line and value (the source text of
// numbers and dates, which the form shows as written), and the kinds of
// content the form cannot hold.
void write_values(gnlc::output::JsonWriter& json, const gnlc::toml_document::Value& table, std::string_view text) {
  using Kind = gnlc::toml_document::Value::Kind;
  std::vector<std::string_view> lines;
  for (std::size_t start = 0; start <= text.size();) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  // The source text of a scalar: from its column (in code points) to the
  // end of its token.
  const auto source = [&](gnlc::Position position) -> std::string {
    if (position.line == 0 || position.line > lines.size()) return {};
    std::string_view line = lines[position.line - 1];
    std::size_t i = 0;
    for (std::uint32_t column = 1; column < position.column && i < line.size(); ++column) {
      ++i;
      while (i < line.size() && (static_cast<unsigned char>(line[i]) & 0xC0) == 0x80) ++i;
    }
    line = line.substr(i);
    std::size_t end = 0;
    while (end < line.size() && line[end] != ',' && line[end] != ']' && line[end] != '#' && line[end] != '\r') ++end;
    std::string value(line.substr(0, end));
    while (!value.empty() && (value.back() == ' ' || value.back() == '\t')) value.pop_back();
    return value;
  };
  json.begin_object();
  for (const auto& entry : table.entries) {
    json.key(entry.key).begin_object();
    const auto& value = entry.value;
    json.key("kind").string(gnlc::toml_document::type_name(value.kind));
    json.key("line").number(std::int64_t{value.position.line});
    switch (value.kind) {
      case Kind::table:
        json.key("entries");
        write_values(json, value, text);
        break;
      case Kind::string:
        json.key("value").string(value.text);
        break;
      case Kind::boolean:
        json.key("value").boolean(value.boolean);
        break;
      case Kind::array:
        json.key("value").begin_array();
        for (const auto& element : value.elements) {
          if (element.kind == Kind::string)
            json.string(element.text);
          else
            json.string(source(element.position));
        }
        json.end_array();
        break;
      default:
        json.key("value").string(source(value.position));
        break;
    }
    json.end_object();
  }
  json.end_object();
}

val read_values(const std::string& text) {
  gnlc::util::StringWriter out, err;
  auto document = gnlc::toml_document::read(text);
  if (const auto* diagnostic = std::get_if<gnlc::Diagnostic>(&document)) {
    err << diagnostic->message;
    return result(1, out, err);
  }
  gnlc::output::JsonWriter json(out);
  write_values(json, std::get<gnlc::toml_document::Document>(document).root, text);
  json.finish();
  return result(0, out, err);
}

}  // namespace

EMSCRIPTEN_BINDINGS(gnlc) {
  emscripten::function("raw_check", &run_check);
  emscripten::function("raw_explain", &run_explain);
  emscripten::function("raw_schema", &run_schema);
  emscripten::function("raw_format", &format_json);
  emscripten::function("raw_calendar", &run_calendar);
  emscripten::function("raw_values", &read_values);
}
