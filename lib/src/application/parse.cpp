// Structural checks of an application: TOML, format version, and every
// field against application_format().
#include <gnlc/application.hpp>

#include "../toml_support.hpp"

#include <gnlc/rules.hpp>
#include <gnlc/util/strings.hpp>
#include <gnlc/util/text_safety.hpp>
#include <gnlc/util/unicode.hpp>

#include <fmt/format.h>

#include <cmath>
#include <unordered_map>
#include <unordered_set>
#include <variant>

namespace gnlc {
namespace {

using detail::dotted;
using toml_document::Entry;
using toml_document::find;
using toml_document::Value;

// A value that passed its field's checks.
using FieldValue = std::variant<std::int64_t, double, bool, Day, std::string, std::vector<std::string>>;

// The value into the member of `app` that the field is bound to.
void store(Application& app, const FieldSpec& field, FieldValue value, Position position) {
  std::visit(
      [&](auto member) {
        using T = typename std::remove_reference_t<decltype(app.*member)>::value_type;
        if (auto* typed = std::get_if<decltype(T::value)>(&value)) app.*member = T{std::move(*typed), position};
      },
      field.target);
}

std::string format_number(double value) { return fmt::format("{}", value); }

bool in_range(const FieldSpec& field, double value) {
  if (field.minimum && (field.exclusive_minimum ? value <= *field.minimum : value < *field.minimum)) return false;
  if (field.maximum && value > *field.maximum) return false;
  return true;
}

// "contact.email" for every field, built once rather than for every file.
const std::string& field_path(const FieldSpec& field) {
  static const std::unordered_map<const FieldSpec*, std::string> paths = [] {
    std::unordered_map<const FieldSpec*, std::string> map;
    for (const TableSpec& t : application_format())
      for (const FieldSpec& f : t.fields) map.emplace(&f, dotted(t.name, f.key));
    return map;
  }();
  return paths.at(&field);
}

class StructureChecker {
 public:
  StructureChecker(const Limits& limits, Application& app, Diagnostics& out) : limits_(limits), app_(app), out_(out) {}

  void check(const Value& root) {
    std::vector<std::string_view> top_keys;
    for (const TableSpec& table : application_format()) {
      if (table.name.empty())
        for (const FieldSpec& field : table.fields) top_keys.push_back(field.key);
      else
        top_keys.push_back(table.name);
    }
    detail::report_unknown_keys(root.entries, "", top_keys, out_, limits_.max_diagnostics);
    for (const TableSpec& spec : application_format()) {
      if (spec.name.empty()) {
        check_fields(spec, root.entries, {1, 1});
        continue;
      }
      const Value* node = find(root.entries, spec.name);
      if (spec.present != nullptr) app_.*spec.present = node != nullptr;
      if (node == nullptr) {
        // A missing [endorsement] is endorsement-pending, judged with the calendar.
        if (spec.required)
          out_.push_back(make_diagnostic("missing-field"_rule, {1, 1},
                                         fmt::format("the [{}] table is missing", spec.name),
                                         fmt::format("add a [{}] table: {}", spec.name, spec.meaning)));
        continue;
      }
      if (node->kind != Value::Kind::table) {
        out_.push_back(make_diagnostic(
            "wrong-type"_rule, node->position,
            fmt::format("'{}' must be a table, not {}", spec.name, toml_document::type_name(node->kind)),
            fmt::format("write it as a [{}] section", spec.name)));
        continue;
      }
      if (spec.position != nullptr) app_.*spec.position = node->position;
      std::vector<std::string_view> keys;
      for (const FieldSpec& field : spec.fields) keys.push_back(field.key);
      detail::report_unknown_keys(node->entries, spec.name, keys, out_, limits_.max_diagnostics);
      check_fields(spec, node->entries, node->position);
      if (spec.min_fields > 0) {
        std::size_t present = 0;
        for (const FieldSpec& field : spec.fields) present += find(node->entries, field.key) ? 1 : 0;
        if (present < spec.min_fields)
          out_.push_back(make_diagnostic("missing-field"_rule, node->position,
                                         fmt::format("[{}] needs at least one key", spec.name),
                                         fmt::format("rate at least one of: {}", allowed_values_text(keys))));
      }
    }
  }

