#include "applications.hpp"

#include "common.hpp"

#include <gnlc/rules.hpp>
#include <gnlc/util/parallel.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <thread>
#include <variant>

namespace gnlc::commands {
namespace {

std::variant<std::string, FileReport> read_application(const util::InputEntry& entry, const Limits& limits) {
  if (!entry.error.empty()) return unreadable_file(entry.path, "read-error"_rule, entry.error);
  auto input = util::read_input(entry.path, limits.max_file_size,
                                entry.found_in_directory ? util::Expect::regular_file : util::Expect::file_or_pipe);
  if (const auto* error = std::get_if<util::ReadError>(&input))
    return unreadable_file(entry.path, "read-error"_rule, error->message);
  if (const auto* too_large = std::get_if<util::TooLarge>(&input))
    return unreadable_file(entry.path, "file-too-large"_rule,
                           fmt::format("the file is larger than the limit of {} bytes", too_large->limit));
  return std::move(std::get<std::string>(input));
}

FileReport check_file(const util::InputEntry& entry, const CheckContext& context) {
  auto input = read_application(entry, context.limits);
  if (auto* report = std::get_if<FileReport>(&input)) return std::move(*report);
  return check_application(entry.path, std::get<std::string>(input), context);
}

unsigned job_count(unsigned requested) {
  const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  // Threads beyond twice the cores only cost memory (a stack and a malloc
  // arena each: -j 64 under a 1 GiB address-space limit ran out of it).
  return requested > 0 ? std::min(requested, 2 * cores) : cores;
}

}  // namespace

std::optional<util::InputList> application_files(const std::vector<std::string>& paths, FileOrder order,
                                                 Console& console) {
  if (paths.empty()) {
    print_error(console, "no applications: name files or directories, or - for standard input");
    return std::nullopt;
  }
  util::InputList files;
  for (const std::string& path : paths) {
    if (files.add(path, ".toml") == 0) {
      print_error(console, fmt::format("no application files in '{}': no *.toml file there", path));
      return std::nullopt;
    }
  }
  if (order == FileOrder::by_path) files.sort_unique();
  return files;
}

void check_files(const util::InputList& files, const CheckContext& context, unsigned jobs,
                 const BatchRules::Emit& emit) {
  BatchRules batch([&files](std::size_t i) { return files.path(i); }, files.size());
  util::ordered_parallel<FileReport>(
      files.size(), job_count(jobs), [&](std::size_t i) { return check_file(files[i], context); },
      [&](std::size_t i, FileReport report) { batch.add(std::move(report), i, emit); });
  batch.finish(emit);
}

bool is_read_error(const FileReport& report) {
  return !report.diagnostics.empty() && report.diagnostics.front().rule == "read-error"_rule;
}

}  // namespace gnlc::commands
