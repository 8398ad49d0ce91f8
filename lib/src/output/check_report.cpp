#include <gnlc/output/check_report.hpp>

#include <gnlc/explain.hpp>
#include <gnlc/output/json.hpp>
#include <gnlc/output/style.hpp>
#include <gnlc/output/text.hpp>
#include <gnlc/rules.hpp>
#include <gnlc/util/text_safety.hpp>
#include <gnlc/util/unicode.hpp>
#include <gnlc/version.hpp>

#include <fmt/format.h>

#include <array>
#include <cstdio>
#include <map>
#include <set>
#include <stdexcept>
#include <type_traits>

namespace gnlc::output {

void CheckSummary::add(const FileReport& report, bool strict) {
  ++files;
  (report.valid(strict) ? valid : invalid) += 1;
  errors += count(report.diagnostics, Severity::error);
  warnings += count(report.diagnostics, Severity::warning);
}

std::string github_escape_data(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '%':
        out += "%25";
        break;
      case '\r':
        out += "%0D";
        break;
      case '\n':
        out += "%0A";
        break;
      default:
        out.push_back(c);
    }
  }
  return out;
}

std::string github_escape_property(std::string_view text) {
  std::string out;
  for (char c : github_escape_data(text)) {
    switch (c) {
      case ':':
        out += "%3A";
        break;
      case ',':
        out += "%2C";
        break;
      default:
        out.push_back(c);
    }
  }
  return out;
}

std::string path_to_uri(std::string_view path) {
  static constexpr char hex[] = "0123456789ABCDEF";
  std::string out;
  if (path.starts_with('/')) out = "file://";
  for (char ch : path) {
    const auto c = static_cast<unsigned char>(ch);
    const bool unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                            c == '.' || c == '_' || c == '~' || c == '/';
    if (unreserved) {
      out.push_back(char(c));
    } else {
      out.push_back('%');
      out.push_back(hex[c >> 4]);
      out.push_back(hex[c & 0xF]);
    }
  }
  return out;
}

namespace {

std::string message_with_hint(const Diagnostic& diagnostic) {
  return diagnostic.hint.empty() ? diagnostic.message
                                 : fmt::format("{} (hint: {})", diagnostic.message, diagnostic.hint);
}

class TextReporter final : public CheckReporter {
 public:
  TextReporter(util::Writer& out, const CheckReportOptions& options) : out_(out), options_(options) {}

  void file(const FileReport& report) override {
    for (const Diagnostic& diagnostic : report.diagnostics)
      out_ << diagnostic_lines(report.path, diagnostic, options_.color);
  }

  void finish(const CheckSummary& s) override {
    if (options_.quiet) return;
    const std::string counts = fmt::format("{} file{} checked: {} valid, {} invalid ({} error{}, {} warning{})",
                                           s.files, s.files == 1 ? "" : "s", s.valid, s.invalid, s.errors,
                                           s.errors == 1 ? "" : "s", s.warnings, s.warnings == 1 ? "" : "s");
    out_ << styled(counts, s.invalid > 0 ? Style::bold : Style::green, options_.color) << "\n";
  }

 private:
  util::Writer& out_;
  CheckReportOptions options_;
};

class JsonReporter final : public CheckReporter {
 public:
  JsonReporter(util::Writer& out, const CheckReportOptions& options) : json_(out), options_(options) {
    json_.begin_object().key("files").begin_array();
  }

  void file(const FileReport& report) override {
    json_.begin_object();
    json_.key("path").string(report.path);
    json_.key("valid").boolean(report.valid(options_.strict));
    json_.key("call").optional_number(report.facts.call);
    json_.key("city").optional_string(report.facts.city);
    if (report.facts.country)
      json_.key("country").string(report.facts.country->alpha2);
    else
      json_.key("country").null();
    json_.key("diagnostics").begin_array();
    for (const Diagnostic& d : report.diagnostics) {
      json_.begin_object();
      json_.key("rule").string(d.rule);
      json_.key("severity").string(severity_name(d.severity));
      if (d.position.known()) {
        json_.key("line").number(std::int64_t{d.position.line});
        json_.key("column").number(std::int64_t{d.position.column});
      } else {
        json_.key("line").null();
        json_.key("column").null();
      }
      json_.key("message").string(d.message);
      if (d.hint.empty())
        json_.key("hint").null();
      else
        json_.key("hint").string(d.hint);
      json_.end_object();
    }
    json_.end_array();
    json_.end_object();
  }

