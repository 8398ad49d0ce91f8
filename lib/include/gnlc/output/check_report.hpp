// The output formats of `gnlc check`: text, json, github, sarif, junit.
// Each receives the checked files in order, then the summary.
#pragma once

#include <gnlc/check.hpp>
#include <gnlc/output/formats.hpp>
#include <gnlc/util/output.hpp>

#include <memory>
#include <span>
#include <string_view>

namespace gnlc::output {

struct CheckSummary {
  std::size_t files = 0, valid = 0, invalid = 0, errors = 0, warnings = 0;
  void add(const FileReport& report, bool strict);
};

class CheckReporter {
 public:
  virtual ~CheckReporter() = default;
  virtual void file(const FileReport& report) = 0;
  virtual void finish(const CheckSummary& summary) = 0;
};

struct CheckReportOptions {
  bool strict = false;
  bool quiet = false;  // text: no summary line
  bool color = false;  // text only
};

// gnlc check's format table: a reporter per format, which writes each
// file's report as it comes.
struct CheckFormat {
  FormatInfo info;
  std::unique_ptr<CheckReporter> (*make)(util::Writer& out, const CheckReportOptions& options);
};
std::span<const CheckFormat> check_formats();

// nullptr for an unknown format name.
std::unique_ptr<CheckReporter> make_check_reporter(std::string_view format, util::Writer& out,
                                                   const CheckReportOptions& options);

// GitHub workflow command escaping (the toolkit's own rules): data in a
// message escapes %, CR and LF; a property value also escapes : and ,.
std::string github_escape_data(std::string_view text);
std::string github_escape_property(std::string_view text);

// A path as a relative URI reference (SARIF artifactLocation.uri).
std::string path_to_uri(std::string_view path);

}  // namespace gnlc::output
