// Every gnlc command as a library function: a front-end in cmd/ fills the
// options with CLI11 and calls run_*, which returns the exit status. The
// functions read their inputs and write to the console they are given, so
// a whole command runs the same in a unit test.
#pragma once

#include <gnlc/dates.hpp>
#include <gnlc/limits.hpp>
#include <gnlc/util/output.hpp>

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace gnlc {

struct Console {
  util::Writer& out;
  util::Writer& err;
  bool color_out = false;
  bool color_err = false;
  std::string program = "gnlc";  // prefix of error messages: "gnlc check: error: ..."
};

// What every command shares.
struct CommonOptions {
  std::optional<std::string> as_of;   // YYYY-MM-DD; today in Europe/Berlin when absent
  std::optional<std::string> output;  // -o FILE, written atomically
  std::string format;                 // as given; each command checks its own set
  bool bom = false;                   // --bom: csv and tsv start with a UTF-8 byte order mark
};

struct CheckOptions {
  CommonOptions common;
  std::vector<std::string> paths;
  std::optional<std::string> members;   // registry file
  std::optional<std::string> calendar;  // replaces the built-in calendar
  bool strict = false;
  bool quiet = false;
  unsigned jobs = 0;  // 0: all cores
  Limits limits;
};
int run_check(const CheckOptions& options, Console& console);

struct CalendarOptions {
  CommonOptions common;
  std::optional<int> year;
  std::optional<std::string> on;  // YYYY-MM-DD
  std::optional<std::string> calendar;
  bool report_rounds = false;  // list the report rounds alone
};
int run_calendar(const CalendarOptions& options, Console& console);

struct QuotaOptions {
  CommonOptions common;
  std::vector<std::string> paths;
  std::optional<int> year;
  std::optional<std::string> scores;
  std::optional<int> cap;
  std::optional<std::string> country;
  std::optional<std::string> members;
  std::optional<std::string> calendar;
  bool strict = false;
  unsigned jobs = 0;
  Limits limits;  // those of `gnlc check` by default
};
int run_quota(const QuotaOptions& options, Console& console);

// Decides as `gnlc quota` with the same options (quota.members is the
// registry), then appends the admitted cities to the registry.
struct AdmitOptions {
  QuotaOptions quota;
  std::string date;  // the day of admission, YYYY-MM-DD
  bool skip_undecided = false;
  bool dry_run = false;
};
int run_admit(const AdmitOptions& options, Console& console);

struct ReportsOptions {
  CommonOptions common;
  std::string registry;
  int due_within = 60;
  std::string status = "default";       // overdue | due-soon | ok | all; default: overdue and due-soon
  std::optional<std::string> country;   // only this country's members
  std::optional<std::string> region;    // only this UNESCO region's members
  std::optional<std::string> calendar;  // calls and report rounds
  bool fail_on_overdue = false;
};
int run_reports(const ReportsOptions& options, Console& console);

struct NewOptions {
  CommonOptions common;
  std::optional<int> call;  // default: the call open or next as of the as-of day
  std::optional<std::string> city;
  std::optional<std::string> country;
  std::optional<std::string> calendar;
  bool force = false;  // -o may replace an existing file
};
int run_new(const NewOptions& options, Console& console);

struct MembersOptions {
  CommonOptions common;
  std::string registry;
  std::optional<int> call;  // the intake of this call instead of the network on the as-of day
  std::optional<std::string> region;
  std::optional<std::string> country;
  std::optional<std::string> calendar;
};
int run_members(const MembersOptions& options, Console& console);

struct ExplainOptions {
  std::optional<std::string> rule;  // none: list every rule
  bool list = false;
};
int run_explain(const ExplainOptions& options, Console& console);

struct SchemaOptions {
  std::optional<std::string> output;
};
int run_schema(const SchemaOptions& options, Console& console);

// The subcommands `gnlc` knows, for `gnlc help`, "did you mean" and the
// completions.
struct CommandInfo {
  std::string_view name;
  std::string_view summary;
};
std::span<const CommandInfo> command_table();

}  // namespace gnlc