  void finish(const CheckSummary& s) override {
    json_.end_array();
    json_.key("summary").begin_object();
    json_.key("files").number(std::int64_t(s.files));
    json_.key("valid").number(std::int64_t(s.valid));
    json_.key("invalid").number(std::int64_t(s.invalid));
    json_.key("errors").number(std::int64_t(s.errors));
    json_.key("warnings").number(std::int64_t(s.warnings));
    json_.end_object();
    json_.end_object();
    json_.finish();
  }

 private:
  JsonWriter json_;
  CheckReportOptions options_;
};

class GithubReporter final : public CheckReporter {
 public:
  explicit GithubReporter(util::Writer& out) : out_(out) {}

  void file(const FileReport& report) override {
    for (const Diagnostic& d : report.diagnostics) {
      // ESC, BEL, NUL and bidirectional controls from the data or the file
      // name would reach the CI log raw: they become visible escapes first.
      std::string properties = "file=" + github_escape_property(util::printable(report.path));
      if (d.position.known()) properties += fmt::format(",line={},col={}", d.position.line, d.position.column);
      properties += ",title=" + github_escape_property(d.rule);
      std::string message = util::printable(d.message);
      if (!d.hint.empty()) message += "\nhint: " + util::printable(d.hint);
      out_ << fmt::format("::{} {}::{}\n", d.severity == Severity::error ? "error" : "warning", properties,
                          github_escape_data(message));
    }
  }

  void finish(const CheckSummary&) override {}

 private:
  util::Writer& out_;
};

class SarifReporter final : public CheckReporter {
 public:
  explicit SarifReporter(util::Writer& out) : json_(out) {
    json_.begin_object();
    json_.key("$schema").string("https://json.schemastore.org/sarif-2.1.0.json");
    json_.key("version").string("2.1.0");
    json_.key("runs").begin_array().begin_object();
    json_.key("columnKind").string("unicodeCodePoints");
    json_.key("results").begin_array();
  }

  void file(const FileReport& report) override {
    for (const Diagnostic& d : report.diagnostics) {
      used_.insert(d.rule);
      if (d.rule == "read-error"_rule) execution_successful_ = false;
      json_.begin_object();
      json_.key("ruleId").string(d.rule);
      json_.key("level").string(d.severity == Severity::error ? "error" : "warning");
      json_.key("message").begin_object().key("text").string(message_with_hint(d)).end_object();
      json_.key("locations").begin_array().begin_object();
      json_.key("physicalLocation").begin_object();
      json_.key("artifactLocation").begin_object().key("uri").string(path_to_uri(report.path)).end_object();
      if (d.position.known()) {
        json_.key("region").begin_object();
        json_.key("startLine").number(std::int64_t{d.position.line});
        json_.key("startColumn").number(std::int64_t{d.position.column});
        json_.end_object();
      }
      json_.end_object();
      json_.end_object().end_array();
      json_.end_object();
    }
  }

  void finish(const CheckSummary&) override {
    json_.end_array();  // results
    json_.key("invocations").begin_array().begin_object();
    json_.key("executionSuccessful").boolean(execution_successful_);
    json_.end_object().end_array();
    json_.key("tool").begin_object().key("driver").begin_object();
    json_.key("name").string("gnlc");
    json_.key("version").string(version());
    json_.key("semanticVersion").string(version());
    json_.key("informationUri").string("https://uil.unesco.org/lifelong-learning/learning-cities");
    json_.key("rules").begin_array();
    for (const RuleInfo& info : rule_catalogue()) {
      if (!used_.contains(info.name)) continue;
      json_.begin_object();
      json_.key("id").string(info.name);
      json_.key("shortDescription").begin_object().key("text").string(info.summary).end_object();
      // Code scanning shows a rule's help beside every result: the whole
      // explanation rather than the command that prints it.
      if (const RuleExplanation* explanation = find_explanation(info.name)) {
        json_.key("fullDescription").begin_object().key("text").string(util::trim(explanation->checks)).end_object();
        json_.key("help").begin_object();
        json_.key("text").string(explanation_text(info, *explanation, false));
        json_.key("markdown").string(explanation_markdown(info, *explanation));
        json_.end_object();
      }
      json_.key("defaultConfiguration").begin_object();
      json_.key("level").string(info.severity == Severity::error ? "error" : "warning");
      json_.end_object();
      json_.end_object();
    }
    json_.end_array();
    json_.end_object().end_object();  // driver, tool
    json_.end_object().end_array();   // run, runs
    json_.end_object();
    json_.finish();
  }

