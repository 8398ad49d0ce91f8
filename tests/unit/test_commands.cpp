// commands/: whole commands run as the binaries run them, on files under
// tests/data/, with StringWriters: the exact output, messages and exit
// status of run_check, run_calendar, run_quota, run_reports, run_members
// and run_admit.
#include <doctest/doctest.h>
#include <gnlc/commands.hpp>
#include <gnlc/exit_codes.hpp>
#include <gnlc/output/formats.hpp>
#include <gnlc/util/output.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct Run {
  int status = -1;
  std::string out;
  std::string err;
};

template <class Options>
Run run(int (*command)(const Options&, gnlc::Console&), const Options& options, std::string program) {
  gnlc::util::StringWriter out;
  gnlc::util::StringWriter err;
  gnlc::Console console{out, err, false, false, std::move(program)};
  const int status = command(options, console);
  return {status, out.str(), err.str()};
}

gnlc::CommonOptions common(std::string as_of, std::string format = "") {
  gnlc::CommonOptions options;
  options.as_of = std::move(as_of);
  options.format = std::move(format);
  return options;
}

std::string file_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

TEST_CASE("run_check") {
  gnlc::CheckOptions options;
  options.common = common("2025-08-01");
  options.paths = {"tests/data/applications/endorsement-late/fail-2019-decision-day-after-2019-06-01.toml"};
  Run result = run(gnlc::run_check, options, "gnlc check");
  CHECK(result.status == gnlc::exit_code::data_problems);
  CHECK(
      result.out ==
      R"(tests/data/applications/endorsement-late/fail-2019-decision-day-after-2019-06-01.toml:56:8: error: endorsed on 1 June 2019, after the 2019 call's endorsement deadline of 31 May 2019 [endorsement-late]
    hint: the 2019 call published no endorsement deadline; 31 May 2019 is one month after the close; pass the real date with --calendar FILE
1 file checked: 0 valid, 1 invalid (1 error, 0 warnings)
)");
  CHECK(result.err.empty());

  // The batch rules run in the order given, on the later file.
  options.quiet = true;
  options.jobs = 2;
  options.paths = {"tests/data/quota/duplicate-city"};
  result = run(gnlc::run_check, options, "gnlc check");
  CHECK(result.status == gnlc::exit_code::data_problems);
  CHECK(
      result.out ==
      R"(tests/data/quota/duplicate-city/ke-machakos-resubmitted.toml:47:12: error: the National Commission did not endorse the application [not-endorsed]
    hint: an application needs its National Commission's endorsement
tests/data/quota/duplicate-city/ke-machakos.toml:6:8: error: Machakos (KE) applies twice to the 2025 call in this batch [duplicate-application]
    hint: the first application is tests/data/quota/duplicate-city/ke-machakos-resubmitted.toml
tests/data/quota/duplicate-city/ke-machakos.toml:47:12: error: the National Commission did not endorse the application [not-endorsed]
    hint: an application needs its National Commission's endorsement
)");

  options.common.format = "toml";
  result = run(gnlc::run_check, options, "gnlc check");
  CHECK(result.status == gnlc::exit_code::usage_error);
  CHECK(result.out.empty());
  CHECK(result.err == "gnlc check: error: unknown format 'toml'; choose one of: text, json, github, sarif, junit\n");
}

TEST_CASE("run_check and run_quota: one message for no applications") {
  gnlc::CheckOptions check;
  check.common = common("2025-08-01");
  gnlc::QuotaOptions quota;
  quota.common = common("2025-08-01");
  const std::string message = ": error: no applications: name files or directories, or - for standard input\n";
  const Run checked = run(gnlc::run_check, check, "gnlc check");
  CHECK(checked.status == gnlc::exit_code::usage_error);
  CHECK(checked.err == "gnlc check" + message);
  const Run decided = run(gnlc::run_quota, quota, "gnlc quota");
  CHECK(decided.status == gnlc::exit_code::usage_error);
  CHECK(decided.err == "gnlc quota" + message);
}