 private:
  void check_fields(const TableSpec& spec, const std::vector<Entry>& table, Position table_position) {
    for (const FieldSpec& field : spec.fields) {
      const std::string& path = field_path(field);
      const Value* node = find(table, field.key);
      if (node == nullptr) {
        if (field.required) detail::report_missing(path, table_position, out_);
        continue;
      }
      if (auto value = check_value(field, path, *node)) store(app_, field, std::move(*value), node->position);
    }
  }

  void report(std::string_view rule, Position position, std::string message, std::string hint = {}) {
    out_.push_back(make_diagnostic(rule, position, std::move(message), std::move(hint)));
  }

  std::optional<FieldValue> check_value(const FieldSpec& field, const std::string& path, const Value& node) {
    switch (field.type) {
      case ValueType::string:
        return check_string(field, path, node);
      case ValueType::integer: {
        const auto value = detail::read_integer(node, path, out_);
        if (!value) return std::nullopt;
        if (!in_range(field, double(value->value))) {
          report("invalid-value"_rule, value->position,
                 fmt::format("'{}' is {}; it must be {}", path, value->value, range_text(field)));
          return std::nullopt;
        }
        return value->value;
      }
      case ValueType::number: {
        const auto value = detail::read_number(node, path, out_);
        if (!value) return std::nullopt;
        if (!std::isfinite(value->value) || !in_range(field, value->value)) {
          report("invalid-value"_rule, value->position,
                 fmt::format("'{}' is {}; it must be {}", path, format_number(value->value), range_text(field)));
          return std::nullopt;
        }
        return value->value;
      }
      case ValueType::boolean: {
        const auto value = detail::read_bool(node, path, out_);
        if (!value) return std::nullopt;
        return value->value;
      }
      case ValueType::date: {
        const auto value = detail::read_day(node, path, out_);
        if (!value) return std::nullopt;
        return value->value;
      }
      case ValueType::string_array:
        return check_string_array(field, path, node);
    }
    return std::nullopt;
  }

  std::optional<FieldValue> check_string(const FieldSpec& field, const std::string& path, const Value& node) {
    const auto value = detail::read_string(node, path, field.required, out_);
    if (!value) return std::nullopt;
    const std::string_view text = value->value;
    if (text.size() > limits_.max_string_bytes) {
      report("input-too-complex"_rule, value->position,
             fmt::format("'{}' is {} bytes long; the limit is {} bytes", path, text.size(), limits_.max_string_bytes));
      return std::nullopt;
    }
    if (const auto control = util::find_control_character(text, field.check == TextCheck::statement)) {
      report("invalid-value"_rule, value->position,
             fmt::format("'{}' contains the control character U+{:04X}", path, static_cast<unsigned>(*control)),
             "remove it; only a statement may hold line breaks");
      return std::nullopt;
    }
    if (!field.allowed.empty() && !is_allowed(field, text, path, value->position)) return std::nullopt;
    switch (field.check) {
      case TextCheck::none:
        break;
      case TextCheck::email:
        if (!is_valid_email(text)) {
          report("invalid-email"_rule, value->position,
                 fmt::format("'{}' is not a valid e-mail address: \"{}\"", path, text),
                 "write one address, such as learning@city.example.org");
          return std::nullopt;
        }
        break;
      case TextCheck::url:
        if (!is_valid_url(text)) {
          report("invalid-url"_rule, value->position,
                 fmt::format("'{}' is not a valid web address: \"{}\"", path, text),
                 text.find("://") == std::string::npos ? fmt::format("write the full address: \"https://{}\"", text)
                                                       : "write an http:// or https:// address with a host name");
          return std::nullopt;
        }
        break;
      case TextCheck::phone:
        if (!is_valid_phone(text)) {
          report("invalid-phone"_rule, value->position,
                 fmt::format("'{}' is not a valid phone number: \"{}\"", path, text),
                 "write + and the country code, then 7 to 15 digits in all, such as \"+49 40 4480410\"");
          return std::nullopt;
        }
        break;
      case TextCheck::statement:
        if (const std::size_t words = util::count_words(text); words > statement_word_limit) {
          report("word-limit"_rule, value->position,
                 fmt::format("'{}' has {} words; the limit is {}", path, words, statement_word_limit),
                 fmt::format("shorten it by {} word{}", words - statement_word_limit,
                             words - statement_word_limit == 1 ? "" : "s"));
          return std::nullopt;
        }
        break;
    }
    return std::string(text);
  }