 private:
  JsonWriter json_;
  std::set<std::string_view> used_;
  bool execution_successful_ = true;
};

// JUnit XML as CI servers read it: one <testsuite>, one <testcase> per file;
// an invalid file is a <failure>, an unreadable one an <error>. The totals
// come first in the document, so the test cases wait until the end: in an
// anonymous temporary file (nothing is left behind, whatever ends the
// process), so that memory does not grow with the batch.
class JunitReporter final : public CheckReporter {
 public:
  JunitReporter(util::Writer& out, const CheckReportOptions& options)
      : out_(out), options_(options), spill_(std::tmpfile()) {}
  ~JunitReporter() override {
    if (spill_ != nullptr) std::fclose(spill_);
  }
  JunitReporter(const JunitReporter&) = delete;
  JunitReporter& operator=(const JunitReporter&) = delete;

  void file(const FileReport& report) override {
    ++tests_;
    const bool unreadable = !report.diagnostics.empty() && report.diagnostics.front().rule == "read-error"_rule;
    std::string details;
    for (const Diagnostic& d : report.diagnostics) details += diagnostic_lines(report.path, d, false);
    std::string body = fmt::format("    <testcase name=\"{}\" classname=\"gnlc.check\" file=\"{}\">\n",
                                   xml_escape(report.path), xml_escape(report.path));
    if (unreadable) {
      ++errors_;
      body += fmt::format("      <error message=\"{}\" type=\"read-error\">{}</error>\n",
                          xml_escape(report.diagnostics.front().message), xml_escape(details));
    } else if (!report.valid(options_.strict)) {
      ++failures_;
      const Diagnostic& first = first_failure(report);
      body += fmt::format("      <failure message=\"{}\" type=\"{}\">{}</failure>\n", xml_escape(first.message),
                          xml_escape(first.rule), xml_escape(details));
    } else if (!details.empty()) {
      body += fmt::format("      <system-out>{}</system-out>\n", xml_escape(details));
    }
    body += "    </testcase>\n";
    keep(body);
  }

  void finish(const CheckSummary&) override {
    out_ << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    out_ << fmt::format("<testsuites name=\"gnlc check\" tests=\"{}\" failures=\"{}\" errors=\"{}\">\n", tests_,
                        failures_, errors_);
    out_ << fmt::format("  <testsuite name=\"gnlc check\" tests=\"{}\" failures=\"{}\" errors=\"{}\" skipped=\"0\">\n",
                        tests_, failures_, errors_);
    if (spill_ != nullptr) {
      std::rewind(spill_);
      char buffer[64 * 1024];
      while (const std::size_t n = std::fread(buffer, 1, sizeof buffer, spill_)) out_.write({buffer, n});
      if (std::ferror(spill_)) throw std::runtime_error("cannot read back the junit report's temporary file");
    }
    out_ << body_;
    out_ << "  </testsuite>\n</testsuites>\n";
  }

 private:
  // Test cases go to the temporary file; to memory only when none could
  // be made (no writable temporary directory).
  void keep(const std::string& body) {
    if (spill_ == nullptr) {
      body_ += body;
    } else if (std::fwrite(body.data(), 1, body.size(), spill_) != body.size()) {
      throw std::runtime_error("cannot write the junit report's temporary file");
    }
  }

  const Diagnostic& first_failure(const FileReport& report) const {
    for (const Diagnostic& d : report.diagnostics)
      if (d.severity == Severity::error) return d;
    return report.diagnostics.front();  // --strict: a warning fails the file
  }

  util::Writer& out_;
  CheckReportOptions options_;
  std::FILE* spill_;
  std::string body_;
  std::size_t tests_ = 0, failures_ = 0, errors_ = 0;
};

template <class Reporter>
std::unique_ptr<CheckReporter> make(util::Writer& out, const CheckReportOptions& options) {
  if constexpr (std::is_constructible_v<Reporter, util::Writer&, const CheckReportOptions&>)
    return std::make_unique<Reporter>(out, options);
  else
    return std::make_unique<Reporter>(out);
}

constexpr std::array check_format_table{
    CheckFormat{{"text", "one line per problem and a summary, for people"}, make<TextReporter>},
    CheckFormat{{"json", "every file's diagnostics and the summary, for scripts (web.md's report)"},
                make<JsonReporter>},
    CheckFormat{{"github", "GitHub Actions workflow commands: annotations on the lines"}, make<GithubReporter>},
    CheckFormat{{"sarif", "SARIF 2.1.0, for code scanning"}, make<SarifReporter>},
    CheckFormat{{"junit", "JUnit XML, one test case per file, for CI test reports"}, make<JunitReporter>},
};

}  // namespace

std::span<const CheckFormat> check_formats() { return check_format_table; }

std::unique_ptr<CheckReporter> make_check_reporter(std::string_view format, util::Writer& out,
                                                   const CheckReportOptions& options) {
  for (const CheckFormat& entry : check_format_table)
    if (entry.info.name == format) return entry.make(out, options);
  return nullptr;
}

}  // namespace gnlc::output
