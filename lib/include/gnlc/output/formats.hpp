// The output formats of each command, as data: one table per command maps
// a --format name to its renderer and a description. The command resolves
// --format against its table, and help text and completions can be
// generated from formats_of().
#pragma once

#include <gnlc/output/delimited.hpp>
#include <gnlc/output/xlsx.hpp>
#include <gnlc/util/output.hpp>

#include <span>
#include <string_view>
#include <vector>

namespace gnlc::output {

struct FormatInfo {
  std::string_view name;
  std::string_view description;
  bool listed = true;  // false: an alias kept for scripts ("text" for "table"), not offered
};

// Where a renderer writes: a stream (standard output or -o FILE), or for
// xlsx a workbook. `format` is the name chosen, which a renderer shared by
// csv and tsv reads through rows().
struct Sink {
  util::Writer* out = nullptr;
  XlsxWorkbook* book = nullptr;
  std::string_view format;
  bool bom = false;  // --bom: csv and tsv start with a UTF-8 byte order mark

  DelimitedWriter rows() const {
    return DelimitedWriter(*out, format == "tsv" ? DelimitedWriter::Kind::tsv : DelimitedWriter::Kind::csv, bom);
  }
};

// One row of a command's format table: the first row is the default.
template <class Report>
struct Format {
  FormatInfo info;
  void (*render)(const Sink& sink, const Report& report);
};

// The formats of a command ("check", "quota", ...), the default first; an
// empty span for a command without --format.
std::span<const FormatInfo> formats_of(std::string_view command);
// The names --format offers, the default first: the listed ones, without
// the aliases kept for scripts. The help line and the completions use it.
std::vector<std::string_view> offered_formats(std::string_view command);

}  // namespace gnlc::output