TEST_CASE("run_calendar") {
  gnlc::CalendarOptions options;
  options.common = common("2027-05-01");
  options.calendar = "tests/data/calendars/with-2027.toml";
  options.year = 2027;
  options.on = "2027-06-01";
  Run result = run(gnlc::run_calendar, options, "gnlc calendar");
  CHECK(result.status == gnlc::exit_code::success);
  CHECK(result.out == R"(Call 2027 (dates in Europe/Berlin)
  opens                 2027-05-15 (Sat)
  closes                2027-06-15 (Tue)
  endorsement deadline  2027-07-15 (Thu)
  quota per country     3
  source                made up for the tests: the 2025 call's dates two years on
On 2027-06-01: call-open, 14 days left
)");
  CHECK(result.err.empty());

  // The file is read once and printed as read.
  options.year.reset();
  options.on.reset();
  options.common.format = "toml";
  result = run(gnlc::run_calendar, options, "gnlc calendar");
  CHECK(result.status == gnlc::exit_code::success);
  CHECK(result.out == file_text("tests/data/calendars/with-2027.toml"));

  options.report_rounds = true;
  result = run(gnlc::run_calendar, options, "gnlc calendar");
  CHECK(result.status == gnlc::exit_code::usage_error);
  CHECK(result.out.empty());
  CHECK(result.err ==
        "gnlc calendar: error: --report-rounds lists the rounds alone; leave out YEAR, --on and --format toml\n");

  options.calendar.reset();
  options.common = common("2025-01-01", "json");
  result = run(gnlc::run_calendar, options, "gnlc calendar");
  CHECK(result.status == gnlc::exit_code::success);
  CHECK(result.out == R"([
  {
    "deadline": "2021-12-31",
    "admitted_from": null,
    "admitted_before": "2020-09-01",
    "source": "UIL survey 'Biennial Progress Report April 2019 - September 2021': 'Submission deadline is 31 December 2021. This deadline applies to all GNLC member cities except those who joined last year (September 2020)'"
  },
  {
    "deadline": "2022-12-02",
    "admitted_from": "2020-09-01",
    "admitted_before": "2021-01-01",
    "source": "UIL 'Biennial progress report' page: 'Cities that joined the Global Network of Learning Cities in 2020 are requested to submit their progress reports by 2 December 2022'"
  }
]
)");
}

TEST_CASE("run_quota") {
  // Morocco's five applications, over-subscribed without a ranking.
  const std::string_view morocco =
      R"(year,country,country_name,region,city,decision,rank,ranking,rule,path,score,priority
2025,MA,Morocco,Arab States,Benguerir,undecided,,none,,tests/data/quota/batch/ma-benguerir.toml,,
2025,MA,Morocco,Arab States,Chefchaouen,undecided,,none,,tests/data/quota/batch/ma-chefchaouen.toml,,1
2025,MA,Morocco,Arab States,Ifrane,undecided,,none,,tests/data/quota/batch/ma-ifrane.toml,,2
2025,MA,Morocco,Arab States,Tetouan,undecided,,none,,tests/data/quota/batch/ma-tetouan.toml,,
2025,MA,Morocco,Arab States,Settat,ineligible,,none,pledge-missing,tests/data/quota/batch/ma-settat.toml,,3
)";
  gnlc::QuotaOptions options;
  options.common = common("2025-08-01", "csv");
  options.country = "MA";
  options.strict = true;
  options.paths = {"tests/data/quota/batch"};
  Run result = run(gnlc::run_quota, options, "gnlc quota");
  CHECK(result.status == gnlc::exit_code::data_problems);  // --strict: Morocco is over-subscribed
  CHECK(result.out == morocco);
  CHECK(result.err.empty());

  // The files in any order decide the same.
  options.paths = {"tests/data/quota/batch/ma-tetouan.toml",   "tests/data/quota/batch/ma-settat.toml",
                   "tests/data/quota/batch/ma-ifrane.toml",    "tests/data/quota/batch/ma-chefchaouen.toml",
                   "tests/data/quota/batch/ma-benguerir.toml", "tests/data/quota/batch/ma-ifrane.toml"};
  result = run(gnlc::run_quota, options, "gnlc quota");
  CHECK(result.status == gnlc::exit_code::data_problems);
  CHECK(result.out == morocco);

  options.country.reset();
  options.common.format.clear();
  options.paths = {"tests/data/quota/mixed"};
  result = run(gnlc::run_quota, options, "gnlc quota");
  CHECK(result.status == gnlc::exit_code::usage_error);
  CHECK(result.out.empty());
  CHECK(result.err ==
        R"(gnlc quota: error: the applications belong to several calls (2023, 2025); choose one with --year
)");
}

