// Checking applications: one file at a time (in parallel), then the rules
// that compare the files of one batch.
#pragma once

#include <gnlc/application.hpp>
#include <gnlc/calendar.hpp>
#include <gnlc/countries.hpp>
#include <gnlc/registry.hpp>
#include <gnlc/util/digest.hpp>
#include <gnlc/util/first_seen.hpp>

#include <cstdint>
#include <deque>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace gnlc {

struct CheckContext {
  const Calendar& calendar;
  const Countries& countries;
  Day as_of;
  const Registry* members = nullptr;  // for already-member
  Limits limits = {};
};

// What the batch rules, the outputs and `gnlc quota` need to know of a
// checked application.
struct ApplicationFacts {
  std::optional<int> call;  // the call that applies, or the declared `call`
  std::optional<std::string> city;
  const Country* country = nullptr;
  std::string country_text;  // as the application writes it, for `gnlc admit`
  Position city_position;
  std::optional<std::int64_t> priority;
  Position priority_position;
  std::optional<Day> endorsed_on;
  std::optional<Day> forwarded_on;
  bool endorsed = false;  // decision = "endorsed"
  Position decision_position;
  std::optional<int> submission_cap;  // of the call, for the submission-cap rule
};

struct FileReport {
  std::string path;
  ApplicationFacts facts;
  Diagnostics diagnostics;  // sorted by position

  bool has_errors() const { return gnlc::has_errors(diagnostics); }
  // valid: no error, and with --strict no warning either.
  bool valid(bool strict) const { return strict ? diagnostics.empty() : !has_errors(); }
};

// Every rule that needs only the one file (and the registry).
FileReport check_application(std::string path, std::string_view text, const CheckContext& context);

// A file that could not be read at all: one read-error (or file-too-large).
FileReport unreadable_file(std::string path, std::string_view rule, std::string message);

// The rules that compare the files of one batch: duplicate-application and
// duplicate-priority (per call; reported on the later file, naming the
// earlier), and submission-cap (on each endorsed application of a country
// beyond its call's cap, in order of forwarding). Files are given in output
// order and handed on, in the same order, once no later file can change
// them: at once, except from the first application of a call with a
// submission cap on, which waits for finish().
class BatchRules {
 public:
  using Emit = std::function<void(FileReport&)>;
  using PathOf = std::function<std::string(std::size_t file)>;
  // Files are numbered 0, 1, ... in output order; `path_of` names one for
  // a message. The batch keeps numbers, not paths: a million files stay
  // small. `files`, where known, sizes its indexes once.
  explicit BatchRules(PathOf path_of, std::size_t files = 0)
      : path_of_(std::move(path_of)), first_by_identity_(files), first_by_priority_(files) {}
  void add(FileReport report, std::size_t file, const Emit& emit);
  void finish(const Emit& emit);

 private:
  void apply_duplicates(FileReport& report, std::size_t file);

  struct Capped {
    std::size_t held;   // index in held_
    std::string group;  // country and call
    int cap;
    Day forwarded, endorsed;
  };
  PathOf path_of_;
  // A city's identity and call, and a country's call and priority, as
  // 64-bit digests: the index of a million files does not grow with the
  // length of their names. Two different identities share a digest with
  // probability 2^-64 a pair: about 3 in 100 million batches of a million
  // files.
  util::FirstSeen first_by_identity_;
  util::FirstSeen first_by_priority_;
  std::deque<FileReport> held_;
  std::vector<Capped> capped_;
};

}  // namespace gnlc