  bool is_allowed(const FieldSpec& field, std::string_view text, std::string_view what, Position position) {
    for (std::string_view allowed : field.allowed)
      if (allowed == text) return true;
    std::string hint;
    if (const auto near = util::closest_match(text, field.allowed))
      hint = fmt::format("did you mean '{}'?", *near);
    else
      hint = fmt::format("write {}", allowed_values_text(field.allowed));
    report("invalid-value"_rule, position, fmt::format("'{}' cannot be \"{}\"", what, text), std::move(hint));
    return false;
  }

  std::optional<FieldValue> check_string_array(const FieldSpec& field, const std::string& path, const Value& node) {
    if (node.kind != Value::Kind::array) {
      report("wrong-type"_rule, node.position,
             fmt::format("'{}' must be an array of strings, not {}", path, toml_document::type_name(node.kind)),
             fmt::format("write {} = [\"...\"]", field.key));
      return std::nullopt;
    }
    if (node.elements.size() > limits_.max_array_length) {
      report(
          "input-too-complex"_rule, node.position,
          fmt::format("'{}' has {} elements; the limit is {}", path, node.elements.size(), limits_.max_array_length));
      return std::nullopt;
    }
    std::vector<std::string> values;
    std::unordered_set<std::string_view> seen;
    bool ok = true;
    for (const Value& element : node.elements) {
      if (element.kind != Value::Kind::string) {
        report("wrong-type"_rule, element.position,
               fmt::format("'{}' must hold strings, not {}", path, toml_document::type_name(element.kind)));
        ok = false;
        continue;
      }
      const std::string_view value = util::trim(element.text);
      if (!is_allowed(field, value, path, element.position)) {
        ok = false;
        continue;
      }
      if (!seen.insert(value).second) {
        report("invalid-value"_rule, element.position, fmt::format("'{}' lists \"{}\" twice", path, value),
               "list each cluster once");
        ok = false;
        continue;
      }
      values.emplace_back(value);
    }
    if (!ok) return std::nullopt;
    return values;
  }

  const Limits& limits_;
  Application& app_;
  Diagnostics& out_;
};

}  // namespace

ApplicationParse parse_application(std::string_view text, const Limits& limits) {
  ApplicationParse result;
  auto parsed = toml_document::read(text);
  if (auto* error = std::get_if<Diagnostic>(&parsed)) {
    result.diagnostics.push_back(std::move(*error));
    return result;
  }
  const Value& root = std::get<toml_document::Document>(parsed).root;
  if (auto wrong = detail::wrong_kind(root, detail::FileKind::application)) {
    result.diagnostics.push_back(std::move(*wrong));
    return result;
  }
  if (auto wrong = detail::check_format_version(root, supported_format)) {
    result.diagnostics.push_back(std::move(*wrong));
    return result;
  }

  StructureChecker(limits, result.application.emplace(), result.diagnostics).check(root);
  return result;
}

}  // namespace gnlc