TEST_CASE("run_reports") {
  gnlc::ReportsOptions options;
  options.common = common("2025-01-01", "tsv");
  options.registry = "tests/data/registry/statuses.toml";
  options.status = "overdue";
  options.fail_on_overdue = true;
  Run result = run(gnlc::run_reports, options, "gnlc reports");
  CHECK(result.status == gnlc::exit_code::data_problems);
  CHECK(result.out ==
        R"(city	country	admitted	status	next_due	days_overdue	missed	last_report	round
Cork	IE	2017-09-15	overdue	2021-12-31	1097	2		2021-12-31
Tartu	EE	2021-05-05	overdue	2023-05-05	607	1	2021-05-05	
Odense	DK	2020-06-15	overdue	2023-12-31	367	1	2022-06-01	
Bristol	GB	2018-05-02	overdue	2023-12-31	367	1	2019-11-20	
Aalborg	DK	2020-09-23	overdue	2024-12-02	30	1	2022-10-01	
Sønderborg	DK	2020-09-23	overdue	2024-12-02	30	1	2022-11-30	
Turku	FI	2020-09-23	overdue	2024-12-02	30	1	2022-09-01	
Long Beach	US	2020-09-23	overdue	2024-12-02	30	1	2022-09-20	
Medellín	CO	2022-12-31	overdue	2024-12-31	1	1		
)");
  CHECK(result.err.empty());

  options.common.format = "json";
  options.status = "default";
  options.country = "KE";
  result = run(gnlc::run_reports, options, "gnlc reports");
  CHECK(result.status == gnlc::exit_code::success);  // no member of Kenya is overdue
  CHECK(result.out == R"({
  "as_of": "2025-01-01",
  "due_within": 60,
  "members": [
    {
      "city": "Kilifi County",
      "country": "KE",
      "admitted": "2023-01-01",
      "status": "due-soon",
      "next_due": "2025-01-01",
      "days_overdue": 0,
      "missed": 0,
      "last_report": null,
      "round": null
    },
    {
      "city": "Nyeri County",
      "country": "KE",
      "admitted": "2023-03-01",
      "status": "due-soon",
      "next_due": "2025-03-01",
      "days_overdue": 0,
      "missed": 0,
      "last_report": null,
      "round": null
    }
  ],
  "summary": {
    "members": 2,
    "overdue": 0,
    "due_soon": 2,
    "ok": 0,
    "inactive": 0
  }
}
)");

  options.status = "late";
  result = run(gnlc::run_reports, options, "gnlc reports");
  CHECK(result.status == gnlc::exit_code::usage_error);
  CHECK(result.err == "gnlc reports: error: unknown --status 'late'; choose overdue, due-soon, ok, inactive or all\n");
}

TEST_CASE("run_members") {
  gnlc::MembersOptions options;
  options.common = common("2025-01-01", "csv");
  options.registry = "tests/data/registry/statuses.toml";
  options.country = "KE";
  const Run result = run(gnlc::run_members, options, "gnlc members");
  CHECK(result.status == gnlc::exit_code::success);
  CHECK(result.out == R"(city,country,country_name,region,admitted,call,status
Kilifi County,KE,Kenya,Africa,2023-01-01,2021,active
Nyeri County,KE,Kenya,Africa,2023-03-01,2021,active
)");
  CHECK(result.err.empty());
}

TEST_CASE("run_admit") {
  gnlc::AdmitOptions options;
  options.quota.common = common("2025-08-01");
  options.quota.members = "tests/data/quota/members.toml";
  options.quota.scores = "tests/data/quota/scores.csv";
  options.quota.country = "KE";
  options.quota.paths = {"tests/data/quota/batch"};
  options.date = "2025-12-04";
  options.dry_run = true;
  Run result = run(gnlc::run_admit, options, "gnlc admit");
  CHECK(result.status == gnlc::exit_code::success);
  CHECK(result.out == R"(
# admitted through the 2025 call: tests/data/quota/batch/ke-nyeri-county.toml
[[member]]
city = "Nyeri County"
country = "KE"
admitted = 2025-12-04
call = 2025

# admitted through the 2025 call: tests/data/quota/batch/ke-nakuru.toml
[[member]]
city = "Nakuru"
country = "KE"
admitted = 2025-12-04
call = 2025

# admitted through the 2025 call: tests/data/quota/batch/ke-kilifi-county.toml
[[member]]
city = "Kilifi County"
country = "KE"
admitted = 2025-12-04
call = 2025
)");
  CHECK(
      result.err ==
      R"(gnlc admit: dry run: admitted 3 cities from 1 country through the 2025 call on 2025-12-04 (tests/data/quota/members.toml: 3 entries would be added)
)");

  options.date = "2025-07-01";
  result = run(gnlc::run_admit, options, "gnlc admit");
  CHECK(result.status == gnlc::exit_code::data_problems);
  CHECK(result.out.empty());
  CHECK(result.err ==
        "gnlc admit: error: --date 2025-07-01 is before the 2025 call's endorsement deadline, 2025-07-15; "
        "nothing was written\n");
}

TEST_CASE("formats_of") {
  std::vector<std::string> names;
  for (const gnlc::output::FormatInfo& format : gnlc::output::formats_of("quota")) {
    names.emplace_back(format.name);
    CHECK(!format.description.empty());
  }
  CHECK(names == std::vector<std::string>{"table", "text", "csv", "tsv", "json", "xlsx"});
  CHECK(!gnlc::output::formats_of("quota")[1].listed);  // text: the same as table
  CHECK(gnlc::output::formats_of("check").front().name == "text");
  CHECK(gnlc::output::formats_of("calendar").back().name == "toml");
  CHECK(gnlc::output::formats_of("reports").size() == 7);
  CHECK(gnlc::output::formats_of("members").size() == 8);
  CHECK(gnlc::output::formats_of("explain").empty());
}
